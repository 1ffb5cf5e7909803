"""The few SQL constructs that differ between SQLite, PostgreSQL and MySQL/MariaDB.

Services write their SQL once, with SQLAlchemy constructs that compile on the three
servers. Where a server lacks a construct, one small helper here hides the difference, so
that no service ever asks which server it talks to:

* :func:`nulls_ordered` — ``ORDER BY x ASC NULLS LAST`` (MySQL has no ``NULLS FIRST/LAST``);
* :func:`case_folded` — ``lower(x)`` for case-insensitive sorts and lookups, plain ``x`` on
  MySQL/MariaDB, whose collation is already case-insensitive and which cannot index
  ``lower(x)`` (so the plain index on the column serves it);
* :func:`server_clock` — the server's running clock (``clock_timestamp()`` / ``NOW(6)``);
* :func:`update_returning` — ``UPDATE … RETURNING`` (MariaDB and MySQL have none);
* :func:`insert_returning_ids` — the ids of a multi-row INSERT, in order (MySQL 8 has no
  ``INSERT … RETURNING``; MariaDB ≥ 10.5 has);
* :func:`insert_or_advance` — an upsert that only moves a counter forward
  (``INSERT … ON CONFLICT … DO UPDATE … WHERE``, which MySQL cannot express exactly);
* :func:`transaction_lock` — a lock held until the transaction ends
  (``pg_advisory_xact_lock``; MySQL's named locks outlive transactions);
* :func:`statement_timeout_sql` — the session's statement time limit on MySQL/MariaDB;
* :func:`word_search` — the search box: every word matches, case and accents ignored
  (trigram-friendly ``LIKE`` on PostgreSQL and SQLite, ``MATCH … AGAINST`` on MySQL);
  :func:`prefix_search` for identifiers (references) on their index;
* :func:`french_sorted` — a text sort key in French order (« Écran » among the E's).

The text helpers are written in ``backoffice.sql_text`` and imported from here.

Qt-free.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Table,
    and_,
    func,
    insert,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Update
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.expression import ColumnElement as _ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeEngine

# The text helpers live next door (this module would pass 500 lines); import them from here.
from backoffice.sql_text import (
    TextSupport,
    french_sorted,
    install_text_support,
    prefix_search,
    text_support,
    word_search,
)

MYSQL_DIALECTS = frozenset({"mysql", "mariadb"})


def is_mysql(dialect: Dialect) -> bool:
    """MySQL or MariaDB (SQLAlchemy names the dialect after the URL's scheme)."""
    return dialect.name in MYSQL_DIALECTS


def _dialect(bind: Session | Dialect) -> Dialect:
    return bind.get_bind().dialect if isinstance(bind, Session) else bind


# --- ORDER BY … NULLS FIRST / LAST -------------------------------------------------------


class _NullsOrdered(_ColumnElement[Any]):
    """``expression ASC|DESC`` with NULLs at a chosen end, on every server."""

    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy's own declaration style
        ("sort_key", InternalTraversal.dp_clauseelement),
        ("descending", InternalTraversal.dp_boolean),
        ("nulls_first", InternalTraversal.dp_boolean),
    ]

    def __init__(self, expression: ColumnElement[Any], descending: bool, nulls_first: bool):
        self.sort_key = expression
        self.descending = descending
        self.nulls_first = nulls_first
        self.type = expression.type


def _direction(element: _NullsOrdered) -> str:
    return "DESC" if element.descending else "ASC"


@compiles(_NullsOrdered)
def _compile_nulls_standard(element: _NullsOrdered, compiler: Any, **kw: Any) -> str:
    nulls = "NULLS FIRST" if element.nulls_first else "NULLS LAST"
    return f"{compiler.process(element.sort_key, **kw)} {_direction(element)} {nulls}"


def _compile_nulls_mysql(element: _NullsOrdered, compiler: Any, **kw: Any) -> str:
    # MySQL puts NULLs first ascending and last descending. When that is the wanted end,
    # the plain order keeps an index on the key usable; otherwise "x IS NULL" sorts first.
    sql = compiler.process(element.sort_key, **kw)
    natural_first = not element.descending
    if element.nulls_first == natural_first or not _nullable(element.sort_key):
        return f"{sql} {_direction(element)}"
    null_rank = "DESC" if element.nulls_first else "ASC"
    return f"{sql} IS NULL {null_rank}, {sql} {_direction(element)}"


compiles(_NullsOrdered, "mysql")(_compile_nulls_mysql)
compiles(_NullsOrdered, "mariadb")(_compile_nulls_mysql)


def _nullable(expression: ColumnElement[Any]) -> bool:
    # A plain NOT NULL column needs no NULL rank; anything else (expressions, outer-joined
    # columns, subquery columns) might be NULL.
    # Sort-key wrappers (case_folded, french_sorted) keep the column they wrap in .folded.
    if getattr(expression, "maybe_null", False):
        return True
    expression = getattr(expression, "folded", expression)
    table = getattr(expression, "table", None)
    if isinstance(expression, ColumnClause) and isinstance(table, Table):
        return bool(getattr(expression, "nullable", True))
    return True


