"""French search and sort: accent-insensitive trigram indexes, French sort indexes, FULLTEXT.

Revision ID: 0004
Revises: 0003

PostgreSQL: the ``unaccent`` extension behind the IMMUTABLE ``backoffice_unaccent(text)``,
the trigram indexes rebuilt on ``lower(backoffice_unaccent(…))`` (when both extensions
are allowed), and ``lower(x) COLLATE "fr-x-icu"`` indexes for the default sorts (when the
server has ICU). MySQL/MariaDB: FULLTEXT indexes for the search box. Each part is skipped
where the server refuses it: the application then searches and sorts without it.
"""

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl
from backoffice.migrations.trigram import (
    FRENCH_SORT_INDEXES,
    FULLTEXT_INDEXES,
    TRIGRAM_EXTENSION,
    TRIGRAM_INDEXES,
    UNACCENT_EXTENSION,
    create_trigram_index_sql,
    create_unaccent_function_sql,
    drop_unaccent_function_sql,
    extension_available,
    extension_schema,
    french_index,
    fulltext_index,
    has_french_collation,
    has_unaccent_function,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _try(*statements: str) -> bool:
    """Run ``statements`` in a savepoint; False (and nothing done) if the server refuses."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            for statement in statements:
                bind.execute(sa.text(statement))
    except sa.exc.DBAPIError:
        return False
    return True


def _unaccent_function() -> bool:
    """Make ``backoffice_unaccent`` (and the extension) where allowed; True if it exists."""
    bind = op.get_bind()
    if has_unaccent_function(bind):
        return True
    schema = extension_schema(bind, UNACCENT_EXTENSION)
    if schema is None:
        if not extension_available(bind, UNACCENT_EXTENSION):
            return False
        schema = str(bind.execute(sa.text("SELECT current_schema()")).scalar())
        if not _try(f'CREATE EXTENSION IF NOT EXISTS {UNACCENT_EXTENSION} SCHEMA "{schema}"'):
            return False
    return _try(create_unaccent_function_sql(schema))


def _rebuild_trigram_indexes(*, unaccent: bool) -> None:
    if extension_schema(op.get_bind(), TRIGRAM_EXTENSION) is None:
        return
    for name in TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(create_trigram_index_sql(name, unaccent=unaccent))


def upgrade() -> None:
    bind = op.get_bind()
    if ddl.is_mysql():
        for name in FULLTEXT_INDEXES:
            ddl.create_fulltext_index(name, fulltext_index(name).create_sql())
        return
    if bind.dialect.name != "postgresql":
        return
    if _unaccent_function():
        _rebuild_trigram_indexes(unaccent=True)
    if has_french_collation(bind):
        for name in FRENCH_SORT_INDEXES:
            op.execute(french_index(name).create_sql(if_not_exists=True))


def downgrade() -> None:
    bind = op.get_bind()
    if ddl.is_mysql():
        for name, (table, _columns) in FULLTEXT_INDEXES.items():
            op.drop_index(name, table_name=table)
        return
    if bind.dialect.name != "postgresql":
        return
    for name in FRENCH_SORT_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if has_unaccent_function(bind):
        _rebuild_trigram_indexes(unaccent=False)
        op.execute(drop_unaccent_function_sql())
