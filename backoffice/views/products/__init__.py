"""The Produits tab (package): :mod:`.specs` (the list and the form), :mod:`.screen` (the
list with thumbnails, the form's dialogs), :mod:`.operations` (bulk, delete-or-deactivate,
stock), :mod:`.csv_flow` (export, import), :mod:`.dialogs` (stock, promotion, import
preview). Importing it registers the tab."""

from __future__ import annotations

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.openers import register_opener
from backoffice.views.products.dialogs import ImportPreviewDialog, PercentDialog, StockDialog
from backoffice.views.products.screen import ProductsScreen, ThumbnailDelegate, open_product_record
from backoffice.views.products.specs import (
    STOCK_LOW,
    STOCK_OUT,
    product_cell_style,
    product_form_spec,
    products_spec,
    save_product,
)
from backoffice.views.registry import ViewSpec, register


def products_screen(context: AppContext) -> ProductsScreen:
    return ProductsScreen(context)


VIEW = register(
    ViewSpec(
        key="produits",
        title=QT_TRANSLATE_NOOP("Views", "Produits"),
        icon="SP_FileDialogDetailedView",
        permission=Permission.CATALOG_VIEW,
        factory=products_screen,
        order=20,
    )
)
register_opener("produits", open_product_record, Permission.CATALOG_VIEW)

__all__ = [
    "STOCK_LOW",
    "STOCK_OUT",
    "ImportPreviewDialog",
    "PercentDialog",
    "ProductsScreen",
    "StockDialog",
    "ThumbnailDelegate",
    "product_cell_style",
    "product_form_spec",
    "products_screen",
    "products_spec",
    "save_product",
]
