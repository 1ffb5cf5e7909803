"""Paged, sorted, filtered, searched lists, computed in SQL.

Every list screen is backed by a :class:`ListSource`: the select of its columns, which of
them sort, how the search box matches, what each filter means. The UI's lazy table model
asks for one :class:`Page` at a time and never holds a whole table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select
from sqlalchemy.orm import Session

DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE

    def page(self, offset: int) -> ListQuery:
        return ListQuery(self.search, self.filters, self.sort, self.descending, offset, self.limit)


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    offset: int
    has_more: bool


@dataclass(frozen=True)
class ListSource:
    """What a list screen may ask of one kind of record.

    ``base`` is a select whose labelled columns become the row dictionaries' keys; it must
    contain ``id``. ``sortable`` maps a column key to the SQL expression it sorts by.
    ``search`` turns one word of the search box into a condition (all words must match).
    ``filters`` maps a filter key to a function turning its value into a condition.
    """

    base: Callable[[], Select[Any]]
    id_column: ColumnElement[Any]
    sortable: Mapping[str, ColumnElement[Any]]
    default_sort: str
    search: Callable[[str], ColumnElement[bool]] | None = None
    filters: Mapping[str, Callable[[Any], ColumnElement[bool] | None]] = field(default_factory=dict)
    default_descending: bool = False


def like_pattern(word: str) -> str:
    """A ``LIKE`` pattern matching ``word`` anywhere, its own ``%``/``_`` taken literally."""
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(expression: ColumnElement[Any], word: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, in the ``lower(expr) LIKE`` form trigram indexes serve."""
    return func.lower(expression).like(like_pattern(word), escape="\\")


def sql_text(expression: str) -> ColumnElement[Any]:
    """A literal SQL expression, used where it must match an index expression to the letter."""
    return literal_column(expression)


def _search_words(search: str) -> Sequence[str]:
    return [w for w in search.split() if w][:8]


def _conditions(source: ListSource, query: ListQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if source.search is not None:
        conditions.extend(source.search(word) for word in _search_words(query.search))
    for key, value in query.filters.items():
        if value is None or value == "":
            continue
        make = source.filters.get(key)
        if make is None:
            raise ValueError(f"unknown filter {key!r}")
        condition = make(value)
        if condition is not None:
            conditions.append(condition)
    return conditions


def filtered(source: ListSource, query: ListQuery) -> Select[Any]:
    stmt = source.base()
    conditions = _conditions(source, query)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return stmt


def ordered(source: ListSource, query: ListQuery, stmt: Select[Any]) -> Select[Any]:
    key = query.sort if query.sort in source.sortable else source.default_sort
    descending = query.descending if query.sort in source.sortable else source.default_descending
    expression = source.sortable[key]
    primary = expression.desc().nulls_last() if descending else expression.asc().nulls_first()
    # The id breaks ties, so that paging through equal values neither repeats nor skips rows.
    tie = source.id_column.desc() if descending else source.id_column.asc()
    return stmt.order_by(primary, tie)


def fetch_page(session: Session, source: ListSource, query: ListQuery) -> Page:
    limit = max(1, min(query.limit, MAX_PAGE_SIZE))
    stmt = ordered(source, query, filtered(source, query))
    # One row more than asked tells whether another page exists, without a COUNT.
    result = session.execute(stmt.offset(max(0, query.offset)).limit(limit + 1))
    rows = [dict(row) for row in result.mappings()]
    return Page(rows=rows[:limit], offset=query.offset, has_more=len(rows) > limit)


def count_rows(session: Session, source: ListSource, query: ListQuery) -> int:
    stmt = filtered(source, query)
    counted = select(func.count()).select_from(stmt.order_by(None).subquery())
    return int(session.execute(counted).scalar_one())
