"""The Produits tab: the catalog list with its thumbnails, and the product form.

The list is a :class:`~backoffice.ui.list_screen.ListScreen` over
:func:`backoffice.services.catalog.list_products` (:mod:`.specs`); the form is a
:class:`~backoffice.ui.forms.FormSpec` over ``get_product``/``update_product``
(compare-and-set on the values read: a concurrent change opens the conflict dialog,
nothing is silently overwritten). The actions are :mod:`.operations` and :mod:`.csv_flow`;
this screen only wires them. Nothing here reloads by hand: the list, the open forms and
the other tabs refresh themselves from the runner's change announcement.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from backoffice.services.catalog import ProductData
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Permission
from backoffice.ui.catalog_fields import wire_slug
from backoffice.ui.context import AppContext
from backoffice.ui.forms import FormDialog, FormScreen, open_form
from backoffice.ui.image_loader import ImageLoader
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.preferences import PreferencesDialog, preferences_for
from backoffice.ui.specs import Row
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import follow_record
from backoffice.views.products import operations
from backoffice.views.products.specs import product_form_spec, products_spec, with_threshold

ROW_HEIGHT = 34
THUMBNAIL = ROW_HEIGHT - 6


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints the row's image (loaded in the background, cached) instead of its file name."""

    def __init__(self, loader: ImageLoader, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.size = size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        row = index.data(Qt.ItemDataRole.UserRole) or {}
        url = row.get("image_url")
        if not url:
            return
        pixmap = self.loader.request(url, self.size)
        if pixmap is None or pixmap.isNull():
            return
        rect = option.rect
        x = rect.x() + (rect.width() - pixmap.width()) // 2
        y = rect.y() + (rect.height() - pixmap.height()) // 2
        painter.drawPixmap(QRect(x, y, pixmap.width(), pixmap.height()), pixmap)


class ProductsScreen(ListScreen):
    """The Produits list; see the module docstring.

    Public: ``open_product(id | None)`` (awaitable: the form's dialog), ``popup_menu(key,
    rows)``, ``export_query()``, ``edit_preferences()``, ``preferences``, ``images``,
    ``open_dialogs``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        preferences = preferences_for(context.settings)
        super().__init__(context, products_spec(preferences), parent)
        self.preferences = preferences
        self.images = ImageLoader(preferences.resolve_image, self)
        self.form_spec = product_form_spec()
        self.open_dialogs: list[FormDialog] = []
        open_button = self.action_button("edit")
        if open_button is not None and not context.actor.can(Permission.CATALOG_EDIT):
            open_button.setText(self.tr("Ouvrir"))  # consultation: nothing to modify

        # Taller rows for thumbnails, painted by a delegate that loads them lazily:
        # only visible rows ever ask for an image.
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        image_column = self._image_column = self.spec.column_index("image_url")
        self.thumbnails = ThumbnailDelegate(self.images, THUMBNAIL, self.table)
        self.table.setItemDelegateForColumn(image_column, self.thumbnails)
        self.images.imageReady.connect(self._thumbnail_ready)
        preferences.changed.connect(self._preferences_changed)

    def _thumbnail_ready(self, *_args: Any) -> None:
        # Only the image column changes: repainting the whole viewport for every thumbnail
        # that lands (they come one by one after each search) would format and paint every
        # visible cell again each time.
        column = self._image_column
        width = self.table.columnWidth(column)
        if self.table.isColumnHidden(column) or width <= 0:
            return
        viewport = self.table.viewport()
        x = self.table.columnViewportPosition(column)
        viewport.update(QRect(x, 0, width, viewport.height()))

    def _preferences_changed(self) -> None:
        self.images.clear()
        self.table.viewport().update()
        if self.filter_values().get("stock"):
            self.refresh()  # the threshold is part of the query: this list's own setting

    def export_query(self) -> ListQuery:
        """The list's current search, filters and sort (all rows, not one page)."""
        return with_threshold(self.model.query.page(0), self.preferences.low_stock_threshold)

    # --- the form -----------------------------------------------------------------------

    async def open_product(self, product_id: int | None) -> FormDialog:
        """The product's window: the open one raised (the same product twice would be two
        versions racing each other), else a new one titled with the product."""
        windows = self.context.record_windows("produits")
        return await windows.open(product_id, lambda: self._new_product_dialog(product_id))

    async def _new_product_dialog(self, product_id: int | None) -> FormDialog:
        self.open_dialogs = [d for d in self.open_dialogs if shiboken6.isValid(d)]
        dialog = await product_dialog(
            self.context, product_id, parent=self, images=self.images, spec=self.form_spec
        )
        dialog.form.saved.connect(self._saved)
        self.open_dialogs.append(dialog)
        return dialog

    def _saved(self, saved: ProductData) -> None:
        self.notify(self.tr("« {nom} » enregistré.").format(nom=saved.nom))
        self.reveal(saved.id)  # the list refreshes itself; the saved row is selected

    # --- menus and preferences -----------------------------------------------------------

    def popup_menu(self, key: str, rows: list[Row]) -> QMenu:
        """The little menus behind "Activer / Désactiver", "Mise en avant", "Promotion"."""
        entries: list[tuple[str, Callable[[], Awaitable[Any]]]] = {
            "active": [
                (self.tr("Activer"), lambda: operations.set_active(self, rows, True)),
                (self.tr("Désactiver"), lambda: operations.set_active(self, rows, False)),
            ],
            "featured": [
                (self.tr("Mettre en avant"), lambda: operations.set_featured(self, rows, True)),
                (
                    self.tr("Retirer de la mise en avant"),
                    lambda: operations.set_featured(self, rows, False),
                ),
            ],
            "promo": [
                (
                    self.tr("Appliquer une promotion (%)…"),
                    lambda: operations.apply_promotion(self, rows),
                ),
                (self.tr("Retirer la promotion"), lambda: operations.remove_promotion(self, rows)),
            ],
        }[key]
        menu = QMenu(self)
        menu.setObjectName(f"menu_{key}")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for text, make in entries:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, make=make: spawn(make(), parent=self))
        button = self.action_button(key)
        where = button.mapToGlobal(QPoint(0, button.height())) if button else self.cursor().pos()
        menu.popup(where)
        return menu

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


