"""Many orders at once: each one checked and changed on its own (a savepoint each), and a
summary of which moved and which did not, and why.

One order that moved meanwhile, is final or is refused by invoicing does not stop the
others; an unexpected error (the connection lost) still aborts the whole batch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Commande, HistoriqueAction, HistoriqueCommande, utcnow
from backoffice.models.enums import StatutCommande as S
from backoffice.services.audit import encode_details
from backoffice.services.errors import ServiceError, ValidationError
from backoffice.services.invoices.hooks import on_order_status_changed
from backoffice.services.invoices.issuing import reached
from backoffice.services.orders.workflow import (
    StatusChange,
    can_transition,
    cancel_order,
    history_row,
    moved_error,
    not_found_error,
    refused_error,
    shipping_details,
)
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.shop_settings import get_shop_settings


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
    """Moves each order (id → the status the user saw) to ``new``, with the rules of
    :func:`~backoffice.services.orders.workflow.advance_order`, in a few statements for
    the whole batch: the orders are locked (``FOR UPDATE``, in id order, so that two
    clerks' batches cannot deadlock) and checked, those still in the status seen move in
    one UPDATE; invoicing's hook runs for each (a savepoint each: an order it refuses is
    put back and listed); then one INSERT of their history rows and one of their audit
    rows. 100 orders: a handful of statements instead of 700."""
    if new == S.ANNULEE:
        raise ValidationError(
            {"statut": QT_TRANSLATE_NOOP("orders", "Une annulation passe par « Annuler… ».")}
        )
    extra = shipping_details(new, carrier, tracking)
    ids = sorted(int(i) for i in orders)
    rows = {
        row.id: row
        for row in session.execute(
            select(Commande.id, Commande.reference, Commande.statut)
            .where(Commande.id.in_(ids))
            .order_by(Commande.id)
            .with_for_update()
        )
    }
    result = BatchResult()
    movers: list[tuple[int, str, str]] = []  # id, reference, old status
    for order_id, expected in orders.items():
        row = rows.get(int(order_id))
        if row is None:
            result.refused.append(
                Refusal(order_id, f"n°{order_id}", not_found_error(order_id).message)
            )
        elif not can_transition(expected, new):
            reason = refused_error(row.reference, expected, new).message
            result.refused.append(Refusal(order_id, row.reference, reason))
        elif str(row.statut) != expected:
            reason = moved_error(row.reference, expected, str(row.statut)).message
            result.refused.append(Refusal(order_id, row.reference, reason))
        else:
            movers.append((row.id, row.reference, str(row.statut)))
    if not movers:
        return result
    # The rows are locked and checked: one UPDATE moves them all.
    session.execute(
        update(Commande)
        .where(Commande.id.in_([m[0] for m in movers]))
        .values(statut=new)
        .execution_options(synchronize_session=False)
    )
    moved: list[tuple[int, str, str, int | None]] = []
    # Invoicing's hook issues an invoice only when an order reaches the shop's invoicing
    # status (its own first test, on the shop settings): the settings are read once for
    # the batch, and only those orders go through the hook (and a savepoint each) —
    # 100 reads of the settings made most of a batch's time.
    invoicing = get_shop_settings(session).statut_facturation
    for order_id, reference, old in movers:
        if not reached(new, invoicing) or reached(old, invoicing):
            moved.append((order_id, reference, old, None))
            continue
        try:
            with session.begin_nested():
                invoice_id = on_order_status_changed(session, actor, order_id, old, new)
        except ServiceError as exc:
            session.execute(
                update(Commande)
                .where(Commande.id == order_id)
                .values(statut=old)
                .execution_options(synchronize_session=False)
            )
            result.refused.append(Refusal(order_id, reference, exc.message))
            continue
        moved.append((order_id, reference, old, invoice_id))
    if moved:
        session.execute(
            insert(HistoriqueCommande),
            [history_row(actor, order_id, old, new, extra) for order_id, _r, old, _i in moved],
        )
        now = utcnow()
        session.add_all(
            HistoriqueAction(
                id_utilisateur=actor.id,
                type_action="commande.statut",
                details=encode_details(
                    {
                        "id_commande": order_id,
                        "reference": reference,
                        "lot": len(moved),
                        **extra,
                        "avant": {"statut": old},
                        "apres": {"statut": new},
                    }
                ),
                date_action=now,
            )
            for order_id, reference, old, _i in moved
        )
        session.flush()
    result.moved.extend(
        StatusChange(order_id, reference, old, new, invoice_id=invoice_id)
        for order_id, reference, old, invoice_id in moved
    )
    return result


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
