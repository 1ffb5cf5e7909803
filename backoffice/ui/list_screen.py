"""The generic list tab: search box, filters, actions, a lazy sorted table, a row count.

Built from an :class:`~backoffice.ui.context.AppContext` and a
:class:`~backoffice.ui.specs.ListSpec`; every list tab of the app is one of these.
Child widgets have object names for tests: ``searchBox``, ``refreshButton``, ``countLabel``,
``busyIndicator``, ``errorLabel``, ``noticeLabel``, ``tableView``, ``filter_<key>``,
``action_<key>`` (a ``QAction`` in the ``moreButton`` « ⋯ » menu for an ``overflow`` action),
``listActions`` (the actions' own row, with ``spec.actions_row``), ``statusCounts`` (the
status buttons, with ``spec.status_counts``: ``ui/status_counts.py``).

A list refreshes itself when an operation changes one of ``spec.tables`` (the runner's
``changed`` signal, through a :class:`~backoffice.ui.watch.ChangeWatcher`): the rows are
reloaded up to as many as were loaded, the same ids reselected, the scroll position kept.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.changes import Changes
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.flow_layout import flow_container
from backoffice.ui.list_columns import ColumnSizer
from backoffice.ui.list_filters import (
    filter_value,
    labelled,
    load_choices,
    make_filter,
    on_filter_change,
)
from backoffice.ui.list_more import MoreMenu
from backoffice.ui.list_state import ViewState
from backoffice.ui.list_table import RowTable
from backoffice.ui.palette import set_tone
from backoffice.ui.specs import ActionSpec, FilterSpec, ListSpec, Row
from backoffice.ui.status_counts import StatusCountBar
from backoffice.ui.table_model import LazyTableModel
from backoffice.ui.tasks import Debouncer, spawn
from backoffice.ui.watch import ChangeWatcher

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
NOTICE_MS = 10_000


class ListScreen(QWidget):
    """A searchable, filterable, sortable lazy list over ``spec``.

    Public API: ``model`` (:class:`LazyTableModel`), ``table`` (QTableView), ``spec``,
    ``context``, ``refresh()`` (from the first page), ``await reload()``,
    ``await refresh_in_place()`` (what a change announcement runs), ``set_search(text)``
    (applied at once, no debounce), ``selected_rows() -> list[dict]``,
    ``current_row() -> dict | None``, ``filter_values() -> dict``, ``notify(text)`` (a short
    confirmation), ``reveal(row_id)`` (select a row once it is loaded), ``action_button(key)``,
    ``filter_widget(key)``, ``add_toolbar_widget(widget)``, ``column_sizer``
    (:class:`~backoffice.ui.list_columns.ColumnSizer`), ``more_button`` (« ⋯ » or ``None``).
    Signal ``rowOpened(dict)`` after ``spec.on_open`` ran.
    """

    rowOpened = Signal(dict)

    def __init__(self, context: AppContext, spec: ListSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.setObjectName(spec.object_name or f"listScreen_{spec.title}")
        self.model = LazyTableModel(context.runner, context.actor, spec, self, autoload=False)
        self._filter_widgets: dict[str, QWidget] = {}
        self._action_buttons: list[tuple[ActionSpec, QPushButton | QAction]] = []
        self.more_button: MoreMenu | None = None
        self._search_debouncer = Debouncer(SEARCH_DEBOUNCE_MS, self._apply_query, self)
        self._reveal: Any = None
        self._keep: ViewState | None = None
        self._refreshing = 0

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(spec.search_placeholder)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.textChanged.connect(lambda _text: self._search_debouncer.trigger())
        self.search_box.returnPressed.connect(self._search_debouncer.flush)

        # A flow rather than a row: on a narrow window the filters and buttons wrap onto a
        # second line instead of being squeezed over one another.
        statuses = spec.status_counts
        self.status_counts = StatusCountBar(self, statuses) if statuses else None
        self.toolbar, toolbar = flow_container(self)
        self.toolbar.setObjectName("listToolbar")
        self.search_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        toolbar.addWidget(self.search_box)
        for filter_spec in spec.filters:
            self._add_filter(toolbar, filter_spec)
        self.notice = QLabel(self)
        self.notice.setObjectName("noticeLabel")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.notice, "success")
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.actions_bar: QWidget | None = None
        actions_layout: QLayout = toolbar
        if spec.actions_row:
            # A second flow under search and filters: many buttons and filters on one row
            # would not fit a laptop screen.
            self.actions_bar, actions_layout = flow_container(self)
            self.actions_bar.setObjectName("listActions")
        self._extra_layout = actions_layout
        for action in spec.actions:
            if action.permission is not None and not context.actor.can(action.permission):
                continue
            self._add_action(actions_layout, action)
        if self.actions_bar is not None:
            actions_layout.addWidget(self.notice)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_button.setToolTip(self.tr("Actualiser (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        toolbar.addWidget(self.refresh_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        self.table = RowTable(self)
        self.table.setObjectName("tableView")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = self.table.verticalHeader()
        vheader.setVisible(False)
        # Fixed row heights: the view never measures rows, so long lists stay fast.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        self._restore_header()  # the order; the widths are the sizer's (ui/list_columns.py)
        settings, name = context.settings, self.objectName()
        self.column_sizer = ColumnSizer(self.table, tuple(spec.columns), settings, name)
        self._init_sorting()
        self._header_saver = Debouncer(500, self._save_header, self)
        header.sectionResized.connect(lambda *_a: self._header_saver.trigger())
        header.sectionMoved.connect(lambda *_a: self._header_saver.trigger())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        self.table.doubleClicked.connect(self._on_double_clicked)
        # Return/Enter in the table opens its current row; in the search box it applies
        # the search at once (returnPressed above) and opens nothing.
        self.table.openRequested.connect(self._open_current)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        self.count_label = QLabel(self.tr("Chargement…"), self)
        self.count_label.setObjectName("countLabel")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setRange(0, 0)  # indeterminate
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setFixedSize(90, 10)
        self.busy_indicator.hide()

        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.count_label)
        if self.actions_bar is None:
            status.addWidget(self.notice)
        status.addWidget(self.error_label, 1)
        status.addStretch(0)
        status.addWidget(self.busy_indicator)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        if self.status_counts is not None:
            layout.addWidget(self.status_counts)
        layout.addWidget(self.toolbar)
        if self.actions_bar is not None:
            layout.addWidget(self.actions_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(status)

        self.model.countChanged.connect(self.show_total)
        self.model.loaded.connect(self._on_loaded)
        self.model.loaded.connect(self.column_sizer.measure_once)
        self.model.loadingChanged.connect(self._on_loading)
        self.model.loadFailed.connect(self._on_failed)
        self.model.loaded.connect(self._reveal_loaded)
        self.model.replaced.connect(self._on_replaced)
        tables = {*spec.tables, *(t for f in spec.filters for t in f.tables)}
        self.watcher = (
            ChangeWatcher(context.runner, self, tables, self._on_changes) if tables else None
        )
        self._update_actions()
        self.refresh()

    # --- public API -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads from the first page with the current search, filters and sort."""
        self._search_debouncer.cancel()
        if not self._apply_query():
            self.model.refresh()

    async def reload(self) -> None:
        """``refresh()`` awaitable until the first page and the count are shown."""
        self.refresh()
        await self.model.wait_loaded()

    def set_search(self, text: str) -> None:
        """Puts ``text`` in the search box and applies it at once (no debounce)."""
        self.search_box.setText(text)
        self._search_debouncer.flush()

    def selected_rows(self) -> list[Row]:
        """Raw row dicts of the selected rows, in display order."""
        selection = self.table.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def current_row(self) -> Row | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    async def refresh_in_place(self) -> None:
        """Reloads the rows held (as many as were loaded), then reselects the same ids and
        puts the scroll back: what a change announcement runs."""
        self._keep = ViewState.of(self.table, self.model)
        self._refreshing += 1
        try:
            # The old rows stay on screen until the new ones are all in; ``replaced`` puts
            # selection and scroll back in the same turn, before anything is painted.
            await self.model.reload_in_place(self._keep.rows)
        finally:
            self._refreshing -= 1
            self._keep = None
        self._reveal_loaded(final=True)

    def notify(self, text: str) -> None:
        """A short confirmation next to the list ("3 produits désactivés.")."""
        self.notice.setText(text)
        self._notice_timer.start(NOTICE_MS)

    def reveal(self, row_id: Any) -> None:
        """Selects the row ``row_id`` (e.g. the product just saved): now if it is loaded,
        else after the refresh in progress or announced, if it is among the rows then."""
        self._reveal = row_id
        self._reveal_loaded()

    def action_button(self, key: str) -> QPushButton | QAction | None:
        return next((b for a, b in self._action_buttons if a.key == key), None)

    def filter_widget(self, key: str) -> QWidget | None:
        return self._filter_widgets.get(key)

    def add_toolbar_widget(self, widget: QWidget) -> None:
        """A widget of the view's own after the action buttons (before the notice)."""
        layout = self._extra_layout
        index = layout.indexOf(self.notice)
        if index >= 0 and hasattr(layout, "insertWidget"):
            layout.insertWidget(index, widget)
        else:
            layout.addWidget(widget)

    def filter_values(self) -> dict[str, Any]:
        values = {key: filter_value(w) for key, w in self._filter_widgets.items()}
        if self.status_counts is not None:
            values[self.status_counts.key] = self.status_counts.value()
        return values

    def apply_filters(self) -> None:
        """Applies the filters' values now (a status button clicked, say)."""
        self._filter_changed()

    # --- construction helpers -------------------------------------------------------

    def _init_sorting(self) -> None:
        header = self.table.horizontalHeader()
        section = self.model.sort_column()
        order = _qt_order(self.spec.default_descending)
        # The indicator is set before sorting is enabled, so enabling it re-sorts by the
        # query's own sort, which the model recognises and ignores (no double load).
        header.setSortIndicator(section, order)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.setSortingEnabled(True)

    def _settings_key(self) -> str:
        return f"lists/{self.objectName()}/header"

    def _restore_header(self) -> None:
        # Column widths and order as the member left them (the sort is not restored:
        # every tab opens on its spec's default sort).
        state = self.context.settings.value(self._settings_key())
        if state:
            try:
                self.table.horizontalHeader().restoreState(state)
            except TypeError:
                log.warning("unreadable header state for %s", self.objectName())

    def _save_header(self) -> None:
        self.context.settings.setValue(
            self._settings_key(), self.table.horizontalHeader().saveState()
        )

    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.spec.columns) and not self.spec.columns[section].sortable:
            # Put the indicator back on the real sort column.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            order = _qt_order(self.model.query.descending)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def _add_filter(self, toolbar: QLayout, spec: FilterSpec) -> None:
        widget = make_filter(self, spec)
        on_filter_change(widget, self._search_debouncer.trigger, self._filter_changed)
        if isinstance(widget, QComboBox) and callable(spec.choices):
            spawn(self._load_choices(widget, spec), parent=self)
        toolbar.addWidget(labelled(self, spec.title, widget))
        self._filter_widgets[spec.key] = widget

    async def _load_choices(self, combo: QComboBox, spec: FilterSpec) -> None:
        if await load_choices(self.context.runner, self.context.actor, combo, spec):
            self._filter_changed()

    def _add_action(self, toolbar: QLayout, action: ActionSpec) -> None:
        if action.overflow:
            if self.more_button is None:
                self.more_button = MoreMenu(self)
                toolbar.addWidget(self.more_button)
            item = self.more_button.add(action, lambda a=action: self._run_action(a))
            self._action_buttons.append((action, item))
            return
        button = QPushButton(action.title, self)
        button.setObjectName(f"action_{action.key}")
        if action.icon:
            pixmap = getattr(QStyle.StandardPixmap, action.icon, None)
            if pixmap is not None:
                button.setIcon(self.style().standardIcon(pixmap))
        if action.tooltip:
            button.setToolTip(action.tooltip)
        if action.shortcut:
            button.setShortcut(QKeySequence(action.shortcut))
        button.clicked.connect(lambda _checked=False, a=action: self._run_action(a))
        toolbar.addWidget(button)
        self._action_buttons.append((action, button))

    # --- slots ------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self._search_debouncer.cancel()
        self._apply_query()

    def _apply_query(self) -> bool:
        return self.model.set_query(self.search_box.text(), self.filter_values())

    def _run_action(self, action: ActionSpec) -> None:
        result = action.run(self, self.selected_rows())
        if inspect.isawaitable(result):
            spawn(_awaited(result), parent=self)

    def _on_double_clicked(self, index: Any) -> None:
        if index.isValid():
            self._open(self.model.row_at(index.row()))

    def _open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open(row)

    def _open(self, row: Row) -> None:
        if self.spec.on_open is None:
            return
        result = self.spec.on_open(self, row)
        if inspect.isawaitable(result):
            spawn(_awaited(result), parent=self)
        self.rowOpened.emit(row)

    def _update_actions(self, *_args: Any) -> None:
        rows = self.selected_rows() if self.table.selectionModel() else []
        for action, button in self._action_buttons:
            upper_ok = action.max_rows is None or len(rows) <= action.max_rows
            wanted = action.enabled is None or action.enabled(rows)
            button.setEnabled(len(rows) >= action.min_rows and upper_ok and wanted)

    def show_total(self, total: int) -> None:
        """« 12 345 commandes » (the count, or the status buttons' total without one)."""
        singular, plural = self.spec.count_noun
        self.count_label.setText(formatting.format_count(total, singular, plural))

    def _on_loaded(self, _rows: int) -> None:
        self.error_label.hide()
        if self.spec.count is None and self.status_counts is None:
            singular, plural = self.spec.count_noun
            more = "+" if self.model.canFetchMore() else ""
            self.count_label.setText(
                formatting.format_count(self.model.rowCount(), singular, plural) + more
            )
        if self.table.currentIndex().isValid() or self.model.rowCount() == 0:
            return
        # A current row from the start lets the keyboard (arrows, Enter) work at once.
        self.table.selectionModel().setCurrentIndex(
            self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _on_loading(self, loading: bool) -> None:
        self.busy_indicator.setVisible(loading)
        if loading and self.model.total_count is None and self.spec.count is not None:
            self.count_label.setText(self.tr("Chargement…"))

    def _on_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if self.model.total_count is None:
            self.count_label.setText("")

    # --- refreshing in place ----------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        for spec in self.spec.filters:
            widget = self._filter_widgets.get(spec.key)
            refill = callable(spec.choices) and changes.touches(*spec.tables)
            if refill and isinstance(widget, QComboBox):
                spawn(self._load_choices(widget, spec), parent=self)
        if changes.touches(*self.spec.tables):
            self._refreshing += 1  # now, not when the task starts: reveal() waits for it
            spawn(self._refresh_announced(), parent=self)

    async def _refresh_announced(self) -> None:
        try:
            await self.refresh_in_place()
        finally:
            self._refreshing -= 1

    def _on_replaced(self) -> None:
        if self._keep is not None:
            self._keep.restore(self.table, self.model)

    def _reveal_loaded(self, *_args: Any, final: bool = False) -> None:
        wanted = self._reveal
        if wanted is None or (self._refreshing and not final):
            return  # during a refresh in place: after its restore, not before
        for r, row in enumerate(self.model.rows()):
            if row.get("id") == wanted:
                self._reveal = None
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                return
        waiting = self._refreshing or (self.watcher is not None and self.watcher.pending)
        if final and not waiting:
            self._reveal = None  # not among the rows loaded: nothing to select


def _qt_order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


async def _awaited(awaitable: Any) -> Any:
    return await awaitable
