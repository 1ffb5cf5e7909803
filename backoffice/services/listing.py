"""Paged, sorted, filtered, searched lists, computed in SQL.

Every list screen is backed by a :class:`ListSource`: the select of its columns, which of
them sort, how the search box matches, what each filter means. The UI's lazy table model
asks for one :class:`Page` at a time and never holds a whole table.

Pages follow each other by **keyset**: a page ends with a :class:`Cursor` (the last row's
sort value, as the server computed it, and its id) and the next page asks for the rows after
it in the same order, so that page 5 000 costs what page 2 costs, where an OFFSET would read
and drop every row before it. See :func:`page_statements`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from backoffice.sql_compat import (
    may_be_null,
    nulls_ordered,
    plain_order_puts_nulls_first,
    word_search,
)

DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class Cursor:
    """Where a page ended, for the next page to continue from (keyset paging).

    ``value`` is the last row's sort value exactly as the server computed it (``lower(nom)``,
    a count, a timestamp as the driver returned it; ``None`` for NULL): the next page
    compares it with the server's own expression, under the server's own collation, never
    with a value recomputed in Python. ``id`` breaks ties. A cursor is only valid for the
    sort it was made under (``sort``, ``descending``).
    """

    sort: str
    descending: bool
    value: Any
    id: Any


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    # Rows to skip (an OFFSET: the server reads and drops them all). For a jump; scrolling
    # continues with ``after``.
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE
    # The rows after this cursor (the previous page's ``Page.after``); ``offset`` must be 0.
    after: Cursor | None = None

    def page(self, offset: int) -> ListQuery:
        """The same search, filters and sort from row ``offset`` (no cursor)."""
        return replace(self, offset=offset, after=None)

    def continued(self, after: Cursor | None) -> ListQuery:
        """The same search, filters and sort, from just after ``after`` (the top if None)."""
        return replace(self, offset=0, after=after)


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    offset: int  # the query's offset (0 for a page continuing from a cursor)
    has_more: bool
    # After this page's last row: ``query.continued(page.after)`` asks for the next page.
    # None for an empty page (and from wrappers that rebuilt the Page without it).
    after: Cursor | None = None


@dataclass(frozen=True)
class ListSource:
    """What a list screen may ask of one kind of record.

    ``base`` is a select whose labelled columns become the row dictionaries' keys; it must
    contain ``id``. ``sortable`` maps a column key to the SQL expression it sorts by.
    ``search`` turns the words of the search box into one condition, usually
    ``sql_compat.word_search`` (every word must match; case and accents ignored).
    ``filters`` maps a filter key to a function turning its value into a condition.
    ``nulls_ascending`` says where NULLs sort (see the field's comment for the index
    consequence).
    """

    base: Callable[[], Select[Any]]
    id_column: ColumnElement[Any]
    sortable: Mapping[str, ColumnElement[Any]]
    default_sort: str
    search: Callable[[Sequence[str]], ColumnElement[bool]] | None = None
    filters: Mapping[str, Callable[[Any], ColumnElement[bool] | None]] = field(default_factory=dict)
    default_descending: bool = False
    # Where NULLs go when sorting ascending (descending mirrors it). "last" is a btree
    # index's own order, forwards and backwards: PostgreSQL can then walk an index on the
    # sort key and stop after one page instead of sorting the whole table (on 200 000
    # customers: 15 ms instead of 180 ms for the first page). "first" needs a full sort
    # unless the index was built NULLS FIRST.
    nulls_ascending: Literal["first", "last"] = "first"
    # When sorting by a key listed here, ``sort_joins[key](stmt)`` adds the joins its
    # ``sortable`` expression needs, e.g. an aggregate computed once for every row instead
    # of a correlated subquery run once per row.
    sort_joins: Mapping[str, Callable[[Select[Any]], Select[Any]]] = field(default_factory=dict)


def like_pattern(word: str) -> str:
    """A ``LIKE`` pattern matching ``word`` anywhere, its own ``%``/``_`` taken literally."""
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(expression: ColumnElement[Any], word: str) -> ColumnElement[bool]:
    """``word`` anywhere in ``expression``, case and accents ignored (a filter's text,
    say); the search box uses :func:`~backoffice.sql_compat.word_search`."""
    return word_search([word], [expression])


def sql_text(expression: str) -> ColumnElement[Any]:
    """A literal SQL expression, used where it must match an index expression to the letter."""
    return literal_column(expression)


def _search_words(search: str) -> Sequence[str]:
    return [w for w in search.split() if w][:8]


def _conditions(source: ListSource, query: ListQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if source.search is not None:
        words = _search_words(query.search)
        if words:
            conditions.append(source.search(words))
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


def sort_of(source: ListSource, query: ListQuery) -> tuple[str, bool]:
    """The sort key and direction in force: the query's if sortable, else the default."""
    if query.sort in source.sortable:
        return str(query.sort), query.descending
    return source.default_sort, source.default_descending


