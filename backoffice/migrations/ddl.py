"""DDL helpers for the migrations: one schema, written once, right on every server.

* MySQL/MariaDB commit each DDL statement as it runs: a migration that fails half-way
  leaves its first tables behind, and Alembic has not recorded the revision. Where DDL is
  not transactional, :func:`create_table` and :func:`create_index` skip what already
  exists, so running ``db upgrade`` again completes the schema instead of failing on
  « Table already exists ».
* Tables on MySQL/MariaDB are InnoDB, ``utf8mb4`` with an accent- and case-insensitive
  Unicode collation (:func:`mysql_collation`).
* :func:`timestamp` is ``DATETIME(6)`` on MySQL (to the microsecond, like PostgreSQL's
  timestamps: a compare-and-set on an ``updated_at`` never sees two versions as equal),
  :func:`now` its default.
* :func:`enum` is a native ``ENUM(...)`` on MySQL, as in the shop's seed.
* :func:`create_lower_index` indexes ``lower(column)`` where expression indexes exist,
  the plain column on MySQL/MariaDB (MariaDB has no expression indexes; the collation is
  case-insensitive there, so the column itself sorts and compares without case).
"""

from __future__ import annotations

import warnings
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

_MYSQL = ("mysql", "mariadb")


def _bind() -> sa.Connection:
    return op.get_bind()


def is_mysql() -> bool:
    return _bind().dialect.name in _MYSQL


def _resumable() -> bool:
    """True where DDL commits as it goes: steps must then be skippable when done."""
    return not op.get_context().impl.transactional_ddl


def mysql_collation() -> str:
    """The collation of our tables on this MySQL-family server.

    ``utf8mb4_uca1400_ai_ci`` (Unicode 14 rules) on MariaDB ≥ 10.10, ``utf8mb4_0900_ai_ci``
    (Unicode 9) on MySQL 8, ``utf8mb4_unicode_ci`` before: all accent- and case-insensitive
    (« Crème » = « creme », « Œuf » = « oeuf »), which is what French shop staff expect of
    a search or a sort.
    """
    dialect = _bind().dialect
    version = dialect.server_version_info or (0,)
    if getattr(dialect, "is_mariadb", False):
        return "utf8mb4_uca1400_ai_ci" if version >= (10, 10) else "utf8mb4_unicode_ci"
    return "utf8mb4_0900_ai_ci" if version >= (8, 0) else "utf8mb4_unicode_ci"


def timestamp() -> sa.types.TypeEngine[Any]:
    return sa.DateTime(timezone=True).with_variant(mysql.DATETIME(fsp=6), *_MYSQL)


class now(FunctionElement[Any]):  # noqa: N801 - reads like func.now in the migrations
    """``now()``; ``CURRENT_TIMESTAMP(6)`` on MySQL, whose DATETIME(6) default must have
    the column's precision."""

    type = sa.DateTime(timezone=True)
    inherit_cache = True


@compiles(now)
def _now_default(_element: now, compiler: Any, **kw: Any) -> str:
    return compiler.process(sa.func.now(), **kw)


@compiles(now, "mysql")
@compiles(now, "mariadb")
def _now_mysql(_element: now, _compiler: Any, **_kw: Any) -> str:
    return "CURRENT_TIMESTAMP(6)"


def enum(*values: str, length: int = 20) -> sa.types.TypeEngine[Any]:
    """VARCHAR + the migration's CHECK on PostgreSQL/SQLite, native ENUM on MySQL."""
    return sa.String(length).with_variant(mysql.ENUM(*values), *_MYSQL)


def _has_table(name: str) -> bool:
    return sa.inspect(_bind()).has_table(name)


def _has_index(table: str, name: str) -> bool:
    with warnings.catch_warnings():
        # SQLite's reflection skips expression indexes (lower(nom)…) with a warning each:
        # noise in a newcomer's first demo start. Such an index is created by its own
        # migration on a fresh base only (SQLite is the demo's, never a website's).
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        indexes = sa.inspect(_bind()).get_indexes(table)
    return any(index["name"] == name for index in indexes)


def create_table(name: str, *elements: Any, **kw: Any) -> None:
    """``op.create_table``, InnoDB/utf8mb4 on MySQL, skipped if it exists already: made by
    an interrupted run (MySQL commits DDL as it goes), or by the adoption of a website's
    base, which creates every table and index the models have."""
    if _has_table(name):
        return
    if is_mysql():
        kw.setdefault("mysql_engine", "InnoDB")
        kw.setdefault("mysql_charset", "utf8mb4")
        kw.setdefault("mysql_collate", mysql_collation())
    op.create_table(name, *elements, **kw)


def create_index(name: str, table: str, columns: list[Any], **kw: Any) -> None:
    """``op.create_index``, skipped if it exists already (see :func:`create_table`)."""
    if _has_index(table, name):
        return
    op.create_index(name, table, columns, **kw)


def create_lower_index(name: str, table: str, column: str) -> None:
    """An index for case-insensitive sorts and lookups on ``column``: ``lower(column)``,
    or the column itself on MySQL/MariaDB (case-insensitive collation, no expression
    indexes)."""
    columns: list[Any] = [column] if is_mysql() else [sa.text(f"lower({column})")]
    create_index(name, table, columns, unique=False)


def create_fulltext_index(name: str, sql: str) -> None:
    """A MySQL/MariaDB FULLTEXT index (``sql``), skipped if an interrupted run made it.
    The table's first one rebuilds the table (InnoDB adds its hidden FTS_DOC_ID): a few
    seconds on 200 000 rows, during which the table takes no writes."""
    table = sql.split(" ON ", 1)[1].split(" ", 1)[0]
    if _resumable() and _has_index(table, name):
        return
    op.execute(sql)


def drop_index_before_table(name: str, table: str) -> None:
    """Drop an index of a table dropped right after. MySQL refuses to drop an index a
    foreign key uses, and dropping the table drops its indexes anyway: skipped there."""
    if not is_mysql():
        op.drop_index(name, table_name=table)
