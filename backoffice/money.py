"""French amounts, one home for every screen, service and file: parse what staff type,
format what they read. No Qt.

Money is :class:`~decimal.Decimal` end to end, never float. Display follows CLDR's
``fr_FR`` through Babel (``format_currency``/``parse_decimal``): thousands grouped by a
narrow no-break space (U+202F), the euro sign after a no-break space (U+00A0),
``1 234,50 €``. Amounts are rounded half up to the cent first, as cash registers do
(Babel itself would round half to even).

Display takes a ``language`` (``"fr"`` by default: documents and files stay French
whatever the interface's language; the screens pass the current one through
:mod:`backoffice.ui.formatting`): English follows CLDR's ``en_GB``, ``€1,234.50``.

Three written forms:

* :func:`format_money` — ``1 234,50 €`` (lists, forms read-only, messages);
* :func:`format_amount` — ``1 234,50`` (grouped, no sign: a column titled « Prix (€) »);
* :func:`money_text` — ``1234,50`` (no grouping: an editor's text, a CSV cell, which
  French Excel reads as a number and :func:`parse_money` reads back exactly).

:func:`parse_money` accepts ``1234,50``, ``1 234,50 €``, ``1 234.50``, ``12,5 €`` and
``-3,5``; it refuses floats, ``1e5``, ``NaN`` and any other text with a French
:class:`MoneyError` (a :class:`ValueError`).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel import Locale
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

from backoffice.i18n import BABEL_LOCALES, FRENCH, QT_TRANSLATE_NOOP

LOCALE = Locale.parse("fr_FR")
_LOCALES = {language: Locale.parse(name) for language, name in BABEL_LOCALES.items()}
CURRENCY = "EUR"
CENT = Decimal("0.01")
THOUSANDS_SEP = "\u202f"  # narrow no-break space, as CLDR's fr and French typography
NBSP = "\u00a0"  # before the euro sign
EXAMPLE = "1 234,50"

# What may surround the number (spaces of every kind, the euro sign) and what the number
# itself may hold: an optional sign, digits, spaces between groups, one decimal mark.
_AROUND = re.compile(r"[\s\u00a0\u202f€]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9][0-9 ]*)?(?:[.,][0-9]*)?")


class MoneyError(ValueError):
    """Text that is not an amount; the message is French and names an example."""


def _error(text: object) -> MoneyError:
    return MoneyError(
        QT_TRANSLATE_NOOP("money", "« {text} » n'est pas un montant (ex. {example}).").format(
            text=text, example=EXAMPLE
        )
    )


def parse_money(text: str | Decimal | int | None) -> Decimal | None:
    """``"1 234,50 €"``, ``"1 234.50"``, ``"12,5"``, ``Decimal("3")`` → ``Decimal``; blank
    text or ``None`` → ``None``. Floats, booleans and junk raise :class:`MoneyError`.

    The value keeps the places typed (``"12,5"`` → ``Decimal("12.5")``): rounding or
    refusing a third decimal is the caller's rule.
    """
    if text is None:
        return None
    if isinstance(text, bool | float):
        raise MoneyError(
            QT_TRANSLATE_NOOP(
                "money", "Un montant doit être donné en texte ou en Decimal, jamais en float."
            )
        )
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise _error(text)
        return text
    if isinstance(text, int):
        return Decimal(text)
    if not isinstance(text, str):
        raise _error(text)
    stripped = _AROUND.sub(" ", text).strip()
    if not stripped:
        return None
    # Babel alone would take "1e5", "NaN" or Arabic digits: only plain amounts go through.
    if not any(c in "0123456789" for c in stripped) or not _NUMBER.fullmatch(stripped):
        raise _error(text.strip())
    if stripped.count(",") + stripped.count(".") > 1:
        raise _error(text.strip())  # "1.234,50": two decimal marks, ambiguous
    try:
        value = parse_decimal(stripped.replace(" ", ""), locale=LOCALE)
    except (NumberFormatError, InvalidOperation):
        raise _error(text.strip()) from None
    if not value.is_finite():
        raise _error(text.strip())
    return value


def to_cents(value: Decimal | int) -> Decimal:
    """``value`` rounded half up to the cent; ``-0,00`` becomes ``0,00``."""
    rounded = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded + 0 if rounded.is_zero() else rounded  # drops the sign of a zero


def _decimal(value: Decimal | int | str | float) -> Decimal | None:
    """The number to show; display never raises (a float, from a foreign source, is shown
    through its shortest text, never its binary expansion)."""
    if isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _locale(language: str) -> Locale:
    return _LOCALES.get(language, LOCALE)


class Amount(str):
    """A formatted amount that remembers its value: French text (as every ``str`` use
    sees it: logs, the command line, tests), shown again in the interface's language when a
    message quoting it is translated (``ui.errors.translated``: « (€1,234.50) » in English
    rather than « (€1 234,50) »)."""

    value: Decimal
    with_sign: bool

    def __new__(cls, text: str, value: Decimal = Decimal(0), with_sign: bool = True) -> Amount:
        self = super().__new__(cls, text)
        self.value = value
        self.with_sign = with_sign
        return self

    def __getnewargs__(self) -> tuple[str, Decimal, bool]:  # type: ignore[override]  # copy
        return (str(self), self.value, self.with_sign)

    def in_language(self, language: str) -> str:
        """The same amount written for ``language``."""
        if self.with_sign:
            return format_money(self.value, language)
        return format_amount(self.value, language)


def format_money(value: Decimal | int | str | float | None, language: str = FRENCH) -> str:
    """``Decimal("1234.5")`` → ``"1 234,50 €"`` (``"€1,234.50"`` in English); ``None`` or
    ``""`` → ``""``."""
    if value is None or value == "":
        return ""
    number = _decimal(value)
    if number is None:
        return str(value)
    text = format_currency(to_cents(number), CURRENCY, locale=_locale(language))
    return Amount(text, number, with_sign=True)


def format_amount(value: Decimal | int | str | float | None, language: str = FRENCH) -> str:
    """``Decimal("1234.5")`` → ``"1 234,50"`` (``"1,234.50"`` in English; grouped, without
    the euro sign)."""
    if value is None or value == "":
        return ""
    number = _decimal(value)
    if number is None:
        return str(value)
    text = format_decimal(to_cents(number), format="#,##0.00", locale=_locale(language))
    return Amount(text, number, with_sign=False)


def money_text(value: Decimal | int | str | float | None, language: str = FRENCH) -> str:
    """``Decimal("1234.5")`` → ``"1234,50"`` (``"1234.50"`` in English): the editable and
    CSV form (no grouping), read back exactly by :func:`parse_money`, which takes either
    decimal mark. Plain string work, no locale lookup: the CSV export writes it for every
    product."""
    if value is None or value == "":
        return ""
    number = _decimal(value)
    if number is None:
        return str(value)
    text = f"{to_cents(number):f}"
    return text if language != FRENCH else text.replace(".", ",")


__all__ = [
    "CENT",
    "CURRENCY",
    "LOCALE",
    "NBSP",
    "THOUSANDS_SEP",
    "Amount",
    "MoneyError",
    "format_amount",
    "format_money",
    "money_text",
    "parse_money",
    "to_cents",
]
