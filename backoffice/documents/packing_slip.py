"""The packing slip (bon de préparation), one per order to prepare (issue 10).

Plain data in, PDF bytes out::

    from backoffice.documents.packing_slip import PackingSlip, PackingLine, render
    pdf = render([slip, …], identity)          # one PDF, each order on its own pages

The data comes from :func:`backoffice.services.documents.packing_slip_data` (orders in
``validee`` or ``en_preparation``); the UI runs
:func:`backoffice.services.documents.render_packing_slips` through the preview machinery
(``ui/document_preview.py``, kind ``PACKING_SLIPS``).

Every text of the order (names, address, instructions, product names and slugs) was
written by a customer or typed by staff: all of it goes through :mod:`.text`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from backoffice.documents import formatting
from backoffice.documents.page import CONTENT_WIDTH, DocumentPart, ShopIdentity, build_pdf, styles
from backoffice.documents.text import address_without_name, escape, escape_lines

TITLE = "Bon de préparation"
GRID = colors.HexColor("#888888")
HEAD_BG = colors.HexColor("#eeeeee")


@dataclass(frozen=True)
class PackingLine:
    product_name: str
    reference: str  # the product's slug: what the shelves are labelled with
    quantity: int


@dataclass(frozen=True)
class PackingSlip:
    order_id: int
    reference: str
    order_date: datetime
    status_label: str  # the status in French (labels.order_status_label)
    customer_name: str
    delivery_address: str  # as written (TEXT, multi-line)
    delivery_mode: str = ""  # its French label (« Point relais », « Domicile »…)
    delivery_country: str = ""
    relay_point_id: str = ""
    relay_point_name: str = ""
    instructions: str = ""
    lines: tuple[PackingLine, ...] = ()

    @property
    def article_count(self) -> int:
        return sum(line.quantity for line in self.lines)


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4.2 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


def _delivery(slip: PackingSlip) -> list[Flowable]:
    s = styles()
    cells: list[Flowable] = [Paragraph("Livrer à", s["heading"])]
    cells.append(Paragraph(f"<b>{escape(slip.customer_name)}</b>", s["body"]))
    if slip.relay_point_id or slip.relay_point_name:
        relay = escape(slip.relay_point_name)
        if slip.relay_point_id:
            relay += f" (n° {escape(slip.relay_point_id)})"
        cells.append(Paragraph(f"Point relais : {relay}", s["body"]))
    if address := address_without_name(slip.delivery_address, slip.customer_name):
        cells.append(Paragraph(escape_lines(address), s["body"]))
    mode = " · ".join(escape(p) for p in (slip.delivery_mode, slip.delivery_country) if p)
    if mode:
        cells.append(Paragraph(f"Livraison : {mode}", s["small"]))
    return cells


def _instructions(slip: PackingSlip) -> list[Flowable]:
    s = styles()
    text = escape_lines(slip.instructions) if slip.instructions.strip() else "Aucune."
    return [Paragraph("Instructions de livraison", s["heading"]), Paragraph(text, s["body"])]


def _lines_table(slip: PackingSlip) -> Table:
    s = styles()
    rows: list[list[object]] = [
        [
            Paragraph("Prêt", s["cell_bold"]),
            Paragraph("Désignation", s["cell_bold"]),
            Paragraph("Référence", s["cell_bold"]),
            Paragraph("Quantité", s["cell_right_bold"]),
        ]
    ]
    for line in slip.lines:
        rows.append(
            [
                TickBox(),
                Paragraph(escape(line.product_name), s["cell"]),
                Paragraph(escape(line.reference), s["cell"]),
                Paragraph(str(line.quantity), s["cell_right_bold"]),
            ]
        )
    widths = [14 * mm, CONTENT_WIDTH - 14 * mm - 58 * mm - 20 * mm, 58 * mm, 20 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signature_row() -> Table:
    """What the preparer writes by hand: parcels, name, date."""
    s = styles()
    row = [
        Paragraph("Nombre de colis : ________", s["body"]),
        Paragraph("Préparé par : ____________________", s["body"]),
        Paragraph("le ____ / ____ / ________", s["body"]),
    ]
    table = Table(
        [row], colWidths=[CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.28]
    )
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def story(slip: PackingSlip) -> list[Flowable]:
    """The flowables of one order's slip."""
    s = styles()
    date = formatting.day_time(slip.order_date)
    flow: list[Flowable] = [
        Paragraph(TITLE, s["title"]),
        Paragraph(
            f"Commande <b>{escape(slip.reference)}</b> du {date} · {escape(slip.status_label)}",
            s["subtitle"],
        ),
        Spacer(0, 4 * mm),
    ]
    half = CONTENT_WIDTH / 2
    boxes = Table([[_delivery(slip), _instructions(slip)]], colWidths=[half, half])
    boxes.setStyle(
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
    flow += [boxes, Spacer(0, 5 * mm), _lines_table(slip), Spacer(0, 5 * mm)]
    count = slip.article_count
    articles = f"{count} article" if count <= 1 else f"{count} articles"
    lines = len(slip.lines)
    references = f"{lines} référence" if lines <= 1 else f"{lines} références"
    flow.append(
        KeepTogether(
            [
                Paragraph(f"Total : <b>{articles}</b> ({references})", s["body"]),
                Spacer(0, 5 * mm),
                _signature_row(),
            ]
        )
    )
    return flow


def render(
    slips: Sequence[PackingSlip],
    identity: ShopIdentity,
    *,
    on_part: Callable[[int], None] | None = None,
) -> bytes:
    """One PDF for ``slips`` (each order on its own pages, numbered per order).

    ``on_part(i)`` is called as slip ``i`` starts (progress; it may raise
    :class:`~backoffice.documents.page.Cancelled`)."""
    parts = [
        DocumentPart(story(slip), identity, label=f"{TITLE} · commande {slip.reference}")
        for slip in slips
    ]
    title = TITLE if len(slips) != 1 else f"{TITLE} {slips[0].reference}"
    return build_pdf(parts, title=title, on_part=on_part)


__all__ = ["TITLE", "PackingLine", "PackingSlip", "TickBox", "render", "story"]
