"""The Produits tab: the catalog list, the product form, stock, bulk actions, CSV.

The list is a :class:`~backoffice.ui.list_screen.ListScreen` over
:func:`backoffice.services.catalog.list_products`; the form is a
:class:`~backoffice.ui.forms.FormSpec` over ``get_product``/``update_product``
(compare-and-set on the values read: a concurrent change opens the conflict dialog,
nothing is silently overwritten). Every database call goes through the DbRunner.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from backoffice.services import catalog, catalog_csv
from backoffice.services.catalog import ProductData
from backoffice.services.categories import category_path, search_categories
from backoffice.services.errors import ConflictError, ServiceError, ValidationError
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Permission, Staff
from backoffice.ui import formatting
from backoffice.ui.catalog_fields import search_category_choices, wire_slug
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask, button_box, run_dialog, warn
from backoffice.ui.errors import user_message
from backoffice.ui.flow_layout import flow_container
from backoffice.ui.forms import (
    FieldSpec,
    FormDialog,
    FormScreen,
    FormSpec,
    PickerDialog,
    open_form,
)
from backoffice.ui.image_loader import ImageLoader
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.preferences import Preferences, PreferencesDialog, preferences_for
from backoffice.ui.specs import ActionSpec, CellStyle, ColumnSpec, FilterSpec, ListSpec, Row
from backoffice.ui.tasks import spawn
from backoffice.views.registry import ViewSpec, register

# Stock highlights: the same bounds as the list's "état du stock" filter.
STOCK_OUT = CellStyle(foreground="#b71c1c", background="#ffcdd2", bold=True)
STOCK_LOW = CellStyle(foreground="#bf360c", background="#ffe0b2", bold=True)
INACTIVE_FOREGROUND = "#9e9e9e"
ROW_HEIGHT = 34
THUMBNAIL = ROW_HEIGHT - 6
NOTICE_MS = 10_000


def tr(text: str) -> str:
    return QCoreApplication.translate("Produits", text)


def _plural(n: int, singular: str, plural: str) -> str:
    return f"{formatting.format_int(n)} {singular if abs(n) < 2 else plural}"


# ---------------------------------------------------------------------------------------
# Services adapted for the UI (run on the worker pool)
# ---------------------------------------------------------------------------------------


def with_threshold(query: ListQuery, threshold: int) -> ListQuery:
    """The query with the member's low-stock threshold for the "état du stock" filter."""
    if query.filters.get("stock") in (None, ""):
        return query
    return replace(query, filters={**query.filters, "seuil_stock": threshold})


def category_filter_choices(session: Session, actor: Staff) -> list[tuple[int, str]]:
    """Every category by path for the list's filter (categories number in the hundreds)."""
    return [(c.id, c.chemin) for c in search_categories(session, actor, "", limit=5000)]


def save_product(
    session: Session,
    actor: Staff,
    product_id: int | None,
    values: dict[str, Any],
    loaded: ProductData | None,
) -> ProductData:
    """The form's save: create, or update against the values read (``loaded``)."""
    base = loaded if loaded is not None else ProductData()
    data = replace(base, **values)
    if product_id is None:
        new_id = catalog.create_product(session, actor, data)
        return catalog.get_product(session, actor, new_id)
    return catalog.update_product(
        session,
        actor,
        product_id,
        data,
        base,
    )


def export_to_file(session: Session, actor: Staff, query: ListQuery, path: str) -> int:
    """Writes the CSV next to ``path`` then renames it: a failed export leaves no half file."""
    partial = path + ".part"
    try:
        with open(partial, "wb") as stream:
            count = catalog_csv.export_products_csv(session, actor, query, stream)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return count


def preview_file(session: Session, actor: Staff, path: str) -> catalog_csv.ImportPreview:
    with open(path, "rb") as stream:
        return catalog_csv.preview_import(session, actor, stream)


# ---------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------


