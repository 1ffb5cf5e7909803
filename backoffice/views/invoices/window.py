"""An invoice's (or credit note's) window: the document as issued, in the shared preview
(« Imprimer… », « Enregistrer… »), with « Voir la commande » and, for an invoice,
« Avoir partiel… ». One window per document (``record_windows("factures")`` /
``("avoirs")``); the order window's « Voir la facture » opens it through the opener
``factures`` (``open_record(ctx, "factures", invoice_id)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from backoffice.services.documents import RenderedPdf, render_credit_notes, render_invoices
from backoffice.services.invoices.reading import get_document
from backoffice.services.invoices.snapshot import DocumentKind
from backoffice.services.permissions import Permission, Staff
from backoffice.ui.context import AppContext
from backoffice.ui.document_preview import PdfPreviewDialog
from backoffice.ui.openers import can_open
from backoffice.ui.tasks import spawn
from backoffice.views.invoices import operations


class DocumentWindow(PdfPreviewDialog):
    """The preview of one issued document with its own buttons (``orderButton``,
    ``partialCreditButton``)."""

    def __init__(
        self,
        context: AppContext,
        document_id: int,
        order_id: int,
        rendered: RenderedPdf,
        *,
        credit_note: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, rendered, parent)
        self.document_id = document_id
        self.order_id = order_id
        self.setObjectName("creditNoteWindow" if credit_note else "invoiceWindow")
        self.notices: list[str] = []
        if can_open(context, "commandes"):
            self.order_button = self.add_button(
                QCoreApplication.translate("Invoices", "Voir la commande"),
                "orderButton",
                lambda: operations.open_order(self, self.order_id),
            )
        if not credit_note and context.actor.can(Permission.INVOICES_ISSUE):
            self.credit_button = self.add_button(
                QCoreApplication.translate("Invoices", "Avoir partiel…"),
                "partialCreditButton",
                lambda: spawn(operations.partial_credit(self, self.document_id), parent=self),
            )

    def notify(self, text: str) -> None:
        """Operations report here (the window has no notice line: its title says enough)."""
        self.notices.append(text)
        self.page_label.setToolTip(text)


def load_document(
    session: Session, actor: Staff, credit_note: bool, document_id: int
) -> tuple[RenderedPdf, int]:
    """Worker: the document's PDF and its order's id, in one operation."""
    kind = DocumentKind.AVOIR if credit_note else DocumentKind.FACTURE
    render = render_credit_notes if credit_note else render_invoices
    rendered = render(session, actor, [document_id])
    return rendered, get_document(session, actor, kind, document_id).id_commande


async def open_document(
    context: AppContext,
    document_id: int,
    *,
    credit_note: bool = False,
    parent: QWidget | None = None,
) -> DocumentWindow:
    """The document's window: the open one raised, else a new one (not modal)."""

    async def make() -> DocumentWindow:
        rendered, order_id = await context.runner.run(
            load_document, context.actor, credit_note, document_id
        )
        window = DocumentWindow(
            context, document_id, order_id, rendered, credit_note=credit_note, parent=parent
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    kind = "avoirs" if credit_note else "factures"
    return await context.record_windows(kind).open(document_id, make)


async def open_invoice_record(context: AppContext, invoice_id: int) -> DocumentWindow:
    """The ``factures`` opener: the order window's « Voir la facture »."""
    return await open_document(context, invoice_id)


__all__ = ["DocumentWindow", "open_document", "open_invoice_record"]
