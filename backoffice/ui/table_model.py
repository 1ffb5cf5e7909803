"""A lazy table model over a ListSpec: one page at a time, fetched off the GUI thread.

Memory is the rows shown plus the pages scrolled through: ``canFetchMore``/``fetchMore``
(driven by the view as the member scrolls) fetch the next page through the DbRunner and
append it. Each next page continues from the cursor the previous one ended with
(``Page.after``: the last row's sort value and id, see ``services/listing.py``), not from an
offset, so scrolling 50 000 rows down costs no more per page than the second page. A
page that comes without a cursor (a service that rebuilt it without one) is followed by
offset, as before. A new query (search, filter, sort) resets the model; results of the old query
that arrive later are dropped (generation counter), so the screen always shows the newest.
The total comes from a separate ``spec.count`` call for the "12 345 clients" label, sent
once the first page has arrived: on a small machine (2 cores) a concurrent count (often a
parallel sequential scan) would slow the rows the member is waiting for.

Display texts are formatted once per row (on first paint) and kept with the rows: a repaint
asks each visible cell for about ten roles, each time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from backoffice.services.listing import Cursor, ListQuery, Page
from backoffice.services.permissions import Staff
from backoffice.ui import formatting
from backoffice.ui.errors import translated, user_message
from backoffice.ui.specs import CellStyle, ColumnSpec, ListSpec, Row
from backoffice.ui.tasks import DbRunner, spawn

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
# Roles as plain ints: data() runs for every role of every visible cell on each repaint, and
# comparing an int with an enum member costs an enum conversion each time.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RAW_ROW = int(Qt.ItemDataRole.UserRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_STYLE_ROLES = frozenset((_FOREGROUND, _BACKGROUND, int(Qt.ItemDataRole.FontRole)))


def format_cell(column: ColumnSpec, value: Any) -> str:
    """The text shown for ``value`` in ``column`` (French formats; empty for ``None``)."""
    if value is None:
        return ""
    kind = column.kind
    if kind == "money":
        return formatting.format_money(value)
    if kind == "int":
        return formatting.format_int(value)
    if kind == "date":
        return formatting.format_date(value)
    if kind == "datetime":
        return formatting.format_datetime(value)
    if kind == "bool":
        return formatting.format_bool(value)
    if kind == "enum":
        labels = column.enum_labels or {}
        return translated(labels.get(str(value), str(value)))  # labels.py's Messages
    if kind == "image":
        return str(value).rsplit("/", 1)[-1]
    return str(value)


class LazyTableModel(QAbstractTableModel):
    """Rows of ``spec.fetch`` pages, loaded as the view scrolls.

    Public API:

    * ``set_query(search, filters)``, ``sort(column, order)``, ``refresh()``: reset and
      reload (superseded results are dropped);
    * ``await reload()``: same as ``refresh()`` but awaitable until the first page and the
      count have arrived (for tests and for screens that must act after loading);
    * ``await reload_in_place(at_least)``: the same rows read again (as many as held, at
      least a page), swapped in at once when they are all there: the old rows stay on
      screen meanwhile, and ``replaced()`` is emitted right after the swap, in the same
      turn, for the screen to put selection and scroll back before anything is painted;
    * ``row_at(i) -> dict``: the raw row; ``Qt.UserRole`` on any cell returns it too;
    * ``total_count`` (``None`` until known), ``query``, ``loading``;
    * signals ``loaded(int)`` (rows held after each page), ``countChanged(int)``,
      ``loadingChanged(bool)``, ``loadFailed(str)`` (French message), ``replaced()``.
    """

    loaded = Signal(int)
    replaced = Signal()
    countChanged = Signal(int)
    loadingChanged = Signal(bool)
    loadFailed = Signal(str)

    RawRowRole = Qt.ItemDataRole.UserRole

    def __init__(
        self,
        runner: DbRunner,
        actor: Staff,
        spec: ListSpec,
        parent: Any = None,
        *,
        autoload: bool = True,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self.spec = spec
        self._columns = list(spec.columns)
        self._alignments = [_ALIGN[column.alignment] for column in self._columns]
        self._rows: list[Row] = []
        # Display texts per row, formatted on first use (``None`` until then); reset and
        # extended with ``_rows``.
        self._texts: list[list[str] | None] = []
        self._ids: set[Any] = set()  # the ids of ``_rows``
        self._count_after_page = False  # the count waits for the first page of a restart
        self._has_more = False
        # Where the next page starts: the cursor the last page ended with (None: by offset).
        self._after: Cursor | None = None
        self._generation = 0
        self._page_task: asyncio.Task[Any] | None = None
        self._count_task: asyncio.Task[Any] | None = None
        self._total: int | None = None
        self._query = ListQuery(
            sort=spec.default_sort,
            descending=spec.default_descending,
            limit=spec.page_size,
        )
        if autoload:
            self.refresh()

    # --- public API -----------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total_count(self) -> int | None:
        return self._total

    @property
    def loading(self) -> bool:
        return self._page_task is not None or self._count_task is not None

    @property
    def columns(self) -> list[ColumnSpec]:
        return list(self._columns)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        """A copy of the rows held (only the pages fetched so far)."""
        return list(self._rows)

    def set_query(
        self, search: str | None = None, filters: Mapping[str, Any] | None = None
    ) -> bool:
        """New search text and/or filters (``None`` keeps the current one).

        Reloads and returns True if the query changed; returns False (and does nothing)
        otherwise.
        """
        query = ListQuery(
            search=self._query.search if search is None else search.strip(),
            filters=dict(self._query.filters if filters is None else filters),
            sort=self._query.sort,
            descending=self._query.descending,
            limit=self.spec.page_size,
        )
        return self._apply(query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """SQL sort by the column's key (ignored for columns that are not sortable)."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        query = ListQuery(
            search=self._query.search,
            filters=self._query.filters,
            sort=self._columns[column].key,
            descending=order == Qt.SortOrder.DescendingOrder,
            limit=self.spec.page_size,
        )
        self._apply(query)

    def sort_column(self) -> int:
        """The column index of the current sort (-1 when the service's default applies)."""
        for i, column in enumerate(self._columns):
            if column.key == self._query.sort:
                return i
        return -1

    def refresh(self) -> None:
        """Drops the rows and reloads from the first page (same query)."""
        self._restart()

    async def reload(self) -> None:
        """``refresh()`` and wait until the first page and the count have arrived."""
        self._restart()
        await self.wait_loaded()

    async def reload_in_place(self, at_least: int = 0) -> None:
        """Reads the rows again, as many as are held (at least a page), following the
        cursors as scrolling would, then swaps them in at once; the count follows. A newer
        query or refresh supersedes it (its rows are dropped); an error keeps the old rows
        and is reported by ``loadFailed``. Returns once the rows are in."""
        was_loading = self.loading
        self._generation += 1
        for task in (self._page_task, self._count_task):
            if task is not None:
                task.cancel()
        self._count_task = None
        wanted = max(at_least, self.spec.page_size)
        task = spawn(self._load_in_place(self._generation, wanted), on_error=self._on_error)
        self._page_task = task
        if not was_loading:
            self.loadingChanged.emit(True)
        await asyncio.wait([task])

    async def wait_loaded(self) -> None:
        """Waits until no page or count load is in flight (errors are reported, not raised)."""
        while self.loading:
            tasks = [t for t in (self._page_task, self._count_task) if t is not None]
            await asyncio.wait(tasks)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ITEM_FLAGS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN[column.alignment]
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._columns)):
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._row_texts(r)[c]
        if role == _ALIGNMENT:
            return self._alignments[c]
        row = self._rows[r]
        column = self._columns[c]
        if role == _TOOLTIP:
            if column.tooltip_key is not None:
                value = row.get(column.tooltip_key)
                return None if value is None else formatting.plain_tooltip(str(value))
            if column.kind == "image":
                return row.get(column.key)
            text = self._row_texts(r)[c]
            return formatting.plain_tooltip(text) if text else None
        if role == _RAW_ROW:  # RawRowRole
            return row
        if role in _STYLE_ROLES:
            return self._style_data(row, column, role)
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._has_more or self._page_task is not None:
            return  # at most one page in flight
        self._start_page(len(self._rows), self._after)

    # --- internals --------------------------------------------------------------------

    def _row_texts(self, r: int) -> list[str]:
        texts = self._texts[r]
        if texts is None:
            row = self._rows[r]
            texts = [format_cell(column, row.get(column.key)) for column in self._columns]
            self._texts[r] = texts
        return texts

    def _style_data(self, row: Row, column: ColumnSpec, role: int) -> Any:
        style: CellStyle | None = None
        if self.spec.row_style is not None:
            try:
                style = self.spec.row_style(row, column)
            except Exception:  # a styling bug must not break painting
                log.exception("row_style failed")
        foreground = style.foreground if style else None
        if foreground is None and column.enum_colors:
            foreground = column.enum_colors.get(str(row.get(column.key)))
        if role == _FOREGROUND:
            return QBrush(QColor(foreground)) if foreground else None
        if role == _BACKGROUND:
            return QBrush(QColor(style.background)) if style and style.background else None
        if style and style.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _apply(self, query: ListQuery) -> bool:
        if query == self._query:
            return False  # e.g. setSortingEnabled() re-sorting by the current column
        self._query = query
        self._restart()
        return True

    def _restart(self) -> None:
        was_loading = self.loading
        self._generation += 1  # every result of an older query is now stale
        for task in (self._page_task, self._count_task):
            if task is not None:
                task.cancel()  # the worker finishes its query, its result is discarded
        self._page_task = None
        self._count_task = None
        self.beginResetModel()
        self._rows = []
        self._texts = []
        self._ids = set()
        self._has_more = False
        self._after = None
        self._total = None
        self.endResetModel()
        # Rows first, the count once they are in (see the module docstring); ``loading``
        # stays true in between: the page task hands over to the count task.
        self._count_after_page = self.spec.count is not None
        self._start_page(0)
        if not was_loading:
            self.loadingChanged.emit(True)

    def _start_page(self, offset: int, after: Cursor | None = None) -> None:
        """Loads the page starting at row ``offset``: after ``after`` when given (keyset),
        else by OFFSET (the first page, or after a page that came without a cursor)."""
        was_loading = self.loading
        self._page_task = spawn(
            self._load_page(self._generation, offset, after), on_error=self._on_error
        )
        if not was_loading:
            self.loadingChanged.emit(True)

    async def _load_page(self, generation: int, offset: int, after: Cursor | None) -> None:
        query = self._query.page(offset) if after is None else self._query.continued(after)
        try:
            page: Page = await self.runner.read(self.spec.fetch, self.actor, query)
        except Exception:
            if generation != self._generation:
                return  # the error of a superseded query is as stale as its result
            raise
        finally:
            if generation == self._generation:
                self._page_task = None
                # Also after an error: the count is shown as it was when both ran together.
                self._start_count_if_due()
                self._emit_idle()
        if generation != self._generation:
            return  # superseded by a newer query
        self._append(page, offset)

    async def _load_in_place(self, generation: int, wanted: int) -> None:
        rows: list[Row] = []
        ids: set[Any] = set()
        after: Cursor | None = None
        has_more = True
        try:
            while has_more and len(rows) < wanted:
                query = (
                    self._query.continued(after)
                    if after is not None
                    else self._query.page(len(rows))
                )
                page: Page = await self.runner.read(self.spec.fetch, self.actor, query)
                if generation != self._generation:
                    return
                fresh = [r for r in page.rows if r.get("id") is None or r["id"] not in ids]
                ids.update(r["id"] for r in fresh if r.get("id") is not None)
                rows.extend(fresh)
                has_more = page.has_more and bool(page.rows)
                after = page.after
        except Exception:
            if generation != self._generation:
                return
            raise
        finally:
            if generation == self._generation:
                self._page_task = None
                self._count_after_page = self.spec.count is not None
                self._start_count_if_due()
                self._emit_idle()
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._texts = [None] * len(rows)
        self._ids = ids
        self._has_more = has_more
        self._after = after
        self.endResetModel()
        self.replaced.emit()
        self.loaded.emit(len(self._rows))

    def _start_count_if_due(self) -> None:
        if not self._count_after_page or self.spec.count is None:
            return
        self._count_after_page = False
        try:
            # Queued on the pool now, not when a spawned task first runs: that would be
            # after the repaint the new rows are about to cause.
            job = self.runner.submit_read(self.spec.count, self.actor, self._query.page(0))
        except Exception as exc:  # the runner is shut down
            self._on_error(exc)
            return
        self._count_task = spawn(self._load_count(self._generation, job), on_error=self._on_error)

    def _append(self, page: Page, offset: int) -> None:
        if offset != len(self._rows):
            log.warning("page at %d arrived with %d rows held; ignored", offset, len(self._rows))
            return
        if not page.rows:
            self._has_more = False
            self.loaded.emit(len(self._rows))
            return
        # A row whose sort value changed between two pages (renamed from « A » to « Z »)
        # comes again after the cursor: it is shown once, where it was first loaded.
        rows = [row for row in page.rows if row.get("id") is None or row["id"] not in self._ids]
        self._ids.update(row["id"] for row in rows if row.get("id") is not None)
        if rows:
            first = len(self._rows)
            last = first + len(rows) - 1  # inclusive: Qt's fetchmore example gets this wrong
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows.extend(rows)
            self._texts.extend([None] * len(rows))
        self._has_more = page.has_more
        self._after = page.after
        if rows:
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    async def _load_count(self, generation: int, job: Awaitable[Any]) -> None:
        try:
            total = await job
        except Exception:
            if generation != self._generation:
                return
            raise
        finally:
            if generation == self._generation:
                self._count_task = None
                self._emit_idle()
        if generation != self._generation:
            return
        self._total = int(total)
        self.countChanged.emit(self._total)

    def _emit_idle(self) -> None:
        if not self.loading:
            self.loadingChanged.emit(False)

    def _on_error(self, exc: BaseException) -> None:
        # Loading errors are shown inline by the screen (a modal box on every keystroke
        # would be unbearable); unexpected ones are logged with their traceback.
        self.loadFailed.emit(user_message(exc))