def product_form_spec() -> FormSpec:
    return FormSpec(
        title=tr("Produit"),
        fields=(
            FieldSpec("nom", tr("Nom"), required=True, max_length=255),
            FieldSpec(
                "slug",
                tr("Slug"),
                required=True,
                max_length=191,
                help=tr("Adresse de la fiche sur le site ; proposé à partir du nom."),
            ),
            FieldSpec(
                "description_courte",
                tr("Description courte"),
                "multiline",
                max_length=500,
                lines=3,
            ),
            FieldSpec("description", tr("Description"), "multiline", lines=6),
            FieldSpec("prix", tr("Prix TTC"), "money", required=True),
            FieldSpec("prix_promo", tr("Prix promo"), "money"),
            FieldSpec("stock", tr("Stock"), "int", required=True),
            FieldSpec(
                "id_categorie",
                tr("Catégorie"),
                "picker",
                search=search_category_choices,
                label_for=category_path,
                display_key="categorie",
                placeholder=tr("Tapez pour chercher une catégorie…"),
            ),
            FieldSpec("est_actif", tr("Actif (visible sur le site)"), "bool"),
            FieldSpec("est_featured", tr("Mis en avant"), "bool"),
            FieldSpec("image_url", tr("Image"), "image_url", max_length=500, column=1),
            FieldSpec(
                "images_supplementaires",
                tr("Autres images"),
                "string_list",
                help=tr("Une adresse par ligne ; double-cliquez pour modifier."),
                column=1,
            ),
            FieldSpec("caracteristiques", tr("Caractéristiques"), "key_value", column=1),
        ),
        load=catalog.get_product,
        save=save_product,
        validate=_validate_locally,
        object_name="productForm",
        width=1060,
        height=640,
    )


def _validate_locally(values: dict[str, Any]) -> dict[str, str]:
    # The service's own checks without the database (slug uniqueness is checked on save).
    return catalog.validate_product(replace(ProductData(), **values))


STOCK_CHOICES = (
    (None, "Tous"),
    ("rupture", "Rupture"),
    ("faible", "Faible"),
    ("ok", "Suffisant"),
)


def products_spec(preferences: Preferences) -> ListSpec:
    """The Produits list; the stock colours and filter follow ``preferences``."""

    def fetch(session: Session, actor: Staff, query: ListQuery) -> Any:
        return catalog.list_products(
            session, actor, with_threshold(query, preferences.low_stock_threshold)
        )

    def count(session: Session, actor: Staff, query: ListQuery) -> int:
        return catalog.count_products(
            session, actor, with_threshold(query, preferences.low_stock_threshold)
        )

    def row_style(row: Row, column: ColumnSpec) -> CellStyle | None:
        return product_cell_style(preferences, row, column)

    edit = Permission.CATALOG_EDIT
    return ListSpec(
        title=tr("Produits"),
        columns=(
            # Sortable too: products without an image come first (NULLs first).
            ColumnSpec("image_url", tr("Image"), kind="image", width=52),
            ColumnSpec("nom", tr("Nom"), width=320),
            ColumnSpec("categorie", tr("Catégorie"), width=170),
            ColumnSpec("prix", tr("Prix"), kind="money", width=100),
            ColumnSpec("prix_promo", tr("Prix promo"), kind="money", width=100),
            ColumnSpec("stock", tr("Stock"), kind="int", width=75),
            ColumnSpec("est_actif", tr("Actif"), kind="bool", width=60),
            ColumnSpec("est_featured", tr("Mis en avant"), kind="bool", width=95),
            ColumnSpec("updated_at", tr("Mis à jour"), kind="datetime", width=130),
        ),
        fetch=fetch,
        count=count,
        filters=(
            FilterSpec(
                "categorie",
                tr("Catégorie"),
                choices=category_filter_choices,
                all_label=tr("Toutes"),
            ),
            FilterSpec("est_actif", tr("Actif"), kind="bool"),
            FilterSpec("est_featured", tr("Mis en avant"), kind="bool"),
            FilterSpec("en_promotion", tr("En promo"), kind="bool"),
            FilterSpec("stock", tr("Stock"), choices=tuple((v, tr(t)) for v, t in STOCK_CHOICES)),
        ),
        default_sort="nom",
        search_placeholder=tr("Rechercher (nom, slug, description courte)…"),
        count_noun=(tr("produit"), tr("produits")),
        on_open=lambda screen, row: screen.open_product(row["id"]),
        row_style=row_style,
        actions=(
            ActionSpec(
                "new",
                tr("Nouveau produit"),
                lambda s, _rows: s.open_product(None),
                min_rows=0,
                permission=edit,
                icon="SP_FileIcon",
                shortcut="Ctrl+N",
            ),
            ActionSpec("edit", tr("Modifier…"), lambda s, rows: s.open_product(rows[0]["id"])),
            ActionSpec(
                "stock",
                tr("Ajuster le stock…"),
                lambda s, rows: s.adjust_stock(rows[0]),
                permission=edit,
            ),
            ActionSpec(
                "active",
                tr("Activer / Désactiver ▾"),
                lambda s, rows: s.popup_menu("active", rows),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "featured",
                tr("Mise en avant ▾"),
                lambda s, rows: s.popup_menu("featured", rows),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "move",
                tr("Déplacer vers…"),
                lambda s, rows: s.move_to_category(rows),
                max_rows=None,
                permission=edit,
                tooltip=tr("Déplacer vers une catégorie…"),
            ),
            ActionSpec(
                "promo",
                tr("Promotion ▾"),
                lambda s, rows: s.popup_menu("promo", rows),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "delete",
                tr("Supprimer…"),
                lambda s, rows: s.delete_products(rows),
                max_rows=None,
                permission=edit,
                icon="SP_TrashIcon",
            ),
            ActionSpec(
                "export",
                tr("Exporter CSV…"),
                lambda s, _rows: s.export_csv(),
                min_rows=0,
                max_rows=None,
                tooltip=tr("Exporter la liste filtrée actuelle (fichier pour Excel)"),
            ),
            ActionSpec(
                "import",
                tr("Importer CSV…"),
                lambda s, _rows: s.import_csv(),
                min_rows=0,
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "preferences",
                tr("Préférences…"),
                lambda s, _rows: s.edit_preferences(),
                min_rows=0,
                max_rows=None,
            ),
        ),
        object_name="productsScreen",
    )


