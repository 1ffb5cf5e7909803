"""What the order workflow asks of invoicing, in the order's own transaction.

The orders service (``services.orders``) calls these two functions and nothing else of
invoicing, so that the dependency runs one way (orders → invoices → models) and an order's
status change, its invoice or credit note, and their audit rows commit or roll back
together.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Facture
from backoffice.services.errors import ServiceError
from backoffice.services.permissions import Staff


def on_order_status_changed(
    session: Session, actor: Staff, order_id: int, old_status: str, new_status: str
) -> int | None:
    """Issues the order's invoice when it reaches the shop's invoicing status.

    Returns the new invoice's id, or ``None`` when nothing was issued. Until invoicing
    lands (issue 11) the back office issues no invoice: the demo's and the website's stay
    what they are."""
    return None


def on_order_cancelled(session: Session, actor: Staff, order_id: int) -> int | None:
    """Before an order is cancelled: an invoiced order is cancelled only by a credit note.

    Returns the credit note's id when one was issued, ``None`` when the order had no
    invoice; raises :class:`ServiceError` when the order cannot be cancelled here."""
    invoiced = session.scalar(select(exists().where(Facture.id_commande == order_id)))
    if invoiced:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "invoices",
                "Cette commande a déjà une facture : elle ne peut être annulée que par un "
                "avoir, depuis sa facture.",
            )
        )
    return None
