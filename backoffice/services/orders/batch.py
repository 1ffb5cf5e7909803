"""Many orders at once: each one checked and changed on its own (a savepoint each), and a
summary of which moved and which did not, and why.

One order that moved meanwhile, is final or is refused by invoicing does not stop the
others; an unexpected error (the connection lost) still aborts the whole batch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models import Commande
from backoffice.services.errors import ServiceError
from backoffice.services.orders.workflow import StatusChange, advance_order, cancel_order
from backoffice.services.permissions import Permission, Staff, mutation


@dataclass(frozen=True)
class Refusal:
    order_id: int
    reference: str
    reason: str  # French, from the service's error


@dataclass(frozen=True)
class BatchResult:
    moved: list[StatusChange] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def _each(
    session: Session,
    orders: Mapping[int, str],
    change: Callable[[int, str], StatusChange],
) -> BatchResult:
    references = dict(
        session.execute(
            select(Commande.id, Commande.reference).where(Commande.id.in_(list(orders)))
        ).all()
    )
    result = BatchResult()
    for order_id, expected in orders.items():
        try:
            with session.begin_nested():
                result.moved.append(change(order_id, expected))
        except ServiceError as exc:
            reference = references.get(order_id) or f"n°{order_id}"
            result.refused.append(Refusal(order_id, reference, exc.message))
    return result


@mutation(Permission.ORDERS_ADVANCE)
def advance_orders(
    session: Session,
    actor: Staff,
    orders: Mapping[int, str],
    new: str,
    *,
    carrier: str | None = None,
    tracking: str | None = None,
) -> BatchResult:
    """Moves each order (id → the status the user saw) to ``new``, as
    :func:`~backoffice.services.orders.workflow.advance_order` would one by one."""
    return _each(
        session,
        orders,
        lambda order_id, expected: advance_order(
            session, actor, order_id, expected, new, carrier=carrier, tracking=tracking
        ),
    )


@mutation(Permission.ORDERS_CANCEL)
def cancel_orders(
    session: Session,
    actor: Staff,
    orders: Mapping[int, str],
    reason: str,
    comment: str | None = None,
) -> BatchResult:
    """Cancels each order (id → the status the user saw), restocking each exactly once."""
    return _each(
        session,
        orders,
        lambda order_id, expected: cancel_order(
            session, actor, order_id, expected, reason, comment
        ),
    )


__all__ = ["BatchResult", "Refusal", "advance_orders", "cancel_orders"]