def may_be_null(expression: ColumnElement[Any]) -> bool:
    """Whether a sort key can be NULL (a NOT NULL column cannot; anything else may)."""
    return _nullable(expression)


def plain_order_puts_nulls_first(dialect: Dialect, *, descending: bool) -> bool:
    """Where a plain ``ORDER BY x [DESC]`` puts NULLs on this server: PostgreSQL treats
    NULL as larger than any value (last ascending, first descending); MySQL, MariaDB and
    SQLite as smaller. When that is not the end a list wants, :func:`nulls_ordered` must
    spell it out, and no index on ``x`` serves the order any more (MySQL sorts the whole
    table); a caller can then read the NULL and non-NULL rows as two index ranges."""
    nulls_largest = dialect.name == "postgresql"
    return descending if nulls_largest else not descending


def nulls_ordered(
    expression: ColumnElement[Any],
    *,
    descending: bool,
    nulls: Literal["first", "last"],
) -> ColumnElement[Any]:
    """An ORDER BY term: ``expression`` ascending or descending, NULLs ``first``/``last``."""
    return _NullsOrdered(expression, descending, nulls == "first")


# --- Case-insensitive keys ----------------------------------------------------------------------


class _CaseFolded(_ColumnElement[Any]):
    inherit_cache = True
    _traverse_internals = [("folded", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, expression: ColumnElement[Any]) -> None:
        self.folded = expression
        self.type = expression.type


@compiles(_CaseFolded)
def _compile_folded_standard(element: _CaseFolded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.folded, **kw)})"


def _compile_folded_mysql(element: _CaseFolded, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.folded, **kw))


compiles(_CaseFolded, "mysql")(_compile_folded_mysql)
compiles(_CaseFolded, "mariadb")(_compile_folded_mysql)


def case_folded(expression: ColumnElement[Any]) -> ColumnElement[Any]:
    """``expression`` compared and sorted without regard to case (see the module doc)."""
    return _CaseFolded(expression)


# --- The server's clock -------------------------------------------------------------------


class _ServerClock(_ColumnElement[Any]):
    inherit_cache = True
    _traverse_internals = ()


@compiles(_ServerClock)
def _compile_clock_standard(_element: _ServerClock, _compiler: Any, **_kw: Any) -> str:
    # clock_timestamp(), not now(): now() is frozen at the start of the transaction.
    return "clock_timestamp()"


def _compile_clock_mysql(_element: _ServerClock, _compiler: Any, **_kw: Any) -> str:
    # NOW(6) is the start of the statement (not of the transaction), to the microsecond,
    # in the session's time_zone, which the engine sets to the shop's.
    return "NOW(6)"


compiles(_ServerClock, "mysql")(_compile_clock_mysql)
compiles(_ServerClock, "mariadb")(_compile_clock_mysql)


def server_clock(bind: Session | Dialect, type_: TypeEngine[Any]) -> ColumnElement[Any] | None:
    """The database server's running clock as a column of ``type_``; None for SQLite (an
    embedded database has no clock of its own: use the computer's)."""
    if _dialect(bind).name == "sqlite":
        return None
    return type_coerce(_ServerClock(), type_)


# --- UPDATE … RETURNING ----------------------------------------------------------------------


def update_returning(
    session: Session,
    stmt: Update,
    column: ColumnElement[Any],
    row_key: ColumnElement[bool],
) -> Any | None:
    """Run ``stmt`` (which updates at most one row) and give ``column`` as written; None
    when no row matched.

    Uses ``RETURNING`` where the server has it. Otherwise the row is read back by
    ``row_key`` (its primary key: the update's own conditions may no longer hold after it)
    in the same transaction, which holds the row's lock since the update, so nobody can
    have changed it in between.
    """
    if session.get_bind().dialect.update_returning:
        return session.execute(stmt.returning(column)).scalar()
    result = session.execute(stmt)
    if not result.rowcount:  # type: ignore[attr-defined]
        return None
    return session.execute(select(column).where(row_key)).scalar()


# --- INSERT … RETURNING id ---------------------------------------------------------------------


def insert_returning_ids(
    session: Session, table: Table, rows: list[dict[str, Any]], id_column: ColumnElement[Any]
) -> list[Any]:
    """Insert ``rows`` and give their new ids, in the order of ``rows``.

    One batched ``INSERT … RETURNING`` where the server has it; otherwise one INSERT per
    row (MySQL 8), each giving its ``lastrowid``.
    """
    if session.get_bind().dialect.insert_returning:
        stmt = insert(table).returning(id_column, sort_by_parameter_order=True)
        return list(session.execute(stmt, rows).scalars().all())
    return [session.execute(insert(table).values(**row)).inserted_primary_key[0] for row in rows]


# --- INSERT … ON CONFLICT DO UPDATE … WHERE -------------------------------------------------


