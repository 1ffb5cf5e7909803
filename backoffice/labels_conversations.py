"""The French wording of the Conversations inbox: its views, the placeholders of the canned
replies, the fields of a reply. Statuses and types are ``backoffice.labels``'
(``CONVERSATION_STATUS_LABELS``, ``CONVERSATION_TYPE_LABELS``). No Qt.

Every label is marked with :func:`QT_TRANSLATE_NOOP` in the context :data:`CONTEXT`; the UI
shows ``QCoreApplication.translate(CONTEXT, label)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from backoffice.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

# The inbox's views (services.conversations.inbox.VIEWS), in the order of the bar.
VIEW_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "a_traiter": QT_TRANSLATE_NOOP("Labels", "À traiter"),
        "mes": QT_TRANSLATE_NOOP("Labels", "Mes conversations"),
        "non_assignees": QT_TRANSLATE_NOOP("Labels", "Non assignées"),
        "ouvert": QT_TRANSLATE_NOOP("Labels", "Ouvertes"),
        "en_attente": QT_TRANSLATE_NOOP("Labels", "En attente"),
        "resolu": QT_TRANSLATE_NOOP("Labels", "Résolues"),
        "ferme": QT_TRANSLATE_NOOP("Labels", "Fermées"),
        "toutes": QT_TRANSLATE_NOOP("Labels", "Toutes"),
    }
)

# The placeholders of « Réponses types » (services.conversations.canned.PLACEHOLDERS).
PLACEHOLDER_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "prénom": QT_TRANSLATE_NOOP("Labels", "Prénom du client"),
        "nom": QT_TRANSLATE_NOOP("Labels", "Nom du client"),
        "référence": QT_TRANSLATE_NOOP("Labels", "Référence de la commande ou du devis"),
        "sujet": QT_TRANSLATE_NOOP("Labels", "Sujet de la conversation"),
        "agent": QT_TRANSLATE_NOOP("Labels", "Votre prénom"),
    }
)

CANNED_FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "titre": QT_TRANSLATE_NOOP("Labels", "Titre"),
        "contenu": QT_TRANSLATE_NOOP("Labels", "Texte"),
        "est_actif": QT_TRANSLATE_NOOP("Labels", "Proposée"),
    }
)


def view_label(view: str) -> str:
    return VIEW_LABELS.get(view, view)


__all__ = ["CANNED_FIELD_LABELS", "CONTEXT", "PLACEHOLDER_LABELS", "VIEW_LABELS", "view_label"]
