"""The A4 page every document shares, and :func:`build_pdf`.

A PDF is a sequence of :class:`DocumentPart` (one order's packing slip, one invoice): each
starts on a new page, carries the seller's :class:`ShopIdentity` (an invoice prints the
identity frozen in its snapshot, so parts of one batch may differ) and a footer label. The
header (logo, name, address, contact) and the footer (the legal line, the label and
« Page x / y » counted *within the part*) are drawn once every page is laid out, so the
total is known without a second layout pass (the « numbered canvas » recipe).

Rendering is serialised by a lock: reportlab keeps module-level caches (fonts, glyph
subsets) that are not documented as thread-safe, and the worker pool may render two
documents at once.
"""

from __future__ import annotations

import io
import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from backoffice.documents.fonts import BOLD, REGULAR, register_fonts
from backoffice.documents.text import clean

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
HEADER_HEIGHT = 26 * mm
FOOTER_HEIGHT = 14 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LOGO_MAX = (40 * mm, 20 * mm)
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")

_render_lock = threading.Lock()


class Cancelled(Exception):
    """Raised by a progress callback to stop a batch (the user clicked « Annuler »)."""


@dataclass(frozen=True)
class ShopIdentity:
    """Who issues the document: the header and the legal footer line."""

    name: str
    address: str = ""  # multi-line, as written in the settings
    email: str = ""
    phone: str = ""
    legal_form: str = ""
    capital: str = ""
    siren: str = ""
    siret: str = ""
    rcs_city: str = ""
    vat_number: str = ""
    logo: bytes | None = None  # an image file's bytes (PNG, JPEG); never a path or URL

    def contact_line(self) -> str:
        return " · ".join(p for p in (clean(self.email), clean(self.phone)) if p)

    def legal_line(self) -> str:
        """« Boutique SAS au capital de 10 000 € · SIRET … · RCS Lyon 123 456 789 · TVA … »."""
        form = " ".join(p for p in (clean(self.name), clean(self.legal_form)) if p)
        if self.capital.strip():
            form += f" au capital de {clean(self.capital)}"
        parts = [form]
        if self.siret.strip():
            parts.append(f"SIRET {clean(self.siret)}")
        elif self.siren.strip():
            parts.append(f"SIREN {clean(self.siren)}")
        if self.rcs_city.strip():
            parts.append(f"RCS {clean(self.rcs_city)} {clean(self.siren)}".rstrip())
        if self.vat_number.strip():
            parts.append(f"TVA intracommunautaire {clean(self.vat_number)}")
        return " · ".join(p for p in parts if p)


@dataclass
class DocumentPart:
    """One document of a PDF: its flowables, its seller, its footer label (« Facture
    FA-2026-000123 »). Pages are numbered within the part."""

    story: list[Flowable]
    identity: ShopIdentity
    label: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


# --- styles ---------------------------------------------------------------------------


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document (fonts registered first)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    made = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=GREY),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=16, leading=20),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10.5, leading=14),
        "heading": ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=4
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=9, leading=11.5),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
        "cell_right_bold": ParagraphStyle(
            "cell_right_bold", base, fontName=BOLD, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
        "cell_center": ParagraphStyle(
            "cell_center", base, fontSize=9, leading=11.5, alignment=TA_CENTER
        ),
        "mention": ParagraphStyle("mention", base, fontSize=8, leading=10.5),
    }
    return made


# --- the page furniture ---------------------------------------------------------------


class _PartStart(Flowable):
    """Invisible marker opening a part: tells the canvas which part its pages belong to,
    and reports progress (a callback may raise :class:`Cancelled`)."""

    def __init__(self, index: int, on_part: Callable[[int], None] | None) -> None:
        super().__init__()
        self.index = index
        self.on_part = on_part

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._bo_part = self.index  # type: ignore[attr-defined]
        if self.on_part is not None:
            self.on_part(self.index)