def _nulls_at_start(source: ListSource, descending: bool) -> bool:
    """Whether NULL sort values come before the others in this direction."""
    return (source.nulls_ascending == "first") != descending


def _order_terms(
    source: ListSource,
    expression: ColumnElement[Any],
    id_expression: ColumnElement[Any],
    descending: bool,
) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    # Spelled out so that every server puts NULLs at the same end (descending mirrors
    # ascending, as PostgreSQL does by itself).
    at_start = _nulls_at_start(source, descending)
    primary = nulls_ordered(
        expression, descending=descending, nulls="first" if at_start else "last"
    )
    # The id breaks ties, so that paging through equal values neither repeats nor skips rows.
    tie = id_expression.desc() if descending else id_expression.asc()
    return primary, tie


TRIGRAM_MIN_WORD = 3


def selective_search(query: ListQuery) -> bool:
    """True when a search word is long enough for a trigram index to find its rows."""
    return any(len(word) >= TRIGRAM_MIN_WORD for word in _search_words(query.search))


def _sorting(
    source: ListSource, query: ListQuery, stmt: Select[Any]
) -> tuple[Select[Any], ColumnElement[Any], bool]:
    """``stmt`` with the joins of the sort in force, its sort expression and direction."""
    key, descending = sort_of(source, query)
    join = source.sort_joins.get(key)
    if join is not None:
        stmt = join(stmt)
    expression = source.sortable[key]
    if selective_search(query):
        # PostgreSQL would otherwise walk the sort column's index hoping to meet 200 matches
        # early; for a rare word that reads the whole table (300 ms on 100 000 products).
        # coalesce(x, x) sorts exactly like x but no index serves it, so the planner finds
        # the matches through the trigram index first and sorts only those (~15 ms).
        expression = func.coalesce(expression, expression)
    return stmt, expression, descending


def ordered(source: ListSource, query: ListQuery, stmt: Select[Any]) -> Select[Any]:
    stmt, expression, descending = _sorting(source, query, stmt)
    return stmt.order_by(*_order_terms(source, expression, source.id_column, descending))


# The page's sort value, selected beside its columns for the next page's cursor.
_SORT_KEY = "listing_sort_key"


def _as_read(expression: ColumnElement[Any]) -> ColumnElement[Any]:
    """``expression`` (same SQL) read and bound as the driver gives it, with no type
    conversion either way: a cursor value goes back to the server exactly as it came out
    (a timestamp SQLite stores as text stays that text, a Paris wall-clock DATETIME is not
    moved through UTC and back)."""
    return type_coerce(expression, NullType())


def _raw(value: Any) -> ColumnElement[Any]:
    return bindparam(None, value, type_=NullType())


# The order of a list, seen from a cursor, is two stretches: the rows whose sort value is
# not NULL (by value, then id) and those whose value is NULL (by id alone), the NULLs first
# or last (``ListSource.nulls_ascending``). Within a stretch the rest of the order is one
# condition that an index on the sort expression (or the primary key) answers as a range:
#   values after (v, i), ascending:  key >= v AND (key > v OR id > i)   (descending: <=, <)
#   NULLs after (NULL, i):           key IS NULL AND id > i
# and the stretch that follows is read from its start (key IS NOT NULL / key IS NULL) when
# the first one runs out. Written as one OR of the two, the condition would be no index
# range on any server, and each page would scan from the top again.
Stretch = tuple[ColumnElement[bool], tuple[ColumnElement[Any], ...]]


