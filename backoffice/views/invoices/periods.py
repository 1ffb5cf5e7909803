"""The Factures tab's periods (an accountant's: months, quarters, years) as the first and
last day the invoicing lists filter on (``debut`` / ``fin``, shop days, both included)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from backoffice.shop_time import shop_timezone
from backoffice.ui.specs import PERIOD_DATES

PERIODS = ("month", "last_month", "quarter", "last_quarter", "year", "last_year")


def shop_today() -> date:
    return datetime.now(shop_timezone()).date()


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _quarter_start(day: date) -> date:
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def period_days(value: Any, today: date | None = None) -> tuple[date | None, date | None]:
    """``"month"`` (this month so far), ``"last_month"``, ``"quarter"``, ``"last_quarter"``,
    ``"year"``, ``"last_year"``, ``(PERIOD_DATES, first, last)`` → ``(first, last)``;
    ``None`` → no bound."""
    today = today or shop_today()
    if value is None or value == "":
        return None, None
    if isinstance(value, list | tuple) and len(value) == 3 and value[0] == PERIOD_DATES:
        first, last = sorted((value[1], value[2]))
        return first, last
    if value == "month":
        return _month_start(today), today
    if value == "last_month":
        end = _month_start(today) - timedelta(days=1)
        return _month_start(end), end
    if value == "quarter":
        return _quarter_start(today), today
    if value == "last_quarter":
        end = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(end), end
    if value == "year":
        return today.replace(month=1, day=1), today
    if value == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(f"unknown period {value!r}")


__all__ = ["PERIODS", "period_days", "shop_today"]
