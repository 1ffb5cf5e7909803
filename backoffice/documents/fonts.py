"""The embedded font: DejaVu Sans (regular and bold), from ``backoffice.resources/fonts``.

reportlab's standard fonts (Helvetica…) are not embedded and only know Latin-1 in their
WinAnsi encoding: « œ » and « € » depend on the viewer. A TrueType font is embedded (as a
subset of the glyphs used) in every PDF, so the document looks the same everywhere.

:func:`register_fonts` is idempotent and thread-safe; it returns the family's names.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "BackofficeSans"
BOLD = "BackofficeSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontFamily:
    regular: str = REGULAR
    bold: str = BOLD


def font_bytes(file_name: str) -> bytes:
    """The bytes of a shipped font file (read through importlib.resources: wheel, editable
    install and PyInstaller bundle alike)."""
    return files("backoffice.resources").joinpath("fonts", file_name).read_bytes()


def register_fonts() -> FontFamily:
    """Registers the family with reportlab once (``<b>`` in a paragraph maps to the bold)."""
    global _registered
    if _registered:
        return FontFamily()
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                # A file object: no path needed, the font may live inside a zip.
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(file_name))))
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)  # no italic shipped: upright
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return FontFamily()
