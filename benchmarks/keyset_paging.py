"""Keyset vs OFFSET paging: a Clients page 50 000 rows deep, on PostgreSQL and MariaDB.

Usage::

    .venv/bin/python benchmarks/keyset_paging.py [URL ...] [--depth N] [--repeat N] [--explain]

URLs default to the two large demo databases (200 000 customers, 1 000 000 orders)::

    postgresql://postgres@127.0.0.1:5432/backoffice_bench_large
    mysql+pymysql://root@127.0.0.1:3306/backoffice_bench_large

For each sort, the page of 200 rows that starts ``--depth`` rows down is read two ways:

* **OFFSET** — ``ListQuery(offset=depth)``: the server reads and drops ``depth`` rows;
* **keyset** — ``ListQuery().continued(cursor)``, the cursor being the one the previous page
  (rows ``depth - 200`` … ``depth - 1``) ended with, as the table model's ``fetchMore``
  sends it;

each **through the service** (``list_customers`` in one Session: permission, statement,
rows as dicts, the cursor) and as **bare SQL** (the same statement, compiled once, run on
the driver's own cursor, rows fetched as tuples). Both ways must return the same rows; the
script checks it. p50 / p95 over ``--repeat`` runs after two warm-up runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _timing import pct  # benchmarks/ is the script's own folder
from sqlalchemy import Select, text
from sqlalchemy.orm import Session

from backoffice.db import make_engine, make_session_factory
from backoffice.services.customers import customers_source, list_customers
from backoffice.services.listing import ListQuery, page_statement
from backoffice.services.permissions import Staff

DEFAULT_URLS = (
    "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large",
    "mysql+pymysql://root@127.0.0.1:3306/backoffice_bench_large",
)
ACTOR = Staff(id=0, email="bench@boutique.test", role="admin")
PAGE = 200
# (sort, descending, runs divisor): the default sort, a nullable text key sorted NULLs first,
# a date, and the aggregate (one count of the million orders per page, whatever the depth).
SORTS = (
    ("nom", False, 1),
    ("ville", True, 1),
    ("date_inscription", True, 1),
    ("nb_commandes", True, 5),
)


def p50_p95(times: list[float]) -> str:
    return f"{pct(times, 0.5) * 1000:7.1f} / {pct(times, 0.95) * 1000:7.1f} ms"


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    for _ in range(2):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def bare(session: Session, stmt: Select[Any]) -> Callable[[], list[Any]]:
    """``stmt`` compiled once, then run on the DBAPI cursor itself (no SQLAlchemy per run)."""
    dialect = session.get_bind().dialect
    compiled = stmt.compile(dialect=dialect)
    params: Any = compiled.construct_params()
    for name, value in params.items():  # enum members as the plain strings they are
        if isinstance(value, str):
            params[name] = str(value)
    if compiled.positiontup is not None:
        params = tuple(params[name] for name in compiled.positiontup)
    sql = str(compiled)
    raw = session.connection().connection.driver_connection
    assert raw is not None

    def run() -> list[Any]:
        cursor = raw.cursor()
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    return run


def explain(session: Session, stmt: Select[Any]) -> list[str]:
    dialect = session.get_bind().dialect
    compiled = stmt.compile(dialect=dialect)
    params = compiled.construct_params()
    prefix = "EXPLAIN ANALYZE" if dialect.name == "postgresql" else "ANALYZE FORMAT=JSON"
    if dialect.name == "postgresql":
        rows = session.execute(text(f"{prefix} {compiled}"), params).scalars().all()
        return [str(r) for r in rows]
    sql = str(compiled)
    raw = session.connection().connection.driver_connection
    cursor = raw.cursor()
    positional = tuple(params[n] for n in compiled.positiontup or ())
    cursor.execute(f"EXPLAIN {sql}", tuple(str(p) if isinstance(p, str) else p for p in positional))
    return [" | ".join(str(c) for c in row) for row in cursor.fetchall()]


def measure(url: str, depth: int, repeat: int, show_plans: bool) -> list[tuple[str, str]]:
    engine = make_engine(url)
    report: list[tuple[str, str]] = []
    server = engine.dialect.name
    try:
        with make_session_factory(engine)() as session:
            total = session.execute(text("SELECT count(*) FROM utilisateurs")).scalar_one()
            version = session.execute(text("SELECT version()")).scalar_one().split(",")[0]
            report.append((f"{server}: server, customers", f"{version}, {total} rows"))
            source = customers_source(session)
            for sort, descending, divisor in SORTS:
                runs = max(3, repeat // divisor)
                base = ListQuery(sort=sort, descending=descending, limit=PAGE)
                previous = list_customers(session, ACTOR, base.page(depth - PAGE))
                assert previous.after is not None
                by_offset = base.page(depth)
                by_keyset = base.continued(previous.after)
                offset_rows = list_customers(session, ACTOR, by_offset).rows
                keyset_rows = list_customers(session, ACTOR, by_keyset).rows
                assert [r["id"] for r in offset_rows] == [r["id"] for r in keyset_rows], sort
                label = f"{sort} {'desc' if descending else 'asc'}"
                first = timed(lambda b=base: list_customers(session, ACTOR, b), runs)
                report.append((f"{server} {label}: first page, service", p50_p95(first)))
                for name, query in (("OFFSET", by_offset), ("keyset", by_keyset)):
                    service = timed(lambda q=query: list_customers(session, ACTOR, q), runs)
                    stmt = page_statement(source, query, PAGE + 1)
                    run = bare(session, stmt)
                    assert [row[0] for row in run()][:PAGE] == [r["id"] for r in offset_rows]
                    sql = timed(run, runs)
                    report.append(
                        (f"{server} {label}: {name} at {depth}, service", p50_p95(service))
                    )
                    report.append((f"{server} {label}: {name} at {depth}, bare SQL", p50_p95(sql)))
                    if show_plans:
                        print(f"--- {server} {label} {name}")
                        print("\n".join(explain(session, stmt)))
    finally:
        engine.dispose()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", default=list(DEFAULT_URLS))
    parser.add_argument("--depth", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--explain", action="store_true", help="print the plans too")
    args = parser.parse_args()
    os.environ.setdefault("BACKOFFICE_SHOP_TIMEZONE", "Europe/Paris")
    report: list[tuple[str, str]] = []
    for url in args.urls:
        report += measure(url, args.depth, args.repeat, args.explain)
    width = max(len(label) for label, _ in report)
    print(f"\n{'measure'.ljust(width)}  p50 / p95")
    for label, value in report:
        print(f"{label.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