def product_cell_style(preferences: Preferences, row: Row, column: ColumnSpec) -> CellStyle | None:
    """Stock: red when out of stock, orange at or under the threshold; inactive rows grey."""
    if column.key == "stock":
        level = preferences.stock_level(row.get("stock"))
        if level == "rupture":
            return STOCK_OUT
        if level == "faible":
            return STOCK_LOW
        return None
    if not row.get("est_actif", True):
        return CellStyle(foreground=INACTIVE_FOREGROUND)
    return None


# ---------------------------------------------------------------------------------------
# Thumbnails
# ---------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------
# The screen
# ---------------------------------------------------------------------------------------


class ProductsScreen(ListScreen):
    """The Produits list with its actions; see the module docstring.

    Methods behind the actions are public and awaitable (tests call them directly):
    ``open_product(id | None)``, ``adjust_stock(row)``, ``set_active(rows, bool)``,
    ``set_featured(rows, bool)``, ``move_to_category(rows)``, ``apply_promotion(rows)``,
    ``remove_promotion(rows)``, ``delete_products(rows)``, ``export_csv(path=None)``,
    ``import_csv(path=None)``, ``edit_preferences()``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        preferences = preferences_for(context.settings)
        super().__init__(context, products_spec(preferences), parent)
        self.preferences = preferences
        self.images = ImageLoader(preferences.resolve_image, self)
        self.form_spec = product_form_spec()
        self.open_dialogs: list[FormDialog] = []
        self._select_after_load: int | None = None

        # Taller rows for thumbnails, painted by a delegate that loads them lazily:
        # only visible rows ever ask for an image.
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        image_column = self._image_column = self.spec.column_index("image_url")
        self.thumbnails = ThumbnailDelegate(self.images, THUMBNAIL, self.table)
        self.table.setItemDelegateForColumn(image_column, self.thumbnails)
        self.table.setIconSize(self.table.iconSize())
        self.images.imageReady.connect(self._thumbnail_ready)
        preferences.changed.connect(self._preferences_changed)

        # Many categories have long paths: the filter must not widen the toolbar.
        category_filter = self.findChild(QComboBox, "filter_categorie")
        if category_filter is not None:
            category_filter.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            category_filter.setMinimumContentsLength(16)
            category_filter.view().setMinimumWidth(360)

        self.notice = QLabel(self)
        self.notice.setObjectName("noticeLabel")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("color: #1b5e20;")
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self._actions_to_second_row()
        self.model.loaded.connect(self._reselect)

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

    # --- layout -------------------------------------------------------------------------

    def _actions_to_second_row(self) -> None:
        """Search and filters on the first row, actions on the second: 11 buttons and five
        filters on one row would not fit a laptop screen."""
        main = self.layout()
        toolbar = self.toolbar.layout()
        # A flow, not a row: on a narrow window the buttons wrap instead of being squeezed
        # until their labels are cut off.
        container, row = flow_container(self)
        container.setObjectName("productActions")
        for action in self.spec.actions:
            button = self.findChild(QPushButton, f"action_{action.key}")
            if button is None:
                continue
            if toolbar is not None:
                toolbar.removeWidget(button)
            row.addWidget(button)
        row.addWidget(self.notice)
        if main is not None:
            main.insertWidget(1, container)

    def notify(self, text: str) -> None:
        """A short confirmation under the filters ("3 produits désactivés.")."""
        self.notice.setText(text)
        self._notice_timer.start(NOTICE_MS)

    def _preferences_changed(self) -> None:
        self.images.clear()
        self.table.viewport().update()
        if self.filter_values().get("stock"):
            self.refresh()

    def _reselect(self, _count: int) -> None:
        wanted = self._select_after_load
        if wanted is None:
            return
        for r in range(self.model.rowCount()):
            if self.model.row_at(r)["id"] == wanted:
                self._select_after_load = None
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                return

    async def reload_and_select(self, product_id: int | None) -> None:
        self._select_after_load = product_id
        await self.reload()

    # --- the form -----------------------------------------------------------------------

    async def open_product(self, product_id: int | None) -> FormDialog:
        self.open_dialogs = [d for d in self.open_dialogs if shiboken6.isValid(d)]
        if product_id is not None:
            for existing in self.open_dialogs:
                if existing.form.record_id == product_id and existing.isVisible():
                    # The same product twice would be two versions racing each other.
                    existing.raise_()
                    existing.activateWindow()
                    return existing
        title = tr("Nouveau produit") if product_id is None else tr("Produit")
        form = FormScreen(
            self.context,
            self.form_spec,
            product_id,
            # A new product starts without a price: "0,00" would be saved unnoticed.
            initial=replace(ProductData(), prix=None) if product_id is None else None,
            image_loader=self.images,
        )
        dialog = await open_form(form, parent=self, title=title)
        dialog.setObjectName("productDialog")
        if not self.context.actor.can(Permission.CATALOG_EDIT):
            form.set_read_only()
        wire_slug(form)
        if form.loaded is not None and form.loaded.nom:
            dialog.setWindowTitle(tr("Produit — {nom}").format(nom=form.loaded.nom))
        form.saved.connect(lambda saved: spawn(self._after_save(saved), parent=self))
        self.open_dialogs.append(dialog)
        return dialog

    async def _after_save(self, saved: ProductData) -> None:
        self.notify(tr("« {nom} » enregistré.").format(nom=saved.nom))
        await self.reload_and_select(saved.id)

    # --- stock --------------------------------------------------------------------------

    async def adjust_stock(self, row: Row) -> int | None:
        dialog = StockDialog(self.context, row, self)
        await run_dialog(dialog)
        if dialog.new_stock is None:
            return None
        self.notify(
            tr("Stock de « {nom} » : {stock}.").format(
                nom=row["nom"], stock=formatting.format_int(dialog.new_stock)
            )
        )
        await self.reload_and_select(row["id"])
        return dialog.new_stock

    # --- bulk actions -------------------------------------------------------------------

    def popup_menu(self, key: str, rows: list[Row]) -> QMenu:
        """The little menus behind "Activer / Désactiver", "Mise en avant", "Promotion"."""
        entries: list[tuple[str, Callable[[], Awaitable[Any]]]] = {
            "active": [
                (tr("Activer"), lambda: self.set_active(rows, True)),
                (tr("Désactiver"), lambda: self.set_active(rows, False)),
            ],
            "featured": [
                (tr("Mettre en avant"), lambda: self.set_featured(rows, True)),
                (tr("Retirer de la mise en avant"), lambda: self.set_featured(rows, False)),
            ],
            "promo": [
                (tr("Appliquer une promotion (%)…"), lambda: self.apply_promotion(rows)),
                (tr("Retirer la promotion"), lambda: self.remove_promotion(rows)),
            ],
        }[key]
        menu = QMenu(self)
        menu.setObjectName(f"menu_{key}")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for text, make in entries:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, make=make: spawn(make(), parent=self))
        button = self.findChild(QPushButton, f"action_{key}")
        where = button.mapToGlobal(QPoint(0, button.height())) if button else self.cursor().pos()
        menu.popup(where)
        return menu

    async def _bulk(
        self,
        rows: Sequence[Row],
        service: Callable[..., int],
        *args: Any,
        done: tuple[str, str],
    ) -> int:
        ids = [int(r["id"]) for r in rows]
        changed = await self.context.runner.run(service, self.context.actor, ids, *args)
        if changed:
            self.notify(_plural(changed, *done) + ".")
        else:
            self.notify(tr("Aucun changement : les produits étaient déjà ainsi."))
        await self.reload_and_select(ids[0] if len(ids) == 1 else None)
        return changed

    async def set_active(self, rows: Sequence[Row], active: bool) -> int:
        done = (
            (tr("produit activé"), tr("produits activés"))
            if active
            else (tr("produit désactivé"), tr("produits désactivés"))
        )
        return await self._bulk(rows, catalog.set_active, active, done=done)

    async def set_featured(self, rows: Sequence[Row], featured: bool) -> int:
        done = (
            (tr("produit mis en avant"), tr("produits mis en avant"))
            if featured
            else (
                tr("produit retiré de la mise en avant"),
                tr("produits retirés de la mise en avant"),
            )
        )
        return await self._bulk(rows, catalog.set_featured, featured, done=done)

    async def move_to_category(self, rows: Sequence[Row], category_id: Any = ...) -> int | None:
        if category_id is ...:
            ok, category_id = await PickerDialog.choose(
                self.context,
                search_category_choices,
                tr("Déplacer vers une catégorie"),
                tr("Catégorie de destination pour {n} :").format(
                    n=_plural(len(rows), tr("produit"), tr("produits"))
                ),
                none_label=tr("Aucune catégorie (retirer de leur catégorie)"),
                ok_text=tr("Déplacer"),
                parent=self,
            )
            if not ok:
                return None
        return await self._bulk(
            rows,
            catalog.move_to_category,
            category_id,
            done=(tr("produit déplacé"), tr("produits déplacés")),
        )

    async def apply_promotion(self, rows: Sequence[Row], percent: Decimal | None = None) -> int:
        if percent is None:
            dialog = PercentDialog(len(rows), self)
            await run_dialog(dialog)
            if dialog.percent is None:
                return 0
            percent = dialog.percent
        try:
            return await self._bulk(
                rows,
                catalog.apply_promotion_percent,
                percent,
                done=(tr("prix promo appliqué"), tr("prix promo appliqués")),
            )
        except ValidationError as exc:
            warn(self, tr("Promotion refusée"), " ".join(exc.errors.values()))
            return 0

    async def remove_promotion(self, rows: Sequence[Row]) -> int:
        return await self._bulk(
            rows,
            catalog.remove_promotion,
            done=(tr("promotion retirée"), tr("promotions retirées")),
        )

    async def delete_products(self, rows: Sequence[Row], *, confirmed: bool = False) -> int:
        """Deletes each product; those the service refuses (ordered, reviewed) are listed
        with its reason and the member may deactivate them instead."""
        if not rows:
            return 0
        if not confirmed:
            what = (
                tr("le produit « {nom} »").format(nom=rows[0]["nom"])
                if len(rows) == 1
                else _plural(len(rows), tr("produit"), tr("produits"))
            )
            if not await ask(
                self,
                tr("Supprimer"),
                tr("Supprimer définitivement {what} ? Cette action est irréversible.").format(
                    what=what
                ),
                tr("Supprimer"),
                object_name="confirmDelete",
            ):
                return 0
        deleted = 0
        refused: list[tuple[Row, str]] = []
        for row in rows:
            try:
                await self.context.runner.run(
                    catalog.delete_product, self.context.actor, int(row["id"])
                )
                deleted += 1
            except ServiceError as exc:
                refused.append((row, exc.message))
        if deleted:
            self.notify(_plural(deleted, tr("produit supprimé"), tr("produits supprimés")) + ".")
        await self.reload()
        if refused:
            reasons = "\n".join(message for _row, message in refused[:8])
            if len(refused) > 8:
                reasons += "\n…"
            if await ask(
                self,
                tr("Suppression refusée"),
                reasons
                + "\n\n"
                + tr("Désactiver {n} à la place ?").format(
                    n=_plural(len(refused), tr("ce produit"), tr("ces produits"))
                    if len(refused) > 1
                    else tr("ce produit")
                ),
                tr("Désactiver"),
                warning=True,
                object_name="deleteRefused",
            ):
                await self.set_active([row for row, _m in refused], False)
        return deleted

    # --- CSV ----------------------------------------------------------------------------

    def export_query(self) -> ListQuery:
        """The list's current search, filters and sort (all rows, not one page)."""
        return with_threshold(self.model.query.page(0), self.preferences.low_stock_threshold)

    async def export_csv(self, path: str | None = None) -> int | None:
        if path is None:
            path = await _choose_file(
                self,
                tr("Exporter les produits"),
                str(Path.home() / "produits.csv"),
                save=True,
            )
            if not path:
                return None
            if not path.lower().endswith(".csv"):
                path += ".csv"
        self.notify(tr("Export en cours…"))
        count = await self.context.runner.run(
            export_to_file, self.context.actor, self.export_query(), path
        )
        self.notify(
            tr("{n} exportés dans {file}.").format(
                n=_plural(count, tr("produit"), tr("produits")), file=Path(path).name
            )
        )
        return count

    async def import_csv(self, path: str | None = None, *, confirm: bool = True) -> Any:
        """Preview (nothing written), then apply everything in one transaction."""
        if path is None:
            path = await _choose_file(self, tr("Importer des produits"), str(Path.home()))
            if not path:
                return None
        preview = await self.context.runner.run(preview_file, self.context.actor, path)
        if confirm:
            dialog = ImportPreviewDialog(preview, Path(path).name, self)
            await run_dialog(dialog)
            if not dialog.confirmed:
                return None
        return await self.apply_import(preview)

    async def apply_import(self, preview: catalog_csv.ImportPreview) -> Any:
        total = sum(1 for line in preview.lines if line.action in ("create", "update"))
        progress = QProgressDialog(tr("Import en cours…"), "", 0, max(total, 1), self)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(tr("Import CSV"))
        progress.setCancelButton(None)  # all or nothing: there is nothing to cancel halfway
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setValue(0)
        loop = asyncio.get_running_loop()
        seen: list[tuple[int, int]] = []

        def on_progress(done: int, all_: int) -> None:
            # Worker thread: hand the numbers to the GUI thread, touch no widget here.
            loop.call_soon_threadsafe(_show_progress, done, all_)

        def _show_progress(done: int, all_: int) -> None:
            seen.append((done, all_))
            if shiboken6.isValid(progress):
                progress.setMaximum(max(all_, 1))
                progress.setValue(done)

        self.last_progress = seen
        try:
            result = await self.context.runner.run(
                catalog_csv.apply_import, self.context.actor, preview, on_progress
            )
        except ServiceError as exc:
            progress.close()
            warn(self, tr("Import refusé"), exc.message)
            return None
        finally:
            if shiboken6.isValid(progress):
                progress.close()
        self.notify(
            tr("Import terminé : {c}, {u}, {s}.").format(
                c=_plural(result.created, tr("création"), tr("créations")),
                u=_plural(result.updated, tr("mise à jour"), tr("mises à jour")),
                s=_plural(result.unchanged, tr("inchangé"), tr("inchangés")),
            )
        )
        await self.reload()
        return result

    # --- preferences --------------------------------------------------------------------

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


