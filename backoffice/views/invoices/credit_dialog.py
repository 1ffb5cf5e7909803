"""« Avoir partiel… »: credit chosen lines and quantities of an invoice (a returned item),
or an amount, with a reason; never more than what remains (the service checks again, under
the credit notes' lock, so two clerks crediting at once cannot over-credit)."""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.money import MoneyError, format_money, parse_money
from backoffice.services.errors import ServiceError, ValidationError
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.reading import CreditRemaining
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import button_box
from backoffice.ui.errors import field_messages, user_message
from backoffice.ui.palette import set_tone
from backoffice.ui.tasks import spawn

QUANTITY_COLUMN = 3


class PartialCreditDialog(QDialog):
    """The lines with what was invoiced, what was credited and a quantity to credit, or an
    amount; the reason. ``credit_note_id`` once issued. Object names: ``creditLines``,
    ``creditByLines``, ``creditByAmount``, ``creditAmount``, ``creditReason``,
    ``creditIssue``, ``creditError``."""

    def __init__(
        self, context: AppContext, remaining: CreditRemaining, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.remaining = remaining
        self.credit_note_id: int | None = None
        self.setObjectName("partialCreditDialog")
        self.setWindowTitle(
            self.tr("Avoir partiel — facture {numero}").format(numero=remaining.numero_facture)
        )
        intro = QLabel(
            self.tr(
                "Facture {numero} : {total} TTC, déjà crédité {credited}, reste {left}."
            ).format(
                numero=remaining.numero_facture,
                total=format_money(remaining.total_ttc),
                credited=format_money(remaining.credite_ttc),
                left=format_money(remaining.restant_ttc),
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.by_lines = QRadioButton(self.tr("Créditer des lignes (article retourné)"), self)
        self.by_lines.setObjectName("creditByLines")
        self.by_amount = QRadioButton(self.tr("Créditer un montant TTC"), self)
        self.by_amount.setObjectName("creditByAmount")
        group = QButtonGroup(self)
        group.addButton(self.by_lines)
        group.addButton(self.by_amount)
        self.by_lines.setChecked(True)

        self.table = QTableWidget(len(remaining.lignes), 4, self)
        self.table.setObjectName("creditLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Désignation"),
                self.tr("Facturé"),
                self.tr("Déjà crédité"),
                self.tr("À créditer"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[int, QSpinBox] = {}
        for row, line in enumerate(remaining.lignes):
            # Designations come from the shop's catalogue: shown as plain cell text.
            self.table.setItem(row, 0, QTableWidgetItem(line.designation))
            for column, value in ((1, line.quantite_facturee), (2, line.quantite_creditee)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            spin = QSpinBox(self.table)
            spin.setObjectName(f"creditQuantity_{line.numero}")
            spin.setRange(0, max(line.quantite_restante, 0))
            spin.setEnabled(line.quantite_restante > 0)
            spin.valueChanged.connect(lambda _v: self.by_lines.setChecked(True))
            self.table.setCellWidget(row, QUANTITY_COLUMN, spin)
            self.spins[line.numero] = spin

        self.amount = QLineEdit(self)
        self.amount.setObjectName("creditAmount")
        self.amount.setPlaceholderText(self.tr("ex. 12,50"))
        self.amount.textEdited.connect(lambda _t: self.by_amount.setChecked(True))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("creditReason")
        self.reason.setMaxLength(255)
        self.reason.setPlaceholderText(self.tr("ex. article retourné, geste commercial…"))
        self.error = QLabel(self)
        self.error.setObjectName("creditError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, "error")

        form = QFormLayout()
        form.addRow(self.by_amount, self.amount)
        form.addRow(self.tr("Motif * :"), self.reason)
        buttons, self.ok, cancel = button_box(
            self, self.tr("Émettre l'avoir"), ok_name="creditIssue", cancel_name="creditCancel"
        )
        self.ok.clicked.connect(lambda: spawn(self.submit(), parent=self))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.by_lines)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def quantities(self) -> dict[int, int]:
        """Line number → quantity to credit (the lines left at 0 are not credited)."""
        return {numero: spin.value() for numero, spin in self.spins.items() if spin.value()}

    def _amount(self) -> Decimal | None:
        try:
            return parse_money(self.amount.text())
        except MoneyError as exc:
            self.error.setText(str(exc))
            return None

    async def submit(self) -> bool:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Indiquez le motif de l'avoir."))
            self.reason.setFocus()
            return False
        kwargs: dict[str, object] = {}
        if self.by_amount.isChecked():
            amount = self._amount()
            if amount is None:
                if not self.error.text():
                    self.error.setText(self.tr("Indiquez le montant TTC à créditer."))
                return False
            kwargs["amount"] = amount
        else:
            quantities = self.quantities()
            if not quantities:
                self.error.setText(self.tr("Choisissez au moins une quantité à créditer."))
                return False
            kwargs["quantities"] = quantities
        self.ok.setEnabled(False)
        try:
            self.credit_note_id = await self.context.runner.run(
                issue_credit_note,
                self.context.actor,
                self.remaining.id_facture,
                reason,
                **kwargs,
            )
        except ValidationError as exc:
            messages = field_messages(exc)
            self.error.setText(" ".join(messages.values()) if messages else user_message(exc))
            return False
        except ServiceError as exc:  # the dialog stays open with the input
            self.error.setText(user_message(exc))
            return False
        finally:
            if shiboken6.isValid(self):
                self.ok.setEnabled(True)
        self.accept()
        return True


__all__ = ["PartialCreditDialog"]
