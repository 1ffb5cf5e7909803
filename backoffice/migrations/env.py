from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from backoffice.db import make_engine
from backoffice.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # Trigram, French sort and FULLTEXT indexes exist only where the server allows them
    # (backoffice.migrations.trigram), so the migrations create them conditionally and the
    # models do not declare them.
    return not (type_ == "index" and name is not None and name.endswith(("_trgm", "_fr", "_ft")))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"), statement_timeout_ms=None)
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


run_migrations_online()
