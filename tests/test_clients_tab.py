"""The Clients tab end to end on PostgreSQL: rows shown, debounced search, header sort."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Commande
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.tasks import DbRunner
from backoffice.views.clients import clients_screen, open_customer
from backoffice.views.registry import all_views
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.ui_helpers import wait_for

# Fixtures shared by the UI tests (see tests/ui_helpers.py).
qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

pytestmark = pytest.mark.postgres

CITIES = ["Paris", "Lyon", "Marseille", "Nantes", "Lille"]


@pytest.fixture
def screen(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> ListScreen:
    with server_committed() as session:
        actor = make_staff(session, email="admin@boutique.test")
        for i in range(250):
            user = make_user(
                session,
                nom=f"Nom{i:03d}",
                prenom="Zoé" if i % 50 == 0 else f"Prénom{i}",
                email=f"client{i:03d}@exemple.fr",
                ville=CITIES[i % len(CITIES)],
                points_fidelite=i * 10,
                date_inscription=datetime(2025, 1, 1 + i % 28, 9, 30, tzinfo=UTC),
            )
            if i == 7:
                session.add(
                    Commande(
                        id_utilisateur=user.id,
                        montant_total=Decimal("1234.56"),
                        reference="CMD-0007",
                        date_commande=datetime(2026, 11, 21, 13, 5, tzinfo=UTC),
                    )
                )
        session.commit()
    context = app_context(make_runner(server_committed), actor)
    widget = clients_screen(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitUntil(lambda: not widget.model.loading, timeout=5000)
    return widget


def _names(screen: ListScreen) -> list[str]:
    return [screen.model.row_at(i)["nom"] for i in range(screen.model.rowCount())]


def test_registered_view() -> None:
    spec = next(v for v in all_views() if v.key == "clients")
    assert spec.title == "Clients" and spec.order == 10
    assert spec.permission == "customers.view"


def test_shows_first_page_and_count(screen: ListScreen) -> None:
    count_label = screen.findChild(QLabel, "countLabel")
    assert count_label is not None and count_label.text() == "250 clients"
    assert screen.model.rowCount() == 200  # one page, not the table
    assert _names(screen)[:3] == ["Nom000", "Nom001", "Nom002"]
    table = screen.findChild(QTableView, "tableView")
    assert table is screen.table
    model = screen.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    row7 = [model.data(model.index(7, c)) for c in range(model.columnCount())]
    assert row7 == [
        "Nom007",
        "Prénom7",
        "client007@exemple.fr",
        "Marseille",
        "08/01/2025",
        "70",
        "1",
    ]


def test_scrolling_to_the_end_fetches_the_next_page(qtbot: Any, screen: ListScreen) -> None:
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 250, timeout=5000)
    assert not screen.model.canFetchMore(QModelIndex())


def test_search_is_debounced_and_filters(qtbot: Any, screen: ListScreen) -> None:
    box = screen.findChild(QLineEdit, "searchBox")
    assert box is not None
    for partial in ("z", "zo", "zoé"):
        box.setText(partial)  # typing: only the last text is queried
    assert screen.model.query.search == ""  # not yet: debounce
    qtbot.waitUntil(lambda: screen.model.query.search == "zoé", timeout=2000)
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)
    assert sorted(_names(screen)) == ["Nom000", "Nom050", "Nom100", "Nom150", "Nom200"]
    assert screen.count_label.text() == "5 clients"

    screen.set_search("lyon nom01")  # several words, applied at once
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)
    assert _names(screen) == ["Nom011", "Nom016"]
    assert screen.count_label.text() == "2 clients"

    screen.set_search("personne")
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "0 client"


def test_columns_fill_the_width_at_1024(qtbot: Any, screen: ListScreen) -> None:
    """« Mis à jour »-style last columns never hide behind a scrollbar (issue 15, 6)."""
    from tests.test_list_columns import assert_columns_fill, shot

    for width, height in ((1024, 700), (1440, 900)):
        screen.resize(width, height)
        qtbot.waitUntil(lambda: screen.column_sizer._measured, timeout=3000)
        qtbot.wait(50)
        assert_columns_fill(screen)
        shot(screen, f"clients_{width}x{height}")


def test_header_click_sorts_in_sql(qtbot: Any, screen: ListScreen) -> None:
    header = screen.table.horizontalHeader()
    points = screen.spec.column_index("points_fidelite")
    x = header.sectionViewportPosition(points) + header.sectionSize(points) // 2
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: screen.model.query.sort == "points_fidelite", timeout=2000)
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)
    ascending = screen.model.query.descending is False
    first = screen.model.row_at(0)["points_fidelite"]
    assert first == (0 if ascending else 2490)

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: screen.model.query.descending is ascending, timeout=2000)
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)
    assert screen.model.row_at(0)["points_fidelite"] == (2490 if ascending else 0)
    assert screen.model.rowCount() == 200


def test_double_click_opens_read_only_sheet(qtbot: Any, screen: ListScreen) -> None:
    screen.set_search("nom007")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    index = screen.model.index(0, 0)
    screen.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: screen.findChild(QDialog, "customerDialog") is not None, timeout=5000)
    dialog = screen.findChild(QDialog, "customerDialog")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "client007@exemple.fr" in texts
    orders = dialog.findChild(QTableView, "ordersTable")
    assert orders is not None
    assert orders.model().data(orders.model().index(0, 0)) == "CMD-0007"
    assert orders.model().data(orders.model().index(0, 3)) == "1\u202f234,56\u00a0€"
    # Opening the same customer again raises the sheet instead of a second one.
    assert wait_for(qtbot, open_customer(screen, screen.model.row_at(0))) is dialog
    assert len(screen.findChildren(QDialog, "customerDialog")) == 1
    dialog.close()
    # « Ouvrir la fiche » does what the double-click does, on the selected customer.
    button = screen.action_button("open")
    assert button is not None
    screen.table.selectRow(0)
    qtbot.waitUntil(button.isEnabled, timeout=3000)
    button.click()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in screen.findChildren(QDialog, "customerDialog")),
        timeout=5000,
    )


def test_selected_rows_and_refresh(qtbot: Any, screen: ListScreen) -> None:
    screen.table.selectRow(2)
    assert [r["nom"] for r in screen.selected_rows()] == ["Nom002"]
    wait_for(qtbot, screen.reload())
    assert screen.model.rowCount() == 200
    assert screen.count_label.text() == "250 clients"


def test_customer_text_is_shown_as_typed_never_as_html(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    """Names and addresses come from the website's sign-up form: plain text only."""
    name = "<b>X</b>"
    address = '<a href="https://evil.example/">Cliquez ici</a>'
    with server_committed() as session:
        actor = make_staff(session, email="admin@boutique.test")
        make_user(session, nom=name, prenom="<img src='file:///etc/passwd'>", adresse=address)
        session.commit()
    context = app_context(make_runner(server_committed), actor)
    screen = clients_screen(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.model.loading and screen.model.rowCount() > 0)
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row_at(i)["nom"] == name)
    # The table's tooltip (rich text in Qt) shows the tags too, escaped.
    tooltip = screen.model.data(screen.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;X&lt;/b&gt;" in tooltip and "<b>X</b>" not in tooltip

    screen.table.doubleClicked.emit(screen.model.index(row, 0))
    qtbot.waitUntil(lambda: screen.findChild(QDialog, "customerDialog") is not None)
    dialog = screen.findChild(QDialog, "customerDialog")
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    for text in (name, "<img src='file:///etc/passwd'>"):
        assert text in labels, list(labels)
        assert labels[text].textFormat() == Qt.TextFormat.PlainText
    shown_address = next(t for t in labels if t.startswith(address))
    assert "<" in shown_address
    assert labels[shown_address].textFormat() == Qt.TextFormat.PlainText
    dialog.close()
