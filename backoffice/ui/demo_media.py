"""Draws the demo's product pictures: a tile coloured by category, with the product's
initials and its category name (worker thread: QImage and QPainter only, no QPixmap).

The list of tiles comes from :func:`backoffice.services.demo.media.product_tiles`; this
module only paints them as 320×320 PNG files under the demo media folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from backoffice.services.demo.media import ProductTile

SIZE = 320
_SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "à", "et", "d", "l"}


def initials(name: str) -> str:
    """Two letters for a product: the first letters of its first two significant words."""
    words = [w for w in name.replace("'", " ").replace("-", " ").split() if w]
    significant = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    letters = "".join(w[0] for w in significant[:2])
    return letters.upper() or "?"


def draw_tile(tile: ProductTile) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    colour = QColor(tile.colour)
    image.fill(colour)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # A lighter disc behind the initials, a darker band for the category.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour.lighter(125))
        painter.drawEllipse(QRectF(60, 36, 200, 200))
        painter.setBrush(colour.darker(140))
        painter.drawRect(QRectF(0, SIZE - 64, SIZE, 64))
        painter.setPen(QPen(QColor("white")))
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setBold(True)
        font.setPixelSize(88)
        painter.setFont(font)
        painter.drawText(
            QRectF(60, 36, 200, 200), Qt.AlignmentFlag.AlignCenter, initials(tile.name)
        )
        font.setBold(False)
        font.setPixelSize(22)
        painter.setFont(font)
        band = QRectF(12, SIZE - 64, SIZE - 24, 64)
        label = painter.fontMetrics().elidedText(
            tile.category, Qt.TextElideMode.ElideRight, int(band.width())
        )
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label)
    finally:
        painter.end()
    return image


def draw_demo_media(folder: Path, tiles: list[ProductTile]) -> int:
    """Writes one PNG per tile under ``folder``; returns how many were written."""
    written = 0
    for tile in tiles:
        target = folder / tile.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if draw_tile(tile).save(str(target), "PNG"):
            written += 1
    return written
