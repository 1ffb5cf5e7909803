"""Categories: the Catégories tab's lazily loaded tree, form, moves and deletion.

``categories.parent_id`` makes a tree; the tree view loads one level at a time with
:func:`children`. Counts include sub-categories (a recursive CTE, on every server).
Recursive queries use ``UNION`` rather than ``UNION ALL`` so they stay finite even if the
website ever wrote a cycle. Like the product services, nothing here commits.

* :mod:`.data` — the tree's nodes, the picker's choices, the form's data, the labels;
* :mod:`.tree` — reading: the tree, one category, paths, the picker's search;
* :mod:`.edit` — validation, create, update, move, delete.

The public API is re-exported here; submodules import each other directly.
"""

from __future__ import annotations

from backoffice.services.categories.data import (
    CATEGORY_FIELD_LABELS,
    CATEGORY_FIELDS,
    PATH_SEPARATOR,
    CategoryChoice,
    CategoryData,
    CategoryNode,
    DeactivationNeedsConfirmation,
)
from backoffice.services.categories.edit import (
    create_category,
    delete_category,
    move_category,
    update_category,
    validate_category,
)
from backoffice.services.categories.tree import (
    category_path,
    children,
    count_active_products_under,
    get_category,
    search_categories,
)

__all__ = [
    "CATEGORY_FIELDS",
    "CATEGORY_FIELD_LABELS",
    "PATH_SEPARATOR",
    "CategoryChoice",
    "CategoryData",
    "CategoryNode",
    "DeactivationNeedsConfirmation",
    "category_path",
    "children",
    "count_active_products_under",
    "create_category",
    "delete_category",
    "get_category",
    "move_category",
    "search_categories",
    "update_category",
    "validate_category",
]
