"""Pure helpers on form values: French amounts as typed, and records that are either
dataclasses or mappings."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from backoffice.ui import formatting

_MONEY_JUNK = re.compile(r"[\s\u00a0\u202f€]")


def parse_money_text(text: str) -> Decimal | None:
    """``"1 234,50 €"`` → ``Decimal("1234.50")``; blank → ``None``; ``ValueError`` otherwise."""
    cleaned = _MONEY_JUNK.sub("", text or "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def money_text(value: Any) -> str:
    """The editable text of an amount: ``"1234,50"`` (no grouping, so it re-parses as typed)."""
    if value is None or value == "":
        return ""
    return formatting.format_decimal(value, 2).replace(formatting.THOUSANDS_SEP, "")


def get_value(data: Any, key: str, default: Any = None) -> Any:
    """``data[key]`` for a mapping, ``data.key`` otherwise."""
    if data is None:
        return default
    if isinstance(data, Mapping):
        return data.get(key, default)
    return getattr(data, key, default)


def with_values(data: Any, values: Mapping[str, Any]) -> Any:
    """A copy of ``data`` (dataclass or mapping) with ``values`` applied where they fit."""
    if data is None:
        return dict(values)
    if isinstance(data, Mapping):
        return {**data, **values}
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        names = {f.name for f in dataclasses.fields(data)}
        return dataclasses.replace(data, **{k: v for k, v in values.items() if k in names})
    return data


__all__ = ["get_value", "money_text", "parse_money_text", "with_values"]
