"""French display formatting for numbers, dates and booleans; money comes from
:mod:`backoffice.money` (its one home), re-exported here for the screens.

Pure functions without Qt, so they are testable anywhere and usable by PDF/CSV exports too.
Thousands are separated by a narrow no-break space (U+202F), as French typography and
CLDR's ``fr`` locale do; the euro sign follows after a no-break space (U+00A0).
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from backoffice.money import NBSP, THOUSANDS_SEP, format_money
from backoffice.shop_time import shop_timezone

EMPTY = ""


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, shown as typed even when it looks like HTML.

    Qt has no plain-text mode for tooltips: it renders as rich text whatever *looks* like
    HTML (a customer named ``<b>X</b>``, an ``<img src=…>``). Such text is escaped and
    wrapped in a paragraph that keeps its spaces and line breaks; other text is unchanged.
    """
    if "<" not in text:
        return text
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"


def _group(digits: str) -> str:
    """Groups an unsigned string of digits by three from the right."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return THOUSANDS_SEP.join(parts)


def format_decimal(value: Decimal | int | float | str | None, places: int = 2) -> str:
    """``Decimal("1234.5")`` → ``"1 234,50"``; rounding half-up as cash registers do.
    A number, not an amount: amounts are :func:`format_money` (``1 234,50 €``)."""
    if value is None or value == "":
        return EMPTY
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    quantum = Decimal(1).scaleb(-places) if places > 0 else Decimal(1)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):f}"
    integer, _, fraction = text.partition(".")
    result = sign + _group(integer)
    if places > 0:
        result += "," + fraction.ljust(places, "0")
    return result


def format_int(value: int | None) -> str:
    """``12345`` → ``"12 345"``."""
    if value is None:
        return EMPTY
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    sign = "-" if number < 0 else ""
    return sign + _group(str(abs(number)))


def format_count(count: int, singular: str, plural: str | None = None) -> str:
    """``(12345, "client")`` → ``"12 345 clients"``; French uses the singular for 0 and 1."""
    noun = singular if abs(count) < 2 else (plural or singular + "s")
    return f"{format_int(count)} {noun}"


def to_local(value: datetime, tz: tzinfo | None = None) -> datetime:
    """The aware datetime in the shop's time zone (or ``tz``).

    Staff see the wall-clock time the shop's website shows, whatever the desk's own zone
    (a manager travelling, a desk left in UTC). A naive value is taken as UTC.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz or shop_timezone())


def format_date(value: date | datetime | None, tz: tzinfo | None = None) -> str:
    """``"21/11/2026"``; a datetime is first converted to the shop's time (the day may change)."""
    if value is None:
        return EMPTY
    if isinstance(value, datetime):
        value = to_local(value, tz).date()
    return value.strftime("%d/%m/%Y")


def format_datetime(value: datetime | None, tz: tzinfo | None = None) -> str:
    """``"21/11/2026 14:05"`` in the shop's time."""
    if value is None:
        return EMPTY
    return to_local(value, tz).strftime("%d/%m/%Y %H:%M")


def format_bool(value: object) -> str:
    """``True`` → ``"Oui"``, ``False`` → ``"Non"``, ``None`` → ``""``."""
    if value is None:
        return EMPTY
    return "Oui" if value else "Non"


__all__ = [
    "EMPTY",
    "NBSP",
    "THOUSANDS_SEP",
    "format_bool",
    "format_count",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_int",
    "format_money",
    "plain_tooltip",
    "to_local",
]
