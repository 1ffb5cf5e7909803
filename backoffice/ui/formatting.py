"""Display formatting for numbers, dates and booleans in the interface's language
(:func:`backoffice.i18n.current_language`); money comes from :mod:`backoffice.money` (its
one home), in the same language.

Pure functions without Qt, so they are testable anywhere. In French, thousands are
separated by a narrow no-break space (U+202F), as French typography and CLDR's ``fr``
locale do, and the euro sign follows after a no-break space (U+00A0): ``1 234,50 €``. In
English (CLDR's ``en_GB``): ``1,234.50``, ``€1,234.50``, ``21/11/2026 14:05``. PDF and CSV
files stay French: they call :mod:`backoffice.money` with its French default.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from backoffice import money
from backoffice.i18n import FRENCH, QT_TRANSLATE_NOOP, current_language, translate
from backoffice.money import NBSP, THOUSANDS_SEP
from backoffice.shop_time import shop_timezone

EMPTY = ""
# (thousands separator, decimal mark) per language.
SEPARATORS = {FRENCH: (THOUSANDS_SEP, ","), "en": (",", ".")}
DATE_FORMATS = {FRENCH: "%d/%m/%Y", "en": "%d/%m/%Y"}  # en_GB: day/month/year too
TIME_FORMAT = "%H:%M"
YES = QT_TRANSLATE_NOOP("formatting", "Oui")
NO = QT_TRANSLATE_NOOP("formatting", "Non")


def _separators() -> tuple[str, str]:
    return SEPARATORS.get(current_language(), SEPARATORS[FRENCH])


def format_money(value: Decimal | int | str | float | None) -> str:
    """``1 234,50 €`` (``€1,234.50`` in English)."""
    return money.format_money(value, current_language())


def format_amount(value: Decimal | int | str | float | None) -> str:
    """``1 234,50`` (``1,234.50`` in English): an amount under a « Prix (€) » title."""
    return money.format_amount(value, current_language())


def money_text(value: Decimal | int | str | float | None) -> str:
    """An amount as an editor shows it: ``1234,50`` (``1234.50`` in English)."""
    return money.money_text(value, current_language())


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
    return _separators()[0].join(parts)


def format_decimal(value: Decimal | int | float | str | None, places: int = 2) -> str:
    """``Decimal("1234.5")`` → ``"1 234,50"`` (``"1,234.50"`` in English); rounding half-up
    as cash registers do.
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
        result += _separators()[1] + fraction.ljust(places, "0")
    return result


def format_int(value: int | None) -> str:
    """``12345`` → ``"12 345"`` (``"12,345"`` in English)."""
    if value is None:
        return EMPTY
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    sign = "-" if number < 0 else ""
    return sign + _group(str(abs(number)))


def format_count(count: int, singular: str, plural: str | None = None) -> str:
    """``(12345, "client")`` → ``"12 345 clients"``; French uses the singular for 0 and 1,
    English for 1 only (``"0 customers"``)."""
    one = abs(count) < 2 if current_language() == FRENCH else abs(count) == 1
    noun = singular if one else (plural or singular + "s")
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
    return value.strftime(DATE_FORMATS.get(current_language(), DATE_FORMATS[FRENCH]))


def format_datetime(value: datetime | None, tz: tzinfo | None = None) -> str:
    """``"21/11/2026 14:05"`` in the shop's time."""
    if value is None:
        return EMPTY
    pattern = DATE_FORMATS.get(current_language(), DATE_FORMATS[FRENCH]) + " " + TIME_FORMAT
    return to_local(value, tz).strftime(pattern)


def format_bool(value: object) -> str:
    """``True`` → ``"Oui"``, ``False`` → ``"Non"`` (``"Yes"``/``"No"`` in English),
    ``None`` → ``""``."""
    if value is None:
        return EMPTY
    return translate(YES if value else NO)


__all__ = [
    "EMPTY",
    "NBSP",
    "THOUSANDS_SEP",
    "format_amount",
    "format_bool",
    "format_count",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_int",
    "format_money",
    "money_text",
    "plain_tooltip",
    "to_local",
]
