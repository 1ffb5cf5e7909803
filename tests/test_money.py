"""backoffice.money: French amounts parsed and formatted in one place (Babel, fr_FR)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.money import (
    MoneyError,
    format_amount,
    format_money,
    money_text,
    parse_money,
    to_cents,
)

NNBSP, NBSP = "\u202f", "\u00a0"  # the grouping space, the space before the euro sign


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1234.5", f"1{NNBSP}234,50{NBSP}€"),
        ("1234567.89", f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
        ("0", f"0,00{NBSP}€"),
        ("-0.5", f"-0,50{NBSP}€"),
        ("-1234.5", f"-1{NNBSP}234,50{NBSP}€"),
        ("999", f"999,00{NBSP}€"),
        ("0.005", f"0,01{NBSP}€"),  # half up, where Babel alone would round half to even
        ("2.665", f"2,67{NBSP}€"),
        ("-0.004", f"0,00{NBSP}€"),  # no "-0,00"
    ],
)
def test_format_money(value: str, shown: str) -> None:
    assert format_money(Decimal(value)) == shown


def test_the_three_written_forms() -> None:
    value = Decimal("1234567.891")
    assert format_money(value) == f"1{NNBSP}234{NNBSP}567,89{NBSP}€"
    assert format_amount(value) == f"1{NNBSP}234{NNBSP}567,89"
    assert money_text(value) == "1234567,89"
    assert format_money(None) == format_amount(None) == money_text(None) == ""
    assert format_money("") == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234,50", "1234.50"),
        ("1 234,50", "1234.50"),
        (f"1{NNBSP}234,50{NBSP}€", "1234.50"),
        ("1 234.50", "1234.50"),
        ("12,5 €", "12.5"),
        ("€ 12,5", "12.5"),
        ("-3,5", "-3.5"),
        ("0", "0"),
        ("+7", "7"),
        (f"{NNBSP}19.9", "19.9"),
    ],
)
def test_parse_money(text: str, value: str) -> None:
    assert parse_money(text) == Decimal(value)


@pytest.mark.parametrize(
    "text", ["douze", "1e5", "NaN", "Infinity", "1.234,50", "1,2,3", "-", "12 €€ x", "١٢"]
)
def test_parse_money_refuses_junk_in_french(text: str) -> None:
    with pytest.raises(MoneyError, match="n'est pas un montant"):
        parse_money(text)


def test_parse_money_refuses_floats_and_keeps_decimals() -> None:
    with pytest.raises(MoneyError, match="jamais en float"):
        parse_money(12.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):  # a MoneyError is a ValueError for the callers
        parse_money(True)  # type: ignore[arg-type]
    assert parse_money(Decimal("3.10")) == Decimal("3.10")
    assert parse_money(3) == Decimal(3)
    assert parse_money(None) is None
    assert parse_money("   ") is None
    assert parse_money("€") is None


def test_to_cents_rounds_half_up() -> None:
    assert to_cents(Decimal("0.125")) == Decimal("0.13")
    assert to_cents(Decimal("-0.125")) == Decimal("-0.13")
    assert to_cents(Decimal("0.124")) == Decimal("0.12")
    assert str(to_cents(Decimal("-0.001"))) == "0.00"


cents = st.integers(min_value=-(10**11), max_value=10**11).map(lambda c: Decimal(c).scaleb(-2))


@given(cents)
def test_round_trips(value: Decimal) -> None:
    assert parse_money(format_money(value)) == value
    assert parse_money(format_amount(value)) == value
    assert parse_money(money_text(value)) == value


def test_screens_and_services_use_it() -> None:
    """The form's money kind, the lists' formatting and the catalogue read this module."""
    from backoffice import money
    from backoffice.services import catalog
    from backoffice.ui import formatting
    from backoffice.ui.forms import values

    # The screens' format_money is the module's, in the interface's language (French here).
    assert formatting.format_money(Decimal("1234.5")) == money.format_money(Decimal("1234.5"))
    assert catalog.parse_money is money.parse_money
    assert catalog.format_money is money.format_amount
    assert values.parse_money_text("1 234,50 €") == Decimal("1234.50")
    assert values.money_text(Decimal("1234.5")) == "1234,50"
