"""MariaDB/MySQL bulk load of the demo data (see :mod:`backoffice.services.demo.seed`).

The rows come from the same generator as on the other servers; only the way in differs:

* ``LOAD DATA LOCAL INFILE`` from temporary CSV chunks when the server allows it
  (``local_infile`` ON, MariaDB's default), else multi-row ``INSERT … VALUES (…), (…)``
  batches through PyMySQL's ``executemany`` (MySQL 8 ships with ``local_infile`` OFF);
* a loader thread sends each chunk while Python generates the next one: the generator
  keeps one core busy, the server's inserts the other (PyMySQL waits without the GIL);
* the loaded tables' foreign keys and plain (non-unique) indexes, FULLTEXT included, are
  dropped first and added back at the end from the server's own definitions (``SHOW
  CREATE TABLE``): one sorted build per index instead of millions of random B-tree
  insertions into an index larger than the buffer pool (measured on 4 M history rows:
  116 s with the indexes, 44 s + 17 s without then rebuilt). Primary keys and UNIQUE
  indexes stay. Foreign keys come back without re-checking the rows (``foreign_key_checks
  = 0``, as ``mysqldump`` restores do): the generator makes them consistent by
  construction, and the tests check it;
* the rows go in ONE transaction, in a session with ``unique_checks = 0`` and
  ``foreign_key_checks = 0`` (on a connection of our own, closed at the end): a failure
  rolls back to empty tables and the indexes are put back. MariaDB's DDL is not
  transactional, so only a process killed during the load leaves a base without some
  indexes: drop it and start again in a new one;
* values are written as the columns expect them: DATETIME as the shop's wall-clock time
  (the conversion of :class:`backoffice.models.base.UTCDateTime`), booleans as 0/1,
  decimals as exact text; ``ANALYZE TABLE`` refreshes the statistics at the end.

Ids are explicit; InnoDB moves each AUTO_INCREMENT past the largest id by itself.
"""

from __future__ import annotations

import csv
import os
import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import tzinfo
from itertools import islice
from typing import Any

from sqlalchemy import Boolean, Engine

from backoffice.db import make_engine
from backoffice.models import Base
from backoffice.models.base import UTCDateTime, naive_values_zone
from backoffice.services.demo.tables import COLUMNS, Row
from backoffice.shop_time import to_wall_clock

CSV_CHUNK_ROWS = 100_000
INSERT_BATCH_ROWS = 5_000
# Chunks waiting for the loader thread: enough to keep it busy, bounded in memory and disk.
QUEUE_DEPTH = 2

Converter = Callable[[Row], list[object]]
# (existing roles, sink) -> rows written per table: runs the generator into the sink.
Generate = Callable[[dict[str, int], "MysqlSink"], dict[str, int]]


class _Null:
    """Written as the bare word NULL, which LOAD DATA reads as NULL (``"NULL"`` in quotes
    stays a string). ``__index__`` makes it a number to the csv module, which in
    QUOTE_NONNUMERIC mode then leaves it unquoted, while every str is quoted."""

    __slots__ = ()

    def __index__(self) -> int:
        return 0

    def __str__(self) -> str:
        return "NULL"


CSV_NULL = _Null()


class LoadFailed(RuntimeError):
    """The server did not take a chunk exactly as written (warnings, rows missing)."""


def row_converter(table: str, zone: tzinfo, null: object) -> Converter:
    """A function giving a generated row of ``table`` in the form the server expects:
    aware datetimes as the naive wall-clock time of ``zone`` (``to_wall_clock``, as
    ``UTCDateTime.process_bind_param`` does), booleans as 0/1, None as ``null``.
    Decimals, ints and strings pass unchanged."""
    columns = Base.metadata.tables[table].c
    times: list[int] = []
    flags: list[int] = []
    nullable: list[int] = []
    for index, name in enumerate(COLUMNS[table]):
        column = columns[name]
        if isinstance(column.type, UTCDateTime):
            times.append(index)
        elif isinstance(column.type, Boolean):
            flags.append(index)
        elif column.nullable:
            nullable.append(index)

    if not (times or flags or nullable):
        return list  # nothing to convert (order lines: ints and decimals)

    def convert(row: Row) -> list[object]:
        out = list(row)
        for i in times:
            value = out[i]
            out[i] = null if value is None else to_wall_clock(value, zone)  # type: ignore[arg-type]
        for i in flags:
            value = out[i]
            out[i] = null if value is None else 1 if value else 0
        for i in nullable:
            if out[i] is None:
                out[i] = null
        return out

    return convert


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def load_data_sql(table: str) -> str:
    """The LOAD DATA statement reading one CSV chunk of ``table`` (file name bound)."""
    columns = ", ".join(_quote(c) for c in COLUMNS[table])
    return (
        f"LOAD DATA LOCAL INFILE %s INTO TABLE {_quote(table)} CHARACTER SET utf8mb4 "
        "FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '' "
        f"LINES TERMINATED BY '\\n' ({columns})"
    )


