"""Tolerant reading, strict writing of the two free-text product columns.

The website and years of hand edits left ``produits.images_supplementaires`` and
``produits.caracteristiques`` in several shapes. We read every shape we know and always
write one: JSON, UTF-8 kept readable (``ensure_ascii=False``).

``images_supplementaires`` — read: a JSON list of strings (``["a.jpg", "b.jpg"]``), a JSON
string, or plain text with one URL per line or separated by commas/semicolons. Written: a
JSON list of strings, ``NULL`` when empty.

``caracteristiques`` — read: a JSON object (``{"Couleur": "Rouge"}``), a JSON list of pairs
(``[["Couleur", "Rouge"]]`` or ``[{"nom": "Couleur", "valeur": "Rouge"}]``), or plain text with
one ``clé: valeur`` (or ``clé = valeur``) per line. Written: a JSON object whose values are
strings, keys in the order given, ``NULL`` when empty.

Nothing here raises on bad stored data: unreadable text becomes the best approximation
(a line without a separator becomes a key with an empty value) so a form always opens.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

_LIST_SEPARATORS = re.compile(r"[\r\n,;]+")
_PAIR_SEPARATOR = re.compile(r"\s*[:=]\s*")
_NAME_KEYS = ("nom", "name", "cle", "clé", "key", "label", "libelle")
_VALUE_KEYS = ("valeur", "value", "val")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _try_json(text: str) -> tuple[bool, Any]:
    stripped = text.strip()
    if not stripped or stripped[0] not in '[{"':
        return False, None
    try:
        return True, json.loads(stripped)
    except ValueError:
        return False, None


def parse_images(text: str | None) -> list[str]:
    """The additional image URLs stored in ``text``, in order, blanks dropped."""
    if not text or not text.strip():
        return []
    ok, value = _try_json(text)
    if ok:
        if isinstance(value, list):
            items = []
            for item in value:
                if isinstance(item, Mapping):
                    # [{"url": "..."}] is another shape seen in the wild.
                    item = item.get("url") or item.get("src") or ""
                items.append(_as_text(item))
            return [i for i in items if i]
        if isinstance(value, str):
            return parse_images(value) if value.strip() != text.strip() else [value.strip()]
        if isinstance(value, Mapping):
            return [t for t in (_as_text(v) for v in value.values()) if t]
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def format_images(images: Iterable[str]) -> str | None:
    """The JSON list written for ``images``; ``None`` (SQL ``NULL``) when there are none."""
    cleaned = [str(i).strip() for i in images if str(i).strip()]
    return json.dumps(cleaned, ensure_ascii=False) if cleaned else None


def _pair(item: Any) -> tuple[str, str] | None:
    if isinstance(item, list | tuple) and item:
        key = _as_text(item[0])
        return (key, _as_text(item[1]) if len(item) > 1 else "") if key else None
    if isinstance(item, Mapping):
        key = next((_as_text(item[k]) for k in _NAME_KEYS if k in item), "")
        value = next((_as_text(item[k]) for k in _VALUE_KEYS if k in item), "")
        if key:
            return key, value
        if len(item) == 1:
            ((k, v),) = item.items()
            return _as_text(k), _as_text(v)
        return None
    if isinstance(item, str):
        return _text_pair(item)
    return None


def _text_pair(line: str) -> tuple[str, str] | None:
    line = line.strip().lstrip("-•*").strip()
    if not line:
        return None
    parts = _PAIR_SEPARATOR.split(line, maxsplit=1)
    key = parts[0].strip()
    value = parts[1].strip() if len(parts) > 1 else ""
    return (key, value) if key else None


def parse_characteristics(text: str | None) -> dict[str, str]:
    """The ``{clé: valeur}`` stored in ``text``, in order; a repeated key keeps its last value."""
    if not text or not text.strip():
        return {}
    pairs: list[tuple[str, str] | None]
    ok, value = _try_json(text)
    if ok and isinstance(value, Mapping):
        pairs = [(_as_text(k), _as_text(v)) for k, v in value.items()]
    elif ok and isinstance(value, list):
        pairs = [_pair(item) for item in value]
    elif ok and isinstance(value, str) and value.strip() != text.strip():
        return parse_characteristics(value)
    else:
        pairs = [_text_pair(line) for line in text.splitlines()]
    return {k: v for k, v in (p for p in pairs if p is not None) if k}


def format_characteristics(characteristics: Mapping[str, str]) -> str | None:
    """The JSON object written; ``None`` (SQL ``NULL``) when empty. Blank keys are dropped."""
    cleaned = {str(k).strip(): _as_text(v) for k, v in characteristics.items() if str(k).strip()}
    return json.dumps(cleaned, ensure_ascii=False) if cleaned else None