def _canvas_class(parts: Sequence[DocumentPart]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._bo_part = 0
            self._bo_pages: list[tuple[int, dict[str, Any]]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._bo_pages.append((self._bo_part, dict(self.__dict__)))
            self._startPage()

        def save(self) -> None:
            totals = Counter(part for part, _state in self._bo_pages)
            seen: Counter[int] = Counter()
            for part, state in self._bo_pages:
                self.__dict__.update(state)
                seen[part] += 1
                _draw_furniture(self, parts[part], seen[part], totals[part])
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _draw_furniture(canvas: Canvas, part: DocumentPart, page: int, total: int) -> None:
    identity = part.identity
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN
    x = MARGIN
    logo = _logo(identity.logo)
    if logo is not None:
        width, height = logo.getSize()
        scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
        drawn_w, drawn_h = width * scale, height * scale
        canvas.drawImage(logo, x, top - drawn_h, drawn_w, drawn_h, mask="auto")
        x += drawn_w + 5 * mm
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 13)
    width = PAGE_WIDTH - MARGIN - x
    canvas.drawString(x, top - 11, _fit(canvas, clean(identity.name), 13, width, BOLD))
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(GREY)
    y = top - 23
    lines = [line for line in clean(identity.address).split("\n") if line.strip()][:3]
    contact = identity.contact_line()
    for line in [*lines, contact] if contact else lines:
        canvas.drawString(x, y, _fit(canvas, line, 8.5, width))
        y -= 10.5
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT + 3 * mm
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)

    bottom = MARGIN
    footer_rule = bottom + FOOTER_HEIGHT - 1 * mm
    canvas.line(MARGIN, footer_rule, PAGE_WIDTH - MARGIN, footer_rule)
    canvas.setFont(REGULAR, 7)
    # The legal line is a mandatory mention: it wraps (two lines at most), never cut short
    # unless the identity itself is absurdly long.
    legal = simpleSplit(identity.legal_line(), REGULAR, 7, CONTENT_WIDTH)
    if len(legal) > 2:
        legal = [legal[0], _fit(canvas, " ".join(legal[1:]), 7)]
    for i, line in enumerate(reversed(legal)):
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom + 4.5 * mm + i * 8.5, line)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(MARGIN, bottom, _fit(canvas, clean(part.label), 8, CONTENT_WIDTH * 0.7))
    canvas.drawRightString(PAGE_WIDTH - MARGIN, bottom, f"Page {page} / {total}")
    canvas.restoreState()


def _fit(
    canvas: Canvas, text: str, size: float, width: float = CONTENT_WIDTH, font: str = REGULAR
) -> str:
    """``text`` cut with « … » to fit ``width`` (a canvas string does not wrap)."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # a broken logo must not stop an invoice from printing
        log.warning("unreadable shop logo (%d bytes): printed without it", len(data))
        return None
    return reader


# --- building -------------------------------------------------------------------------


def build_pdf(
    parts: Sequence[DocumentPart],
    *,
    title: str,
    on_part: Callable[[int], None] | None = None,
) -> bytes:
    """The PDF of ``parts`` (each on new pages), as bytes.

    ``on_part(index)`` is called as each part starts being drawn (from the calling thread);
    raising :class:`Cancelled` from it stops the build. ``title`` goes in the PDF's
    metadata (the viewer's window title)."""
    if not parts:
        raise ValueError("no document to render")
    styles()  # fonts registered
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        story.append(_PartStart(index, on_part))
        story.extend(part.story)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=clean(title),
        author=clean(parts[0].identity.name),
        creator="Back-office",
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        CONTENT_WIDTH,
        PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    with _render_lock:
        doc.build(story, canvasmaker=_canvas_class(parts))
    return buffer.getvalue()


__all__ = [
    "CONTENT_WIDTH",
    "Cancelled",
    "DocumentPart",
    "ShopIdentity",
    "build_pdf",
    "styles",
]
