"""The list screen's table: Return or Enter opens the current row.

The key is handled on the table itself: a ``QShortcut`` with ``WidgetShortcut`` context
acts window-wide in PySide6 6.11, so Return in the search box opened the row that was
current before the search.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RowTable(QTableView):
    """A ``QTableView`` whose Return/Enter emits ``openRequested`` (never ``activated``:
    a platform that activates on click would open rows twice with the double-click)."""

    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in OPEN_KEYS and plain == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


__all__ = ["RowTable"]
