"""Accent- and case-folding of text in Python, for search and French sorting.

PostgreSQL folds accents with ``unaccent`` and MariaDB with its accent-insensitive
collations; SQLite has neither, so the engine registers :func:`fold` as the SQL function
``backoffice_fold`` and :func:`french_compare` as the collation ``backoffice_fr``
(``backoffice.db``). Qt-free.
"""

from __future__ import annotations

import unicodedata

SQLITE_FOLD_FUNCTION = "backoffice_fold"
SQLITE_FRENCH_COLLATION = "backoffice_fr"

# Letters NFKD does not decompose into a base letter plus accents (after casefold, which
# already turns « ß » into « ss »), folded as unaccent's rules do.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "þ": "th"})


def fold(text: str) -> str:
    """``"Crème BRÛLÉE à l'Œuf"`` → ``"creme brulee a l'oeuf"``: case and accents removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _french_key(text: str) -> tuple[str, str]:
    # Letters first (« Écran » among the E's), then accents (« cote » before « côte »);
    # case never separates two values, as on the servers' case-insensitive orders.
    return fold(text), text.casefold()


def french_compare(left: str, right: str) -> int:
    """A SQLite collation: negative, zero or positive as ``left`` sorts before, with or
    after ``right`` in French order."""
    a, b = _french_key(left), _french_key(right)
    return (a > b) - (a < b)


def sqlite_fold(value: str | None) -> str | None:
    """:func:`fold` as a SQL function (NULL stays NULL)."""
    return None if value is None else fold(str(value))
