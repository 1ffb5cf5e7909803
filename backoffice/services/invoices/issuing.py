"""Issuing invoices: automatically at the shop's invoicing status, or by hand.

One issue, in the caller's transaction: lock the invoices' chain head, take the next
number of the year, build the snapshot from the order as it stands, insert the
``factures`` row and its snapshot chained to the previous invoice, move the head, audit.
Either all of it commits with the order's status change, or none of it (and the number is
given back).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Facture
from backoffice.services.audit import audit
from backoffice.services.errors import ServiceError
from backoffice.services.invoices.from_order import invoice_snapshot, load_order
from backoffice.services.invoices.numbering import (
    lock_chain,
    next_number,
    now_utc,
    numbering_year,
    store_invoice_snapshot,
)
from backoffice.services.invoices.snapshot import DocumentKind, canonical_json
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.shop_settings import get_shop_settings
from backoffice.services.shop_settings.edit import identity_incomplete, missing_identity_fields
from backoffice.sql_compat import insert_returning_ids

# The order workflow's forward path: an order at or past the invoicing status is invoiced.
FORWARD = ("en_attente", "validee", "en_preparation", "expediee", "livree")


def reached(status: str, invoicing_status: str) -> bool:
    """Whether an order in ``status`` is at or past ``invoicing_status``."""
    if status not in FORWARD or invoicing_status not in FORWARD:
        return False
    return FORWARD.index(status) >= FORWARD.index(invoicing_status)


def has_invoice(session: Session, order_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Facture.id_commande == order_id))))


def issue_for_order(
    session: Session, issuer: Staff | None, order_id: int, *, at: datetime | None = None
) -> int:
    """Issue the order's invoice now (no permission check: the caller decides). Refused
    when the shop's identity is incomplete or the order already has an invoice."""
    settings = get_shop_settings(session)
    missing = missing_identity_fields(settings)
    if missing:
        raise identity_incomplete(missing)
    head = lock_chain(session, DocumentKind.FACTURE)
    # Invoices already in the base and never chained go first (an adopted website's).
    from backoffice.services.invoices.adoption import adopt_unchained, has_unchained

    if head.rang == 0 and has_unchained(session):
        adopt_unchained(session, head)
        head = lock_chain(session, DocumentKind.FACTURE)
    order = load_order(session, order_id)
    if has_invoice(session, order_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("invoices", "La commande {reference} a déjà une facture.").format(
                reference=order.reference
            )
        )
    issued_at = at or now_utc(session)
    for _attempt in range(5):
        numero, _ = next_number(
            session,
            DocumentKind.FACTURE,
            settings.format_facture,
            numbering_year(issued_at),
            Facture.numero_facture,
        )
        snapshot = invoice_snapshot(session, order, settings, numero, issued_at)
        row = {
            "id_commande": order.id,
            "numero_facture": numero,
            "date_emission": issued_at,
            "montant_ht": snapshot.totaux.total_ht,
            "montant_tva": snapshot.totaux.total_tva,
            "montant_ttc": snapshot.totaux.total_ttc,
            "date_creation": issued_at,
        }
        try:
            with session.begin_nested():
                new_id = insert_returning_ids(session, Facture.__table__, [row], Facture.id)[0]
        except IntegrityError:
            continue  # the website took this number between our check and our insert
        break
    else:
        raise ServiceError(
            QT_TRANSLATE_NOOP("invoices", "Aucun numéro de facture libre : réessayez.")
        )
    store_invoice_snapshot(session, head, int(new_id), canonical_json(snapshot))
    audit(
        session,
        issuer,
        "facture.emission",
        {
            "id_facture": int(new_id),
            "numero": numero,
            "id_commande": order.id,
            "reference": order.reference,
            "montant_ttc": snapshot.totaux.total_ttc,
        },
    )
    return int(new_id)


@mutation(Permission.INVOICES_ISSUE)
def issue_invoice(session: Session, actor: Staff, order_id: int) -> int:
    """« Émettre la facture » from the order window: for an order at or past the shop's
    invoicing status that has none (an order that reached it before invoicing existed, or
    whose automatic issue was refused). Gives the invoice's id."""
    order = load_order(session, order_id)
    settings = get_shop_settings(session)
    if not reached(order.statut, settings.statut_facturation):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "invoices",
                "La commande {reference} n'a pas encore atteint le statut de facturation : "
                "sa facture sera émise automatiquement à ce moment-là.",
            ).format(reference=order.reference)
        )
    return issue_for_order(session, actor, order_id)
