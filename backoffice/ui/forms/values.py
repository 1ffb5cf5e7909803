"""Pure helpers on form values: French amounts as typed, and records that are either
dataclasses or mappings."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from backoffice import money


def parse_money_text(text: str) -> Decimal | None:
    """``"1 234,50 €"`` → ``Decimal("1234.50")``; blank → ``None``; ``ValueError`` otherwise
    (:func:`backoffice.money.parse_money`)."""
    return money.parse_money(text or "")


def money_text(value: Any) -> str:
    """The editable text of an amount: ``"1234,50"`` (no grouping, so it re-parses as typed)."""
    return money.money_text(value)


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
