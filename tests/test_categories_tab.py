"""The Catégories tab on a SQLite file: lazy levels, moves (cycle refused), the form."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QTableWidget
from sqlalchemy import select

from backoffice.models import Categorie, Produit, RoleName
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.categories import MIME_TYPE, CategoriesScreen, operations
from tests import ui_helpers
from tests.test_products_tab import CatalogDb, catalog_db, catalog_template
from tests.ui_helpers import wait_for

# Fixtures shared by the UI tests (see tests/ui_helpers.py) and the catalog fixture.
qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context
__all__ = ["catalog_db", "catalog_template"]


@pytest.fixture
def screen(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> CategoriesScreen:
    widget = CategoriesScreen(app_context(make_runner(catalog_db.factory), catalog_db.actor))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.root.children is not None, timeout=5000)
    return widget


def _names(items: list[Any] | None) -> list[str]:
    return [item.node.nom for item in items or []]


def _box(qtbot: Any, screen: CategoriesScreen, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: screen.findChild(QMessageBox, name) is not None, timeout=5000)
    return screen.findChild(QMessageBox, name)


def test_registered_view() -> None:
    from backoffice.views import categories

    view = categories.VIEW
    assert (view.key, view.title, view.order) == ("categories", "Catégories", 30)
    assert view.permission == "catalog.view"


def test_tree_loads_one_level_at_a_time(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    model = screen.model
    assert _names(model.root.children) == ["Jardin", "Maison"]
    assert model.levels_loaded == 1
    maison = model.find(catalog_db.ids["maison"])
    assert maison.children is None  # not loaded until expanded
    assert model.hasChildren(model.index_of(maison))
    # Counts include sub-categories: Maison holds Cuisine (1 product) › Poêles (1 product).
    assert model.data(model.index_of(maison, 1)) == "2"
    jardin = model.find(catalog_db.ids["jardin"])
    assert not model.hasChildren(model.index_of(jardin))  # no arrow on a leaf

    # Expanding in the view fetches the level through the runner.
    screen.tree.expand(model.index_of(maison))
    qtbot.waitUntil(lambda: maison.children is not None, timeout=5000)
    assert _names(maison.children) == ["Cuisine"]
    assert maison.children[0].children is None  # the level below still waits
    assert model.levels_loaded == 2
    assert model.rowCount(model.index_of(maison)) == 1


def test_inactive_category_is_styled(qtbot: Any, catalog_db: CatalogDb, screen: Any) -> None:
    with catalog_db.factory() as session:
        session.get(Categorie, catalog_db.ids["jardin"]).est_actif = False
        session.commit()
    wait_for(qtbot, screen.refresh())
    model = screen.model
    index = model.index_of(model.find(catalog_db.ids["jardin"]), 0)
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index_of(model.find(catalog_db.ids["jardin"]), 3)) == "Inactive"


def test_cycle_is_refused_with_the_service_message(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    wait_for(qtbot, screen.expand(catalog_db.ids["maison"]))
    wait_for(qtbot, screen.expand(catalog_db.ids["cuisine"]))
    # Drag Maison onto its grandchild Poêles.
    model = screen.model
    poeles = model.find(catalog_db.ids["poeles"])
    data = QMimeData()
    data.setData(MIME_TYPE, str(catalog_db.ids["maison"]).encode())
    assert (
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(poeles)) is False
    )
    box = _box(qtbot, screen, "categoryMessage")
    assert "sous elle-même" in box.text()
    assert "sous elle-même" in screen.last_message
    with catalog_db.factory() as session:
        assert session.get(Categorie, catalog_db.ids["maison"]).parent_id is None


def test_move_by_drop_then_tree_reloads(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    wait_for(qtbot, screen.expand(catalog_db.ids["maison"]))
    model = screen.model
    jardin = model.find(catalog_db.ids["jardin"])
    mime = model.mimeData([model.index_of(model.find(catalog_db.ids["cuisine"]))])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(jardin))
    qtbot.waitUntil(
        lambda: (
            (j := model.find(catalog_db.ids["jardin"])) is not None
            and _names(j.children) == ["Cuisine"]
        ),
        timeout=5000,
    )
    jardin = model.find(catalog_db.ids["jardin"])
    assert model.data(model.index_of(jardin, 1)) == "4"  # its 2 products + Cuisine's 2
    assert screen.tree.isExpanded(model.index_of(jardin))
    assert screen.current_node().id == catalog_db.ids["cuisine"]
    maison = model.find(catalog_db.ids["maison"])
    assert model.data(model.index_of(maison, 1)) == "0"
    with catalog_db.factory() as session:
        assert session.get(Categorie, catalog_db.ids["cuisine"]).parent_id == jardin.id


def test_deactivation_with_active_products_asks_first(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    dialog = wait_for(qtbot, screen.open_category(catalog_db.ids["maison"]))
    form = dialog.form
    assert form.editor("nom").text() == "Maison"
    form.editor("est_actif").setChecked(False)
    task = asyncio.ensure_future(form.submit())
    box = _box(qtbot, form, "confirmDeactivation")
    assert "2 produits actifs" in box.text()
    with catalog_db.factory() as session:
        assert session.get(Categorie, catalog_db.ids["maison"]).est_actif is True
    box.findChild(QPushButton, "askYes").click()
    qtbot.waitUntil(task.done, timeout=5000)
    qtbot.waitUntil(lambda: not form.dirty, timeout=5000)
    with catalog_db.factory() as session:
        assert session.get(Categorie, catalog_db.ids["maison"]).est_actif is False
        # Products keep their own flag; the website hides them with the category.
        assert session.scalar(select(Produit.est_actif).where(Produit.slug == "casserole-inox"))


def test_new_sub_category_through_the_form(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    dialog = wait_for(qtbot, screen.open_category(None, parent_id=catalog_db.ids["jardin"]))
    form = dialog.form
    form.editor("nom").setText("Outils à main")
    assert form.editor("slug").text() == "outils-a-main"
    assert form.findChild(QCheckBox, "field_est_actif").isChecked()
    assert wait_for(qtbot, form.submit()) is True
    qtbot.waitUntil(
        lambda: (
            (j := screen.model.find(catalog_db.ids["jardin"])) is not None
            and _names(j.children) == ["Outils à main"]
        ),
        timeout=5000,
    )
    assert screen.current_node().nom == "Outils à main"


def test_delete_refused_shows_the_reason(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    assert screen.select(catalog_db.ids["maison"])
    assert wait_for(qtbot, operations.delete_selected(screen, confirmed=True)) is False
    assert "sous-catégorie" in screen.last_message
    # An empty leaf goes.
    with catalog_db.factory() as session:
        session.add(Categorie(nom="Vide", slug="vide"))
        session.commit()
    wait_for(qtbot, screen.refresh())
    vide = next(i for i in screen.model.root.children if i.node.nom == "Vide")
    assert screen.select(vide.id)
    assert wait_for(qtbot, operations.delete_selected(screen, confirmed=True)) is True
    # The tree refreshes itself from the change announcement.
    qtbot.waitUntil(
        lambda: _names(screen.model.root.children) == ["Jardin", "Maison"], timeout=5000
    )


def test_move_through_the_picker_dialog(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    from backoffice.ui.forms import PickerDialog

    assert screen.select(catalog_db.ids["jardin"])
    task = asyncio.ensure_future(operations.move_selected(screen))
    qtbot.waitUntil(lambda: screen.findChild(PickerDialog) is not None, timeout=2000)
    dialog = screen.findChild(PickerDialog)
    found = wait_for(qtbot, dialog.picker.search_now("maison"))
    assert "Maison" in found
    dialog.picker.pick("Maison")
    dialog.findChild(QPushButton, "pickerOk").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is True
    qtbot.waitUntil(lambda: _names(screen.model.root.children) == ["Maison"], timeout=5000)

    def jardin_shown_under_maison() -> bool:
        maison = screen.model.find(catalog_db.ids["maison"])
        return (
            maison is not None
            and "Jardin" in _names(maison.children)
            and screen.tree.isExpanded(screen.model.index_of(maison))
        )

    qtbot.waitUntil(jardin_shown_under_maison, timeout=5000)


def test_conflict_dialog_shows_the_differences_of_a_category(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    from backoffice.ui.forms import ConflictDialog

    dialog = wait_for(qtbot, screen.open_category(catalog_db.ids["jardin"]))
    form = dialog.form
    # The website renames it and describes it meanwhile.
    with catalog_db.factory() as session:
        jardin = session.get(Categorie, catalog_db.ids["jardin"])
        jardin.nom = "Jardin et terrasse"
        jardin.description = "Tout pour dehors"
        session.commit()
    form.editor("description").setPlainText("Outils et mobilier")
    task = asyncio.ensure_future(form.submit())
    qtbot.waitUntil(lambda: form.findChild(ConflictDialog) is not None, timeout=5000)
    conflict = form.findChild(ConflictDialog)
    table = conflict.findChild(QTableWidget, "conflictTable")
    cells = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert cells == [
        ("Nom", "Jardin (non modifié)", "Jardin et terrasse"),
        ("Description", "Outils et mobilier", "Tout pour dehors"),
    ]
    assert "Nom, Description" in form.general_error
    conflict.findChild(QPushButton, "keepMine").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is True
    with catalog_db.factory() as session:
        jardin = session.get(Categorie, catalog_db.ids["jardin"])
        # Their name kept (the member never touched it), the member's description saved.
        assert (jardin.nom, jardin.description) == ("Jardin et terrasse", "Outils et mobilier")


def test_category_slug_collision_offers_the_free_variant(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    with catalog_db.factory() as session:
        session.get(Categorie, catalog_db.ids["jardin"]).slug = "jardin"
        session.commit()
    dialog = wait_for(qtbot, screen.open_category(None))
    form = dialog.form
    form.editor("nom").setText("Jardin")
    assert form.editor("slug").text() == "jardin"
    assert wait_for(qtbot, form.submit()) is False
    assert form.suggestions == {"slug": "jardin-2"}
    error = form.error_label("slug")
    assert "déjà utilisé" in error.text() and "Utiliser « jardin-2 »" in error.text()
    error.linkActivated.emit("suggestion:slug")
    assert form.editor("slug").text() == "jardin-2"
    assert wait_for(qtbot, form.submit()) is True


def test_category_window_titled_with_its_category_and_opened_once(
    qtbot: Any, screen: CategoriesScreen, catalog_db: CatalogDb
) -> None:
    category_id = catalog_db.ids["cuisine"]

    async def twice() -> list[Any]:
        return list(
            await asyncio.gather(
                screen.open_category(category_id), screen.open_category(category_id)
            )
        )

    first, second = wait_for(qtbot, twice())
    assert first is second and first.windowTitle() == "Catégorie — Cuisine"
    assert wait_for(qtbot, screen.open_category(category_id)) is first
    first.close()
    qtbot.waitUntil(lambda: not screen.context.record_windows("categories").keys(), timeout=5000)
    again = wait_for(qtbot, screen.open_category(category_id))
    assert again is not first and again.windowTitle() == "Catégorie — Cuisine"


def test_read_only_category_form_says_so(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    support = Staff(id=catalog_db.actor.id, email="s@boutique.test", role=RoleName.SUPPORT)
    widget = CategoriesScreen(app_context(make_runner(catalog_db.factory), support))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.root.children is not None, timeout=5000)
    assert widget.buttons["catEdit"].text() == "Ouvrir"
    assert "catNew" not in widget.buttons
    form = wait_for(qtbot, widget.open_category(catalog_db.ids["cuisine"])).form
    banner = form.findChild(QLabel, "formReadOnly")
    assert banner.isVisible()
    assert banner.text() == "Lecture seule — votre rôle ne permet pas de modifier les catégories"
    assert form.editor("nom").isReadOnly() and form.editor("nom").isEnabled()
    assert form.findChild(QLabel, "label_slug").text() == "Slug :"
    assert not form.findChild(QLabel, "help_slug").isVisible()
    assert not form.findChild(QLabel, "formRequiredNote").isVisible()
    assert not form.save_button.isVisible()
