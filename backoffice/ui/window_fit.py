"""A window never smaller than its word-wrapped text needs, at whatever width it has.

Qt's minimum size for a top-level window ignores height-for-width: a dialog with wrapped
notices (the connection dialog's keyring and TLS explanations, an error under a field) can
be shrunk, or opened on a small screen, until those lines are cut at the top or bottom.
:func:`keep_fitted` watches the window's resizes and sets its minimum height to what its
layout needs for the current width (more lines when narrower, fewer when wider), growing
the window if it is below. ``tests/test_desktop_conventions.py`` shrinks the connection
dialog to small sizes and checks that every notice is still whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _HeightForWidth(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ):
            self.schedule()
        return False

    def schedule(self) -> None:
        # After the layout has settled; never from inside a resize (no recursion).
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        layout = self.window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.window.width())
        if needed <= 0:
            return
        if self.window.minimumHeight() != needed:
            self.window.setMinimumHeight(needed)
        if self.window.height() < needed:
            self.window.resize(self.window.width(), needed)


def keep_fitted(window: QWidget) -> None:
    """From now on, ``window``'s minimum height follows its text's height at its width."""
    guard = window.findChild(_HeightForWidth)
    if guard is None:  # once per window, however often it is shown
        guard = _HeightForWidth(window)
        window.installEventFilter(guard)
    guard.schedule()
