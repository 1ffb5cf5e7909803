"""The Produits tab's specs: the list (columns, filters, actions), the product form, the
stock colours. Plain declarations; the actions call :mod:`.operations` and
:mod:`.csv_flow`, the screen (:mod:`.screen`) only shows them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice import labels
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services import catalog
from backoffice.services.catalog import ProductData
from backoffice.services.categories import category_path, search_categories
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Permission, Staff
from backoffice.ui.catalog_fields import search_category_choices
from backoffice.ui.errors import translated
from backoffice.ui.forms import FieldSpec, FormSpec
from backoffice.ui.palette import INACTIVE, STOCK_LOW, STOCK_OUT
from backoffice.ui.preferences import Preferences
from backoffice.ui.specs import ActionSpec, CellStyle, ColumnSpec, FilterSpec, ListSpec, Row
from backoffice.views.products import csv_flow, operations

# The tables the list shows: a product's own row and its category's name.
LIST_TABLES = ("produits", "categories")


def _label(field: str) -> str:
    """The field's one wording (:data:`backoffice.labels.PRODUCT_FIELD_LABELS`), translated."""
    return QCoreApplication.translate(labels.CONTEXT, labels.PRODUCT_FIELD_LABELS[field])


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


def product_form_spec() -> FormSpec:
    return FormSpec(
        title=QCoreApplication.translate("Produits", "Produit"),
        fields=(
            FieldSpec("nom", _label("nom"), required=True, max_length=255),
            FieldSpec(
                "slug",
                _label("slug"),
                required=True,
                max_length=191,
                help=QCoreApplication.translate(
                    "Produits", "Adresse de la fiche sur le site ; proposé à partir du nom."
                ),
            ),
            FieldSpec(
                "description_courte",
                _label("description_courte"),
                "multiline",
                max_length=500,
                lines=3,
            ),
            FieldSpec("description", _label("description"), "multiline", lines=6),
            FieldSpec(
                "prix", QCoreApplication.translate("Produits", "Prix TTC"), "money", required=True
            ),
            FieldSpec("prix_promo", _label("prix_promo"), "money"),
            FieldSpec("stock", _label("stock"), "int", required=True),
            FieldSpec(
                "id_categorie",
                _label("id_categorie"),
                "picker",
                search=search_category_choices,
                label_for=category_path,
                display_key="categorie",
                placeholder=QCoreApplication.translate(
                    "Produits", "Tapez pour chercher une catégorie…"
                ),
            ),
            FieldSpec(
                "est_actif",
                QCoreApplication.translate("Produits", "Actif (visible sur le site)"),
                "bool",
            ),
            FieldSpec("est_featured", _label("est_featured"), "bool"),
            FieldSpec("image_url", _label("image_url"), "image_url", max_length=500, column=1),
            FieldSpec(
                "images_supplementaires",
                _label("images_supplementaires"),
                "string_list",
                help=QCoreApplication.translate(
                    "Produits", "Une adresse par ligne ; double-cliquez pour modifier."
                ),
                column=1,
            ),
            FieldSpec("caracteristiques", _label("caracteristiques"), "key_value", column=1),
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


STOCK_CHOICES = (  # marked for lupdate, shown through translated()
    (None, QT_TRANSLATE_NOOP("Produits", "Tous")),
    ("rupture", QT_TRANSLATE_NOOP("Produits", "Rupture")),
    ("faible", QT_TRANSLATE_NOOP("Produits", "Faible")),
    ("ok", QT_TRANSLATE_NOOP("Produits", "Suffisant")),
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
        title=QCoreApplication.translate("Produits", "Produits"),
        columns=(
            # Sortable too: products without an image come first (NULLs first).
            ColumnSpec("image_url", _label("image_url"), kind="image", width=60),
            ColumnSpec("nom", _label("nom"), width=320),
            ColumnSpec("categorie", _label("id_categorie"), width=170),
            ColumnSpec("prix", _label("prix"), kind="money", width=100),
            ColumnSpec("prix_promo", _label("prix_promo"), kind="money", width=130),
            ColumnSpec("stock", _label("stock"), kind="int", width=75),
            ColumnSpec("est_actif", _label("est_actif"), kind="bool", width=60),
            ColumnSpec("est_featured", _label("est_featured"), kind="bool", width=95),
            ColumnSpec(
                "updated_at",
                QCoreApplication.translate("Produits", "Mis à jour"),
                kind="datetime",
                width=130,
            ),
        ),
        fetch=fetch,
        count=count,
        filters=(
            FilterSpec(
                "categorie",
                QCoreApplication.translate("Produits", "Catégorie"),
                choices=category_filter_choices,
                all_label=QCoreApplication.translate("Produits", "Toutes"),
                tables=("categories",),
                min_contents=16,  # long paths: the filter must not widen the toolbar
            ),
            FilterSpec("est_actif", QCoreApplication.translate("Produits", "Actif"), kind="bool"),
            FilterSpec(
                "est_featured", QCoreApplication.translate("Produits", "Mis en avant"), kind="bool"
            ),
            FilterSpec(
                "en_promotion", QCoreApplication.translate("Produits", "En promo"), kind="bool"
            ),
            FilterSpec(
                "stock",
                QCoreApplication.translate("Produits", "Stock"),
                choices=tuple((v, translated(t)) for v, t in STOCK_CHOICES),
            ),
        ),
        default_sort="nom",
        search_placeholder=QCoreApplication.translate(
            "Produits", "Rechercher (nom, slug, description courte)…"
        ),
        count_noun=(
            QCoreApplication.translate("Produits", "produit"),
            QCoreApplication.translate("Produits", "produits"),
        ),
        on_open=lambda screen, row: screen.open_product(row["id"]),
        row_style=row_style,
        actions=(
            ActionSpec(
                "new",
                QCoreApplication.translate("Produits", "Nouveau produit"),
                lambda s, _rows: s.open_product(None),
                min_rows=0,
                permission=edit,
                icon="SP_FileIcon",
                shortcut="Ctrl+N",
            ),
            ActionSpec(
                "edit",
                QCoreApplication.translate("Produits", "Modifier…"),
                lambda s, rows: s.open_product(rows[0]["id"]),
            ),
            ActionSpec(
                "stock",
                QCoreApplication.translate("Produits", "Ajuster le stock…"),
                lambda s, rows: operations.adjust_stock(s, rows[0]),
                permission=edit,
            ),
            ActionSpec(
                "active",
                QCoreApplication.translate("Produits", "Activer / Désactiver ▾"),
                lambda s, rows: s.popup_menu("active", rows),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "featured",
                QCoreApplication.translate("Produits", "Mise en avant ▾"),
                lambda s, rows: s.popup_menu("featured", rows),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "move",
                QCoreApplication.translate("Produits", "Déplacer vers…"),
                lambda s, rows: operations.move_to_category(s, rows),
                max_rows=None,
                permission=edit,
                tooltip=QCoreApplication.translate("Produits", "Déplacer vers une catégorie…"),
            ),
            ActionSpec(
                "promo",
                QCoreApplication.translate("Produits", "Promotion ▾"),
                lambda s, rows: s.popup_menu("promo", rows),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "delete",
                QCoreApplication.translate("Produits", "Supprimer…"),
                lambda s, rows: operations.delete_products(s, rows),
                max_rows=None,
                permission=edit,
                icon="SP_TrashIcon",
            ),
            ActionSpec(
                "export",
                QCoreApplication.translate("Produits", "Exporter CSV…"),
                lambda s, _rows: csv_flow.export_csv(s),
                min_rows=0,
                max_rows=None,
                tooltip=QCoreApplication.translate(
                    "Produits", "Exporter la liste filtrée actuelle (fichier pour Excel)"
                ),
                overflow=True,
            ),
            ActionSpec(
                "import",
                QCoreApplication.translate("Produits", "Importer CSV…"),
                lambda s, _rows: csv_flow.import_csv(s),
                min_rows=0,
                max_rows=None,
                permission=edit,
                overflow=True,
            ),
            ActionSpec(
                "preferences",
                QCoreApplication.translate("Produits", "Préférences…"),
                lambda s, _rows: s.edit_preferences(),
                min_rows=0,
                max_rows=None,
                overflow=True,
            ),
        ),
        object_name="productsScreen",
        tables=LIST_TABLES,
        # Eight buttons and five filters: the actions get a row of their own (import, export
        # and preferences in its « ⋯ » menu).
        actions_row=True,
    )


def product_cell_style(preferences: Preferences, row: Row, column: ColumnSpec) -> CellStyle | None:
    """Stock: red when out of stock, orange at or under the threshold (the level of
    :func:`backoffice.services.catalog.stock_level`); inactive rows grey."""
    if column.key == "stock":
        level = preferences.stock_level(row.get("stock"))
        if level == "rupture":
            return STOCK_OUT
        if level == "faible":
            return STOCK_LOW
        return None
    if not row.get("est_actif", True):
        return INACTIVE
    return None