async def _choose_file(parent: QWidget, title: str, start: str, *, save: bool = False) -> str:
    dialog = QFileDialog(parent, title, start, tr("Fichiers CSV (*.csv);;Tous les fichiers (*)"))
    dialog.setObjectName("csvFileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    result = await run_dialog(dialog)
    if result != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


# ---------------------------------------------------------------------------------------
# Small dialogs
# ---------------------------------------------------------------------------------------


class StockDialog(QDialog):
    """New quantity or ± variation, with a required reason; saves through ``adjust_stock``
    and stays open (input kept) when refused."""

    def __init__(self, context: AppContext, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.new_stock: int | None = None
        self.setObjectName("stockDialog")
        self.setWindowTitle(tr("Ajuster le stock"))
        current = int(row.get("stock") or 0)
        intro = QLabel(
            tr("« {nom} » — stock actuel : {stock}").format(
                nom=row["nom"], stock=formatting.format_int(current)
            ),
            self,
        )
        # Product names come from the website: never interpreted as HTML.
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.set_mode = QRadioButton(tr("Nouvelle quantité"), self)
        self.set_mode.setObjectName("stockSetMode")
        self.delta_mode = QRadioButton(tr("Variation (+ entrée, − sortie)"), self)
        self.delta_mode.setObjectName("stockDeltaMode")
        group = QButtonGroup(self)
        group.addButton(self.set_mode)
        group.addButton(self.delta_mode)
        self.delta_mode.setChecked(True)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("stockQuantity")
        self.quantity.setRange(0, catalog.STOCK_MAX)
        self.quantity.setValue(current)
        self.quantity.setGroupSeparatorShown(True)
        self.delta = QSpinBox(self)
        self.delta.setObjectName("stockDelta")
        self.delta.setRange(-1_000_000, 1_000_000)
        self.delta.setGroupSeparatorShown(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("stockReason")
        self.reason.setPlaceholderText(tr("ex. réception fournisseur, inventaire, casse…"))
        self.reason.setMaxLength(255)
        self.error = QLabel(self)
        self.error.setObjectName("stockError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.quantity.valueChanged.connect(lambda _v: self.set_mode.setChecked(True))
        self.delta.valueChanged.connect(lambda _v: self.delta_mode.setChecked(True))

        form = QFormLayout()
        form.addRow(self.delta_mode, self.delta)
        form.addRow(self.set_mode, self.quantity)
        form.addRow(tr("Motif * :"), self.reason)

        buttons, self.ok, cancel = button_box(
            self, tr("Enregistrer"), ok_name="stockSave", cancel_name="stockCancel"
        )
        self.ok.clicked.connect(lambda: spawn(self.submit(), parent=self))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 220)

    async def submit(self) -> bool:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(tr("Indiquez le motif de l'ajustement de stock."))
            self.reason.setFocus()
            return False
        kwargs: dict[str, Any] = {"reason": reason}
        if self.set_mode.isChecked():
            kwargs["new_quantity"] = self.quantity.value()
            # The stock this dialog showed: a website sale meanwhile becomes a conflict.
            kwargs["expected_stock"] = int(self.row.get("stock") or 0)
        else:
            if self.delta.value() == 0:
                self.error.setText(tr("La variation est nulle : rien à enregistrer."))
                return False
            kwargs["delta"] = self.delta.value()
        self.ok.setEnabled(False)
        try:
            self.new_stock = await self.context.runner.run(
                catalog.adjust_stock, self.context.actor, int(self.row["id"]), **kwargs
            )
        except ValidationError as exc:
            self.error.setText(" ".join(exc.errors.values()))
            return False
        except ConflictError as exc:
            # The message gives the current stock; a second click confirms against it.
            if "stock" in exc.current:
                self.row = {**self.row, "stock": exc.current["stock"]}
            self.error.setText(exc.message)
            return False
        except Exception as exc:  # the dialog stays open with the input
            self.error.setText(user_message(exc))
            return False
        finally:
            if shiboken6.isValid(self):
                self.ok.setEnabled(True)
        self.accept()
        return True


class PercentDialog(QDialog):
    """The promotion percentage (a Decimal, 0 < p < 100)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent: Decimal | None = None
        self.setObjectName("percentDialog")
        self.setWindowTitle(tr("Appliquer une promotion"))
        intro = QLabel(
            tr("Remise en pourcentage sur le prix de {n} :").format(
                n=_plural(count, tr("produit"), tr("produits"))
            ),
            self,
        )
        self.edit = QLineEdit(self)
        self.edit.setObjectName("percentEdit")
        self.edit.setPlaceholderText(tr("ex. 15 ou 12,5"))
        self.edit.setMaximumWidth(120)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(QLabel("%", self))
        row.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("percentError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b71c1c;")
        note = QLabel(
            tr("Le prix promo est arrondi au centime ; le prix normal ne change pas."), self
        )
        note.setStyleSheet("color: #666;")
        buttons, ok, cancel = button_box(self, tr("Appliquer"), ok_name="percentOk")
        ok.clicked.connect(self._ok)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _ok(self) -> None:
        text = self.edit.text().strip().replace(",", ".").rstrip("%").strip()
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or not Decimal(0) < value < Decimal(100):
            self.error.setText(tr("Indiquez un pourcentage strictement entre 0 et 100."))
            return
        self.percent = value
        self.accept()


ACTION_LABELS = {
    "create": "Création",
    "update": "Mise à jour",
    "unchanged": "Inchangé",
    "error": "Erreur",
}
ACTION_COLORS = {
    "create": "#1b5e20",
    "update": "#0d47a1",
    "unchanged": "#757575",
    "error": "#b71c1c",
}


class ImportPreviewDialog(QDialog):
    """Each line of the file with what the import would do, or why it cannot."""

    def __init__(
        self, preview: catalog_csv.ImportPreview, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.confirmed = False
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(tr("Importer « {f} » — aperçu").format(f=file_name))
        counts = {a: preview.count(a) for a in ACTION_LABELS}
        summary = tr("{c} · {u} · {s} · {e}").format(
            c=_plural(counts["create"], tr("création"), tr("créations")),
            u=_plural(counts["update"], tr("mise à jour"), tr("mises à jour")),
            s=_plural(counts["unchanged"], tr("inchangé"), tr("inchangés")),
            e=_plural(counts["error"], tr("erreur"), tr("erreurs")),
        )
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("importSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        explanation = QLabel(self)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        if preview.file_errors:
            explanation.setText(" ".join(preview.file_errors))
            explanation.setStyleSheet("color: #b71c1c;")
        elif counts["error"]:
            explanation.setText(
                tr(
                    "Corrigez les lignes en erreur dans le fichier puis relancez l'import : "
                    "rien ne sera importé tant qu'il en reste."
                )
            )
            explanation.setStyleSheet("color: #b71c1c;")
        else:
            explanation.setText(tr("L'import enregistre toutes les lignes en une fois, ou aucune."))

        self.table = QTableWidget(len(preview.lines), 4, self)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels([tr("Ligne"), tr("Slug"), tr("Action"), tr("Détail")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        labels = catalog.FIELD_LABELS
        for r, line in enumerate(preview.lines):
            if line.errors:
                detail = " ; ".join(line.errors.values())
            elif line.action == "update":
                detail = ", ".join(labels.get(k, k) for k in line.changes)
            elif line.action == "create":
                detail = (line.data.nom if line.data else "") or ""
            else:
                detail = ""
            cells = (str(line.line), line.slug, tr(ACTION_LABELS[line.action]), detail)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 2:
                    item.setForeground(QBrush(QColor(ACTION_COLORS[line.action])))
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 100)

        buttons, self.apply_button, cancel = button_box(
            self, tr("Importer"), ok_name="importApply", cancel_name="importCancel"
        )
        work = counts["create"] + counts["update"]
        self.apply_button.setEnabled(preview.ok and work > 0)
        self.apply_button.clicked.connect(self._apply)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _apply(self) -> None:
        self.confirmed = True
        self.accept()


# ---------------------------------------------------------------------------------------
# Registration
# ---------------------------------------------------------------------------------------


def products_screen(context: AppContext) -> ProductsScreen:
    return ProductsScreen(context)


VIEW = register(
    ViewSpec(
        key="produits",
        title="Produits",
        icon="SP_FileDialogDetailedView",
        permission=Permission.CATALOG_VIEW,
        factory=products_screen,
        order=20,
    )
)

__all__ = [
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
