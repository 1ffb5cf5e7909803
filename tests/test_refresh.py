"""A change made through one screen refreshes the others (the runner's ``changed`` signal).

Several tabs share one runner, as in the application; nothing in a test reloads a screen:
each one refreshes itself from the announcement, keeping selection and scroll.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from backoffice.services import catalog, categories
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.tasks import DbRunner
from backoffice.views.categories import CategoriesScreen
from backoffice.views.categories import operations as category_operations
from backoffice.views.products import ProductsScreen
from tests import ui_helpers
from tests.test_products_tab import CatalogDb, catalog_db, catalog_template
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context
__all__ = ["catalog_db", "catalog_template"]


@pytest.fixture
def context(
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> AppContext:
    return app_context(make_runner(catalog_db.factory), catalog_db.actor)


def _show(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    return widget


@pytest.fixture
def products(qtbot: Any, context: AppContext) -> ProductsScreen:
    screen = _show(qtbot, ProductsScreen(context))
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)
    return screen


@pytest.fixture
def tree(qtbot: Any, context: AppContext) -> CategoriesScreen:
    screen = _show(qtbot, CategoriesScreen(context))
    qtbot.waitUntil(lambda: screen.model.root.children is not None, timeout=5000)
    return screen


def _row(screen: ListScreen, slug: str) -> dict[str, Any]:
    return next((r for r in screen.model.rows() if r["slug"] == slug), {})


def _count(tree: CategoriesScreen, category_id: int) -> str:
    item = tree.model.find(category_id)
    return tree.model.data(tree.model.index_of(item, 1)) if item is not None else ""


def test_product_form_refreshes_the_list_and_the_tree_counts(
    qtbot: Any, products: ProductsScreen, tree: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    ids = catalog_db.ids
    assert (_count(tree, ids["jardin"]), _count(tree, ids["maison"])) == ("2", "2")
    dialog = wait_for(qtbot, products.open_product(ids["tablier-de-jardin"]))
    form = dialog.form
    form.editor("nom").setText("Tablier de cuisine")
    form.set_value("id_categorie", ids["cuisine"], "Maison › Cuisine")
    assert wait_for(qtbot, form.submit()) is True
    qtbot.waitUntil(
        lambda: _row(products, "tablier-de-jardin").get("categorie") == "Cuisine", timeout=5000
    )
    assert _row(products, "tablier-de-jardin")["nom"] == "Tablier de cuisine"
    qtbot.waitUntil(lambda: _count(tree, ids["maison"]) == "3", timeout=5000)
    assert _count(tree, ids["jardin"]) == "1"


def test_stock_adjustment_refreshes_the_row_keeping_selection_and_scroll(
    qtbot: Any,
    context: AppContext,
    products: ProductsScreen,
    catalog_db: CatalogDb,
) -> None:
    other = _show(qtbot, ProductsScreen(context))  # a second window on the same list
    qtbot.waitUntil(lambda: not other.model.loading, timeout=5000)
    other.resize(1300, 120)  # a short viewport: there is something to scroll
    rows = other.model.rows()
    other.table.selectRow(2)
    selected = rows[2]["id"]
    bar = other.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setValue(bar.maximum())
    scroll = bar.value()
    # The rows are swapped in at once: the list is never shown empty meanwhile.
    shown: list[int] = []
    other.model.modelReset.connect(lambda: shown.append(other.model.rowCount()))
    product_id = catalog_db.ids["casserole-inox"]
    wait_for(
        qtbot,
        context.runner.run(
            catalog.adjust_stock, context.actor, product_id, delta=7, reason="Réception"
        ),
    )
    for screen in (products, other):
        qtbot.waitUntil(lambda s=screen: _row(s, "casserole-inox").get("stock") == 7, timeout=5000)
    qtbot.waitUntil(lambda: not other.model.loading and bool(other.selected_rows()), timeout=5000)
    assert [r["id"] for r in other.selected_rows()] == [selected]
    assert bar.value() == scroll
    assert shown == [len(rows)]


def test_category_move_refreshes_the_filtered_list_and_its_filter(
    qtbot: Any, products: ProductsScreen, tree: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    ids = catalog_db.ids
    combo = products.filter_widget("categorie")
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.findData(ids["jardin"]) >= 0, timeout=5000)
    combo.setCurrentIndex(combo.findData(ids["maison"]))
    qtbot.waitUntil(lambda: not products.model.loading, timeout=5000)
    assert {r["slug"] for r in products.model.rows()} == {"casserole-inox", "poele-en-fonte"}

    assert wait_for(qtbot, category_operations.move(tree, ids["jardin"], ids["maison"]))
    # Jardin's products now belong to Maison's subtree; the filter shows the new path.
    qtbot.waitUntil(lambda: len(products.model.rows()) == 4, timeout=5000)
    qtbot.waitUntil(
        lambda: combo.itemText(combo.findData(ids["jardin"])) == "Maison › Jardin", timeout=5000
    )
    assert combo.currentData() == ids["maison"]  # the member's choice is kept


def test_category_renamed_in_its_form_renames_the_products_column(
    qtbot: Any, products: ProductsScreen, tree: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    dialog = wait_for(qtbot, tree.open_category(catalog_db.ids["jardin"]))
    dialog.form.editor("nom").setText("Extérieur")
    assert wait_for(qtbot, dialog.form.submit()) is True
    qtbot.waitUntil(
        lambda: _row(products, "arrosoir-10-l").get("categorie") == "Extérieur", timeout=5000
    )


def test_an_open_form_reloads_when_untouched_and_warns_when_edited(
    qtbot: Any, context: AppContext, products: ProductsScreen, catalog_db: CatalogDb
) -> None:
    ids = catalog_db.ids
    dialog = wait_for(qtbot, products.open_product(ids["arrosoir-10-l"]))
    form = dialog.form
    rows = [_row(products, "arrosoir-10-l")]
    run = context.runner.run
    wait_for(qtbot, run(catalog.set_featured, context.actor, [ids["arrosoir-10-l"]], True))
    qtbot.waitUntil(lambda: form.loaded.est_featured is True, timeout=5000)
    assert not form.dirty and not form.general_error

    form.editor("nom").setText("Arrosoir vert")  # the member types…
    wait_for(qtbot, run(catalog.set_active, context.actor, [r["id"] for r in rows], False))
    qtbot.waitUntil(lambda: "modifié ailleurs" in form.general_error, timeout=5000)
    assert form.editor("nom").text() == "Arrosoir vert"  # …and keeps what was typed


def test_a_rollback_refreshes_nothing(
    qtbot: Any, context: AppContext, tree: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    loads = tree.model.levels_loaded
    with pytest.raises(Exception, match="sous elle-même"):
        wait_for(
            qtbot,
            context.runner.run(
                categories.move_category,
                context.actor,
                catalog_db.ids["maison"],
                catalog_db.ids["poeles"],
            ),
        )
    qtbot.wait(100)
    assert tree.model.levels_loaded == loads
