"""LazyTableModel: keyset paging, correct row insertion, sorting/searching resets, stale results."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from backoffice.services.listing import Cursor, ListQuery, Page
from backoffice.services.permissions import Staff
from backoffice.ui.specs import CellStyle, ColumnSpec, ListSpec
from backoffice.ui.table_model import LazyTableModel
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers
from tests.ui_helpers import wait_for

# Fixtures shared by the UI tests (see tests/ui_helpers.py).
qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

ACTOR = Staff(id=1, email="admin@example.test", role="admin")
ROWS = [
    {
        "id": i,
        "nom": f"Nom{i % 37:02d}",
        "prix": Decimal(i) * Decimal("10.5"),
        "stock": i % 7,
        "actif": i % 2 == 0,
        "cree": datetime(2026, 1, 1, 12, 0, tzinfo=UTC),
    }
    for i in range(1, 451)
]


class FakeSource:
    """A service over a Python list, counting calls; ``delay`` simulates a slow query.

    Pages continue from the query's cursor (keyset) like ``listing.fetch_page``, or from its
    offset when it has none.
    """

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.delays: dict[str, float] = {}
        self.fetches: list[ListQuery] = []
        self.fail_with: Exception | None = None

    def _matching(self, query: ListQuery) -> list[dict[str, Any]]:
        words = query.search.lower().split()
        rows = [r for r in self.rows if all(w in r["nom"].lower() for w in words)]
        for key, value in query.filters.items():
            if value is not None:
                rows = [r for r in rows if r[key] == value]
        key = query.sort or "id"
        return sorted(rows, key=lambda r: (r[key], r["id"]), reverse=query.descending)

    def fetch(self, session: Session, actor: Staff, query: ListQuery) -> Page:
        self.fetches.append(query)
        time.sleep(self.delays.get(query.search, 0))
        if self.fail_with is not None:
            raise self.fail_with
        rows = self._matching(query)
        key = query.sort or "id"
        start = query.offset
        if query.after is not None:
            assert (query.after.sort, query.after.descending) == (key, query.descending)
            mark = (query.after.value, query.after.id)
            start = next(
                (
                    i
                    for i, r in enumerate(rows)
                    if ((r[key], r["id"]) < mark if query.descending else (r[key], r["id"]) > mark)
                ),
                len(rows),
            )
        chunk = rows[start : start + query.limit]
        after = Cursor(key, query.descending, chunk[-1][key], chunk[-1]["id"]) if chunk else None
        return Page(
            rows=chunk,
            offset=query.offset,
            has_more=start + query.limit < len(rows),
            after=after,
        )

    def count(self, session: Session, actor: Staff, query: ListQuery) -> int:
        time.sleep(self.delays.get(query.search, 0))
        return len(self._matching(query))


def _spec(source: FakeSource, **kwargs: Any) -> ListSpec:
    return ListSpec(
        title="Produits",
        columns=(
            ColumnSpec("nom", "Nom"),
            ColumnSpec("prix", "Prix", kind="money"),
            ColumnSpec("stock", "Stock", kind="int"),
            ColumnSpec("actif", "Actif", kind="bool", sortable=False),
            ColumnSpec("cree", "Créé", kind="date"),
        ),
        fetch=source.fetch,
        count=source.count,
        **kwargs,
    )


@pytest.fixture
def runner(make_runner: Callable[..., DbRunner]) -> DbRunner:
    # The fake services ignore the Session; SQLite in memory makes opening one free.
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False})
    return make_runner(sessionmaker(bind=engine))


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(ROWS)


def _loaded(qtbot: Any, model: LazyTableModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=3000)


def test_pages_load_lazily_with_correct_insert_ranges(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    model = LazyTableModel(runner, ACTOR, _spec(source))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    counts: list[int] = []
    model.countChanged.connect(counts.append)
    _loaded(qtbot, model)

    assert model.rowCount() == 200
    assert model.total_count == 450 and counts == [450]
    assert inserted == [(0, 199)]
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # ignored: a page is already in flight
    _loaded(qtbot, model)
    assert model.rowCount() == 400
    assert inserted == [(0, 199), (200, 399)]

    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    assert inserted[-1] == (400, 449)
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    # The next pages continue from the last row held (keyset), never from an offset.
    assert [q.offset for q in source.fetches] == [0, 0, 0]
    assert [q.after for q in source.fetches] == [
        None,
        Cursor("id", False, 200, 200),
        Cursor("id", False, 400, 400),
    ]
    assert [r["id"] for r in model.rows()] == [r["id"] for r in source._matching(ListQuery())]


def test_next_page_follows_the_cursor_of_the_sort(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    """Sorted by price descending, the next page continues after the last row's (price,
    id), while rows are inserted before and after it and deleted between the pages."""
    model = LazyTableModel(runner, ACTOR, _spec(source, page_size=100))
    _loaded(qtbot, model)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # prix
    _loaded(qtbot, model)
    last = model.row_at(99)
    assert source.fetches[-1].after is None  # a new sort starts from the top
    before = {**ROWS[0], "id": 1001, "prix": Decimal(100_000)}  # sorts first: not shown
    after = {**ROWS[0], "id": 1002, "prix": Decimal(1)}  # sorts last: shown
    gone = source._matching(model.query)[150]
    source.rows = [*(r for r in ROWS if r["id"] != gone["id"]), before, after]
    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    assert source.fetches[-1].after == Cursor("prix", True, last["prix"], last["id"])
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        _loaded(qtbot, model)
    ids = [r["id"] for r in model.rows()]
    assert len(ids) == len(set(ids)) == len(ROWS)  # -1 deleted, +1 inserted after the cursor
    assert 1002 in ids and 1001 not in ids and gone["id"] not in ids


def test_page_without_cursor_is_followed_by_offset(qtbot: Any, runner: DbRunner) -> None:
    """A service that rebuilds its Page without the cursor still pages (by offset)."""
    source = FakeSource(ROWS)

    def fetch(session: Session, actor: Staff, query: ListQuery) -> Page:
        page = source.fetch(session, actor, query)
        return Page(rows=page.rows, offset=page.offset, has_more=page.has_more)

    spec = ListSpec(title="Produits", columns=(ColumnSpec("nom", "Nom"),), fetch=fetch)
    model = LazyTableModel(runner, ACTOR, spec)
    _loaded(qtbot, model)
    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    assert [(q.offset, q.after) for q in source.fetches] == [(0, None), (200, None)]
    assert model.rowCount() == 400


def test_a_row_moved_past_the_cursor_is_shown_once(qtbot: Any, runner: DbRunner) -> None:
    """Renamed between two pages so that it sorts again after the cursor: not twice."""
    source = FakeSource([dict(r) for r in ROWS])
    model = LazyTableModel(runner, ACTOR, _spec(source, page_size=100))
    _loaded(qtbot, model)
    model.sort(0)  # nom
    _loaded(qtbot, model)
    moved = model.row_at(0)
    source.rows = [r if r["id"] != moved["id"] else {**r, "nom": "Zzz"} for r in source.rows]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        _loaded(qtbot, model)
    ids = [r["id"] for r in model.rows()]
    assert len(ids) == len(set(ids)) == len(ROWS)


def test_never_holds_more_than_pages_asked(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    model = LazyTableModel(runner, ACTOR, _spec(source, page_size=50))
    _loaded(qtbot, model)
    assert model.rowCount() == 50
    qtbot.wait(100)  # nothing fetches by itself
    assert model.rowCount() == 50
    assert len(source.fetches) == 1


def test_model_tester_passes(qtbot: Any, runner: DbRunner, source: FakeSource) -> None:
    model = LazyTableModel(runner, ACTOR, _spec(source, page_size=100))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    _loaded(qtbot, model)
    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    _loaded(qtbot, model)
    model.set_query("nom1")
    _loaded(qtbot, model)
    assert tester is not None
    assert model.rowCount() > 0


def test_sort_resets_and_queries_sql_sort(qtbot: Any, runner: DbRunner, source: FakeSource) -> None:
    model = LazyTableModel(runner, ACTOR, _spec(source))
    _loaded(qtbot, model)
    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.sort(1, Qt.SortOrder.DescendingOrder)  # prix
    _loaded(qtbot, model)
    assert resets == [True]
    assert model.rowCount() == 200
    assert source.fetches[-1].sort == "prix" and source.fetches[-1].descending
    assert source.fetches[-1].offset == 0 and source.fetches[-1].after is None
    assert model.row_at(0)["id"] == 450

    model.sort(3)  # not sortable: ignored
    model.sort(1, Qt.SortOrder.DescendingOrder)  # same sort: no reload
    assert resets == [True]
    assert model.sort_column() == 1


def test_superseded_search_never_overwrites_newer(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    model = LazyTableModel(runner, ACTOR, _spec(source))
    _loaded(qtbot, model)
    source.delays = {"nom0": 0.3}
    model.set_query("nom0")  # slow
    qtbot.wait(30)
    model.set_query("nom36")  # fast, newer
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    qtbot.wait(20)
    assert model.query.search == "nom36"
    assert {r["nom"] for r in model.rows()} == {"Nom36"}
    assert model.total_count == len(source._matching(ListQuery(search="nom36")))


def test_display_roles(qtbot: Any, runner: DbRunner) -> None:
    row = {
        "id": 1,
        "nom": "Chaise",
        "prix": Decimal("1234.5"),
        "stock": 0,
        "actif": True,
        "cree": datetime(2026, 11, 21, 13, 5, tzinfo=UTC),
    }
    source = FakeSource([row])

    def style(r: dict[str, Any], column: ColumnSpec) -> CellStyle | None:
        if column.key == "stock" and r["stock"] == 0:
            return CellStyle(foreground="#c62828", bold=True)
        return None

    model = LazyTableModel(runner, ACTOR, _spec(source, row_style=style))
    _loaded(qtbot, model)
    display = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert display[0] == "Chaise"
    assert display[1] == "1\u202f234,50\u00a0€"
    assert display[2] == "0"
    assert display[3] == "Oui"
    assert display[4] == "21/11/2026"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) is row or (
        model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == row
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Chaise"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Prix"


def test_load_errors_are_reported_in_french(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    from backoffice.services.errors import PermissionDenied

    source.fail_with = PermissionDenied("catalog.view")
    model = LazyTableModel(runner, ACTOR, _spec(source), autoload=False)
    with qtbot.waitSignal(model.loadFailed, timeout=3000) as blocker:
        model.refresh()
    assert blocker.args == ["Vous n'avez pas le droit d'effectuer cette action."]
    _loaded(qtbot, model)
    assert model.rowCount() == 0


def test_reload_is_awaitable(qtbot: Any, runner: DbRunner, source: FakeSource) -> None:
    model = LazyTableModel(runner, ACTOR, _spec(source), autoload=False)
    assert model.rowCount() == 0
    wait_for(qtbot, model.reload())
    assert model.rowCount() == 200 and model.total_count == 450


def test_list_screen_filters_actions_and_open(
    qtbot: Any, runner: DbRunner, source: FakeSource, app_context: Any
) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton

    from backoffice.ui.list_screen import ListScreen
    from backoffice.ui.specs import ActionSpec, FilterSpec

    acted: list[list[int]] = []
    opened: list[int] = []

    def choices(session: Session, actor: Staff) -> list[tuple[Any, str]]:
        return [(0, "Rupture"), (1, "Un seul")]

    spec = _spec(
        source,
        filters=(
            FilterSpec("actif", "Actif", kind="bool"),
            FilterSpec("stock", "Stock", choices=choices),
        ),
        actions=(
            ActionSpec(
                "edit", "Modifier", run=lambda screen, rows: acted.append([r["id"] for r in rows])
            ),
            ActionSpec("new", "Nouveau", run=lambda screen, rows: None, min_rows=0),
        ),
        on_open=lambda screen, row: opened.append(row["id"]),
        count_noun=("produit", "produits"),
    )
    screen = ListScreen(app_context(runner, ACTOR), spec)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.count_label.text() == "450 produits", timeout=3000)

    edit = screen.findChild(QPushButton, "action_edit")
    new = screen.findChild(QPushButton, "action_new")
    assert not edit.isEnabled() and new.isEnabled()
    screen.table.selectRow(1)
    assert edit.isEnabled()
    edit.click()
    assert acted == [[screen.model.row_at(1)["id"]]]

    actif = screen.findChild(QComboBox, "filter_actif")
    actif.setCurrentIndex(actif.findData(True))
    qtbot.waitUntil(lambda: screen.count_label.text() == "225 produits", timeout=3000)
    assert all(r["actif"] for r in screen.model.rows())

    stock = screen.findChild(QComboBox, "filter_stock")
    qtbot.waitUntil(lambda: stock.count() == 3, timeout=3000)  # loaded through the runner
    assert stock.itemText(0) == "Tous"
    stock.setCurrentIndex(stock.findData(0))
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=3000)
    assert {(r["actif"], r["stock"]) for r in screen.model.rows()} == {(True, 0)}
    assert screen.filter_values() == {"actif": True, "stock": 0}

    screen.table.doubleClicked.emit(screen.model.index(0, 0))
    assert opened == [screen.model.row_at(0)["id"]]


def test_list_screen_remembers_column_widths(
    qtbot: Any, runner: DbRunner, source: FakeSource, app_context: Any
) -> None:
    from backoffice.ui.list_screen import ListScreen

    context = app_context(runner, ACTOR)
    first = ListScreen(context, _spec(source))
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(0, 333)
    first._header_saver.flush()
    second = ListScreen(context, _spec(source))
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().sectionSize(0) == 333
    qtbot.waitUntil(lambda: not first.model.loading and not second.model.loading, timeout=3000)


def test_french_formatting() -> None:
    from datetime import date, timedelta, timezone

    from backoffice.ui import formatting as f

    nnbsp, nbsp = "\u202f", "\u00a0"
    assert f.format_money(Decimal("1234.56")) == f"1{nnbsp}234,56{nbsp}€"
    assert f.format_money(Decimal("1234567.005")) == f"1{nnbsp}234{nnbsp}567,01{nbsp}€"
    assert f.format_money(Decimal("-0.5")) == f"-0,50{nbsp}€"
    assert f.format_money(Decimal("999")) == f"999,00{nbsp}€"
    assert f.format_money(None) == ""
    assert f.format_int(12345) == f"12{nnbsp}345"
    assert f.format_int(-1000) == f"-1{nnbsp}000"
    assert f.format_count(0, "client", "clients") == "0 client"
    assert f.format_count(1, "client", "clients") == "1 client"
    assert f.format_count(12345, "client", "clients") == f"12{nnbsp}345 clients"
    paris = timezone(timedelta(hours=1))
    late = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)
    assert f.format_datetime(late, paris) == "22/11/2026 00:30"
    assert f.format_date(late, paris) == "22/11/2026"  # the local day, not UTC's
    assert f.format_datetime(datetime(2026, 11, 21, 13, 5), paris) == "21/11/2026 14:05"
    assert f.format_date(date(2026, 1, 2)) == "02/01/2026"
    assert (f.format_bool(True), f.format_bool(False), f.format_bool(None)) == ("Oui", "Non", "")


def test_count_is_sent_once_the_first_page_is_in(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    # Rows first: a concurrent count would slow the page the member waits for.
    events: list[str] = []
    fetch, count = source.fetch, source.count

    def logged_fetch(session: Session, actor: Staff, query: ListQuery) -> Page:
        events.append("fetch")
        page = fetch(session, actor, query)
        time.sleep(0.05)  # a count sent at the same time would start meanwhile
        events.append("fetched")
        return page

    def logged_count(session: Session, actor: Staff, query: ListQuery) -> int:
        events.append("count")
        return count(session, actor, query)

    spec = ListSpec(
        title="Produits",
        columns=_spec(source).columns,
        fetch=logged_fetch,
        count=logged_count,
    )
    model = LazyTableModel(runner, ACTOR, spec, autoload=False)
    loading: list[bool] = []
    model.loadingChanged.connect(loading.append)
    wait_for(qtbot, model.reload())  # waits for the rows and the count
    assert events == ["fetch", "fetched", "count"]
    assert model.rowCount() == 200 and model.total_count == 450
    assert loading[-1] is False and loading.count(False) == 1  # never idle in between

    events.clear()
    model.fetchMore(QModelIndex())  # the next pages do not count again
    _loaded(qtbot, model)
    assert events == ["fetch", "fetched"]


def test_count_still_comes_when_the_page_fails(
    qtbot: Any, runner: DbRunner, source: FakeSource
) -> None:
    source.fail_with = RuntimeError("boom")
    model = LazyTableModel(runner, ACTOR, _spec(source), autoload=False)
    failures: list[str] = []
    model.loadFailed.connect(failures.append)
    wait_for(qtbot, model.reload())
    assert model.rowCount() == 0 and model.total_count == 450
    assert len(failures) == 1


def test_display_texts_follow_the_query(qtbot: Any, runner: DbRunner, source: FakeSource) -> None:
    # Texts are formatted once per row and kept: a new query must not show old ones.
    model = LazyTableModel(runner, ACTOR, _spec(source, page_size=10))
    _loaded(qtbot, model)
    first = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    model.set_query("nom36")
    _loaded(qtbot, model)
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert texts and set(texts) == {"Nom36"} and texts != first
    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        r["nom"] for r in model.rows()
    ]
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == model.data(model.index(0, 1))
