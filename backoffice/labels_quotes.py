"""The French wording of the quotes and services domain: the fields of a quote and of a
service, the workflow's actions, and the age of a request (« il y a 3 jours »). No Qt:
services, the quote PDF and the UI all read it (statuses are ``labels.QUOTE_STATUS_LABELS``).

Every label is marked with :func:`QT_TRANSLATE_NOOP` in the context :data:`CONTEXT`; the UI
shows ``QCoreApplication.translate(CONTEXT, label)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType

from backoffice.i18n import QT_TRANSLATE_NOOP, Message

CONTEXT = "LabelsQuotes"

# services: the form's fields, the list's columns, conflicts and audits.
SERVICE_FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "nom": QT_TRANSLATE_NOOP("LabelsQuotes", "Nom"),
        "description": QT_TRANSLATE_NOOP("LabelsQuotes", "Description"),
        "prix_base": QT_TRANSLATE_NOOP("LabelsQuotes", "Prix de base"),
        "image_url": QT_TRANSLATE_NOOP("LabelsQuotes", "Image"),
        "est_actif": QT_TRANSLATE_NOOP("LabelsQuotes", "Actif"),
    }
)

# devis: the queue's columns, the quote window, conflicts and audits.
QUOTE_FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "numero": QT_TRANSLATE_NOOP("LabelsQuotes", "Numéro"),
        "date_demande": QT_TRANSLATE_NOOP("LabelsQuotes", "Demandé le"),
        "client": QT_TRANSLATE_NOOP("LabelsQuotes", "Client"),
        "service": QT_TRANSLATE_NOOP("LabelsQuotes", "Service"),
        "description_demande": QT_TRANSLATE_NOOP("LabelsQuotes", "Demande"),
        "montant_estime": QT_TRANSLATE_NOOP("LabelsQuotes", "Estimation TTC"),
        "statut": QT_TRANSLATE_NOOP("LabelsQuotes", "Statut"),
        "age": QT_TRANSLATE_NOOP("LabelsQuotes", "Âge"),
        "date_reponse": QT_TRANSLATE_NOOP("LabelsQuotes", "Répondu le"),
        "notes_admin": QT_TRANSLATE_NOOP("LabelsQuotes", "Réponse au client"),
    }
)

# The workflow's actions (services.quotes.workflow), as buttons and in the audit.
QUOTE_ACTION_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "take": QT_TRANSLATE_NOOP("LabelsQuotes", "Prendre en charge"),
        "finish": QT_TRANSLATE_NOOP("LabelsQuotes", "Terminer"),
        "reject": QT_TRANSLATE_NOOP("LabelsQuotes", "Rejeter…"),
        "send": QT_TRANSLATE_NOOP("LabelsQuotes", "Marquer comme envoyé"),
    }
)


def age_message(since: datetime | None, now: datetime) -> Message | str:
    """« il y a 3 jours », « il y a 5 heures », « à l'instant »: how long ago ``since`` was."""
    if since is None:
        return ""
    seconds = max(0, int((now - since).total_seconds()))
    days, hours, minutes = seconds // 86_400, seconds // 3_600, seconds // 60
    if days >= 1:
        template = (
            QT_TRANSLATE_NOOP("LabelsQuotes", "il y a {n} jour")
            if days == 1
            else QT_TRANSLATE_NOOP("LabelsQuotes", "il y a {n} jours")
        )
        return template.format(n=days)
    if hours >= 1:
        template = (
            QT_TRANSLATE_NOOP("LabelsQuotes", "il y a {n} heure")
            if hours == 1
            else QT_TRANSLATE_NOOP("LabelsQuotes", "il y a {n} heures")
        )
        return template.format(n=hours)
    if minutes >= 1:
        template = (
            QT_TRANSLATE_NOOP("LabelsQuotes", "il y a {n} minute")
            if minutes == 1
            else QT_TRANSLATE_NOOP("LabelsQuotes", "il y a {n} minutes")
        )
        return template.format(n=minutes)
    return QT_TRANSLATE_NOOP("LabelsQuotes", "à l'instant")


__all__ = [
    "CONTEXT",
    "QUOTE_ACTION_LABELS",
    "QUOTE_FIELD_LABELS",
    "SERVICE_FIELD_LABELS",
    "age_message",
]
