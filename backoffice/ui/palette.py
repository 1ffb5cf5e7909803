"""The colours that style sheets cannot reach, in one place: table models paint cells
through ``Qt.ForegroundRole`` / ``BackgroundRole`` (a QSS rule never sees a cell), so
they read these named colours. Widgets are coloured by ``resources/style.qss`` rules on
object names and dynamic properties (:func:`set_tone`), never here.

The values match the style sheet's: ``error`` is the red of ``QLabel[tone="error"]``,
``muted`` the grey of ``[tone="muted"]``. No colour literal belongs in a view.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from PySide6.QtWidgets import QWidget

from backoffice.ui.specs import CellStyle

COLORS: Mapping[str, str] = MappingProxyType(
    {
        "error": "#b71c1c",  # a refusal, a failed line, out of stock
        "error-background": "#ffcdd2",
        "warning": "#bf360c",  # low stock
        "warning-background": "#ffe0b2",
        "success": "#1b5e20",  # created, done
        "info": "#0d47a1",  # updated
        "muted": "#757575",  # unchanged, kept as it was
        "inactive": "#9e9e9e",  # an inactive product or category
    }
)


def color(name: str) -> str:
    """``"#rrggbb"`` of a named colour (``KeyError`` for an unknown name: no ad-hoc colour)."""
    return COLORS[name]


# The Produits list's stock cells (the level comes from catalog.stock_level) and the
# inactive rows of the catalogue's lists and tree.
STOCK_OUT = CellStyle(foreground=color("error"), background=color("error-background"), bold=True)
STOCK_LOW = CellStyle(
    foreground=color("warning"), background=color("warning-background"), bold=True
)
INACTIVE = CellStyle(foreground=color("inactive"))

Tone = Literal["error", "errorBox", "infoBox", "success", "warning", "muted", "faint", "hint", ""]


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour ``widget`` through the style sheet's ``[tone="…"]`` rules (``""``: none),
    re-polished so that a change after the widget was shown takes effect."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


__all__ = ["COLORS", "INACTIVE", "STOCK_LOW", "STOCK_OUT", "Tone", "color", "set_tone"]
