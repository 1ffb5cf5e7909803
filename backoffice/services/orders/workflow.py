"""The order workflow: the transition table, in this one place, and each status change as
one compare-and-set.

::

    en_attente     → validee | annulee
    validee        → en_preparation | annulee
    en_preparation → expediee | annulee
    expediee       → livree
    livree, annulee: final

``can_validate(status)`` … ``can_cancel(status)`` answer for the buttons; :func:`advance_order`
and :func:`cancel_order` refuse anything else. A change is ``UPDATE commandes SET statut =
:new WHERE id = :id AND statut = :expected``: when a colleague or the website moved the order
meanwhile, nothing is applied and :class:`OrderMoved` (a ``ConflictError``) says what the
order is now. In the same transaction: one ``historique_commande`` row (the staff member,
``changement_statut``, ``{"ancien_statut", "nouveau_statut", "message", …}`` as the demo data
and the website write it), the audit row, and invoicing's hook
(``services.invoices.hooks``). Cancelling also puts every line's quantity back in stock —
exactly once: only the transaction whose compare-and-set matched restocks, and a second clerk
cancelling at the same moment waits for the first's row lock, then matches nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import order_status_label
from backoffice.labels_orders import status_change_message
from backoffice.models import Commande, CommandeProduit, HistoriqueCommande, Produit, utcnow
from backoffice.models.enums import StatutCommande as S
from backoffice.services.audit import audit
from backoffice.services.errors import ConflictError, NotFound, ServiceError, ValidationError
from backoffice.services.invoices.hooks import on_order_cancelled, on_order_status_changed
from backoffice.services.permissions import Permission, Staff, mutation

# The whole workflow: from each status, the statuses it may move to.
TRANSITIONS: Mapping[str, frozenset[str]] = {
    S.EN_ATTENTE: frozenset({S.VALIDEE, S.ANNULEE}),
    S.VALIDEE: frozenset({S.EN_PREPARATION, S.ANNULEE}),
    S.EN_PREPARATION: frozenset({S.EXPEDIEE, S.ANNULEE}),
    S.EXPEDIEE: frozenset({S.LIVREE}),
    S.LIVREE: frozenset(),
    S.ANNULEE: frozenset(),
}
# The forward path, in order (the list's « next step »).
FORWARD: tuple[str, ...] = (S.EN_ATTENTE, S.VALIDEE, S.EN_PREPARATION, S.EXPEDIEE, S.LIVREE)
FINAL: frozenset[str] = frozenset(s for s, targets in TRANSITIONS.items() if not targets)
# Statuses an order may still be late in (« en retard »).
OPEN_STATUSES: frozenset[str] = frozenset({S.EN_ATTENTE, S.VALIDEE, S.EN_PREPARATION})

HISTORY_STATUS_CHANGE = "changement_statut"
MAX_REASON = 255
MAX_CARRIER = 100
MAX_TRACKING = 100


def can_transition(old: str, new: str) -> bool:
    return new in TRANSITIONS.get(str(old), frozenset())


def allowed_targets(status: str) -> list[str]:
    """The statuses ``status`` may move to, forward first, cancellation last."""
    targets = TRANSITIONS.get(str(status), frozenset())
    return [s for s in (*FORWARD, S.ANNULEE) if s in targets]


def next_status(status: str) -> str | None:
    """The forward step from ``status`` (``None`` from a final status)."""
    forward = [s for s in allowed_targets(status) if s != S.ANNULEE]
    return forward[0] if forward else None


def can_validate(status: str) -> bool:
    return can_transition(status, S.VALIDEE)


def can_prepare(status: str) -> bool:
    return can_transition(status, S.EN_PREPARATION)


def can_ship(status: str) -> bool:
    return can_transition(status, S.EXPEDIEE)


def can_deliver(status: str) -> bool:
    return can_transition(status, S.LIVREE)


def can_cancel(status: str) -> bool:
    return can_transition(status, S.ANNULEE)


class TransitionRefused(ServiceError):
    """The workflow does not allow this change (``current``: the order's status)."""

    def __init__(self, message: str, current: str) -> None:
        super().__init__(message)
        self.current = current


class OrderMoved(ConflictError):
    """The order is no longer in the status the user saw; nothing was applied."""


@dataclass(frozen=True)
class StatusChange:
    """What one change did."""

    order_id: int
    reference: str
    old: str
    new: str
    restocked: dict[int, int] = field(default_factory=dict)  # product id → quantity put back
    invoice_id: int | None = None
    credit_note_id: int | None = None


def _order_row(session: Session, order_id: int) -> Any:
    return session.execute(
        select(Commande.id, Commande.reference, Commande.statut).where(Commande.id == order_id)
    ).first()


def not_found_error(order_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("orders", "La commande n°{id} n'existe pas ou plus.").format(id=order_id)
    )


def refused_error(reference: str, old: str, new: str) -> TransitionRefused:
    if not TRANSITIONS.get(str(old)):
        message = QT_TRANSLATE_NOOP(
            "orders", "La commande {reference} est « {status} » : elle ne change plus de statut."
        ).format(reference=reference, status=order_status_label(old))
    else:
        message = QT_TRANSLATE_NOOP(
            "orders", "Une commande « {old} » ne peut pas passer à « {new} » ({reference})."
        ).format(old=order_status_label(old), new=order_status_label(new), reference=reference)
    return TransitionRefused(message, str(old))


def moved_error(reference: str, expected: str, current: str) -> OrderMoved:
    message = QT_TRANSLATE_NOOP(
        "orders",
        "La commande {reference} est maintenant « {current} » (et non plus « {expected} ») : "
        "quelqu'un d'autre ou le site l'a modifiée entre-temps. Rien n'a été appliqué.",
    ).format(
        reference=reference,
        current=order_status_label(current),
        expected=order_status_label(expected),
    )
    return OrderMoved(message, {"statut": str(current)}, ["statut"])


def _compare_and_set(
    session: Session,
    order_id: int,
    expected: str,
    new: str,
    values: Mapping[str, Any] | None = None,
) -> tuple[str, str]:
    """Moves the order from ``expected`` to ``new`` (one UPDATE); its reference and the old
    status. Raises when the order is gone, the transition is not allowed or the order moved."""
    row = _order_row(session, order_id)
    if row is None:
        raise not_found_error(order_id)
    if not can_transition(expected, new):
        raise refused_error(row.reference, expected, new)
    stmt = (
        update(Commande)
        .where(Commande.id == order_id, Commande.statut == expected)
        .values(statut=new, **dict(values or {}))
        .execution_options(synchronize_session=False)
    )
    if not session.execute(stmt).rowcount:  # type: ignore[attr-defined]
        current = _order_row(session, order_id)
        if current is None:
            raise not_found_error(order_id)
        raise moved_error(row.reference, expected, current.statut)
    return row.reference, str(expected)


def history_row(
    actor: Staff, order_id: int, old: str, new: str, extra: Mapping[str, Any]
) -> dict[str, Any]:
    """The ``historique_commande`` row of a status change, in the JSON shape the demo data
    and the website write (``ancien_statut``, ``nouveau_statut``, ``message``), with the
    carrier, tracking number or cancellation reason when there is one."""
    details = {
        "ancien_statut": old,
        "nouveau_statut": new,
        "message": status_change_message(old, new),
        **{k: v for k, v in extra.items() if v not in (None, "")},
    }
    return {
        "id_commande": order_id,
        "id_utilisateur": actor.id,
        "action": HISTORY_STATUS_CHANGE,
        "details": json.dumps(details, ensure_ascii=False),
        "date_action": utcnow(),
    }


def _history(
    session: Session, actor: Staff, order_id: int, old: str, new: str, extra: Mapping[str, Any]
) -> None:
    session.execute(
        insert(HistoriqueCommande).values(**history_row(actor, order_id, old, new, extra))
    )


def shipping_details(new: str, carrier: str | None, tracking: str | None) -> dict[str, Any]:
    """The carrier (required) and tracking number of a shipping; nothing for another step."""
    if new != S.EXPEDIEE:
        return {}
    carrier_text = _text(carrier, MAX_CARRIER)
    if carrier_text is None:
        raise ValidationError(
            {"transporteur": QT_TRANSLATE_NOOP("orders", "Indiquez le transporteur.")}
        )
    return {"transporteur": carrier_text, "numero_suivi": _text(tracking, MAX_TRACKING)}


def _text(value: str | None, limit: int) -> str | None:
    text = (value or "").strip()
    return text[:limit] if text else None


@mutation(Permission.ORDERS_ADVANCE)
def advance_order(
    session: Session,
    actor: Staff,
    order_id: int,
    expected: str,
    new: str,
    *,
    carrier: str | None = None,
    tracking: str | None = None,
) -> StatusChange:
    """Moves the order from ``expected`` (the status the user saw) to ``new`` (validee,
    en_preparation, expediee or livree; cancelling is :func:`cancel_order`). Shipping needs
    ``carrier`` (the tracking number is optional); both are kept in the history's details.
    Raises ``TransitionRefused``, ``OrderMoved``, ``NotFound`` or ``ValidationError``."""
    if new == S.ANNULEE:
        raise ValidationError(
            {"statut": QT_TRANSLATE_NOOP("orders", "Une annulation passe par « Annuler… ».")}
        )
    extra = shipping_details(new, carrier, tracking)
    reference, old = _compare_and_set(session, order_id, expected, new)
    _history(session, actor, order_id, old, new, extra)
    audit(
        session,
        actor,
        "commande.statut",
        {"id_commande": order_id, "reference": reference, **extra},
        before={"statut": old},
        after={"statut": new},
    )
    invoice_id = on_order_status_changed(session, actor, order_id, old, new)
    return StatusChange(order_id, reference, old, new, invoice_id=invoice_id)


def validate_cancellation(reason: str | None) -> dict[str, str]:
    """The cancellation form's rules: a reason is required."""
    if not (reason or "").strip():
        return {
            "motif_annulation": QT_TRANSLATE_NOOP("orders", "Choisissez le motif d'annulation.")
        }
    return {}


@mutation(Permission.ORDERS_CANCEL)
def cancel_order(
    session: Session,
    actor: Staff,
    order_id: int,
    expected: str,
    reason: str,
    comment: str | None = None,
) -> StatusChange:
    """Cancels the order seen in ``expected`` with ``reason`` (``motif_annulation``) and an
    optional ``comment``, and puts every line's quantity back in stock, exactly once (see
    the module docstring). An invoiced order goes through invoicing's hook first (today it
    refuses: a credit note is needed)."""
    errors = validate_cancellation(reason)
    if errors:
        raise ValidationError(errors)
    reason_text = _text(reason, MAX_REASON)
    comment_text = (comment or "").strip() or None
    reference, old = _compare_and_set(
        session,
        order_id,
        expected,
        S.ANNULEE,
        {"motif_annulation": reason_text, "commentaire_annulation": comment_text},
    )
    credit_note_id = on_order_cancelled(session, actor, order_id)
    restocked = _restock(session, order_id)
    extra = {"motif": reason_text, "commentaire": comment_text}
    _history(session, actor, order_id, old, S.ANNULEE, extra)
    audit(
        session,
        actor,
        "commande.annulation",
        {
            "id_commande": order_id,
            "reference": reference,
            **extra,
            "restockes": {str(k): v for k, v in restocked.items()},
        },
        before={"statut": old},
        after={"statut": S.ANNULEE.value},
    )
    on_order_status_changed(session, actor, order_id, old, S.ANNULEE)
    return StatusChange(
        order_id, reference, old, S.ANNULEE, restocked, credit_note_id=credit_note_id
    )


def _restock(session: Session, order_id: int) -> dict[int, int]:
    """Every line's quantity back in its product's stock (``stock = stock + :q`` in SQL, so
    the website's sales meanwhile are kept); product id → quantity."""
    rows = session.execute(
        select(CommandeProduit.id_produit, func.sum(CommandeProduit.quantite))
        .where(CommandeProduit.id_commande == order_id)
        .group_by(CommandeProduit.id_produit)
        .order_by(CommandeProduit.id_produit)  # one lock order for every canceller
    ).all()
    restocked: dict[int, int] = {}
    for product_id, quantity in rows:
        if not quantity:
            continue
        session.execute(
            update(Produit)
            .where(Produit.id == product_id)
            .values(stock=Produit.stock + int(quantity))
            .execution_options(synchronize_session=False)
        )
        restocked[int(product_id)] = int(quantity)
    return restocked


__all__ = [
    "FINAL",
    "FORWARD",
    "OPEN_STATUSES",
    "TRANSITIONS",
    "OrderMoved",
    "StatusChange",
    "TransitionRefused",
    "advance_order",
    "allowed_targets",
    "can_cancel",
    "can_deliver",
    "can_prepare",
    "can_ship",
    "can_transition",
    "can_validate",
    "cancel_order",
    "next_status",
    "validate_cancellation",
]