async def product_dialog(
    context: AppContext,
    product_id: int | None,
    *,
    parent: QWidget | None = None,
    images: ImageLoader | None = None,
    spec: Any = None,
) -> FormDialog:
    """The product form in a window of its own, titled with the product (read-only
    without ``catalog.edit``), following its row."""
    title = (
        QCoreApplication.translate("ProductsScreen", "Nouveau produit")
        if product_id is None
        else QCoreApplication.translate("ProductsScreen", "Produit")
    )
    if images is None:
        images = ImageLoader(preferences_for(context.settings).resolve_image)
    form = FormScreen(
        context,
        spec or product_form_spec(),
        product_id,
        # A new product starts without a price: "0,00" would be saved unnoticed.
        initial=replace(ProductData(), prix=None) if product_id is None else None,
        image_loader=images,
    )
    if images.parent() is None:
        images.setParent(form)
    dialog = await open_form(form, parent=parent, title=title)
    dialog.setObjectName("productDialog")
    if not context.actor.can(Permission.CATALOG_EDIT):
        form.set_read_only(
            reason=QCoreApplication.translate(
                "ProductsScreen",
                "Lecture seule — votre rôle ne permet pas de modifier les produits",
            )
        )
    wire_slug(form)
    follow_record(
        form,
        "produits",
        QCoreApplication.translate(
            "ProductsScreen",
            "Ce produit a été modifié ailleurs pendant que vous le modifiiez. "
            "Enregistrer comparera vos valeurs aux nouvelles.",
        ),
    )

    def titled(data: ProductData | None) -> None:
        if data is not None and data.nom and shiboken6.isValid(dialog):
            dialog.setWindowTitle(
                QCoreApplication.translate("ProductsScreen", "Produit — {nom}").format(nom=data.nom)
            )

    if product_id is not None:
        titled(form.loaded)
        form.loadedChanged.connect(titled)
    return dialog


async def open_product_record(context: AppContext, product_id: int) -> FormDialog:
    """Another tab's link to a product (an order's line): its form, raised if open."""
    windows = context.record_windows("produits")
    return await windows.open(product_id, lambda: product_dialog(context, product_id))


__all__ = ["ProductsScreen", "ThumbnailDelegate", "open_product_record", "product_dialog"]
