"""The dialogs of the workflow: « Expédier… » (carrier, tracking number) and « Annuler… »
(reason from the shop's list, comment; the stock goes back)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels, labels_orders
from backoffice.services.orders import validate_cancellation
from backoffice.ui.dialogs import button_box
from backoffice.ui.errors import translated
from backoffice.ui.palette import set_tone


class ShipDialog(QDialog):
    """The carrier (required; the usual ones offered, any text accepted) and an optional
    tracking number. ``values()`` → (carrier, tracking or None)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("shipDialog")
        self.setWindowTitle(self.tr("Expédier la commande"))
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("shipCarrier")
        self.carrier.setEditable(True)
        self.carrier.addItems(list(labels_orders.CARRIERS))
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("shipTracking")
        self.tracking.setPlaceholderText(self.tr("Facultatif"))
        self.tracking.setMaxLength(100)
        self.error = QLabel(self)
        self.error.setObjectName("shipError")
        set_tone(self.error, "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Transporteur :"), self.carrier)
        form.addRow(self.tr("Numéro de suivi :"), self.tracking)
        box, ok, cancel = button_box(
            self, self.tr("Expédier"), ok_name="shipOk", cancel_name="shipCancel"
        )
        ok.setDefault(True)
        ok.clicked.connect(self._accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(420, self.sizeHint().height())

    def _accept(self) -> None:
        if not self.carrier.currentText().strip():
            self.error.setText(self.tr("Indiquez le transporteur."))
            self.error.show()
            return
        self.accept()

    def values(self) -> tuple[str, str | None]:
        return self.carrier.currentText().strip(), self.tracking.text().strip() or None


class CancelDialog(QDialog):
    """The reason (``motif_annulation``, from the shop's list) and an optional comment,
    with what cancelling does. ``values()`` → (reason, comment or None)."""

    def __init__(self, parent: QWidget | None, references: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        if len(references) == 1:
            self.setWindowTitle(self.tr("Annuler la commande {ref}").format(ref=references[0]))
        else:
            self.setWindowTitle(self.tr("Annuler {n} commandes").format(n=len(references)))
        explanation = QLabel(
            self.tr(
                "Les articles de la commande seront remis en stock. Une commande déjà "
                "facturée ne s'annule que par un avoir. Un paiement déjà reçu se rembourse "
                "chez le prestataire de paiement : l'annulation ne le rembourse pas."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QComboBox(self)
        self.reason.setObjectName("cancelReason")
        self.reason.addItem(self.tr("Choisissez un motif…"), None)
        for reason in labels_orders.CANCEL_REASONS:
            # Stored in French (the website shows it), shown translated.
            self.reason.addItem(QCoreApplication.translate(labels.CONTEXT, reason), str(reason))
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("cancelComment")
        self.comment.setPlaceholderText(self.tr("Facultatif"))
        self.comment.setFixedHeight(80)
        self.error = QLabel(self)
        self.error.setObjectName("cancelError")
        set_tone(self.error, "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Motif :"), self.reason)
        form.addRow(self.tr("Commentaire :"), self.comment)
        box, ok, cancel = button_box(
            self,
            self.tr("Annuler la commande"),
            self.tr("Ne pas annuler"),
            ok_name="cancelOk",
            cancel_name="cancelBack",
        )
        ok.clicked.connect(self._accept)
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(480, self.sizeHint().height())

    def _accept(self) -> None:
        errors = validate_cancellation(self.reason.currentData())
        if errors:
            self.error.setText(translated(errors["motif_annulation"]))
            self.error.show()
            return
        self.accept()

    def values(self) -> tuple[str, str | None]:
        return str(self.reason.currentData()), self.comment.toPlainText().strip() or None


__all__ = ["CancelDialog", "ShipDialog"]
