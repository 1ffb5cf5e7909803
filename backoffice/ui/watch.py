"""Screens that refresh themselves when the rows they show change (Anki's
``operation_did_execute`` hook, without a global hook list).

:class:`~backoffice.ui.tasks.DbRunner` emits ``changed(Changes)`` after each commit that
wrote something. A screen does not listen to it directly: it creates a
:class:`ChangeWatcher` naming the tables it shows, and a callback::

    ChangeWatcher(context.runner, self, ("produits", "categories"), self._changed)

The watcher

* keeps only the tables asked for (``Changes`` restricted to them) and calls nothing when
  none of them changed;
* coalesces: every change announced during one turn of the event loop (a delete loop, a
  bulk action then its audit) reaches the callback once, merged;
* defers while the widget is hidden (another tab, a minimised window): the changes are kept
  and delivered, merged, when it is shown again, so a hidden list costs nothing;
* lives as the widget's child: it disconnects itself when the widget is destroyed.

No screen reloads another by hand: each one watches what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from backoffice.services.changes import NO_CHANGES, Changes
from backoffice.ui.errors import user_message
from backoffice.ui.tasks import DbRunner, spawn

if TYPE_CHECKING:
    from backoffice.ui.forms.screen import FormScreen


class ChangeWatcher(QObject):
    """Calls ``callback(changes)`` when any of ``tables`` changed (see the module docstring).

    ``tables`` may be a callable returning them (a screen whose tables depend on what it
    shows). ``pending`` holds what is waiting for the widget to be shown.
    """

    def __init__(
        self,
        runner: DbRunner,
        widget: QWidget,
        tables: Iterable[str] | Callable[[], Iterable[str]],
        callback: Callable[[Changes], Any],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._tables = tables
        self._callback = callback
        self.pending: Changes = NO_CHANGES
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._deliver)
        widget.installEventFilter(self)
        runner.changed.connect(self._on_changed)

    def tables(self) -> frozenset[str]:
        tables = self._tables() if callable(self._tables) else self._tables
        return frozenset(tables)

    def _on_changed(self, changes: Changes) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self._widget):
            return
        wanted = self.tables()
        mine = Changes({t: ids for t, ids in changes.tables.items() if t in wanted})
        if not mine:
            return
        self.pending = self.pending.merge(mine)
        if self._widget.isVisible():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Show and self.pending:
            self._timer.start()
        return False

    def _deliver(self) -> None:
        if not self.pending or not self._widget.isVisible():
            return  # hidden again: delivered at the next show
        changes, self.pending = self.pending, NO_CHANGES
        self._callback(changes)


def follow_record(form: FormScreen, table: str, elsewhere: str) -> ChangeWatcher:
    """A detail form follows its row: when an operation changes it (another window, a bulk
    action), an untouched form reloads it; a form with input shows ``elsewhere``
    (« modifié ailleurs… ») and keeps every value typed (saving then goes through the
    compare-and-set, which offers the conflict dialog). Changes arriving while the form
    saves are its own."""

    def changed(changes: Changes) -> None:
        if form.record_id is None or form.busy:
            return
        if not changes.touches_row(table, form.record_id):
            return
        if form.dirty:
            form.show_general(elsewhere)
            return
        spawn(form.load(), on_error=lambda exc: form.show_general(user_message(exc)))

    return ChangeWatcher(form.context.runner, form, (table,), changed)


__all__ = ["ChangeWatcher", "follow_record"]
