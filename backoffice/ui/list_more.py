"""The « ⋯ » button of a list screen: the actions not needed every minute (import, export,
preferences: ``ActionSpec.overflow``) as a menu instead of buttons taking a toolbar row.

Each becomes a ``QAction`` named ``action_<key>`` (found by ``findChild(QAction, …)``),
enabled like the buttons by the selection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from backoffice.ui.specs import ActionSpec


class MoreMenu(QToolButton):
    """A ``QToolButton`` « ⋯ » (accessible name « Autres actions ») with its ``QMenu``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("moreButton")
        self.setText("⋯")
        self.setAccessibleName(self.tr("Autres actions"))
        self.setToolTip(self.tr("Autres actions"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("moreMenu")
        self.setMenu(self.menu_)

    def add(self, spec: ActionSpec, run: Callable[[], None]) -> QAction:
        action = self.menu_.addAction(spec.title)
        action.setObjectName(f"action_{spec.key}")
        if spec.tooltip:
            action.setToolTip(spec.tooltip)
            action.setStatusTip(spec.tooltip)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _checked=False: run())
        return action


__all__ = ["MoreMenu"]
