"""The lists' « Période » filter, written once: today, 7 or 30 days, this month, or dates.

Days are the shop's (``shop_time``): « aujourd'hui » at 00:30 in Paris is Paris's today,
whatever the desk's or the server's zone. The Commandes list filters its order dates with
it, the Conversations inbox its last activity.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_

from backoffice.shop_time import shop_timezone

PERIOD_DATES = "dates"  # ("dates", first_day, last_day): both days included
PERIODS = ("today", "7d", "30d", "month")


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the shop's time zone."""
    return datetime.combine(day, time.min, tzinfo=shop_timezone())


def as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def period_condition(column: Any, value: Any, now: datetime | None = None) -> ColumnElement[bool]:
    """``column`` within ``today``, ``7d`` (today and the 6 days before), ``30d``, ``month``
    (since the 1st) or ``("dates", first_day, last_day)``; raises ``ValueError`` otherwise."""
    today = (now or datetime.now(shop_timezone())).astimezone(shop_timezone()).date()
    if isinstance(value, list | tuple) and len(value) == 3 and value[0] == PERIOD_DATES:
        first, last = sorted((as_date(value[1]), as_date(value[2])))
        return and_(column >= day_start(first), column < day_start(last + timedelta(days=1)))
    starts = {
        "today": today,
        "7d": today - timedelta(days=6),
        "30d": today - timedelta(days=29),
        "month": today.replace(day=1),
    }
    if value not in starts:
        raise ValueError(f"unknown period {value!r}")
    return column >= day_start(starts[value])
