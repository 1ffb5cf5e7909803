"""The reason of a refusal, asked before a quote request is rejected."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from backoffice.ui.dialogs import button_box


class RejectDialog(QDialog):
    """Asks the reason of a refusal (required: it goes to the customer in ``notes_admin``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Rejeter la demande"))
        self.reason: str | None = None
        intro = QLabel(
            self.tr("Motif du refus (le client le lira, il est ajouté à la réponse) :"), self
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("reasonEdit")
        box, self.ok, cancel = button_box(self, self.tr("Rejeter"), ok_name="rejectOk")
        self.ok.setEnabled(False)
        self.edit.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.edit.toPlainText().strip()))
        )
        self.ok.clicked.connect(self._accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(box)
        self.resize(460, 260)

    def _accept(self) -> None:
        self.reason = self.edit.toPlainText().strip()
        self.accept()