def insert_sql(table: str) -> str:
    """The INSERT that PyMySQL's ``executemany`` turns into multi-row statements."""
    columns = ", ".join(_quote(c) for c in COLUMNS[table])
    marks = ", ".join(["%s"] * len(COLUMNS[table]))
    return f"INSERT INTO {_quote(table)} ({columns}) VALUES ({marks})"


class MysqlSink:
    """Receives the generator's rows table by table, cuts them in chunks and hands each
    chunk to a loader thread that sends it on ``cursor`` (nobody else uses the cursor
    until :meth:`close`)."""

    def __init__(self, cursor: Any, zone: tzinfo, *, load_data: bool, workdir: str) -> None:
        self.cursor = cursor
        self.zone = zone
        self.load_data = load_data
        self.workdir = workdir
        self.chunk_rows = CSV_CHUNK_ROWS if load_data else INSERT_BATCH_ROWS * 10
        self.server_seconds = 0.0
        self._chunks: queue.Queue[tuple[str, Any, int] | None] = queue.Queue(QUEUE_DEPTH)
        self._error: BaseException | None = None
        self._serial = 0
        self._thread = threading.Thread(target=self._run, name="demo-mysql-loader", daemon=True)
        self._thread.start()

    # -- producer side (the generator's thread) --------------------------------------------

    def write(self, table: str, rows: Iterable[Row]) -> int:
        convert = row_converter(table, self.zone, CSV_NULL if self.load_data else None)
        converted = map(convert, rows)
        count = 0
        while True:
            if self.load_data:
                payload, n = self._csv_chunk(converted)
            else:
                payload = list(islice(converted, self.chunk_rows))
                n = len(payload)
            if not n:
                return count
            self._hand_over((table, payload, n))
            count += n

    def _csv_chunk(self, rows: Iterable[list[object]]) -> tuple[str, int]:
        self._serial += 1
        path = os.path.join(self.workdir, f"chunk{self._serial}.csv")
        counted = _Counted(islice(rows, self.chunk_rows))
        with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle:
            csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(counted)
        if not counted.n:
            os.remove(path)
        return path, counted.n

    def _hand_over(self, item: tuple[str, Any, int]) -> None:
        while True:
            self._raise_if_failed()
            try:
                self._chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        """Wait until every chunk is loaded; re-raise the loader's error, if any."""
        if self._thread.is_alive():
            self._hand_over_end()
            self._thread.join()
        self._raise_if_failed()

    def _hand_over_end(self) -> None:
        while self._thread.is_alive():
            try:
                self._chunks.put(None, timeout=0.5)
                return
            except queue.Full:
                continue

    # -- loader thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            item = self._chunks.get()
            if item is None:
                return
            table, payload, n = item
            try:
                if self._error is None:
                    started = time.perf_counter()
                    self._load(table, payload, n)
                    self.server_seconds += time.perf_counter() - started
            except BaseException as exc:  # handed to the producer, which re-raises it
                self._error = exc
            finally:
                if self.load_data:
                    os.remove(payload)

    def _load(self, table: str, payload: Any, n: int) -> None:
        cursor = self.cursor
        if self.load_data:
            written = cursor.execute(load_data_sql(table), (payload,))
        else:
            written = 0
            statement = insert_sql(table)
            for start in range(0, n, INSERT_BATCH_ROWS):
                written += cursor.executemany(statement, payload[start : start + INSERT_BATCH_ROWS])
        if cursor.warning_count:
            cursor.execute("SHOW WARNINGS LIMIT 5")
            raise LoadFailed(f"{table}: {cursor.fetchall()}")
        if written != n:
            raise LoadFailed(f"{table}: {written} lignes chargées sur {n}")


class _Counted:
    """An iterator that counts what went through it."""

    def __init__(self, rows: Iterable[list[object]]) -> None:
        self._rows = iter(rows)
        self.n = 0

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> list[object]:
        row = next(self._rows)
        self.n += 1
        return row


