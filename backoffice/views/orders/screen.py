"""The Commandes list: the generic list over ``views/orders/specs``, its status buttons and
the filters' values found in recent orders."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QComboBox, QWidget

from backoffice import labels_orders
from backoffice.services.orders import get_order_filter_values
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.specs import ActionHandler, Row
from backoffice.ui.tasks import spawn
from backoffice.views.orders import operations
from backoffice.views.orders.specs import orders_spec, value_label
from backoffice.views.orders.window import open_order

_LABELS = {
    "mode_livraison": labels_orders.SHIPPING_MODE_LABELS,
    "methode_paiement": labels_orders.PAYMENT_METHOD_LABELS,
    "pays": {},
}


class OrdersScreen(ListScreen):
    """The list of orders; ``packing`` (``(host, order ids)`` → awaitable) runs « Bon de
    préparation » when the documents are available."""

    def __init__(
        self, context: AppContext, packing: Any = None, parent: QWidget | None = None
    ) -> None:
        self.packing = packing
        handler: ActionHandler | None = None
        if packing is not None:
            handler = self._packing_rows
        super().__init__(context, orders_spec(self._open_row, self._handler, handler), parent)
        self._choices_loaded = False
        self.model.loaded.connect(self._load_choices_once)

    def _handler(self, key: str) -> ActionHandler:
        if key == "open":
            return lambda screen, rows: self._open_row(screen, rows[0]) if rows else None
        return lambda screen, rows: operations.change_status(screen, rows, key)

    # Not _open: that is ListScreen's own (Return, double-click), which calls on_open.
    async def _open_row(self, _screen: ListScreen, row: Row) -> Any:
        return await self.open_order(int(row["id"]))

    async def open_order(self, order_id: int) -> Any:
        """The order's window (raised if open)."""
        window = await open_order(self.context, order_id, self)
        if self.packing is not None:
            window.set_packing_handler(self.packing)
        return window

    async def _packing_rows(self, _screen: ListScreen, rows: list[Row]) -> Any:
        return await self.packing(self, [int(r["id"]) for r in rows])

    def _load_choices_once(self, _rows: int) -> None:
        # After the first rows, never before them: the values of recent orders complete
        # the filters' known choices (a website's own delivery modes, its countries).
        if self._choices_loaded:
            return
        self._choices_loaded = True
        spawn(self._load_choices_values(), parent=self)

    async def _load_choices_values(self) -> None:
        values = await self.context.runner.read(get_order_filter_values, self.context.actor)
        if not shiboken6.isValid(self):
            return  # the tab was closed meanwhile
        for key, found in values.items():
            combo = self.filter_widget(key)
            if not isinstance(combo, QComboBox) or not shiboken6.isValid(combo):
                continue
            for value in found:
                if combo.findData(value) < 0:
                    combo.blockSignals(True)
                    combo.addItem(value_label(_LABELS[key], value), value)
                    combo.blockSignals(False)


__all__ = ["OrdersScreen"]
