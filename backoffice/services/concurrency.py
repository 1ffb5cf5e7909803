"""Compare-and-set on the values that were read.

A timestamp version (``updated_at = :read``) is not enough on a shop's own database: the
website may change a column without touching ``updated_at``, a second-precision column
(MySQL ``DATETIME``) cannot tell two writes of the same second apart, and a naive
timestamp read through another time zone never compares equal. So a save compares every
column the user could have seen with the value read: ``col IS NOT DISTINCT FROM :read``
(``IS`` on SQLite, ``<=>`` on MySQL; SQLAlchemy renders each), and zero rows updated is a
conflict the user is told about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute


def unchanged_since_read(
    read: Mapping[InstrumentedAttribute[Any], Any],
) -> list[ColumnElement[bool]]:
    """WHERE conditions: each column still holds the value read."""
    return [column.is_not_distinct_from(value) for column, value in read.items()]


def raw_values(row: Any, columns: Iterable[InstrumentedAttribute[Any]]) -> dict[Any, Any]:
    """The row's values of ``columns`` (as read from the database), keyed by column."""
    return {column: getattr(row, column.key) for column in columns}


def differing(
    read: Mapping[str, Any], current: Mapping[str, Any], names: Iterable[str]
) -> list[str]:
    """The names whose current value is not the one read."""
    return [name for name in names if read.get(name) != current.get(name)]
