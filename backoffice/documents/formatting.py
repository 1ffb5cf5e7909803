"""How documents write amounts, rates and dates (French, Decimal only)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from backoffice.money import format_amount, format_money
from backoffice.shop_time import shop_timezone


def money(value: Decimal | int | None) -> str:
    """``Decimal("1234.5")`` → ``1 234,50 €`` (:func:`backoffice.money.format_money`)."""
    return format_money(value)


def amount(value: Decimal | int | None) -> str:
    """``1 234,50`` without the sign, for a column titled in euros."""
    return format_amount(value)


def rate(value: Decimal | int | None) -> str:
    """A percentage: ``Decimal("20.00")`` → ``20 %``, ``Decimal("5.5")`` → ``5,5 %``."""
    if value is None:
        return ""
    number = Decimal(value).normalize()
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") + "\u00a0%"


def day(value: date | datetime | None, zone: ZoneInfo | None = None) -> str:
    """``01/12/2026``; an aware datetime is shown in ``zone`` (the shop's by default)."""
    if value is None:
        return ""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(zone or shop_timezone())
    return value.strftime("%d/%m/%Y")


def day_time(value: datetime | None, zone: ZoneInfo | None = None) -> str:
    """``01/12/2026 à 14:05`` in ``zone`` (the shop's by default)."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(zone or shop_timezone())
    return value.strftime("%d/%m/%Y à %H:%M")


__all__ = ["amount", "day", "day_time", "money", "rate"]
