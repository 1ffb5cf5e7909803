"""Pure helpers on form values: amounts as typed (in the interface's language), and
records that are either dataclasses or mappings."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from backoffice import i18n, money

# English thousands: "1,234" or "€1,234,567.50" (commas between groups of three digits).
_ENGLISH_GROUPED = re.compile(r"[^\d,.]*\d{1,3}(,\d{3})+(\.\d*)?[^\d,.]*")


def parse_money_text(text: str) -> Decimal | None:
    """``"1 234,50 €"`` → ``Decimal("1234.50")``; blank → ``None``; ``ValueError`` otherwise
    (:func:`backoffice.money.parse_money`, which takes either decimal mark). In English,
    commas between groups of three digits are thousands: ``"1,234.50"`` → ``1234.50``."""
    text = (text or "").strip()
    if i18n.current_language() == i18n.ENGLISH and _ENGLISH_GROUPED.fullmatch(text):
        text = text.replace(",", "")
    return money.parse_money(text)


def money_text(value: Any) -> str:
    """The editable text of an amount: ``"1234,50"`` (``"1234.50"`` in English; no grouping,
    so it re-parses as typed)."""
    return money.money_text(value, i18n.current_language())


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
