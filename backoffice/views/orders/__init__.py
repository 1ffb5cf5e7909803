"""The Commandes tab (package): :mod:`.specs` (the list), :mod:`.screen` (the list with
its status buttons), :mod:`.window` and :mod:`.window_parts` (the order window),
:mod:`.operations` (the workflow's actions, the notes), :mod:`.dialogs` (« Expédier… »,
« Annuler… »). Importing it registers the tab and the opener of orders
(``open_record(ctx, "commandes", id)``)."""

from __future__ import annotations

from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.documents import PACKING_SLIPS
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.document_preview import preview_documents
from backoffice.ui.openers import register_opener
from backoffice.views.orders.screen import OrdersScreen
from backoffice.views.orders.specs import orders_spec
from backoffice.views.orders.window import OrderWindow, open_order
from backoffice.views.registry import ViewSpec, register


async def packing_slips(host: Any, order_ids: list[int]) -> Any:
    """« Bon de préparation »: the packing slips of ``order_ids`` in the preview window
    (print and save from there)."""
    return await preview_documents(host, PACKING_SLIPS, order_ids)


def orders_screen(context: AppContext) -> OrdersScreen:
    return OrdersScreen(context, packing_slips)


async def open_order_record(context: AppContext, order_id: int) -> OrderWindow:
    window = await open_order(context, order_id)
    window.set_packing_handler(packing_slips)
    return window  # type: ignore[no-any-return]


VIEW = register(
    ViewSpec(
        key="commandes",
        title=QT_TRANSLATE_NOOP("Views", "Commandes"),
        icon="SP_FileDialogListView",
        permission=Permission.ORDERS_VIEW,
        factory=orders_screen,
        order=5,
    )
)
register_opener("commandes", open_order_record, Permission.ORDERS_VIEW)

__all__ = ["OrderWindow", "OrdersScreen", "open_order", "orders_screen", "orders_spec"]
