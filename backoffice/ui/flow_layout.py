"""A layout that places widgets left to right and wraps them onto new lines, like words.

Used for toolbars with many actions: on a narrow window the buttons wrap instead of being
squeezed until their French labels are cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        # As wide as the widest item: everything else may wrap.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self.spacing()
        # Break the visible items into lines first, so that each line's spare width can go
        # to its horizontally expanding items (a search box grows, buttons keep their size).
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
            if lines[-1] and used + spacing + hint.width() > area.width():
                lines.append([])
                used = 0
            used += (spacing if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        y = area.y()
        for line in lines:
            if not line:
                continue
            widths = [hint.width() for _, hint in line]
            spare = area.width() - sum(widths) - spacing * (len(line) - 1)
            growing = [i for i, (item, _) in enumerate(line) if _expands(item)]
            for n, i in enumerate(growing):
                widths[i] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
            height = max(hint.height() for _, hint in line)
            x = area.x()
            for (item, hint), width in zip(line, widths, strict=True):
                if apply:
                    # Centred on the line, so a label sits level with its combo box.
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += width + spacing
            y += height + spacing
        return max(0, y - spacing - rect.y()) + margins.bottom()


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    return widget.sizePolicy().horizontalPolicy() in _EXPANDING


_EXPANDING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def flow_container(parent: QWidget, spacing: int = 6) -> tuple[QWidget, FlowLayout]:
    """A widget holding a FlowLayout, sized so that its height follows the wrapping."""
    container = QWidget(parent)
    layout = FlowLayout(container, spacing)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    container.setSizePolicy(policy)
    return container, layout
