"""The row changed underneath: the user's values beside the current ones.

Reads only the error's data: ``current`` (the row as it is now) and ``differences`` (the
fields where it differs from what the user tried to save), whatever the service — a
product, a category, the tabs to come.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.errors import ConflictError
from backoffice.ui.dialogs import button_box
from backoffice.ui.errors import user_message
from backoffice.ui.forms.values import get_value
from backoffice.ui.palette import color

if TYPE_CHECKING:
    from backoffice.ui.forms.screen import FormScreen


def _one_line(text: str) -> str:
    return text.replace("\n", " ; ")


class ConflictDialog(QDialog):
    """« Champ / Vos valeurs / Valeurs actuelles » for each field of ``error.differences``
    that the form shows; a field the user did not touch is marked « (non modifié) » (its
    current value will be kept).

    ``choice`` is ``KEEP_MINE`` (« Garder mes valeurs »), ``TAKE_THEIRS`` (« Prendre les
    valeurs actuelles ») or ``None`` (closed: stay in the form, nothing saved).
    Object names: ``conflictDialog``, ``conflictTable``, ``keepMine``, ``takeTheirs``,
    ``conflictCancel``; ``rows`` holds the table's texts.
    """

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"

    def __init__(
        self, form: FormScreen, error: ConflictError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Modifié par quelqu'un d'autre"))
        self.choice: str | None = None
        intro = QLabel(user_message(error), self)
        intro.setWordWrap(True)
        intro.setObjectName("conflictMessage")

        current = error.current
        untouched = set(form.untouched_fields())
        differing = set(error.differences)
        rows: list[tuple[str, str, str, bool]] = []
        for row in form.rows():
            if row.key not in differing:
                continue
            spec, kind = row.spec, row.kind
            theirs = get_value(current, row.key)
            if kind.same(row.typed_value(), theirs):
                continue  # different to the service, the same as a user reads it
            theirs_text = kind.display(spec, theirs, row.label_in(current))
            mine_text = kind.describe(spec, row.editor)
            rows.append(
                (spec.label, _one_line(mine_text), _one_line(theirs_text), row.key in untouched)
            )

        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Vos valeurs"), self.tr("Valeurs actuelles")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        kept_note = self.tr("Vous n'avez pas modifié ce champ : la valeur actuelle sera gardée.")
        for r, (label, my_text, their_text, kept) in enumerate(rows):
            shown_mine = my_text if my_text != "" else "—"
            if kept:
                shown_mine = self.tr("{v} (non modifié)").format(v=shown_mine)
            for c, text in enumerate((label, shown_mine, their_text if their_text else "—")):
                self.table.setItem(r, c, self._item(text, bold=c == 0, kept=c == 1 and kept))
                if c == 1 and kept:
                    self.table.item(r, c).setToolTip(kept_note)
        self.rows = [(label, mine, theirs) for label, mine, theirs, _kept in rows]
        if not rows:
            self.table.hide()

        buttons, keep, cancel = button_box(
            self,
            self.tr("Garder mes valeurs"),
            ok_name="keepMine",
            cancel_name="conflictCancel",
        )
        keep.setToolTip(self.tr("Enregistrer vos valeurs par-dessus la version actuelle"))
        take = buttons.addButton(
            self.tr("Prendre les valeurs actuelles"), QDialogButtonBox.ButtonRole.ResetRole
        )
        take.setObjectName("takeTheirs")
        take.setToolTip(self.tr("Recharger le formulaire avec la version actuelle"))
        cancel.setToolTip(self.tr("Revenir au formulaire sans rien enregistrer"))
        keep.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        take.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 200 + 34 * min(len(rows), 10))

    def _item(self, text: str, *, bold: bool, kept: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        font = item.font()
        font.setBold(bold)
        if kept:
            font.setItalic(True)
            item.setForeground(QColor(color("muted")))
        else:
            item.setToolTip(text)
        item.setFont(font)
        return item

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


__all__ = ["ConflictDialog"]
