"""Products to and from CSV files a shop employee opens in Excel or LibreOffice: the format
(export in :mod:`.csv_export`, import in :mod:`.csv_import`).

Format (export writes exactly this; import accepts it, see :data:`COLUMNS`):

* UTF-8 with a byte-order mark (so Excel detects UTF-8), ``;`` separator, ``"`` quoting,
  CRLF line ends; one header line with the column names.
* Columns: ``slug;nom;categorie_slug;prix;prix_promo;stock;est_actif;est_featured;
  description_courte;image_url``.
* Money with a decimal comma and no thousands separator (``1234,50``), as French Excel
  expects; import also accepts a dot and ignores spaces and ``€``.
* Booleans ``oui``/``non`` (import also accepts ``1/0``, ``vrai/faux``, ``true/false``).
* An empty cell is an empty value: no promotion, no category, no image…
* Formula injection (OWASP "CSV injection"): a cell starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return gets a leading ``'`` on export so that a spreadsheet
  shows it as text. Import removes that one quote again (only when a dangerous character
  follows), so export → import gives back the exact text, which is stored as plain text.
  A cell that itself starts with quotes followed by a dangerous character gets one more
  quote, so the round trip is exact for every text.

Import matches products by ``slug``: an unknown slug creates a product, a known one
updates it. Only the columns present in the file are imported; on an update an empty
``stock``, ``est_actif`` or ``est_featured`` cell keeps the current value. Files saved by
Excel as "CSV (séparateur : point-virgule)" in Windows-1252 are read too, and a ``,``
separator is detected from the header. :func:`preview_import` writes nothing;
:func:`apply_import` writes everything or nothing.
"""

from __future__ import annotations

import re

COLUMNS: tuple[str, ...] = (
    "slug",
    "nom",
    "categorie_slug",
    "prix",
    "prix_promo",
    "stock",
    "est_actif",
    "est_featured",
    "description_courte",
    "image_url",
)
DELIMITER = ";"
BOM = "\ufeff"
_FORMULA_START = frozenset("=+-@\t\r")
_DANGEROUS = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED_DANGEROUS = re.compile(r"^'+[=+\-@\t\r]")


def neutralize(cell: str) -> str:
    """The cell as exported: a leading ``'`` when a spreadsheet could run it as a formula."""
    # The first-character test is the fast path: the export calls this a million times.
    if cell and (cell[0] in _FORMULA_START or (cell[0] == "'" and _DANGEROUS.match(cell))):
        return "'" + cell
    return cell


def unneutralize(cell: str) -> str:
    """The inverse of :func:`neutralize`, applied to every imported cell."""
    return cell[1:] if _QUOTED_DANGEROUS.match(cell) else cell


__all__ = ["BOM", "COLUMNS", "DELIMITER", "neutralize", "unneutralize"]
