"""The Commandes actions: one small function per user action, on ``ui/operations``.

Each asks what it must (the carrier, the cancellation reason), runs the service through the
runner and reports in French; none reloads a screen (the list, its counts and the open
order windows refresh themselves from the runner's change announcement).

``host`` is the list screen or an order window: a widget with ``context`` and
``notify(text)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backoffice.models.enums import StatutCommande as S
from backoffice.services.errors import ServiceError
from backoffice.services.orders import (
    BatchResult,
    StatusChange,
    advance_order,
    advance_orders,
    cancel_order,
    cancel_orders,
    update_order_notes,
)
from backoffice.ui.dialogs import inform, run_dialog, warn
from backoffice.ui.operations import counted, refusal, run_operation
from backoffice.ui.specs import Row
from backoffice.views.orders.dialogs import CancelDialog, ShipDialog
from backoffice.views.orders.specs import status_text


def _title() -> str:
    return QCoreApplication.translate("Orders", "Commandes")


def _orders(n: int) -> str:
    return counted(
        n,
        QCoreApplication.translate("Orders", "commande"),
        QCoreApplication.translate("Orders", "commandes"),
    )


def _done(change: StatusChange) -> str:
    return QCoreApplication.translate("Orders", "{reference} : {status}.").format(
        reference=change.reference, status=status_text(change.new)
    )


def _summary(result: BatchResult, host: Any, target: str) -> str:
    """« 5 commandes passées à « Validée ». », and a box naming each order that did not
    change, with why."""
    moved = len(result.moved)
    if moved == 1:
        template = QCoreApplication.translate("Orders", "{orders} passée à « {status} ».")
    else:
        template = QCoreApplication.translate("Orders", "{orders} passées à « {status} ».")
    text = template.format(orders=_orders(moved), status=status_text(target))
    if result.refused:
        lines = "\n".join(f"• {r.reference} : {r.reason}" for r in result.refused)
        inform(
            host if isinstance(host, QWidget) else None,
            _title(),
            QCoreApplication.translate("Orders", "{moved} Sans changement : {n}.").format(
                moved=text, n=_orders(len(result.refused))
            ),
            informative=lines,
            warning=True,
            object_name="batchSummary",
        )
    return text


async def _ask_ship(host: Any) -> tuple[str, str | None] | None:
    dialog = ShipDialog(host if isinstance(host, QWidget) else None)
    if not await run_dialog(dialog):
        return None
    return dialog.values()


async def _ask_cancel(host: Any, rows: Sequence[Row]) -> tuple[str, str | None] | None:
    dialog = CancelDialog(
        host if isinstance(host, QWidget) else None, [r["reference"] for r in rows]
    )
    if not await run_dialog(dialog):
        return None
    return dialog.values()


async def change_status(host: Any, rows: Sequence[Row], target: str) -> Any:
    """Moves the selected orders to ``target`` (each from the status the user saw): one
    order says what happened or why not; several give a summary."""
    rows = list(rows)
    if not rows:
        return None
    extra: dict[str, Any] = {}
    if target == S.EXPEDIEE:
        asked = await _ask_ship(host)
        if asked is None:
            return None
        extra = {"carrier": asked[0], "tracking": asked[1]}
    elif target == S.ANNULEE:
        asked = await _ask_cancel(host, rows)
        if asked is None:
            return None
    refused = QCoreApplication.translate("Orders", "Changement de statut refusé")
    if len(rows) == 1:
        row = rows[0]
        if target == S.ANNULEE:
            return await run_operation(
                host, cancel_order, row["id"], row["statut"], *asked, done=_done, refused=refused
            )
        return await run_operation(
            host,
            advance_order,
            row["id"],
            row["statut"],
            target,
            done=_done,
            refused=refused,
            **extra,
        )
    seen = {int(r["id"]): str(r["statut"]) for r in rows}
    if target == S.ANNULEE:
        return await run_operation(
            host,
            cancel_orders,
            seen,
            *asked,
            done=lambda r: _summary(r, host, target),
            refused=refused,
        )
    return await run_operation(
        host,
        advance_orders,
        seen,
        target,
        done=lambda r: _summary(r, host, target),
        refused=refused,
        **extra,
    )


async def save_notes(host: Any, order_id: int, notes: str, read: str | None) -> Any:
    """Saves the internal notes against the text read; a ``ConflictError`` propagates (the
    window offers to keep its text or take the current one)."""
    return await run_operation(
        host,
        update_order_notes,
        order_id,
        notes,
        read,
        done=lambda _t: QCoreApplication.translate("Orders", "Notes enregistrées."),
    )


def refused_box(host: Any, exc: ServiceError) -> None:
    warn(
        host if isinstance(host, QWidget) else None,
        _title(),
        refusal(exc),
        object_name="operationRefused",
    )


__all__ = ["change_status", "refused_box", "save_notes"]