def insert_or_advance(
    session: Session,
    table: Table,
    key: dict[str, Any],
    counter: str,
    value: int,
    others: dict[str, Any] | None = None,
) -> bool:
    """Create the ``key`` row with ``counter = value``, or raise its ``counter`` to
    ``value`` if it is lower; True when this call wrote, False when the row already held
    ``value`` or more. Atomic under concurrency: of two calls with the same value, one
    wins.

    PostgreSQL and SQLite: ``INSERT … ON CONFLICT (key) DO UPDATE … WHERE counter <
    excluded.counter RETURNING``. MySQL/MariaDB: ``ON DUPLICATE KEY UPDATE`` reports the
    same affected-row count for an insert and an unchanged row once the driver asks for
    found rows (as SQLAlchemy does, so that UPDATE counts matched rows as on PostgreSQL),
    so the same thing is done in two steps: a conditional UPDATE (which waits for the
    row's lock and tells by its matched count), else an INSERT. When a concurrent caller
    inserted the row first (duplicate key) this call loses: re-trying the UPDATE there
    would deadlock InnoDB (each loser holds a shared lock on the new row), and losing is
    the safe answer — at worst a later value racing the very first one is refused once.
    Needs READ COMMITTED (the engine's), under which the UPDATE of a missing row takes no
    gap lock.
    """
    values = {**key, counter: value, **(others or {})}
    column = table.c[counter]
    dialect = session.get_bind().dialect
    if not is_mysql(dialect):
        upsert = postgresql.insert if dialect.name == "postgresql" else sqlite.insert
        stmt = upsert(table).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c[name] for name in key],
            set_={name: stmt.excluded[name] for name in values if name not in key},
            where=column < stmt.excluded[counter],
        ).returning(*(table.c[name] for name in key))
        return session.execute(stmt).first() is not None

    where = and_(*(table.c[name] == val for name, val in key.items()))
    advance = update(table).where(where, column < value).values(**values)

    if session.execute(advance).rowcount:  # type: ignore[attr-defined]
        return True
    try:
        with session.begin_nested():
            session.execute(insert(table).values(**values))
    except IntegrityError:
        return False  # the row exists: it held ``value`` or more, or a concurrent caller won
    return True


# --- INSERT … or lock the existing row ----------------------------------------------------


def insert_or_lock(
    session: Session, table: Table, key: dict[str, Any], values: dict[str, Any], touch: str
) -> None:
    """Create the ``key`` row with ``values``, or, when it exists, set its ``touch`` column
    to ``values[touch]``: either way the row is write-locked until the transaction ends.

    One statement on every server (``INSERT … ON CONFLICT … DO UPDATE``, ``ON DUPLICATE KEY
    UPDATE``), so that callers racing to create the row queue on its lock instead of
    deadlocking (InnoDB: a failed INSERT leaves a shared lock that a later UPDATE of each
    loser would wait for, one behind the other).
    """
    row = {**key, **values}
    dialect = session.get_bind().dialect
    if is_mysql(dialect):
        from sqlalchemy.dialects import mysql

        stmt = mysql.insert(table).values(**row)
        session.execute(stmt.on_duplicate_key_update({touch: stmt.inserted[touch]}))
        return
    upsert = postgresql.insert if dialect.name == "postgresql" else sqlite.insert
    stmt = upsert(table).values(**row)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=[table.c[name] for name in key], set_={touch: stmt.excluded[touch]}
        )
    )


# --- A lock for the rest of the transaction ---------------------------------------------------


def transaction_lock(session: Session, key: int, rows: Select[Any]) -> None:
    """Serialise the transactions that call this with the same ``key`` until they end.

    PostgreSQL: ``pg_advisory_xact_lock(key)``. MySQL/MariaDB have no transaction-scoped
    named lock (``GET_LOCK`` lasts as long as the connection), so the rows of ``rows``
    (a select of primary keys: a small table's whole id column, say) are locked ``FOR
    UPDATE`` instead, in id order so that two callers cannot deadlock. SQLite serialises
    writers by itself: nothing to do.
    """
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(literal(key, Integer))))
    elif is_mysql(dialect):
        session.execute(rows.with_for_update()).all()


# --- Session settings -------------------------------------------------------------------------


def statement_timeout_sql(server_version: str, timeout_ms: int) -> str:
    """The ``SET SESSION`` that limits statements to ``timeout_ms`` on this MySQL-family
    server: ``max_statement_time`` (seconds, every statement) on MariaDB,
    ``max_execution_time`` (milliseconds, SELECT only) on MySQL."""
    if "mariadb" in server_version.lower():
        return f"SET SESSION max_statement_time = {int(timeout_ms) / 1000:.3f}"
    return f"SET SESSION max_execution_time = {int(timeout_ms)}"


__all__ = [
    "MYSQL_DIALECTS",
    "TextSupport",
    "case_folded",
    "french_sorted",
    "insert_or_advance",
    "insert_or_lock",
    "insert_returning_ids",
    "install_text_support",
    "is_mysql",
    "nulls_ordered",
    "prefix_search",
    "server_clock",
    "statement_timeout_sql",
    "text_support",
    "transaction_lock",
    "update_returning",
    "word_search",
]
