"""Products: the Produits tab's list, form, stock adjustment, bulk actions, deletion and
CSV files, one module per responsibility:

* :mod:`.listing` — the list's :class:`ListSource` (filters, search, sort), list and count;
* :mod:`.data` — :class:`ProductData`, the editable fields and their labels, the conflict;
* :mod:`.validation` — the form's rules, the values as stored;
* :mod:`.products` — read, create, update (compare-and-set on the values read), delete;
* :mod:`.stock` — the stock-level rule (:func:`stock_level`) and the stock adjustment;
* :mod:`.bulk` — activate, feature, move, promotions on a selection, all-or-nothing;
* :mod:`.text` — the free-text columns (extra images, characteristics);
* :mod:`.csv_format`, :mod:`.csv_export`, :mod:`.csv_import`, :mod:`.files` — CSV files.

Every function is ``fn(session, actor, ...)``; none commits: the caller's ``session_scope``
commits (or rolls back) the change together with its audit rows. Multi-row changes run in
a SAVEPOINT so that a failure leaves the session as it was (all-or-nothing even when the
caller goes on using the session).

Concurrency: the website edits the same rows. A form save is a compare-and-set on
the values read with the product (not on a timestamp), see :func:`update_product`;
stock moves are done in SQL (``stock = stock + :delta``), see :func:`adjust_stock`.

The public API is re-exported here: ``from backoffice.services import catalog`` then
``catalog.update_product(...)``. Submodules import each other directly, never this package.
"""

from __future__ import annotations

from backoffice.money import CENT, format_amount, parse_money
from backoffice.services.catalog.bulk import (
    apply_promotion_percent,
    move_to_category,
    promotion_price,
    remove_promotion,
    set_active,
    set_featured,
)
from backoffice.services.catalog.data import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    ProductConflict,
    ProductData,
    product_conflict,
)
from backoffice.services.catalog.listing import (
    PRODUCTS,
    SEARCH_EXPRESSIONS,
    SEARCH_FULLTEXT,
    category_subtree_ids,
    count_products,
    list_products,
    normalize_query,
)
from backoffice.services.catalog.products import (
    CHECKED_COLUMNS,
    READ_COLUMNS,
    conflicting_fields,
    create_product,
    delete_product,
    get_product,
    next_version,
    product_columns,
    product_from_row,
    product_references,
    unchanged_product,
    update_product,
)
from backoffice.services.catalog.stock import (
    DEFAULT_LOW_STOCK_THRESHOLD,
    STOCK_LEVELS,
    StockLevel,
    adjust_stock,
    stock_condition,
    stock_level,
)
from backoffice.services.catalog.validation import (
    MONEY_MAX,
    STOCK_MAX,
    clean_product,
    validate_product,
)

# The catalogue's historical names for the money helpers (backoffice.money is their home).
format_money = format_amount

__all__ = [
    "CENT",
    "CHECKED_COLUMNS",
    "DEFAULT_LOW_STOCK_THRESHOLD",
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "MONEY_MAX",
    "PRODUCTS",
    "READ_COLUMNS",
    "SEARCH_EXPRESSIONS",
    "SEARCH_FULLTEXT",
    "STOCK_LEVELS",
    "STOCK_MAX",
    "ProductConflict",
    "ProductData",
    "StockLevel",
    "adjust_stock",
    "apply_promotion_percent",
    "category_subtree_ids",
    "clean_product",
    "conflicting_fields",
    "count_products",
    "create_product",
    "delete_product",
    "format_money",
    "get_product",
    "list_products",
    "move_to_category",
    "next_version",
    "normalize_query",
    "parse_money",
    "product_columns",
    "product_conflict",
    "product_from_row",
    "product_references",
    "promotion_price",
    "remove_promotion",
    "set_active",
    "set_featured",
    "stock_condition",
    "stock_level",
    "unchanged_product",
    "update_product",
    "validate_product",
]
