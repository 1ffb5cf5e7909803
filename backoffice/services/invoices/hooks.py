"""What the order workflow asks of invoicing, in the order's own transaction.

The orders service (``services.orders``) calls these two functions and nothing else of
invoicing, so that the dependency runs one way (orders → invoices → models) and an order's
status change, its invoice or credit note, and their audit rows commit or roll back
together. They are the order workflow's own steps, so they need the workflow's permission
(advancing, cancelling), not ``invoices.issue``: an employee who starts preparing an order
issues its invoice.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Commande, Facture
from backoffice.services.errors import ServiceError
from backoffice.services.invoices.credit_notes import FULL_REASON, credit_invoice
from backoffice.services.invoices.issuing import FORWARD, has_invoice, issue_for_order, reached
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.shop_settings import get_shop_settings

# An invoiced order may still be cancelled (by a full credit note) up to this status.
CANCELLABLE_UNTIL = "en_preparation"


@mutation(Permission.ORDERS_ADVANCE)
def on_order_status_changed(
    session: Session, actor: Staff, order_id: int, old_status: str, new_status: str
) -> int | None:
    """Issues the order's invoice when it reaches the shop's invoicing status (or passes
    it without one). Returns the new invoice's id, or ``None`` when nothing was issued.
    Raises ``ValidationError`` when the shop's identity is incomplete: the status change
    is then refused with it, naming the missing fields."""
    invoicing = get_shop_settings(session).statut_facturation
    if not reached(new_status, invoicing) or reached(old_status, invoicing):
        return None
    if has_invoice(session, order_id):
        return None
    return issue_for_order(session, actor, order_id)


@mutation(Permission.ORDERS_CANCEL)
def on_order_cancelled(session: Session, actor: Staff, order_id: int) -> int | None:
    """Before an order is cancelled: an invoiced order is cancelled by a full credit note
    of what remains on its invoice, in the same transaction.

    Returns the credit note's id when one was issued, ``None`` when the order had no
    invoice (or it was wholly credited already); raises :class:`ServiceError` when the
    order is past ``en_preparation``."""
    invoice_id = session.scalar(
        select(Facture.id).where(Facture.id_commande == order_id).order_by(Facture.id)
    )
    if invoice_id is None:
        return None
    status, motif = session.execute(
        select(Commande.statut, Commande.motif_annulation).where(Commande.id == order_id)
    ).one()
    if status in FORWARD and FORWARD.index(status) > FORWARD.index(CANCELLABLE_UNTIL):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "invoices",
                "Cette commande est déjà expédiée : elle ne peut plus être annulée. Un "
                "retour se traite par un avoir partiel, depuis sa facture.",
            )
        )
    # The cancellation's own reason, which the workflow has just written on the order
    # (« Annulation de la commande : Demande du client »).
    reason = f"{FULL_REASON} : {motif}" if motif else FULL_REASON
    return credit_invoice(session, actor, invoice_id, reason=reason, full=True)