def seed_mysql(
    engine: Engine,
    *,
    tables: Sequence[str],
    refuse_if_not_empty: Callable[[Callable[[str], Any]], None],
    generate: Generate,
    out: Callable[[str], None],
    load_data: bool | None = None,
) -> dict[str, int]:
    """Load the demo data into ``engine``'s MariaDB/MySQL database; the rows per table.

    ``load_data`` forces one method (None: LOAD DATA when the server allows it).
    """
    # A connection of our own: LOCAL INFILE is a client capability chosen at connect
    # time, and the load's session settings must not reach the application's pool.
    loader = make_engine(
        engine.url, statement_timeout_ms=None, pool_size=1, connect_args={"local_infile": True}
    )
    raw = loader.raw_connection()
    try:
        cursor = raw.cursor()

        def first(sql: str) -> Any:
            cursor.execute(sql)
            return cursor.fetchone()

        refuse_if_not_empty(first)
        if load_data is None:
            load_data = _server_allows_local_infile(cursor)
        cursor.execute("SELECT libelle, id FROM roles")
        existing = {str(name): int(role_id) for name, role_id in cursor.fetchall()}
        cursor.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0")
        deferred = _drop_indexes_and_foreign_keys(cursor, tables)
        try:
            step = time.perf_counter()
            with tempfile.TemporaryDirectory(prefix="backoffice-demo-") as workdir:
                sink = MysqlSink(
                    cursor, naive_values_zone(loader.dialect), load_data=load_data, workdir=workdir
                )
                try:
                    counts = generate(existing, sink)
                finally:
                    sink.close()
            raw.commit()
            how = "LOAD DATA LOCAL INFILE" if load_data else "INSERT multi-lignes"
            out(
                f"  Lignes générées et envoyées ({how}) en {time.perf_counter() - step:.0f} s "
                f"(serveur occupé {sink.server_seconds:.0f} s)."
            )
        except BaseException:
            raw.rollback()
            raise
        finally:
            step = time.perf_counter()
            for statement in deferred:
                cursor.execute(statement)
            out(f"  Index et clés étrangères reconstruits en {time.perf_counter() - step:.0f} s.")
        cursor.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1")
        step = time.perf_counter()
        cursor.execute("ANALYZE TABLE " + ", ".join(_quote(t) for t in tables))
        cursor.fetchall()
        out(f"  Statistiques (ANALYZE TABLE) en {time.perf_counter() - step:.0f} s.")
        return counts
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()
        loader.dispose()


def _drop_indexes_and_foreign_keys(cursor: Any, tables: Sequence[str]) -> list[str]:
    """Drop the tables' foreign keys and non-unique indexes; the ALTERs adding them back
    (indexes first, several per ALTER so that one scan builds them; FULLTEXT one at a time,
    as InnoDB requires), taken from ``SHOW CREATE TABLE``."""
    indexes: list[str] = []
    foreign_keys: list[str] = []
    for table in tables:
        cursor.execute(f"SHOW CREATE TABLE {_quote(table)}")
        definition = cursor.fetchone()[1]
        drops: list[str] = []
        plain: list[str] = []
        keys: list[str] = []
        for line in definition.splitlines():
            item = line.strip().rstrip(",")
            if item.startswith("CONSTRAINT") and " FOREIGN KEY " in item:
                name = item.split("`")[1]
                cursor.execute(f"ALTER TABLE {_quote(table)} DROP FOREIGN KEY {_quote(name)}")
                keys.append("ADD " + item)
            elif item.startswith(("KEY ", "FULLTEXT KEY ", "SPATIAL KEY ")):
                drops.append("DROP INDEX " + _quote(item.split("`")[1]))
                if item.startswith("KEY "):
                    plain.append("ADD " + item)
                else:
                    indexes.append(f"ALTER TABLE {_quote(table)} ADD {item}")
        if drops:
            cursor.execute(f"ALTER TABLE {_quote(table)} " + ", ".join(drops))
        if plain:
            indexes.insert(0, f"ALTER TABLE {_quote(table)} " + ", ".join(plain))
        if keys:
            foreign_keys.append(f"ALTER TABLE {_quote(table)} " + ", ".join(keys))
    return indexes + foreign_keys


def _server_allows_local_infile(cursor: Any) -> bool:
    cursor.execute("SELECT @@GLOBAL.local_infile")
    row = cursor.fetchone()
    return bool(row and int(row[0]))