def _stretches(
    source: ListSource, expression: ColumnElement[Any], descending: bool, after: Cursor
) -> list[Stretch]:
    """(condition, ORDER BY) of each stretch of rows after ``after``, in list order."""
    key = _as_read(expression)
    id_column = source.id_column
    by_id = id_column.desc() if descending else id_column.asc()
    by_value = (key.desc() if descending else key.asc(), by_id)
    id_after = id_column < after.id if descending else id_column > after.id
    if after.value is None:
        stretches: list[Stretch] = [(and_(expression.is_(None), id_after), (by_id,))]
        if _nulls_at_start(source, descending):
            stretches.append((expression.is_not(None), by_value))
        return stretches
    value = _raw(after.value)
    beyond = key < value if descending else key > value
    reached = key <= value if descending else key >= value
    stretches = [(and_(reached, or_(beyond, id_after)), by_value)]
    if not _nulls_at_start(source, descending):
        stretches.append((expression.is_(None), (by_id,)))
    return stretches


def _deferred_join(
    source: ListSource,
    inner_stmt: Select[Any],
    sort_value: ColumnElement[Any],
    outer_order: Callable[[ColumnElement[Any], ColumnElement[Any]], Sequence[ColumnElement[Any]]],
) -> Select[Any]:
    # Only the id and the sort value: MariaDB does not prune a derived table's unused
    # columns (PostgreSQL does), and would compute a correlated count for each row twice.
    inner = inner_stmt.with_only_columns(
        source.id_column.label("id"),
        _as_read(sort_value).label(_SORT_KEY),
        maintain_column_froms=True,
    ).subquery("page")
    outer = source.base().add_columns(inner.c[_SORT_KEY])
    outer = outer.join(inner, source.id_column == inner.c.id)
    return outer.order_by(*outer_order(inner.c[_SORT_KEY], inner.c.id))


def page_statements(
    source: ListSource, query: ListQuery, limit: int, dialect: Dialect | None = None
) -> list[Select[Any]]:
    """The selects of one page, run in turn until ``limit`` rows have come.

    Without a cursor: one select, ``limit`` rows from ``query.offset``. With one
    (``query.after``): one select per stretch of the order after it (see above); the second
    only runs when the first stretch ends within the page, i.e. once per list.

    Each is a deferred join: an inner select picks the page's ids (and their sort value);
    PostgreSQL prunes its other columns, unreferenced outside it. Only the page's rows then
    get their full columns, so costly ones (a correlated COUNT of orders, say) are computed
    for one page, not for the rows before it nor for the whole table when sorting. The
    outer select orders by the inner sort value, never recomputing the sort expression,
    and returns it as ``listing_sort_key`` for the next cursor.

    A sort expression that needs joins (``sort_joins``: customers by number of orders, an
    aggregate computed in a CTE) pages the same way: the cursor condition applies to the
    joined value. The aggregate itself is computed once per page whatever the depth.
    """
    key, descending = sort_of(source, query)
    stmt, expression, descending = _sorting(source, query, filtered(source, query))
    sort_value = source.sortable[key]
    after = query.after
    if (
        after is None
        and query.offset <= 0
        and _first_page_in_stretches(source, query, expression, descending, dialect)
    ):
        # The server's plain order puts NULLs at the other end: a single ORDER BY would need
        # "x IS NULL, x", which no index serves (MariaDB sorted 200 000 customers for the
        # first page: 0.5-0.9 s). Read the page as the two stretches of the order from
        # their start instead, each an index range, as the next pages do.
        return _stretch_statements(
            source,
            stmt,
            sort_value,
            descending,
            _stretches_from_top(source, expression, descending),
            limit,
        )
    if after is None:
        inner = (
            stmt.order_by(*_order_terms(source, expression, source.id_column, descending))
            .offset(max(0, query.offset))
            .limit(limit)
        )
        return [
            _deferred_join(
                source,
                inner,
                sort_value,
                lambda value, id_: _order_terms(source, value, id_, descending),
            )
        ]
    if (after.sort, after.descending) != (key, descending):
        raise ValueError(f"cursor of sort {after.sort!r} used for sort {key!r}")
    if query.offset:
        raise ValueError("a cursor and an offset cannot be combined")
    return _stretch_statements(
        source,
        stmt,
        sort_value,
        descending,
        _stretches(source, expression, descending, after),
        limit,
    )


