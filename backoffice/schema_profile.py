"""What the shop's database really looks like, learnt on the engine's first connection.

The models map the seed's schema exactly, but a website may have made it slightly
differently, and the back office adapts instead of failing:

* column names that differ only in case (a site that wrote ``idRole`` unquoted on
  PostgreSQL has a column ``idrole``): the engine's identifier preparer renders the real
  name, so every statement, ORM or Core, reaches the right column;
* seed-003 tables (``avis``, ``listes_souhaits*``) a site may not have: features that need
  them ask :func:`has_table` and say so instead of failing.

ENUM types and naive timestamps need no profile: see ``backoffice.models.base``.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchemaProfile:
    tables: frozenset[str] = frozenset()
    # model column name -> the name the database really uses (differs only in case)
    renamed_columns: dict[str, str] = field(default_factory=dict)
    known: bool = False  # False until the first connection has been inspected

    def has_table(self, name: str) -> bool:
        # Before inspection (or on a backend we do not inspect) assume our own schema.
        return not self.known or name in self.tables


_profiles: weakref.WeakKeyDictionary[Any, SchemaProfile] = weakref.WeakKeyDictionary()

# The columns of the current schema/database, by table, per backend.
_COLUMNS_SQL = {
    "postgresql": (
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    ),
    "mysql": (
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = DATABASE()"
    ),
}


def _model_columns() -> dict[str, set[str]]:
    from backoffice.models import Base

    return {
        table.name: {column.name for column in table.columns}
        for table in Base.metadata.sorted_tables
    }


def compute_profile(found: dict[str, set[str]]) -> SchemaProfile:
    """The profile for a database whose tables hold ``found`` columns."""
    renames: dict[str, str] = {}
    for table, columns in _model_columns().items():
        actual = found.get(table)
        if not actual:
            continue
        by_folded = {name.lower(): name for name in actual}
        for name in columns:
            if name not in actual and (real := by_folded.get(name.lower())) is not None:
                renames[name] = real
    return SchemaProfile(tables=frozenset(found), renamed_columns=renames, known=True)


class _RenamingPreparer:
    """Wraps the dialect's preparer so that model names render as the database's names."""

    @staticmethod
    def install(dialect: Any, renames: dict[str, str]) -> None:
        preparer = dialect.identifier_preparer
        original = getattr(preparer, "_backoffice_original_quote", None) or preparer.quote
        if not renames:
            preparer.quote = original
            return

        def quote(ident: str) -> str:
            return original(renames.get(ident, ident))

        preparer._backoffice_original_quote = original
        preparer.quote = quote


def _inspect(dbapi_connection: Any, dialect_name: str) -> dict[str, set[str]] | None:
    sql = _COLUMNS_SQL.get("mysql" if dialect_name == "mariadb" else dialect_name)
    if sql is None:
        return None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    # A PostgreSQL connection that ran a query is inside a transaction until rolled back;
    # the pool expects a clean connection.
    dbapi_connection.rollback()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(str(table), set()).add(str(column))
    return found


def watch(engine: Engine) -> None:
    """Inspect the database on the engine's first connection and adapt the engine to it."""

    def first_connect(dbapi_connection: Any, _record: Any) -> None:
        try:
            found = _inspect(dbapi_connection, engine.dialect.name)
        except Exception:  # an unreadable catalogue must not prevent connecting
            log.warning("Could not inspect the database's columns", exc_info=True)
            return
        if found is None:
            return
        refresh(engine, found)

    event.listen(engine, "first_connect", first_connect)


def refresh(engine: Engine, found: dict[str, set[str]] | None = None) -> SchemaProfile:
    """Recompute the profile (after ``db upgrade`` created tables, for instance)."""
    if found is None:
        with engine.connect() as connection:
            found = _inspect(connection.connection.dbapi_connection, engine.dialect.name)
        if found is None:
            return profile(engine)
    result = compute_profile(found)
    _profiles[engine] = result
    _RenamingPreparer.install(engine.dialect, result.renamed_columns)
    if result.renamed_columns:
        log.info("Column names adapted to the database: %s", result.renamed_columns)
    return result


def profile(bind: Engine | Session) -> SchemaProfile:
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    if not isinstance(engine, Engine):  # a Connection
        engine = engine.engine
    return _profiles.get(engine, SchemaProfile())


def has_table(bind: Engine | Session, name: str) -> bool:
    """Whether the shop's database has table ``name`` (seed-003 tables may be absent)."""
    return profile(bind).has_table(name)
