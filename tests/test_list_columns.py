"""Column widths and the « ⋯ » menu of the list screens (issue 15, point 6): the columns
share the table's width at 1 024×700, a dragged width is remembered, rare actions are in
a menu."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.tasks import DbRunner
from backoffice.views.products import ProductsScreen
from tests import ui_helpers
from tests.test_products_tab import CatalogDb, catalog_db, catalog_template

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context
__all__ = ["catalog_db", "catalog_template"]  # fixtures


def shot(widget: QWidget, name: str) -> None:
    """A screenshot in ``$SCREENSHOT_DIR`` when set (to look at the layout)."""
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def assert_columns_fill(screen: ListScreen) -> None:
    """Every column visible, no horizontal scrollbar, no empty band: the sections add up
    to the viewport's width, the last one stretched."""
    table = screen.table
    header = table.horizontalHeader()
    sizes = [header.sectionSize(i) for i in range(header.count())]
    assert sum(sizes) == table.viewport().width(), sizes
    assert header.stretchLastSection()
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalScrollBar().maximum() == 0
    for i in range(header.count()):
        title = header.sectionSizeFromContents(i).width()
        assert sizes[i] >= min(title, 90), (i, sizes)


def _products(
    qtbot: Any, context: AppContext, size: tuple[int, int] = (1024, 700)
) -> ProductsScreen:
    widget = ProductsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitUntil(lambda: not widget.model.loading, timeout=5000)
    qtbot.waitUntil(lambda: widget.column_sizer._measured, timeout=3000)
    return widget


def test_products_columns_fill_the_width_at_1024(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    context = app_context(make_runner(catalog_db.factory), catalog_db.actor)
    screen = _products(qtbot, context)
    assert_columns_fill(screen)
    header = screen.table.horizontalHeader()
    name = header.sectionSize(screen.spec.column_index("nom"))
    assert name < 300  # a sensible share, not the whole spare width at 1 024 px
    updated = screen.spec.column_index("updated_at")
    assert header.sectionViewportPosition(updated) + header.sectionSize(updated) <= (
        screen.table.viewport().width()
    )
    shot(screen, "produits_1024x700")
    screen.resize(1440, 900)
    qtbot.wait(50)
    assert_columns_fill(screen)
    shot(screen, "produits_1440x900")
    # The filters and buttons no longer take four rows at 1 024 px.
    screen.resize(1024, 700)
    qtbot.wait(50)
    bars = [screen.toolbar, screen.actions_bar]
    rows = {
        (bar.y() + child.y()) // 12
        for bar in bars
        if bar is not None
        for child in bar.findChildren(QWidget)
        if child.parent() is bar and child.isVisible()
    }
    assert len(rows) <= 3, rows


def test_dragged_width_is_remembered_and_reset(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    context = app_context(make_runner(catalog_db.factory), catalog_db.actor)
    first = _products(qtbot, context)
    column = first.spec.column_index("categorie")
    first.table.horizontalHeader().resizeSection(column, 140)  # what a drag does
    assert first.column_sizer.user_widths == {"categorie": 140}
    assert context.settings.value("lists/productsScreen/columnWidths")
    second = _products(qtbot, context)
    header = second.table.horizontalHeader()
    assert header.sectionSize(column) == 140  # wins over the automatic sizing
    assert_columns_fill(second)
    auto = second.column_sizer
    auto.reset()  # « Largeurs automatiques »
    assert auto.user_widths == {}
    assert context.settings.value("lists/productsScreen/columnWidths") is None
    assert header.sectionSize(column) != 140
    assert_columns_fill(second)


def test_rare_actions_are_in_the_more_menu(
    qtbot: Any,
    catalog_db: CatalogDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
    monkeypatch: Any,
) -> None:
    from backoffice.views.products import csv_flow

    context = app_context(make_runner(catalog_db.factory), catalog_db.actor)
    screen = _products(qtbot, context)
    more = screen.findChild(QToolButton, "moreButton")
    assert more is not None and more.accessibleName() == "Autres actions"
    assert more.text() == "⋯"
    keys = [a.objectName() for a in more.menu().actions()]
    assert keys == ["action_export", "action_import", "action_preferences"]
    assert screen.action_button("export") is screen.findChild(QAction, "action_export")

    calls: list[str] = []

    async def fake_export(_screen: Any, *_a: Any, **_k: Any) -> int:
        calls.append("export")
        return 0

    async def fake_import(_screen: Any, *_a: Any, **_k: Any) -> None:
        calls.append("import")

    monkeypatch.setattr(csv_flow, "export_csv", fake_export)
    monkeypatch.setattr(csv_flow, "import_csv", fake_import)
    screen.findChild(QAction, "action_export").trigger()
    screen.findChild(QAction, "action_import").trigger()
    qtbot.waitUntil(lambda: calls == ["export", "import"], timeout=3000)
    screen.findChild(QAction, "action_preferences").trigger()
    from backoffice.ui.preferences import PreferencesDialog

    dialog = screen.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
