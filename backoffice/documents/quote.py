"""The quote PDF (devis), one A4 document per quote (issue 12).

Plain data in, PDF bytes out::

    from backoffice.documents.quote import QuoteDocument, render
    pdf = render(document, identity)

The data comes from :func:`backoffice.services.quotes.pdf.quote_document`; the UI runs
:func:`backoffice.services.quotes.pdf.render_quote` through the preview machinery.

Everything of the quote was written by a customer (the request, their name and address)
or typed by staff (the answer, the service's name): all of it goes through
:mod:`.text`, so ``<b>``, ``&`` or ``</para>`` print as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from backoffice.documents import formatting
from backoffice.documents.page import CONTENT_WIDTH, DocumentPart, ShopIdentity, build_pdf, styles
from backoffice.documents.text import escape, escape_lines

TITLE = "Devis"
GRID = colors.HexColor("#888888")
HEAD_BG = colors.HexColor("#eeeeee")
SUMMARY_MAX = 1200  # characters of the request printed (it may be a long letter)
CONDITIONS = (
    "Devis gratuit, valable jusqu'à la date indiquée. Les montants sont exprimés en euros ; "
    "la TVA est comprise dans le total TTC. Les travaux commencent après réception de ce "
    "devis signé portant la mention « Bon pour accord ». Toute prestation supplémentaire "
    "fera l'objet d'un devis complémentaire."
)


@dataclass(frozen=True)
class QuoteDocument:
    quote_id: int
    numero: str | None  # None until the quote is first sent: printed as a draft
    date: datetime  # the sending date (or today for a draft)
    valid_until: datetime
    customer_name: str
    customer_email: str
    customer_address: str  # multi-line, as written
    service_name: str
    service_base_price: Decimal | None
    request: str
    amount_ht: Decimal | None
    amount_tva: Decimal | None
    amount_ttc: Decimal | None
    vat_rate: Decimal
    notes: str
    status_label: str

    @property
    def heading(self) -> str:
        if self.numero:
            return f"Devis n° {self.numero}"
        return f"Devis (projet, demande n° {self.quote_id})"


def _parties(doc: QuoteDocument) -> Table:
    s = styles()
    customer: list[Flowable] = [
        Paragraph("Client", s["heading"]),
        Paragraph(escape(doc.customer_name), s["body"]),
    ]
    if doc.customer_address.strip():
        customer.append(Paragraph(escape_lines(doc.customer_address), s["body"]))
    if doc.customer_email:
        customer.append(Paragraph(escape(doc.customer_email), s["body"]))
    details: list[Flowable] = [
        Paragraph("Prestation", s["heading"]),
        Paragraph(escape(doc.service_name or "—"), s["body"]),
    ]
    if doc.service_base_price is not None:
        details.append(
            Paragraph(f"Prix de base : {formatting.money(doc.service_base_price)}", s["body"])
        )
    half = CONTENT_WIDTH / 2
    table = Table([[customer, details]], colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.6, GRID),
                ("BOX", (1, 0), (1, 0), 0.6, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _amounts(doc: QuoteDocument) -> Table:
    s = styles()
    if doc.amount_ttc is None:
        rows = [[Paragraph("Montant", s["cell"]), Paragraph("à préciser", s["cell_right"])]]
    else:
        rows = [
            [
                Paragraph("Total HT", s["cell"]),
                Paragraph(formatting.money(doc.amount_ht), s["cell_right"]),
            ],
            [
                Paragraph(f"TVA {formatting.rate(doc.vat_rate)}", s["cell"]),
                Paragraph(formatting.money(doc.amount_tva), s["cell_right"]),
            ],
            [
                Paragraph("Total TTC", s["cell_bold"]),
                Paragraph(formatting.money(doc.amount_ttc), s["cell_right_bold"]),
            ],
        ]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.2], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _agreement() -> Table:
    """« Bon pour accord »: what the customer fills in by hand."""
    s = styles()
    cell = [
        Paragraph("<b>Bon pour accord</b>", s["body"]),
        Spacer(0, 2 * mm),
        Paragraph("Date : ____ / ____ / ________", s["body"]),
        Spacer(0, 3 * mm),
        Paragraph("Signature du client, précédée de la mention « Bon pour accord » :", s["body"]),
        Spacer(0, 22 * mm),
    ]
    table = Table([[cell]], colWidths=[CONTENT_WIDTH * 0.55], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def summary(text: str) -> str:
    """The request as printed: the customer's text, cut at :data:`SUMMARY_MAX`."""
    text = (text or "").strip()
    if len(text) <= SUMMARY_MAX:
        return text
    return text[:SUMMARY_MAX].rstrip() + " […]"


def story(doc: QuoteDocument) -> list[Flowable]:
    s = styles()
    flow: list[Flowable] = [
        Paragraph(escape(doc.heading), s["title"]),
        Paragraph(
            f"Date : {formatting.day(doc.date)} · valable jusqu'au "
            f"{formatting.day(doc.valid_until)} · {escape(doc.status_label)}",
            s["subtitle"],
        ),
        Spacer(0, 4 * mm),
        _parties(doc),
        Spacer(0, 4 * mm),
        Paragraph("Votre demande", s["heading"]),
        Paragraph(escape_lines(summary(doc.request)) or "—", s["body"]),
        Spacer(0, 3 * mm),
    ]
    if doc.notes.strip():
        flow += [
            Paragraph("Notre réponse", s["heading"]),
            Paragraph(escape_lines(doc.notes), s["body"]),
            Spacer(0, 3 * mm),
        ]
    flow += [
        Paragraph("Estimation", s["heading"]),
        _amounts(doc),
        Spacer(0, 5 * mm),
        Paragraph("Conditions", s["heading"]),
        Paragraph(escape(CONDITIONS), s["mention"]),
        Spacer(0, 6 * mm),
        KeepTogether([_agreement()]),
    ]
    return flow


def render(doc: QuoteDocument, identity: ShopIdentity) -> bytes:
    """The quote's PDF (one document, pages numbered « Page x / y »)."""
    return render_many([doc], identity)


def render_many(
    docs: Sequence[QuoteDocument],
    identity: ShopIdentity,
    *,
    on_part: Callable[[int], None] | None = None,
) -> bytes:
    """One PDF of ``docs``, each quote on its own pages (numbered per quote)."""
    parts = [DocumentPart(story(doc), identity, label=doc.heading) for doc in docs]
    title = docs[0].heading if len(docs) == 1 else "Devis"
    return build_pdf(parts, title=title, on_part=on_part)


__all__ = ["CONDITIONS", "TITLE", "QuoteDocument", "render", "render_many", "story", "summary"]
