"""PostgreSQL's bulk load of the demo data (``COPY … FROM STDIN``, indexes and foreign
keys rebuilt once at the end) and the plain path of the other servers (SQLite: Core
``executemany`` in chunks). MariaDB/MySQL: :mod:`.load_mysql`.

Both take the same two callbacks as :func:`.load_mysql.seed_mysql`: one refusing a base
that holds data, one running the generator into a :class:`~.tables.Sink`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, text

from backoffice.models import Base
from backoffice.services.demo.tables import COLUMNS, Row, Sink

SQLITE_CHUNK = 5_000
# (existing roles, sink) -> rows written per table: runs the generator into the sink.
Generate = Callable[[dict[str, int], Sink], dict[str, int]]
RefuseIfNotEmpty = Callable[[Callable[[str], Any]], None]


class CopySink:
    """PostgreSQL: ``COPY … FROM STDIN`` through psycopg 3, the fastest way in."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def write(self, table: str, rows: Iterable[Row]) -> int:
        columns = ", ".join(f'"{c}"' for c in COLUMNS[table])
        count = 0
        with self.cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)
                count += 1
        return count


class CoreSink:
    """Other databases (SQLite): Core ``executemany`` in chunks, through the column types."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def write(self, table: str, rows: Iterable[Row]) -> int:
        statement = Base.metadata.tables[table].insert()
        columns = COLUMNS[table]
        count = 0
        chunk: list[dict[str, object]] = []
        for row in rows:
            chunk.append(dict(zip(columns, row, strict=True)))
            if len(chunk) >= SQLITE_CHUNK:
                self.connection.execute(statement, chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            self.connection.execute(statement, chunk)
            count += len(chunk)
        return count


def seed_generic(
    engine: Engine,
    *,
    refuse_if_not_empty: RefuseIfNotEmpty,
    generate: Generate,
    out: Callable[[str], None],
) -> dict[str, int]:
    """Core inserts in one transaction (SQLite and any other server); the rows per table."""
    with engine.begin() as connection:
        refuse_if_not_empty(lambda sql: connection.execute(text(sql)).first())
        existing = {
            r.libelle: r.id for r in connection.execute(text("SELECT id, libelle FROM roles"))
        }
        return generate(existing, CoreSink(connection))


def seed_postgresql(
    engine: Engine,
    *,
    tables: Sequence[str],
    refuse_if_not_empty: RefuseIfNotEmpty,
    generate: Generate,
    out: Callable[[str], None],
) -> dict[str, int]:
    """``COPY`` in one transaction, then ``VACUUM (ANALYZE)``; the rows per table."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()

        def first(sql: str) -> Any:
            cursor.execute(sql)
            return cursor.fetchone()

        refuse_if_not_empty(first)
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cursor.execute("SELECT libelle, id FROM roles")
        existing = dict(cursor.fetchall())
        # Bulk-load recipe: without secondary indexes and foreign keys during COPY, then
        # rebuild them once (a sorted index build and one join per key are far cheaper than
        # millions of per-row updates and checks). DDL is transactional in PostgreSQL, so a
        # failure rolls all of it back.
        deferred = _drop_indexes_and_foreign_keys(cursor, tables)
        step = time.perf_counter()
        counts = generate(existing, CopySink(cursor))
        out(f"  Lignes générées et copiées en {time.perf_counter() - step:.0f} s.")
        step = time.perf_counter()
        for statement in deferred:
            cursor.execute(statement)
        out(f"  Index et clés étrangères reconstruits en {time.perf_counter() - step:.0f} s.")
        # Tables keyed by another table's id (devis_numeros) have no sequence of their own.
        for table in (t for t in tables if "id" in COLUMNS[t]):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'COALESCE(MAX(id), 0) + 1, false) FROM "{table}"'
            )
        raw.commit()
        step = time.perf_counter()
        raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        try:
            # VACUUM too, as autovacuum would have on a live shop: it sets the visibility
            # map that lets counts use index-only scans (orders per customer: 3 s → 0.5 s).
            cursor.execute("VACUUM (ANALYZE)")
        finally:
            raw.driver_connection.autocommit = False  # type: ignore[union-attr]
        out(f"  Nettoyage et statistiques (VACUUM ANALYZE) en {time.perf_counter() - step:.0f} s.")
        return counts
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()


def _drop_indexes_and_foreign_keys(cursor: Any, tables: Sequence[str]) -> list[str]:
    """Drop the loaded tables' foreign keys and plain indexes; return the SQL recreating them.

    Indexes backing a constraint (primary keys, UNIQUE) stay: they guard the data.
    """
    cursor.execute(
        """
        SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace
          AND c.relname = ANY(%s)
        ORDER BY c.relname, k.conname
        """,
        (list(tables),),
    )
    foreign_keys = cursor.fetchall()
    cursor.execute(
        """
        SELECT ic.relname, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_class ic ON ic.oid = i.indexrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        ORDER BY ic.relname
        """,
        (list(tables),),
    )
    indexes = cursor.fetchall()
    recreate: list[str] = []
    for table, name, definition in foreign_keys:
        cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        recreate.append(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
    for name, definition in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
        recreate.insert(0, definition)  # indexes first: they speed up the key checks
    return recreate


__all__ = ["CopySink", "CoreSink", "seed_generic", "seed_postgresql"]
