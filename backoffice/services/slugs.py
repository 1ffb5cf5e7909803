"""URL slugs: ``slugify`` folds any French name to ``[a-z0-9-]``; ``suggest_free_slug`` finds
the first free variant (``base``, ``base-2``, ``base-3``…) in a table.

Shared by products and categories (both have a unique ``slug`` column of 191 characters, the
utf8mb4 index limit the shop schema inherited from MySQL).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

SLUG_MAX_LENGTH = 191
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Letters NFKD does not decompose into a base letter plus accents.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase ASCII approximation of ``text`` (accents and ligatures folded)."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def slugify(text: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """``"Crème brûlée à l'œuf"`` → ``"creme-brulee-a-l-oeuf"``; empty when nothing is left."""
    slug = _NON_ALNUM.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        # Cut, then drop a dangling dash so that the result stays a valid slug.
        slug = slug[:max_length].rstrip("-")
    return slug


def is_valid_slug(slug: str) -> bool:
    return bool(SLUG_PATTERN.match(slug)) and len(slug) <= SLUG_MAX_LENGTH


def _with_suffix(base: str, n: int) -> str:
    suffix = f"-{n}"
    # The suffix must survive the length limit, so the base gives way.
    return base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix


def suggest_free_slug(
    session: Session, base: str, model: Any, exclude_id: int | None = None
) -> str:
    """``base`` if no other row of ``model`` uses it, else the first free ``base-N`` (N ≥ 2).

    ``model`` is a mapped class with ``id`` and ``slug`` (``Produit`` or ``Categorie``);
    ``exclude_id`` is the row being edited, which may keep its own slug. ``base`` is slugified
    first, so a raw name may be passed. One query fetches every taken ``base``/``base-…`` slug.
    """
    # An all-symbol name leaves nothing: fall back on the table's own noun.
    base = slugify(base) or str(model.__tablename__).rstrip("s")
    stmt = select(model.slug).where(
        (model.slug == base) | model.slug.like(base.replace("_", "\\_") + "-%", escape="\\")
    )
    if exclude_id is not None:
        stmt = stmt.where(model.id != exclude_id)
    taken = set(session.scalars(stmt))
    if base not in taken:
        return base
    n = 2
    while _with_suffix(base, n) in taken:
        n += 1
    return _with_suffix(base, n)