def _first_page_in_stretches(
    source: ListSource,
    query: ListQuery,
    expression: ColumnElement[Any],
    descending: bool,
    dialect: Dialect | None,
) -> bool:
    if dialect is None or selective_search(query) or not may_be_null(expression):
        return False
    wanted_first = _nulls_at_start(source, descending)
    return plain_order_puts_nulls_first(dialect, descending=descending) != wanted_first


def _stretches_from_top(
    source: ListSource, expression: ColumnElement[Any], descending: bool
) -> list[Stretch]:
    """The two stretches of the whole order (see above), in list order."""
    key = _as_read(expression)
    by_id = source.id_column.desc() if descending else source.id_column.asc()
    values: Stretch = (expression.is_not(None), (key.desc() if descending else key.asc(), by_id))
    nulls: Stretch = (expression.is_(None), (by_id,))
    return [nulls, values] if _nulls_at_start(source, descending) else [values, nulls]


def _stretch_statements(
    source: ListSource,
    stmt: Select[Any],
    sort_value: ColumnElement[Any],
    descending: bool,
    stretches: list[Stretch],
    limit: int,
) -> list[Select[Any]]:
    statements = []
    for condition, order in stretches:
        inner = stmt.where(condition).order_by(*order).limit(limit)
        by_value = len(order) == 2

        def outer_order(
            value: ColumnElement[Any], id_: ColumnElement[Any], by_value: bool = by_value
        ) -> Sequence[ColumnElement[Any]]:
            by_id = id_.desc() if descending else id_.asc()
            if not by_value:
                return (by_id,)
            return (value.desc() if descending else value.asc(), by_id)

        statements.append(_deferred_join(source, inner, sort_value, outer_order))
    return statements


def page_statement(source: ListSource, query: ListQuery, limit: int) -> Select[Any]:
    """The first select of :func:`page_statements`: the whole page but at a stretch's end."""
    return page_statements(source, query, limit)[0]


def fetch_page(session: Session, source: ListSource, query: ListQuery) -> Page:
    limit = max(1, min(query.limit, MAX_PAGE_SIZE))
    # One row more than asked tells whether another page exists, without a COUNT.
    wanted = limit + 1
    rows: list[dict[str, Any]] = []
    for stmt in page_statements(source, query, wanted, session.get_bind().dialect):
        if len(rows) >= wanted:
            break
        if len(rows):
            stmt = stmt.limit(wanted - len(rows))
        rows.extend(dict(row) for row in session.execute(stmt).mappings())
    rows = rows[:wanted]
    sort_values = [row.pop(_SORT_KEY) for row in rows]
    rows, has_more = rows[:limit], len(rows) > limit
    after = None
    if rows:
        key, descending = sort_of(source, query)
        after = Cursor(key, descending, sort_values[len(rows) - 1], rows[-1]["id"])
    return Page(rows=rows, offset=query.offset, has_more=has_more, after=after)


def count_rows(session: Session, source: ListSource, query: ListQuery) -> int:
    stmt = filtered(source, query)
    counted = select(func.count()).select_from(stmt.order_by(None).subquery())
    return int(session.execute(counted).scalar_one())


def count_by(
    session: Session, source: ListSource, query: ListQuery, column: ColumnElement[Any]
) -> dict[Any, int]:
    """The rows of ``query`` per value of ``column`` (a status): one ``GROUP BY``, the search
    and every filter of ``query`` applied (leave the status's own filter out of it for a
    status bar). Values without rows are absent."""
    key = column.label("group_key")
    stmt = (
        filtered(source, query)
        .with_only_columns(key, func.count().label("n"), maintain_column_froms=True)
        .group_by(column)
        .order_by(None)
    )
    return {row.group_key: int(row.n) for row in session.execute(stmt)}
