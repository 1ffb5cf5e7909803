"""A light text flowable: lines drawn with ``drawString``, wrapped with ``simpleSplit``.

reportlab's ``Paragraph`` parses markup for every cell (≈ 0.3 ms each); a document of a
hundred cells spends most of its time there. :class:`TextBlock` draws plain strings —
nothing in them is markup, so a customer's ``</para>`` or ``<img src=…>`` is printed as
written by construction — and wraps them to the width it is given. It is what the invoice
uses to render ≥ 100 documents a second (``benchmarks/pdf_render.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from backoffice.documents.fonts import BOLD, REGULAR, register_fonts
from backoffice.documents.text import clean


@dataclass(frozen=True)
class Font:
    name: str = REGULAR
    size: float = 9.0
    leading: float = 11.5
    color: colors.Color = colors.black


BODY = Font()
BOLD_BODY = Font(BOLD)
SMALL = Font(size=7.5, leading=9.5, color=colors.HexColor("#555555"))
LABEL = Font(size=8, leading=10.5, color=colors.HexColor("#555555"))
HEADING = Font(BOLD, 9.5, 13)
TITLE = Font(BOLD, 16, 20)
SUBTITLE = Font(size=10, leading=13.5)
MENTION = Font(size=8, leading=10.5)
BOLD_MENTION = Font(BOLD, 8, 10.5)


class TextBlock(Flowable):
    """Runs of plain text, each in its font, one below the other; each run wraps to the
    width available and keeps its own line breaks. ``align``: left or right."""

    def __init__(self, runs: Sequence[tuple[object, Font]], align: str = "left") -> None:
        super().__init__()
        register_fonts()
        self.runs = [(clean(text), font) for text, font in runs]
        self.align = align
        self._lines: list[tuple[str, Font]] = []
        self._width = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        lines: list[tuple[str, Font]] = []
        for text, font in self.runs:
            for paragraph in text.split("\n"):
                split = simpleSplit(paragraph, font.name, font.size, available_width)
                lines.extend((line, font) for line in split or [""])
        self._lines = lines
        self._width = available_width
        self.height = sum(font.leading for _line, font in lines)
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        current: Font | None = None
        for line, font in self._lines:
            y -= font.leading
            if font is not current:
                canvas.setFont(font.name, font.size)
                canvas.setFillColor(font.color)
                current = font
            baseline = y + (font.leading - font.size) * 0.5 + font.size * 0.22
            if self.align == "right":
                canvas.drawRightString(self._width, baseline, line)
            else:
                canvas.drawString(0, baseline, line)


def text(value: object, font: Font = BODY, align: str = "left") -> TextBlock:
    """One run: ``text("Total HT", BOLD_BODY)``."""
    return TextBlock([(value, font)], align)


__all__ = [
    "BODY",
    "BOLD_BODY",
    "BOLD_MENTION",
    "HEADING",
    "LABEL",
    "MENTION",
    "SMALL",
    "SUBTITLE",
    "TITLE",
    "Font",
    "TextBlock",
    "text",
]
