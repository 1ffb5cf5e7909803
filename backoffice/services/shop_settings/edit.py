"""Editing the shop's settings (admins) and what invoicing needs of them.

:func:`update_shop_settings` writes only the settings changed, each one compared with the
value read (compare-and-set on ``parametres_boutique.valeur``; a setting never stored is
compared with its absence), audited with its before/after values.
:func:`missing_identity_fields` names the identity fields an invoice cannot go without:
issuing is refused with a message naming them (:func:`identity_incomplete`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import ORDER_STATUS_LABELS, label
from backoffice.models.settings import ParametreBoutique
from backoffice.services.audit import audit
from backoffice.services.concurrency import conflict
from backoffice.services.errors import ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, require
from backoffice.services.shop_settings import (
    SETTING_KEYS,
    ShopSettings,
    format_setting,
    get_shop_settings,
    parse_setting,
)

# The French names of the settings, for messages and the dialog.
SETTING_LABELS: dict[str, str] = {
    "raison_sociale": QT_TRANSLATE_NOOP("shop_settings", "raison sociale"),
    "forme_juridique": QT_TRANSLATE_NOOP("shop_settings", "forme juridique"),
    "capital": QT_TRANSLATE_NOOP("shop_settings", "capital social"),
    "siege_adresse": QT_TRANSLATE_NOOP("shop_settings", "adresse du siège"),
    "siren": QT_TRANSLATE_NOOP("shop_settings", "SIREN"),
    "siret": QT_TRANSLATE_NOOP("shop_settings", "SIRET"),
    "rcs_ville": QT_TRANSLATE_NOOP("shop_settings", "ville du RCS"),
    "tva_intracommunautaire": QT_TRANSLATE_NOOP("shop_settings", "n° de TVA intracommunautaire"),
    "logo_chemin": QT_TRANSLATE_NOOP("shop_settings", "logo"),
    "email_contact": QT_TRANSLATE_NOOP("shop_settings", "e-mail de contact"),
    "telephone": QT_TRANSLATE_NOOP("shop_settings", "téléphone"),
    "format_facture": QT_TRANSLATE_NOOP("shop_settings", "format des numéros de facture"),
    "format_avoir": QT_TRANSLATE_NOOP("shop_settings", "format des numéros d'avoir"),
    "statut_facturation": QT_TRANSLATE_NOOP("shop_settings", "statut de facturation"),
    "taux_tva": QT_TRANSLATE_NOOP("shop_settings", "taux de TVA"),
    "nature_operation": QT_TRANSLATE_NOOP("shop_settings", "nature de l'opération"),
    "conditions_paiement": QT_TRANSLATE_NOOP("shop_settings", "conditions de paiement"),
    "taux_penalites_retard": QT_TRANSLATE_NOOP("shop_settings", "pénalités de retard"),
    "mention_indemnite_recouvrement": QT_TRANSLATE_NOOP(
        "shop_settings", "mention de l'indemnité de recouvrement"
    ),
    "mention_exoneration_tva": QT_TRANSLATE_NOOP("shop_settings", "mention d'exonération de TVA"),
}
# The statuses an order may be invoiced at (the choice; default en_preparation).
INVOICING_STATUSES = ("validee", "en_preparation", "expediee")
# What an invoice cannot go without (CGI ann. II art. 242 nonies A, Code de commerce
# L441-9 and R123-237): the VAT number only when VAT is charged.
IDENTITY_FIELDS = ("raison_sociale", "forme_juridique", "siege_adresse", "siren", "siret")


def missing_identity_fields(settings: ShopSettings) -> list[str]:
    """The keys of the identity settings an invoice needs and the shop has left empty."""
    missing = [key for key in IDENTITY_FIELDS if not str(getattr(settings, key)).strip()]
    if not settings.mention_exoneration_tva.strip() and not settings.tva_intracommunautaire.strip():
        missing.append("tva_intracommunautaire")
    return missing


def identity_incomplete(missing: list[str]) -> ValidationError:
    """The refusal to issue while identity fields are empty, naming them."""
    names = ", ".join(SETTING_LABELS[key] for key in missing)
    message = QT_TRANSLATE_NOOP(
        "shop_settings",
        "Impossible d'émettre la facture : l'identité de la boutique est incomplète "
        "({fields}). Un administrateur la complète dans « Paramètres de la boutique ».",
    ).format(fields=names)
    required = QT_TRANSLATE_NOOP("shop_settings", "Obligatoire sur une facture.")
    return ValidationError(dict.fromkeys(missing, required), message=message)


def read_shop_settings(session: Session, actor: Staff) -> ShopSettings:
    """The settings as stored (defaults for the others); admins and managers read them."""
    require(actor, Permission.INVOICES_VIEW)
    return get_shop_settings(session)


def _validate(changes: Mapping[str, Any]) -> dict[str, str]:
    from backoffice.services.invoices.numbering import check_template

    errors: dict[str, str] = {}
    for key, value in changes.items():
        if key not in SETTING_KEYS:
            errors[key] = QT_TRANSLATE_NOOP("shop_settings", "Paramètre inconnu.")
        elif key in ("format_facture", "format_avoir", "format_devis"):
            problem = check_template(str(value))
            if problem:
                errors[key] = problem
        elif key == "statut_facturation" and value not in INVOICING_STATUSES:
            errors[key] = QT_TRANSLATE_NOOP(
                "shop_settings", "Choisissez un de ces statuts : {choices}."
            ).format(
                choices=", ".join(
                    "« " + label(ORDER_STATUS_LABELS, status) + " »"
                    for status in INVOICING_STATUSES
                )
            )
        elif key == "taux_tva":
            try:
                rate = Decimal(str(value))
            except InvalidOperation:
                rate = Decimal(-1)
            if not Decimal(0) <= rate < Decimal(100):
                errors[key] = QT_TRANSLATE_NOOP(
                    "shop_settings", "Un taux en pour cent, de 0 à 99,99."
                )
    return errors


@mutation(Permission.SECURITY_ADMIN)
def update_shop_settings(
    session: Session, actor: Staff, read: ShopSettings, changes: Mapping[str, Any]
) -> ShopSettings:
    """Save ``changes`` (setting → typed value) made on the settings ``read``. A setting
    someone changed meanwhile makes the whole save a :class:`ConflictError` (current
    values and the settings that differ); nothing is written then."""
    errors = _validate(changes)
    if errors:
        raise ValidationError(errors)
    wanted = {
        k: v for k, v in changes.items() if format_setting(v) != format_setting(getattr(read, k))
    }
    if not wanted:
        return read
    stored = dict(
        session.execute(
            select(ParametreBoutique.cle, ParametreBoutique.valeur).where(
                ParametreBoutique.cle.in_(list(wanted))
            )
        ).all()
    )
    now = datetime.now(UTC)
    lost: list[str] = []
    savepoint = session.begin_nested()
    for key, value in wanted.items():
        was = getattr(read, key)
        text = format_setting(value)
        if key in stored:
            done = 0
            if parse_setting(key, stored[key]) == was:
                done = session.execute(
                    update(ParametreBoutique)
                    .where(
                        ParametreBoutique.cle == key,
                        ParametreBoutique.valeur.is_not_distinct_from(stored[key]),
                    )
                    .values(valeur=text, updated_at=now)
                ).rowcount  # type: ignore[attr-defined]
        else:
            # Never stored: it was read as its default; inserted unless someone just did.
            done = 0
            if getattr(ShopSettings(), key) == was:
                try:
                    with session.begin_nested():
                        session.execute(
                            insert(ParametreBoutique).values(cle=key, valeur=text, updated_at=now)
                        )
                    done = 1
                except IntegrityError:
                    done = 0
        if not done:
            lost.append(key)
    if lost:
        savepoint.rollback()
        current = get_shop_settings(session)
        raise conflict(
            QT_TRANSLATE_NOOP("shop_settings", "Les paramètres de la boutique"),
            {k: getattr(current, k) for k in SETTING_KEYS},
            {**{k: getattr(read, k) for k in SETTING_KEYS}, **dict(changes)},
            SETTING_KEYS,
            labels=SETTING_LABELS,
            message=QT_TRANSLATE_NOOP(
                "shop_settings",
                "Les paramètres de la boutique ont été modifiés par quelqu'un d'autre depuis "
                "que vous les avez ouverts ({fields}). Choisissez de garder vos valeurs ou les "
                "valeurs actuelles.",
            ).format(fields=", ".join(SETTING_LABELS.get(k, k) for k in lost)),
        )
    savepoint.commit()
    audit(
        session,
        actor,
        "parametres_boutique.modification",
        {"parametres": sorted(wanted)},
        before={k: getattr(read, k) for k in wanted},
        after=dict(wanted),
    )
    return get_shop_settings(session)
