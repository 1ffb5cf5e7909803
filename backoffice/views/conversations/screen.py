"""The Conversations tab: the inbox, and the thread in its place when one opens.

Keyboard first: ↑/↓ move in the inbox, Entrée opens the thread, Échap comes back to the
inbox (which has followed every change meanwhile), Ctrl+Entrée sends, Ctrl+M assigns to
oneself, Ctrl+Maj+S changes the status. The tab's title carries the number of unread
customer messages; the live arrival (``live.py``) keeps inbox, counts and badge current.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from backoffice.services.changes import Changes
from backoffice.services.conversations import waiting_count
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.specs import Row
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.conversations.canned_dialog import CannedRepliesDialog
from backoffice.views.conversations.prefs import PreferencesDialog
from backoffice.views.conversations.specs import INBOX_TABLES, inbox_spec
from backoffice.views.conversations.thread import ThreadView


class ConversationsScreen(QWidget):
    """``unreadChanged(int)``: the badge's number (the main window's tab title follows it
    through ``windowTitle``)."""

    unreadChanged = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationsScreen")
        self.context = context
        self.unread = 0
        self.thread: ThreadView | None = None
        self.stack = QStackedWidget(self)
        self.inbox = ListScreen(context, inbox_spec(self._open_row), self.stack)
        self.stack.addWidget(self.inbox)
        prefs = QPushButton(self.tr("Préférences…"), self.inbox)
        prefs.setObjectName("conversationPrefs")
        prefs.clicked.connect(self._preferences)
        self.inbox.add_toolbar_widget(prefs)
        canned = QPushButton(self.tr("Réponses types…"), self.inbox)
        canned.setObjectName("manageCanned")
        canned.clicked.connect(self._canned_replies)
        self.inbox.add_toolbar_widget(canned)
        bar = self.inbox.status_counts
        if bar is not None:
            bar.countsChanged.connect(self._show_total)
            for value in (*[v for v, _t in bar.spec.statuses], None):
                bar.button(value).clicked.connect(lambda _c=False, v=value: self._view_chosen(v))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ChangeWatcher(context.runner, self, INBOX_TABLES, lambda _c: self.refresh_badge())
        self.refresh_badge()

    # --- the views' bar ---------------------------------------------------------------------

    def _show_total(self, counts: dict[Any, int]) -> None:
        # « Toutes » is every conversation, not the sum of overlapping views: the four
        # statuses partition them.
        bar = self.inbox.status_counts
        assert bar is not None
        total = sum(counts.get(s, 0) for s in ("ouvert", "en_attente", "resolu", "ferme"))
        button = bar.button(None)
        button.setText(f"{button.property('statusTitle')}  {formatting.format_int(total)}")
        # A checked button's text is bold: leave it the room, or « À traiter 12 » is cut.
        for value in (*[v for v, _t in bar.spec.statuses], None):
            each = bar.button(value)
            bold = each.font()
            bold.setBold(True)
            width = QFontMetrics(bold).horizontalAdvance(each.text()) + 28
            each.setMinimumWidth(max(each.minimumWidth(), width))

    def _view_chosen(self, view: Any) -> None:
        # « À traiter »: the conversation waiting longest first; the others: newest first.
        order = Qt.SortOrder.AscendingOrder if view == "a_traiter" else Qt.SortOrder.DescendingOrder
        column = self.inbox.spec.column_index("activite")
        self.inbox.table.horizontalHeader().setSortIndicator(column, order)

    def set_view(self, view: str | None) -> None:
        bar = self.inbox.status_counts
        if bar is not None:
            bar.set_value(view)
            self._view_chosen(view)

    # --- the thread -----------------------------------------------------------------------------

    async def _open_row(self, _screen: ListScreen, row: Row) -> ThreadView:
        return await self.open_thread(int(row["id"]))

    async def open_thread(self, conversation_id: int) -> ThreadView:
        if self.thread is not None:
            self.stack.removeWidget(self.thread)
            self.thread.deleteLater()
        view = ThreadView(self.context, conversation_id, self.stack)
        view.backRequested.connect(self.back_to_inbox)
        self.thread = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        await view.load()
        view.reply_box.editor.setFocus()
        return view

    def back_to_inbox(self) -> None:
        if self.thread is not None:
            self.thread.reply_box.flush_draft()
            self.stack.setCurrentWidget(self.inbox)
            self.stack.removeWidget(self.thread)
            self.thread.deleteLater()
            self.thread = None
        self.inbox.table.setFocus()

    # --- badge ----------------------------------------------------------------------------

    def refresh_badge(self) -> None:
        spawn(self._load_badge(), parent=self)

    async def _load_badge(self) -> None:
        n = await self.context.runner.run(waiting_count, self.context.actor)
        if n != self.unread:
            self.unread = n
            self.unreadChanged.emit(n)
        title = self.tr("Conversations ({n})").format(n=n) if n else self.tr("Conversations")
        self.setWindowTitle(title)

    def _canned_replies(self) -> None:
        dialog = CannedRepliesDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _preferences(self) -> None:
        dialog = PreferencesDialog(self.context.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def changed(self, changes: Changes) -> None:  # for tests and the live arrival
        if changes.touches(*INBOX_TABLES):
            self.refresh_badge()


__all__ = ["ConversationsScreen"]
