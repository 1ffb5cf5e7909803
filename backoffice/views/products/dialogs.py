"""The Produits tab's small dialogs: stock adjustment, promotion percentage, CSV import
preview."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
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

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services import catalog
from backoffice.services.catalog import csv_import
from backoffice.services.errors import ConflictError, ValidationError
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import button_box
from backoffice.ui.errors import field_messages, translated, user_message
from backoffice.ui.operations import counted
from backoffice.ui.palette import color, set_tone
from backoffice.ui.specs import Row
from backoffice.ui.tasks import spawn
from backoffice.views.products.import_changes import describe_changes, lowers_stock


class StockDialog(QDialog):
    """New quantity or ± variation, with a required reason; saves through ``adjust_stock``
    and stays open (input kept) when refused."""

    def __init__(self, context: AppContext, row: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.new_stock: int | None = None
        self.setObjectName("stockDialog")
        self.setWindowTitle(self.tr("Ajuster le stock"))
        current = int(row.get("stock") or 0)
        intro = QLabel(
            self.tr("« {nom} » — stock actuel : {stock}").format(
                nom=row["nom"], stock=formatting.format_int(current)
            ),
            self,
        )
        # Product names come from the website: never interpreted as HTML.
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.set_mode = QRadioButton(self.tr("Nouvelle quantité"), self)
        self.set_mode.setObjectName("stockSetMode")
        self.delta_mode = QRadioButton(self.tr("Variation (+ entrée, − sortie)"), self)
        self.delta_mode.setObjectName("stockDeltaMode")
        group = QButtonGroup(self)
        group.addButton(self.set_mode)
        group.addButton(self.delta_mode)
        self.delta_mode.setChecked(True)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("stockQuantity")
        self.quantity.setRange(0, catalog.STOCK_MAX)
        self.quantity.setValue(current)
        self.quantity.setGroupSeparatorShown(True)
        self.delta = QSpinBox(self)
        self.delta.setObjectName("stockDelta")
        self.delta.setRange(-1_000_000, 1_000_000)
        self.delta.setGroupSeparatorShown(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("stockReason")
        self.reason.setPlaceholderText(self.tr("ex. réception fournisseur, inventaire, casse…"))
        self.reason.setMaxLength(255)
        self.error = QLabel(self)
        self.error.setObjectName("stockError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.quantity.valueChanged.connect(lambda _v: self.set_mode.setChecked(True))
        self.delta.valueChanged.connect(lambda _v: self.delta_mode.setChecked(True))

        form = QFormLayout()
        form.addRow(self.delta_mode, self.delta)
        form.addRow(self.set_mode, self.quantity)
        form.addRow(self.tr("Motif * :"), self.reason)

        buttons, self.ok, cancel = button_box(
            self, self.tr("Enregistrer"), ok_name="stockSave", cancel_name="stockCancel"
        )
        self.ok.clicked.connect(lambda: spawn(self.submit(), parent=self))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 220)

    async def submit(self) -> bool:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Indiquez le motif de l'ajustement de stock."))
            self.reason.setFocus()
            return False
        kwargs: dict[str, Any] = {"reason": reason}
        if self.set_mode.isChecked():
            kwargs["new_quantity"] = self.quantity.value()
            # The stock this dialog showed: a website sale meanwhile becomes a conflict.
            kwargs["expected_stock"] = int(self.row.get("stock") or 0)
        else:
            if self.delta.value() == 0:
                self.error.setText(self.tr("La variation est nulle : rien à enregistrer."))
                return False
            kwargs["delta"] = self.delta.value()
        self.ok.setEnabled(False)
        try:
            self.new_stock = await self.context.runner.run(
                catalog.adjust_stock, self.context.actor, int(self.row["id"]), **kwargs
            )
        except ValidationError as exc:
            self.error.setText(" ".join(field_messages(exc).values()))
            return False
        except ConflictError as exc:
            # The message gives the current stock; a second click confirms against it.
            if "stock" in exc.current:
                self.row = {**self.row, "stock": exc.current["stock"]}
            self.error.setText(user_message(exc))
            return False
        except Exception as exc:  # the dialog stays open with the input
            self.error.setText(user_message(exc))
            return False
        finally:
            if shiboken6.isValid(self):
                self.ok.setEnabled(True)
        self.accept()
        return True


class PercentDialog(QDialog):
    """The promotion percentage (a Decimal, 0 < p < 100)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent: Decimal | None = None
        self.setObjectName("percentDialog")
        self.setWindowTitle(self.tr("Appliquer une promotion"))
        intro = QLabel(
            self.tr("Remise en pourcentage sur le prix de {n} :").format(
                n=counted(count, self.tr("produit"), self.tr("produits"))
            ),
            self,
        )
        self.edit = QLineEdit(self)
        self.edit.setObjectName("percentEdit")
        self.edit.setPlaceholderText(self.tr("ex. 15 ou 12,5"))
        self.edit.setMaximumWidth(120)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(QLabel("%", self))
        row.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("percentError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error, "error")
        note = QLabel(
            self.tr("Le prix promo est arrondi au centime ; le prix normal ne change pas."), self
        )
        set_tone(note, "muted")
        buttons, ok, cancel = button_box(self, self.tr("Appliquer"), ok_name="percentOk")
        ok.clicked.connect(self._ok)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _ok(self) -> None:
        text = self.edit.text().strip().replace(",", ".").rstrip("%").strip()
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or not Decimal(0) < value < Decimal(100):
            self.error.setText(self.tr("Indiquez un pourcentage strictement entre 0 et 100."))
            return
        self.percent = value
        self.accept()


ACTION_LABELS = {  # marked for lupdate, shown through translated()
    "create": QT_TRANSLATE_NOOP("Produits", "Création"),
    "update": QT_TRANSLATE_NOOP("Produits", "Mise à jour"),
    "unchanged": QT_TRANSLATE_NOOP("Produits", "Inchangé"),
    "error": QT_TRANSLATE_NOOP("Produits", "Erreur"),
}
ACTION_COLORS = {
    "create": color("success"),
    "update": color("info"),
    "unchanged": color("muted"),
    "error": color("error"),
}


class ImportPreviewDialog(QDialog):
    """Each line of the file with what the import would do, or why it cannot."""

    def __init__(
        self, preview: csv_import.ImportPreview, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.confirmed = False
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Importer « {f} » — aperçu").format(f=file_name))
        counts = {a: preview.count(a) for a in ACTION_LABELS}
        summary = self.tr("{c} · {u} · {s} · {e}").format(
            c=counted(counts["create"], self.tr("création"), self.tr("créations")),
            u=counted(counts["update"], self.tr("mise à jour"), self.tr("mises à jour")),
            s=counted(counts["unchanged"], self.tr("inchangé"), self.tr("inchangés")),
            e=counted(counts["error"], self.tr("erreur"), self.tr("erreurs")),
        )
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("importSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        explanation = QLabel(self)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        if preview.file_errors:
            explanation.setText(" ".join(translated(m) for m in preview.file_errors))
            set_tone(explanation, "error")
        elif counts["error"]:
            explanation.setText(
                self.tr(
                    "Corrigez les lignes en erreur dans le fichier puis relancez l'import : "
                    "rien ne sera importé tant qu'il en reste."
                )
            )
            set_tone(explanation, "error")
        else:
            explanation.setText(
                self.tr("L'import enregistre toutes les lignes en une fois, ou aucune.")
            )

        self.table = QTableWidget(len(preview.lines), 4, self)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Slug"), self.tr("Action"), self.tr("Détail")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for r, line in enumerate(preview.lines):
            if line.errors:
                detail = " ; ".join(translated(m) for m in line.errors.values())
            elif line.action == "update":
                detail = describe_changes(line, preview.category_slugs)
            elif line.action == "create":
                detail = (line.data.nom if line.data else "") or ""
            else:
                detail = ""
            cells = (str(line.line), line.slug, translated(ACTION_LABELS[line.action]), detail)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 2:
                    item.setForeground(QBrush(QColor(ACTION_COLORS[line.action])))
                if c == 3 and lowers_stock(line):
                    # Lowering a stock (an old export re-imported?) deserves a second look.
                    item.setForeground(QBrush(QColor(color("warning"))))
                    item.setBackground(QBrush(QColor(color("warning-background"))))
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 100)

        buttons, self.apply_button, cancel = button_box(
            self, self.tr("Importer"), ok_name="importApply", cancel_name="importCancel"
        )
        work = counts["create"] + counts["update"]
        self.apply_button.setEnabled(preview.ok and work > 0)
        self.apply_button.clicked.connect(self._apply)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _apply(self) -> None:
        self.confirmed = True
        self.accept()
