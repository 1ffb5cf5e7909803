"""The Catégories tab (package): :mod:`.tree` (the lazy model), :mod:`.form` (the form's
spec and save), :mod:`.screen` (the tree and its buttons), :mod:`.operations` (move,
delete). Importing it registers the tab."""

from __future__ import annotations

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.views.categories.form import category_form_spec, save_category
from backoffice.views.categories.screen import CategoriesScreen
from backoffice.views.categories.tree import MIME_TYPE, CategoryTreeModel, Item
from backoffice.views.registry import ViewSpec, register


def categories_screen(context: AppContext) -> CategoriesScreen:
    return CategoriesScreen(context)


VIEW = register(
    ViewSpec(
        key="categories",
        title=QT_TRANSLATE_NOOP("Views", "Catégories"),
        icon="SP_FileDialogListView",
        permission=Permission.CATALOG_VIEW,
        factory=categories_screen,
        order=30,
    )
)

__all__ = [
    "MIME_TYPE",
    "CategoriesScreen",
    "CategoryTreeModel",
    "Item",
    "categories_screen",
    "category_form_spec",
    "save_category",
]
