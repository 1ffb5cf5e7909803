"""What a list keeps across a refresh in place: the selected ids, the current row and column,
the scroll position (``ListScreen.refresh_in_place``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from backoffice.ui.table_model import LazyTableModel


@dataclass(frozen=True)
class ViewState:
    rows: int  # rows held before the refresh: as many are reloaded
    selected: list[Any]  # ids
    current: Any  # id of the current row
    column: int
    vertical: int
    horizontal: int

    @classmethod
    def of(cls, table: QTableView, model: LazyTableModel) -> ViewState:
        rows = model.rowCount()
        selected = [
            model.row_at(i.row()).get("id")
            for i in table.selectionModel().selectedRows()
            if i.row() < rows
        ]
        current = table.currentIndex()
        return cls(
            rows=rows,
            selected=[i for i in selected if i is not None],
            current=model.row_at(current.row()).get("id") if current.isValid() else None,
            column=max(current.column(), 0),
            vertical=table.verticalScrollBar().value(),
            horizontal=table.horizontalScrollBar().value(),
        )

    def restore(self, table: QTableView, model: LazyTableModel) -> None:
        """Reselects the same ids (those still there), puts the scroll back."""
        positions = {
            row.get("id"): r for r, row in enumerate(model.rows()) if row.get("id") is not None
        }
        selection = QItemSelection()
        last = model.columnCount() - 1
        for row_id in self.selected:
            r = positions.get(row_id)
            if r is not None:
                selection.select(model.index(r, 0), model.index(r, last))
        flags = QItemSelectionModel.SelectionFlag
        selection_model = table.selectionModel()
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        if self.current in positions:
            index = model.index(positions[self.current], self.column)
            selection_model.setCurrentIndex(index, flags.NoUpdate)
        table.doItemsLayout()  # the scroll ranges of the new rows, now rather than later
        table.verticalScrollBar().setValue(self.vertical)
        table.horizontalScrollBar().setValue(self.horizontal)
