"""What the shop's database really looks like, learnt on the engine's first connection.

The models map the seed's schema exactly, but a website may have made it slightly
differently, and the back office adapts instead of failing:

* column names that differ only in case (a site that wrote ``idRole`` unquoted on
  PostgreSQL has a column ``idrole``): the engine's identifier preparer renders the real
  name, so every statement, ORM or Core, reaches the right column;
* seed-003 tables (``avis``, ``listes_souhaits*``) a site may not have: features that need
  them ask :func:`has_table` and say so instead of failing.

* what the server offers for text search and French sorting (``unaccent`` behind
  ``backoffice_unaccent``, the ``fr-x-icu`` collation, FULLTEXT indexes and their token
  rules): installed on the dialect as a :class:`~backoffice.sql_compat.TextSupport` that the
  search and sort helpers read when they compile.

ENUM types and naive timestamps need no profile: see ``backoffice.models.base``.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from backoffice.sql_compat import TextSupport, install_text_support
from backoffice.sql_text import FRENCH_ICU_COLLATION, INNODB_DEFAULT_STOPWORDS, UNACCENT_FUNCTION

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchemaProfile:
    tables: frozenset[str] = frozenset()
    # model column name -> the name the database really uses (differs only in case)
    renamed_columns: dict[str, str] = field(default_factory=dict)
    known: bool = False  # False until the first connection has been inspected
    text: TextSupport = field(default_factory=TextSupport)

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


_PG_TEXT_SQL = (
    f"SELECT to_regprocedure('{UNACCENT_FUNCTION}(text)') IS NOT NULL, "
    f"EXISTS (SELECT 1 FROM pg_collation WHERE collname = '{FRENCH_ICU_COLLATION}' "
    "AND collencoding IN (-1, pg_char_to_encoding(current_setting('server_encoding'))))"
)
_MYSQL_FULLTEXT_SQL = (
    "SELECT table_name, column_name FROM information_schema.statistics "
    "WHERE table_schema = DATABASE() AND index_type = 'FULLTEXT' ORDER BY index_name"
)


def _rows(dbapi_connection: Any, sql: str) -> list[tuple[Any, ...]]:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _mysql_text_support(dbapi_connection: Any) -> TextSupport:
    by_index: dict[tuple[str, str], set[str]] = {}
    sql = _MYSQL_FULLTEXT_SQL.replace("column_name", "index_name, column_name")
    for table, index, column in _rows(dbapi_connection, sql):
        by_index.setdefault((str(table).lower(), str(index)), set()).add(str(column).lower())
    fulltext = frozenset((table, frozenset(cols)) for (table, _), cols in by_index.items())
    ((min_token, enabled, own_table),) = _rows(
        dbapi_connection,
        "SELECT @@innodb_ft_min_token_size, @@innodb_ft_enable_stopword, "
        "@@innodb_ft_server_stopword_table",
    )
    stopwords: frozenset[str] = frozenset()
    if enabled:
        source = (
            "`" + "`.`".join(str(own_table).split("/")) + "`"
            if own_table
            else "information_schema.INNODB_FT_DEFAULT_STOPWORD"
        )
        try:
            stopwords = frozenset(
                str(w).lower() for (w,) in _rows(dbapi_connection, f"SELECT value FROM {source}")
            )
        except Exception:  # unreadable list: assume InnoDB's own
            stopwords = INNODB_DEFAULT_STOPWORDS
    return TextSupport(fulltext=fulltext, min_token=int(min_token), stopwords=stopwords)


def _text_support(dbapi_connection: Any, dialect_name: str) -> TextSupport:
    """What this server offers for search and French sorting (see ``sql_compat``)."""
    if dialect_name == "postgresql":
        ((unaccent, icu),) = _rows(dbapi_connection, _PG_TEXT_SQL)
        dbapi_connection.rollback()
        return TextSupport(
            unaccent=bool(unaccent), french_collation=FRENCH_ICU_COLLATION if icu else None
        )
    if dialect_name in ("mysql", "mariadb"):
        return _mysql_text_support(dbapi_connection)
    return TextSupport()


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
        try:
            text_support = _text_support(dbapi_connection, engine.dialect.name)
        except Exception:  # plain LIKE and the default order still work
            log.warning("Could not learn the server's text search support", exc_info=True)
            text_support = TextSupport()
        refresh(engine, found, text_support)

    event.listen(engine, "first_connect", first_connect)


def refresh(
    engine: Engine,
    found: dict[str, set[str]] | None = None,
    text_support: TextSupport | None = None,
) -> SchemaProfile:
    """Recompute the profile (after ``db upgrade`` created tables, for instance)."""
    if found is None:
        with engine.connect() as connection:
            dbapi_connection = connection.connection.dbapi_connection
            found = _inspect(dbapi_connection, engine.dialect.name)
            if found is not None and text_support is None:
                text_support = _text_support(dbapi_connection, engine.dialect.name)
        if found is None:
            return profile(engine)
    result = replace(compute_profile(found), text=text_support or TextSupport())
    _profiles[engine] = result
    _RenamingPreparer.install(engine.dialect, result.renamed_columns)
    install_text_support(engine.dialect, result.text)
    # Statements compiled before (the search and sort helpers read the support) are stale.
    engine.clear_compiled_cache()
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
