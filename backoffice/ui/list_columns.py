"""Column widths of a list screen: sized by their content, remembered when the user drags.

Once the first rows arrive each column's natural width is measured (its header and the
loaded rows; text columns capped at ``ColumnSpec.width`` or :data:`TEXT_MAX`), then the
table's width is shared out: spare width goes to the text columns, a shortage is taken
from them (down to :data:`TEXT_MIN`; never from a ``fixed`` one), the last section
stretches so no empty band is left.
A width the user drags is kept per list (``lists/<objectName>/columnWidths``, a JSON map
of column key to pixels) and wins over the automatic sizing; the header's context menu
« Largeurs automatiques » forgets them. The header's order is kept as before
(``lists/<objectName>/header``).
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from backoffice.ui.specs import ColumnSpec

log = logging.getLogger(__name__)

TEXT_KINDS = ("text", "enum")
TEXT_MAX = 280  # a long name gets a sensible share, not the whole table
TEXT_MIN = 90
PADDING = 16


def default_width(kind: str) -> int:
    """The width of a column before its rows arrive."""
    return {
        "money": 110,
        "int": 90,
        "date": 100,
        "datetime": 130,
        "bool": 60,
        "enum": 120,
        "image": 80,
    }.get(kind, 160)


class ColumnSizer(QObject):
    """Sizes ``table``'s columns for ``columns``; see the module docstring.

    ``fit()`` shares the width out again, ``reset()`` forgets the user's widths,
    ``user_widths`` maps column keys to the widths the user set.
    """

    def __init__(
        self, table: QTableView, columns: tuple[ColumnSpec, ...], settings: object, name: str
    ) -> None:
        super().__init__(table)
        self.table = table
        self.columns = columns
        self.settings = settings
        self.name = name
        self._natural: list[int] = [c.width or default_width(c.kind) for c in columns]
        self._applying = False
        self._measured = False
        self.user_widths: dict[str, int] = self._load()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._context_menu)
        header.sectionResized.connect(self._on_resized)
        table.viewport().installEventFilter(self)
        self.fit()

    @property
    def key(self) -> str:
        return f"lists/{self.name}/columnWidths"

    def _load(self) -> dict[str, int]:
        raw = self.settings.value(self.key)  # type: ignore[attr-defined]
        if not raw:
            return {}
        try:
            data = json.loads(str(raw))
            keys = {c.key for c in self.columns}
            return {str(k): int(v) for k, v in data.items() if k in keys and int(v) > 0}
        except (ValueError, TypeError, AttributeError):
            log.warning("unreadable column widths for %s", self.name)
            return {}

    def _save(self) -> None:
        if self.user_widths:
            self.settings.setValue(self.key, json.dumps(self.user_widths))  # type: ignore[attr-defined]
        else:
            self.settings.remove(self.key)  # type: ignore[attr-defined]

    def measure_once(self, _rows: int = 0) -> None:
        """``measure()`` the first time rows arrive (not on every page: no jumping)."""
        if not self._measured and self.table.model().rowCount() > 0:
            self._measured = True
            self.measure()

    def measure(self) -> None:
        """Natural widths from the header and the rows loaded, then ``fit()``."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.columns):
            title = header.sectionSizeFromContents(i).width() + PADDING
            if column.kind == "image":
                self._natural[i] = max(title, column.width or default_width("image"))
                continue
            content = self.table.sizeHintForColumn(i) + PADDING // 2
            natural = max(title, content)
            if column.kind in TEXT_KINDS:
                natural = min(natural, max(title, column.width or TEXT_MAX))
            self._natural[i] = natural
        self.fit()

    def _last_visual(self) -> int:
        header = self.table.horizontalHeader()
        return header.logicalIndex(header.count() - 1) if header.count() else -1

    def fit(self) -> None:
        """Shares the viewport's width out (see the module docstring)."""
        n = len(self.columns)
        if n == 0:
            return
        widths = [self.user_widths.get(c.key, self._natural[i]) for i, c in enumerate(self.columns)]
        free = [
            i
            for i, c in enumerate(self.columns)
            if c.kind in TEXT_KINDS and c.key not in self.user_widths and not c.fixed
        ]
        available = self.table.viewport().width()
        spare = available - sum(widths)
        if free and spare > 0:
            total = sum(widths[i] for i in free)
            for i in free:
                widths[i] += spare * widths[i] // total
        elif free and spare < 0:
            room = sum(max(0, widths[i] - TEXT_MIN) for i in free)
            take = min(-spare, room)
            for i in free:
                share = max(0, widths[i] - TEXT_MIN)
                widths[i] -= -(-take * share // room) if room else 0
        last = self._last_visual()
        header = self.table.horizontalHeader()
        self._applying = True
        try:
            for i, width in enumerate(widths):
                if i != last:
                    header.resizeSection(i, width)
            if last >= 0:
                # Stretched: gets what is left, at least its own width.
                header.resizeSection(
                    last, max(widths[last], available - sum(widths) + widths[last])
                )
        finally:
            self._applying = False

    def reset(self) -> None:
        """Back to automatic widths."""
        self.user_widths.clear()
        self._save()
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_resized(self, logical: int, _old: int, new: int) -> None:
        if self._applying or logical == self._last_visual() or logical >= len(self.columns):
            return  # ours, or the stretched last section following the window
        self.user_widths[self.columns[logical].key] = new
        self._save()

    def _context_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(header)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(QCoreApplication.translate("ListColumns", "Largeurs automatiques"))
        action.setObjectName("autoWidths")
        action.setEnabled(bool(self.user_widths))
        action.triggered.connect(self.reset)
        menu.popup(header.mapToGlobal(pos))


__all__ = ["ColumnSizer", "default_width"]
