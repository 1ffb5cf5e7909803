"""The composite editors of the form kinds: a list of strings, a key/value table, an
image address with its preview (loaded in the background)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.ui.tasks import Debouncer, LatestOnly, Superseded, spawn

if TYPE_CHECKING:
    from backoffice.ui.image_loader import ImageLoader

PREVIEW_DEBOUNCE_MS = 400


def _small_button(text: str, tooltip: str, parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tooltip)
    button.setObjectName(name)
    button.setAutoRaise(False)
    return button


class StringListEditor(QWidget):
    """An editable list of strings: add, remove, move up/down; double-click edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("stringList")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(130)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        add = _small_button("+", self.tr("Ajouter une ligne"), self, "listAdd")
        remove = _small_button("−", self.tr("Supprimer la ligne sélectionnée"), self, "listRemove")
        up = _small_button("▲", self.tr("Monter"), self, "listUp")
        down = _small_button("▼", self.tr("Descendre"), self, "listDown")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(+1))
        self._buttons = (add, remove, up, down)
        self._edit_triggers = self.list.editTriggers()
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in self._buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        """Consultation: the lines stay readable and selectable, nothing edits them."""
        no_edit = QAbstractItemView.EditTrigger.NoEditTriggers
        self.list.setEditTriggers(no_edit if read_only else self._edit_triggers)
        for button in self._buttons:
            button.setVisible(not read_only)

    def values(self) -> list[str]:
        items = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [text for text in items if text]

    def set_values(self, values: Sequence[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            self._append(str(value))
        self.list.blockSignals(False)
        self.changed.emit()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _add(self) -> None:
        item = self._append("")
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()


class KeyValueEditor(QWidget):
    """An editable two-column table (Clé / Valeur) with add/remove buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("keyValueTable")
        self.table.setHorizontalHeaderLabels([self.tr("Clé"), self.tr("Valeur")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(130)
        self.table.setMaximumHeight(190)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        add = _small_button("+", self.tr("Ajouter une caractéristique"), self, "kvAdd")
        remove = _small_button("−", self.tr("Supprimer la ligne sélectionnée"), self, "kvRemove")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        self._buttons = (add, remove)
        self._edit_triggers = self.table.editTriggers()
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        """Consultation: the pairs stay readable and selectable, nothing edits them."""
        no_edit = QAbstractItemView.EditTrigger.NoEditTriggers
        self.table.setEditTriggers(no_edit if read_only else self._edit_triggers)
        for button in self._buttons:
            button.setVisible(not read_only)

    def rows(self) -> list[tuple[str, str]]:
        """Every row as typed (blank rows dropped), duplicates included."""
        result = []
        for r in range(self.table.rowCount()):
            key = self.table.item(r, 0)
            value = self.table.item(r, 1)
            k = key.text().strip() if key else ""
            v = value.text().strip() if value else ""
            if k or v:
                result.append((k, v))
        return result

    def values(self) -> dict[str, str]:
        return {k: v for k, v in self.rows() if k}

    def set_values(self, values: Mapping[str, str]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for key, value in dict(values).items():
            self._append(str(key), str(value))
        self.table.blockSignals(False)
        self.changed.emit()

    def _append(self, key: str, value: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _add(self) -> None:
        row = self._append("", "")
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


class ImageUrlEditor(QWidget):
    """A line edit for an image address and its preview, loaded in the background."""

    changed = Signal()
    PREVIEW = 150

    def __init__(self, loader: ImageLoader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.edit = QLineEdit(self)
        self.edit.setObjectName("imageUrlEdit")
        self.edit.setPlaceholderText(
            self.tr("https://… ou chemin relatif (ex. produits/photo.jpg)")
        )
        self.edit.setClearButtonEnabled(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("imagePreview")
        self.preview.setFixedSize(self.PREVIEW, self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self._debouncer = Debouncer(PREVIEW_DEBOUNCE_MS, self._load_preview, self)
        self._latest = LatestOnly()
        self.edit.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_placeholder(self.tr("Aucune image"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)
        self.edit.setCursorPosition(0)  # show the start of a long address
        self._debouncer.flush()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self.edit.setReadOnly(read_only)
        # « https://… ou chemin relatif » tells what to type: nothing to type here.
        self.edit.setPlaceholderText(
            "" if read_only else self.tr("https://… ou chemin relatif (ex. produits/photo.jpg)")
        )

    def _text_changed(self, _text: str) -> None:
        self.changed.emit()
        self._debouncer.trigger()

    def _set_empty(self, empty: bool) -> None:
        """The style sheet greys the preview's text while it shows no image."""
        if self.preview.property("empty") == empty:
            return
        self.preview.setProperty("empty", empty)
        self.preview.style().unpolish(self.preview)
        self.preview.style().polish(self.preview)

    def _show_placeholder(self, text: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self._set_empty(True)

    def _load_preview(self) -> None:
        url = self.edit.text().strip()
        if not url:
            self._latest.invalidate()
            self._show_placeholder(self.tr("Aucune image"))
            return
        if self.loader is None:
            self._show_placeholder(self.tr("Aperçu indisponible"))
            return
        self.preview.setText(self.tr("Chargement…"))
        spawn(self._fetch(url), on_error=lambda _e: None)

    async def _fetch(self, url: str) -> None:
        assert self.loader is not None
        try:
            pixmap, ok = await self._latest.run(self.loader.load(url, self.PREVIEW - 4))
        except Superseded:
            return
        if not shiboken6.isValid(self):
            return
        if ok:
            self.preview.setText("")
            self._set_empty(False)
            self.preview.setPixmap(pixmap)
        else:
            self._show_placeholder(self.tr("Image introuvable"))


__all__ = ["ImageUrlEditor", "KeyValueEditor", "StringListEditor"]
