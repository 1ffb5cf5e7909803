"""The Factures tab's operations: preview, print and save documents, open their order, the
« Journal des ventes » export, « Avoir partiel… ».

Each asks what it must, runs the service through the runner and says how it went under the
list; none reloads anything (the runner announces what changed: a credit note issued
refreshes both lists and the invoice's state by itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from backoffice.documents.filenames import safe_filename
from backoffice.services.documents import CREDIT_NOTES, INVOICES, DocumentKind
from backoffice.services.invoices.reading import credit_remaining, journal_rows, write_journal_csv
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import button_box, run_dialog, warn
from backoffice.ui.document_output import choose_file, notify
from backoffice.ui.document_preview import (
    PdfPreviewDialog,
    preview_documents,
    print_documents,
    save_documents,
)
from backoffice.ui.openers import can_open, open_record
from backoffice.ui.operations import counted, ids_of
from backoffice.ui.specs import Row
from backoffice.views.invoices.credit_dialog import PartialCreditDialog
from backoffice.views.invoices.periods import period_days, shop_today


def kind_for(credit_notes: bool) -> DocumentKind:
    return CREDIT_NOTES if credit_notes else INVOICES


async def preview(
    host: QWidget, rows: Sequence[Row], credit_notes: bool
) -> PdfPreviewDialog | None:
    return await preview_documents(host, kind_for(credit_notes), ids_of(rows))


async def print_rows(host: QWidget, rows: Sequence[Row], credit_notes: bool) -> bool:
    return await print_documents(host, kind_for(credit_notes), ids_of(rows))


async def save(host: QWidget, rows: Sequence[Row], credit_notes: bool) -> list[Path]:
    return await save_documents(host, kind_for(credit_notes), ids_of(rows))


def open_order(host: Any, order_id: int) -> Any:
    """The document's order in its window (Commandes), when the member may see orders."""
    context: AppContext = host.context
    if not can_open(context, "commandes"):
        notify(
            host,
            QCoreApplication.translate("Invoices", "Votre rôle ne donne pas accès aux commandes."),
        )
        return None
    return open_record(context, "commandes", order_id)


async def partial_credit(host: Any, invoice_id: int) -> int | None:
    """« Avoir partiel… » on invoice ``invoice_id``; the credit note is then previewed."""
    context: AppContext = host.context
    remaining = await context.runner.run(credit_remaining, context.actor, invoice_id)
    if remaining.restant_ttc <= 0:
        warn(
            host,
            QCoreApplication.translate("Invoices", "Avoir partiel"),
            QCoreApplication.translate(
                "Invoices", "La facture {numero} est déjà entièrement créditée."
            ).format(numero=remaining.numero_facture),
        )
        return None
    dialog = PartialCreditDialog(context, remaining, host if isinstance(host, QWidget) else None)
    if await run_dialog(dialog) != QDialog.DialogCode.Accepted.value:
        return None
    credit_id = dialog.credit_note_id
    if credit_id is None:
        return None
    notify(host, QCoreApplication.translate("Invoices", "Avoir émis."))
    await preview_documents(host, CREDIT_NOTES, [credit_id])
    return credit_id


# --- the sales journal ------------------------------------------------------------------


class JournalPeriodDialog(QDialog):
    """The period of the « Journal des ventes » (shop days, both included)."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPeriodDialog")
        self.setWindowTitle(self.tr("Journal des ventes"))
        intro = QLabel(
            self.tr(
                "Une ligne par facture et par avoir émis sur la période (avoirs en négatif), "
                "HT et TVA par taux, TTC, avec les totaux : un CSV pour le tableur du comptable."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.first = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.first.setObjectName("journalFirst")
        self.last = QDateEdit(QDate(last.year, last.month, last.day), self)
        self.last.setObjectName("journalLast")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Du :"), self.first)
        form.addRow(self.tr("Au :"), self.last)
        buttons, ok, cancel = button_box(
            self, self.tr("Exporter…"), ok_name="journalExport", cancel_name="journalCancel"
        )
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 200)

    def period(self) -> tuple[date, date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return min(first, last), max(first, last)


def default_journal_period(period_value: Any) -> tuple[date, date]:
    """The list's period, else last month (what an accountant asks for)."""
    first, last = period_days(period_value)
    today = shop_today()
    if first is None or last is None:
        last_month_end = today.replace(day=1) - timedelta(days=1)
        return first or last_month_end.replace(day=1), last or last_month_end
    return first, last


def write_journal(session: Session, actor: Staff, first: date, last: date, path: Path) -> int:
    """Worker: the journal's CSV written to ``path``; how many documents it lists."""
    rows = journal_rows(session, actor, first, last)
    with path.open("w", encoding="utf-8", newline="") as stream:
        write_journal_csv(rows, stream)
    return len(rows)


async def export_journal(host: QWidget, period_value: Any = None) -> Path | None:
    """Asks the period and the file, writes the journal; the file written, or None."""
    context: AppContext = host.context  # type: ignore[attr-defined]
    dialog = JournalPeriodDialog(*default_journal_period(period_value), parent=host)
    if await run_dialog(dialog) != QDialog.DialogCode.Accepted.value:
        return None
    first, last = dialog.period()
    name = safe_filename(
        QCoreApplication.translate("Invoices", "Journal des ventes du {first} au {last}").format(
            first=first.strftime("%d-%m-%Y"), last=last.strftime("%d-%m-%Y")
        ),
        ".csv",
    )
    path = await choose_file(host, context, name, csv=True)
    if path is None:
        return None
    try:
        n = await context.runner.run(write_journal, context.actor, first, last, path)
    except OSError as exc:
        warn(
            host,
            QCoreApplication.translate("Invoices", "Journal des ventes"),
            QCoreApplication.translate(
                "Invoices", "Le fichier n'a pas pu être écrit : {error}"
            ).format(error=exc.strerror or str(exc)),
        )
        return None
    documents = counted(
        n,
        QCoreApplication.translate("Invoices", "document"),
        QCoreApplication.translate("Invoices", "documents"),
    )
    notify(
        host,
        QCoreApplication.translate(
            "Invoices", "Journal des ventes enregistré ({documents}) : {name}"
        ).format(documents=documents, name=path.name),
    )
    return path


__all__ = [
    "JournalPeriodDialog",
    "default_journal_period",
    "export_journal",
    "kind_for",
    "open_order",
    "partial_credit",
    "preview",
    "print_rows",
    "save",
    "write_journal",
]
