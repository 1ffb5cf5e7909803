"""The Produits tab end to end on a SQLite file (the runner's threads need committed data).

A migrated SQLite file is made once per run and copied for each test (milliseconds), so
each test starts from the same small catalog and may commit freely.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QTableWidget
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine
from backoffice.models import Categorie, Produit, RoleName
from backoffice.services import catalog
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.forms import ConflictDialog, FormDialog
from backoffice.ui.tasks import DbRunner
from backoffice.views.products import (
    STOCK_LOW,
    STOCK_OUT,
    ProductsScreen,
    csv_flow,
    operations,
    product_cell_style,
)
from backoffice.views.registry import ViewSpec
from tests import ui_helpers
from tests.factories import make_category, make_product, make_staff
from tests.ui_helpers import wait_for

# Fixtures shared by the UI tests (see tests/ui_helpers.py).
qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context


@pytest.fixture(scope="session")
def catalog_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("catalog") / "template.db"
    migrations.upgrade(f"sqlite:///{path}")
    return path


@dataclass
class CatalogDb:
    engine: Engine
    factory: sessionmaker[Session]
    actor: Staff
    ids: dict[str, int]


@pytest.fixture
def catalog_db(catalog_template: Path, tmp_path: Path) -> Iterator[CatalogDb]:
    """A small catalog: Maison › Cuisine › Poêles, Jardin; products with every stock level."""
    path = tmp_path / "catalog.db"
    shutil.copy(catalog_template, path)
    engine = make_engine(f"sqlite:///{path}")
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    ids: dict[str, int] = {}
    with factory() as session:
        actor = make_staff(session, RoleName.ADMIN, email="admin@boutique.test")
        maison = make_category(session, "Maison")
        cuisine = make_category(session, "Cuisine", parent=maison)
        poeles = make_category(session, "Poêles", parent=cuisine)
        jardin = make_category(session, "Jardin")
        for key, cat in (("maison", maison), ("cuisine", cuisine), ("poeles", poeles)):
            ids[key] = cat.id
        ids["jardin"] = jardin.id
        products = [
            ("Casserole inox", "casserole-inox", Decimal("39.90"), 0, cuisine),
            ("Poêle en fonte", "poele-en-fonte", Decimal("54.00"), 3, poeles),
            ("Tablier de jardin", "tablier-de-jardin", Decimal("19.99"), 50, jardin),
            ("Arrosoir 10 L", "arrosoir-10-l", Decimal("12.50"), 5, jardin),
        ]
        for nom, slug, prix, stock, cat in products:
            product = make_product(session, nom, prix=prix, categorie=cat, slug=slug, stock=stock)
            ids[slug] = product.id
        session.commit()
    yield CatalogDb(engine, factory, actor, ids)
    engine.dispose()


@pytest.fixture
def screen(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> ProductsScreen:
    context = app_context(make_runner(catalog_db.factory), catalog_db.actor)
    widget = ProductsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    qtbot.waitUntil(lambda: not widget.model.loading, timeout=5000)
    return widget


def _rows(screen: ProductsScreen) -> dict[str, dict[str, Any]]:
    return {r["slug"]: r for r in screen.model.rows()}


def _open_form(qtbot: Any, screen: ProductsScreen, product_id: int) -> FormDialog:
    # A child of the screen, closed with it (and deleted on close: no qtbot.addWidget).
    return wait_for(qtbot, screen.open_product(product_id))


def _wait_idle(qtbot: Any, screen: ProductsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)


def test_registered_view() -> None:
    from backoffice.views import products

    view: ViewSpec = products.VIEW
    assert (view.key, view.title, view.order) == ("produits", "Produits", 20)
    assert view.permission == "catalog.view"


def test_lists_products_with_french_cells(screen: ProductsScreen) -> None:
    assert screen.count_label.text() == "4 produits"
    model = screen.model
    names = [model.row_at(r)["nom"] for r in range(model.rowCount())]
    assert names == ["Arrosoir 10 L", "Casserole inox", "Poêle en fonte", "Tablier de jardin"]
    prix = screen.spec.column_index("prix")
    assert model.data(model.index(0, prix)) == "12,50\u00a0€"
    # Actions are on their own row and shown to a member with catalog.edit.
    assert screen.findChild(QPushButton, "action_new") is not None
    # Import, export and preferences are in the « ⋯ » menu.
    assert screen.findChild(QAction, "action_import") is not None


def test_action_buttons_hidden_without_edit_permission(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    support = Staff(id=catalog_db.actor.id, email="s@boutique.test", role=RoleName.SUPPORT)
    widget = ProductsScreen(app_context(make_runner(catalog_db.factory), support))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.model.loading, timeout=5000)
    assert widget.findChild(QPushButton, "action_new") is None
    assert widget.findChild(QPushButton, "action_delete") is None
    assert widget.findChild(QAction, "action_export") is not None
    assert widget.findChild(QAction, "action_import") is None


def test_stock_highlight_colours(qtbot: Any, screen: ProductsScreen) -> None:
    model = screen.model
    column = screen.spec.column_index("stock")
    by_slug = {model.row_at(r)["slug"]: r for r in range(model.rowCount())}

    def background(slug: str) -> str | None:
        brush = model.data(model.index(by_slug[slug], column), Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if brush is not None else None

    assert background("casserole-inox") == STOCK_OUT.background  # 0: red
    assert background("poele-en-fonte") == STOCK_LOW.background  # 3 ≤ 5: orange
    assert background("arrosoir-10-l") == STOCK_LOW.background  # 5 = threshold: orange
    assert background("tablier-de-jardin") is None  # 50: plain
    foreground = model.data(
        model.index(by_slug["casserole-inox"], column), Qt.ItemDataRole.ForegroundRole
    )
    assert foreground.color().name() == STOCK_OUT.foreground

    # The threshold is a preference: at 2, a stock of 3 is no longer low.
    screen.preferences.update(low_stock_threshold=2)
    assert background("poele-en-fonte") is None
    stock_column = screen.spec.columns[column]
    assert product_cell_style(screen.preferences, {"stock": 1}, stock_column) == STOCK_LOW


def test_stock_and_category_filters(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    screen.model.set_query(None, {"stock": "faible"})
    _wait_idle(qtbot, screen)
    assert sorted(_rows(screen)) == ["arrosoir-10-l", "poele-en-fonte"]
    # The category filter includes sub-categories (Maison holds Cuisine › Poêles).
    screen.model.set_query(None, {"categorie": catalog_db.ids["maison"]})
    _wait_idle(qtbot, screen)
    assert sorted(_rows(screen)) == ["casserole-inox", "poele-en-fonte"]


def test_edit_through_form_updates_the_list(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    dialog = _open_form(qtbot, screen, catalog_db.ids["tablier-de-jardin"])
    form = dialog.form
    assert form.editor("nom").text() == "Tablier de jardin"
    assert form.editor("prix").text() == "19,99"
    assert not form.dirty
    form.editor("nom").setText("Tablier de jardinier")
    form.editor("prix").setText("24,90")
    assert form.dirty
    assert wait_for(qtbot, form.submit()) is True
    qtbot.waitUntil(
        lambda: _rows(screen).get("tablier-de-jardin", {}).get("nom") == "Tablier de jardinier",
        timeout=5000,
    )
    row = _rows(screen)["tablier-de-jardin"]
    assert row["prix"] == Decimal("24.90")
    # The list refreshed itself (the runner's announcement) and selected the saved row.
    qtbot.waitUntil(
        lambda: [r["id"] for r in screen.selected_rows()] == [catalog_db.ids["tablier-de-jardin"]],
        timeout=5000,
    )
    assert "enregistré" in screen.notice.text()
    with catalog_db.factory() as session:
        assert session.get(Produit, row["id"]).prix == Decimal("24.90")


def test_failed_save_keeps_input_and_shows_message_next_to_field(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    product_id = catalog_db.ids["poele-en-fonte"]
    dialog = _open_form(qtbot, screen, product_id)
    form = dialog.form
    form.editor("nom").setText("Poêle en fonte émaillée")
    form.editor("prix").setText("-5")
    form.editor("caracteristiques").set_values({"Diamètre": "28 cm"})
    assert wait_for(qtbot, form.submit()) is False
    error = form.findChild(QLabel, "error_prix")
    assert error.isVisible() and "négatif" in error.text()
    assert not form.findChild(QLabel, "error_nom").isVisible()
    assert form.editor("prix").text() == "-5"  # as typed
    assert form.editor("nom").text() == "Poêle en fonte émaillée"
    assert form.editor("caracteristiques").values() == {"Diamètre": "28 cm"}
    assert dialog.isVisible() and form.dirty
    with catalog_db.factory() as session:
        product = session.get(Produit, product_id)
        assert (product.nom, product.prix) == ("Poêle en fonte", Decimal("54.00"))


def test_slug_collision_from_the_service_offers_the_free_variant(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    dialog = wait_for(qtbot, screen.open_product(None))
    form = dialog.form
    form.editor("nom").setText("Casserole inox")
    assert form.editor("slug").text() == "casserole-inox"  # generated, accents folded
    form.editor("nom").setText("Crème brûlée")
    assert form.editor("slug").text() == "creme-brulee"
    form.editor("nom").setText("Casserole inox")
    form.editor("prix").setText("10")
    form.editor("stock").setText("1")
    assert wait_for(qtbot, form.submit()) is False
    error = form.findChild(QLabel, "error_slug")
    assert "déjà utilisé" in error.text() and "casserole-inox-2" in error.text()
    error.linkActivated.emit("casserole-inox-2")
    assert form.editor("slug").text() == "casserole-inox-2"
    assert wait_for(qtbot, form.submit()) is True
    qtbot.waitUntil(lambda: "casserole-inox-2" in _rows(screen), timeout=5000)


def test_conflict_dialog_when_row_changed_underneath(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    product_id = catalog_db.ids["arrosoir-10-l"]
    dialog = _open_form(qtbot, screen, product_id)
    form = dialog.form
    # The website (another connection) renames it meanwhile.
    with catalog_db.factory() as session:
        session.execute(
            update(Produit)
            .where(Produit.id == product_id)
            .values(
                nom="Arrosoir 10 litres", updated_at=catalog.next_version(form.loaded.updated_at)
            )
        )
        session.commit()
    form.editor("prix").setText("13,90")
    task = asyncio.ensure_future(form.submit())
    qtbot.waitUntil(lambda: form.findChild(ConflictDialog) is not None, timeout=5000)
    conflict = form.findChild(ConflictDialog)
    table = conflict.findChild(QTableWidget, "conflictTable")
    cells = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    # The member did not touch the name: "keep mine" will keep the website's.
    assert cells["Nom"] == ("Arrosoir 10 L (non modifié)", "Arrosoir 10 litres")
    assert cells["Prix TTC"] == ("13,90\u00a0€", "12,50\u00a0€")
    # Nothing saved yet.
    with catalog_db.factory() as session:
        assert session.get(Produit, product_id).prix == Decimal("12.50")
    conflict.findChild(QPushButton, "keepMine").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is True
    with catalog_db.factory() as session:
        product = session.get(Produit, product_id)
        assert (product.nom, product.prix) == ("Arrosoir 10 litres", Decimal("13.90"))


def test_conflict_take_theirs_reloads_form(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    product_id = catalog_db.ids["arrosoir-10-l"]
    dialog = _open_form(qtbot, screen, product_id)
    form = dialog.form
    with catalog_db.factory() as session:
        session.execute(
            update(Produit)
            .where(Produit.id == product_id)
            .values(prix=Decimal("11.00"), updated_at=catalog.next_version(form.loaded.updated_at))
        )
        session.commit()
    form.editor("prix").setText("14,00")
    task = asyncio.ensure_future(form.submit())
    qtbot.waitUntil(lambda: form.findChild(ConflictDialog) is not None, timeout=5000)
    form.findChild(ConflictDialog).findChild(QPushButton, "takeTheirs").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is False
    assert form.editor("prix").text() == "11,00" and not form.dirty
    with catalog_db.factory() as session:
        assert session.get(Produit, product_id).prix == Decimal("11.00")


def test_bulk_actions_report_changes(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    rows = [r for r in screen.model.rows() if r["slug"] in ("arrosoir-10-l", "tablier-de-jardin")]
    assert wait_for(qtbot, operations.set_active(screen, rows, False)) == 2
    assert screen.notice.text() == "2 produits désactivés."
    assert wait_for(qtbot, operations.apply_promotion(screen, rows, Decimal("10"))) == 2
    _wait_idle(qtbot, screen)
    assert _rows(screen)["tablier-de-jardin"]["prix_promo"] == Decimal("17.99")
    assert (
        wait_for(qtbot, operations.move_to_category(screen, rows, catalog_db.ids["cuisine"])) == 2
    )
    _wait_idle(qtbot, screen)
    assert _rows(screen)["arrosoir-10-l"]["categorie"] == "Cuisine"


def test_delete_refused_offers_deactivation(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    from backoffice.models import Commande, CommandeProduit

    product_id = catalog_db.ids["poele-en-fonte"]
    with catalog_db.factory() as session:
        order = Commande(
            id_utilisateur=catalog_db.actor.id, montant_total=Decimal("54"), reference="CMD-1"
        )
        session.add(order)
        session.flush()
        session.add(
            CommandeProduit(
                id_commande=order.id, id_produit=product_id, quantite=1, prix_unitaire=Decimal("54")
            )
        )
        session.commit()
    row = _rows(screen)["poele-en-fonte"]
    task = asyncio.ensure_future(operations.delete_products(screen, [row], confirmed=True))
    qtbot.waitUntil(
        lambda: screen.findChild(QMessageBox, "deleteRefused") is not None, timeout=5000
    )
    box = screen.findChild(QMessageBox, "deleteRefused")
    assert "commande" in box.text() and "Désactiver" in box.text()
    box.findChild(QPushButton, "askYes").click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == 0
    with catalog_db.factory() as session:
        assert session.get(Produit, product_id).est_actif is False


def test_adjust_stock_dialog_requires_reason(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    row = _rows(screen)["casserole-inox"]
    task = asyncio.ensure_future(operations.adjust_stock(screen, row))
    qtbot.waitUntil(lambda: screen.findChild(QDialog, "stockDialog") is not None, timeout=2000)
    dialog = screen.findChild(QDialog, "stockDialog")
    dialog.delta.setValue(12)
    assert wait_for(qtbot, dialog.submit()) is False
    assert "motif" in dialog.error.text()
    dialog.reason.setText("Réception fournisseur")
    assert wait_for(qtbot, dialog.submit()) is True
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == 12
    _wait_idle(qtbot, screen)
    assert _rows(screen)["casserole-inox"]["stock"] == 12


def test_stock_dialog_new_quantity_refuses_a_stock_that_moved(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    row = _rows(screen)["casserole-inox"]
    shown = int(row["stock"])
    task = asyncio.ensure_future(operations.adjust_stock(screen, row))
    qtbot.waitUntil(lambda: screen.findChild(QDialog, "stockDialog") is not None, timeout=2000)
    dialog = screen.findChild(QDialog, "stockDialog")
    # Meanwhile the website sells two: the stock the dialog shows is stale.
    with catalog_db.factory() as session:
        session.execute(
            update(Produit).where(Produit.id == row["id"]).values(stock=Produit.stock - 2)
        )
        session.commit()
    dialog.set_mode.setChecked(True)
    dialog.quantity.setValue(40)
    dialog.reason.setText("Inventaire")
    assert wait_for(qtbot, dialog.submit()) is False
    assert str(shown - 2) in dialog.error.text()
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    with catalog_db.factory() as session:
        assert session.scalar(select(Produit.stock).where(Produit.id == row["id"])) == shown - 2
    # Confirming again, knowing the current stock, writes the count.
    assert wait_for(qtbot, dialog.submit()) is True
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == 40


def test_csv_export_then_import_round_trip(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb, tmp_path: Path
) -> None:
    path = tmp_path / "produits.csv"
    screen.model.set_query(None, {"categorie": catalog_db.ids["jardin"]})
    _wait_idle(qtbot, screen)
    assert wait_for(qtbot, csv_flow.export_csv(screen, str(path))) == 2
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("slug;nom;")
    assert "tablier-de-jardin;Tablier de jardin" in text
    path.write_bytes(
        ("\ufeff" + text.replace("Tablier de jardin;", "Tablier vert;")).encode("utf-8")
    )
    progress: list[tuple[int, int]] = []
    result = wait_for(
        qtbot, csv_flow.import_csv(screen, str(path), confirm=False, progress=progress)
    )
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert progress and progress[-1] == (1, 1)
    with catalog_db.factory() as session:
        assert (
            session.scalar(
                select(Produit.nom).where(Produit.id == catalog_db.ids["tablier-de-jardin"])
            )
            == "Tablier vert"
        )
    assert "1 mise à jour" in screen.notice.text()


def test_category_picker_searches_the_service(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    dialog = _open_form(qtbot, screen, catalog_db.ids["casserole-inox"])
    picker = dialog.form.editor("id_categorie")
    qtbot.waitUntil(lambda: picker.edit.text() == "Maison › Cuisine", timeout=5000)
    assert not dialog.form.dirty  # the path label is not a change
    found = wait_for(qtbot, picker.search_now("poele"))
    assert found == ["Maison › Cuisine › Poêles"]
    picker.pick(found[0])
    assert picker.value() == catalog_db.ids["poeles"] and dialog.form.dirty
    assert wait_for(qtbot, dialog.form.submit()) is True
    with catalog_db.factory() as session:
        category = session.scalar(
            select(Categorie.nom)
            .join(Produit, Produit.id_categorie == Categorie.id)
            .where(Produit.id == catalog_db.ids["casserole-inox"])
        )
    assert category == "Poêles"


def test_image_loader_reads_files_and_never_fails_loudly(
    qtbot: Any, screen: ProductsScreen, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    folder = tmp_path / "media" / "uploads"
    folder.mkdir(parents=True)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    image.save(str(folder / "tasse.png"))
    screen.preferences.update(media_base=str(tmp_path / "media"))
    loader = screen.images
    pixmap, ok = wait_for(qtbot, loader.load("/uploads/tasse.png", 40))
    assert ok and (pixmap.width(), pixmap.height()) == (40, 20)  # scaled off the GUI thread
    assert loader.cached("/uploads/tasse.png", 40) is not None
    missing, ok = wait_for(qtbot, loader.load("/uploads/absente.png", 40))
    assert not ok and missing.width() == 40  # a placeholder, no dialog
    refused, ok = wait_for(qtbot, loader.load("http://127.0.0.1:9/x.png", 40), timeout_ms=10_000)
    assert not ok and refused.width() == 40
    assert screen.findChild(QMessageBox) is None


def test_read_only_form_without_edit_permission(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    support = Staff(id=catalog_db.actor.id, email="s@boutique.test", role=RoleName.SUPPORT)
    widget = ProductsScreen(app_context(make_runner(catalog_db.factory), support))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.model.loading, timeout=5000)
    dialog = wait_for(qtbot, widget.open_product(catalog_db.ids["casserole-inox"]))
    form = dialog.form
    assert widget.action_button("edit").text() == "Ouvrir"
    # Read-only, and it looks it: the text stays selectable (not a disabled grey field).
    nom = form.editor("nom")
    assert nom.isReadOnly() and nom.isEnabled()
    check = form.editor("est_actif")
    assert check.isEnabled() and check.property("frozen") is True
    assert check.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    pairs = form.editor("caracteristiques")
    assert pairs.isEnabled() and not pairs.table.editTriggers()
    assert not any(b.isVisible() for b in pairs._buttons)  # no « + » / « − »
    assert not form.editor("images_supplementaires").list.editTriggers()
    assert not form.save_button.isVisible() and form.cancel_button.text() == "Fermer"
    banner = form.findChild(QLabel, "formReadOnly")
    assert banner.isVisible()
    assert banner.text() == "Lecture seule — votre rôle ne permet pas de modifier les produits"
    assert not form.findChild(QLabel, "formRequiredNote").isVisible()
    assert form.findChild(QLabel, "label_nom").text() == "Nom :"  # no « * »
    assert not form.findChild(QLabel, "help_images_supplementaires").isVisible()
    assert form.editor("image_url").edit.placeholderText() == ""  # no « https://… » hint
    # Opening it again raises the same window instead of a second copy.
    assert wait_for(qtbot, widget.open_product(catalog_db.ids["casserole-inox"])) is dialog


def test_return_in_search_box_searches_and_return_in_table_opens(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    opened: list[dict[str, Any]] = []
    screen.rowOpened.connect(opened.append)
    screen.table.setFocus()
    qtbot.waitUntil(lambda: screen.table.currentIndex().isValid(), timeout=5000)
    qtbot.keyClicks(screen.search_box, "Tablier")
    # Return applies the search at once (no debounce) and opens nothing.
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.model.query.search == "Tablier"
    _wait_idle(qtbot, screen)
    assert sorted(_rows(screen)) == ["tablier-de-jardin"]
    assert screen.count_label.text() == "1 produit"
    qtbot.wait(50)
    assert opened == [] and screen.open_dialogs == []
    # Return (or Enter) in the table opens its current row.
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.open_dialogs) == 1, timeout=5000)
    assert [r["slug"] for r in opened] == ["tablier-de-jardin"]
    assert screen.open_dialogs[0].form.record_id == catalog_db.ids["tablier-de-jardin"]


def test_product_window_titled_with_its_product_and_opened_once(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb
) -> None:
    product_id = catalog_db.ids["tablier-de-jardin"]

    async def twice() -> list[FormDialog]:
        # A double double-click: the second open waits for the first window, still loading.
        return list(
            await asyncio.gather(screen.open_product(product_id), screen.open_product(product_id))
        )

    first, second = wait_for(qtbot, twice())
    assert first is second
    assert first.windowTitle() == "Produit — Tablier de jardin"
    assert screen.context.record_windows("produits").keys() == [product_id]
    assert wait_for(qtbot, screen.open_product(product_id)) is first
    # Renamed elsewhere: when the form reads the record again, the title follows.
    with catalog_db.factory() as session:
        session.execute(update(Produit).where(Produit.id == product_id).values(nom="Tablier"))
        session.commit()
    wait_for(qtbot, first.form.load())
    assert first.windowTitle() == "Produit — Tablier"
    first.close()
    qtbot.waitUntil(lambda: screen.context.record_windows("produits").keys() == [], timeout=5000)
    third = wait_for(qtbot, screen.open_product(product_id))
    assert third is not first and third.isVisible()
    # New products are never merged.
    new_one = wait_for(qtbot, screen.open_product(None))
    assert new_one is not third and new_one.windowTitle() == "Nouveau produit"


def test_import_preview_shows_old_and_new_values(
    qtbot: Any, screen: ProductsScreen, catalog_db: CatalogDb, tmp_path: Path
) -> None:
    from backoffice.services.catalog.csv_import import preview_import
    from backoffice.views.products.dialogs import ImportPreviewDialog

    path = tmp_path / "ancien.csv"
    path.write_bytes(
        (
            "\ufeffslug;nom;prix;stock\r\n"
            "tablier-de-jardin;Tablier de jardin;1234,5;0\r\n"  # was 19,99 € and 50
            "arrosoir-10-l;Arrosoir 10 L;12,50;8\r\n"  # stock up from 5: no highlight
        ).encode()
    )
    with catalog_db.factory() as session, path.open("rb") as stream:
        preview = preview_import(session, catalog_db.actor, stream)
    dialog = ImportPreviewDialog(preview, path.name, screen)
    qtbot.addWidget(dialog)
    table = dialog.table
    details = {table.item(r, 1).text(): table.item(r, 3) for r in range(table.rowCount())}
    tablier = details["tablier-de-jardin"]
    assert tablier.text() == ("Prix : 19,99\u00a0€ → 1\u202f234,50\u00a0€ ; Stock : 50 → 0")
    arrosoir = details["arrosoir-10-l"]
    assert arrosoir.text() == "Stock : 5 → 8"
    # The stock that goes down is highlighted; the one that goes up is not.
    assert tablier.background().color().name() == STOCK_LOW.background
    assert arrosoir.background().style() == Qt.BrushStyle.NoBrush


def test_sort_arrow_leaves_room_after_a_right_aligned_title(
    qtbot: Any, screen: ProductsScreen
) -> None:
    """« Prix▼ »: with the style sheet, the arrow never touches a right-aligned title."""
    from PySide6.QtWidgets import QApplication

    from backoffice.ui.style import apply_stylesheet

    app = QApplication.instance()
    before = app.styleSheet()
    try:
        assert apply_stylesheet(app)
        header = screen.table.horizontalHeader()
        column = screen.spec.column_index("prix")
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        _wait_idle(qtbot, screen)
        qtbot.wait(50)
        image = header.grab().toImage()
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        inked = [
            x
            for x in range(left + 2, left + width - 2)
            if any(image.pixelColor(x, y).lightness() < 120 for y in range(3, image.height() - 3))
        ]
        runs: list[list[int]] = []
        for x in inked:
            if runs and x == runs[-1][-1] + 1:
                runs[-1].append(x)
            else:
                runs.append([x])
        # The title's last glyph, then at least 3 blank pixels, then the arrow.
        assert len(runs) >= 2
        assert runs[-1][0] - runs[-2][-1] - 1 >= 3, runs
    finally:
        app.setStyleSheet(before)
