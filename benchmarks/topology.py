"""Direct connection vs PgBouncer (transaction pooling) vs a streaming read replica.

Usage::

    .venv/bin/python benchmarks/topology.py [URL] [--repeat N] [--no-replica]

URL defaults to the large demo database on the local PostgreSQL
(``postgresql://postgres@127.0.0.1:5432/backoffice_bench_large``, 200 000 customers). The
script starts a real PgBouncer in transaction mode in front of that server and, unless
``--no-replica``, a standby made with ``pg_basebackup -R`` (the helpers of
``tests/pg_topology.py``; the copy of the whole cluster takes a while), then measures, for
each way in, p50 / p95 over ``--repeat`` runs of:

* the Clients tab's first page (``list_customers``, default sort), each in its own Session
  as the runner does (one transaction, so through PgBouncer: one ``set_config`` round trip
  more);
* a 3-letter customer search (rows);
* the customer count;
* a new connection's first query (what a desk pays when its pool grows).

The same statements as bare SQL on the direct connection are shown beside them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _timing import pct  # benchmarks/ is the script's own folder
from sqlalchemy import text
from sqlalchemy.engine import make_url

from backoffice.db import make_engine, make_replica_router, make_session_factory
from backoffice.db_topology import run_read
from backoffice.services.customers import count_customers, customers_source, list_customers
from backoffice.services.listing import ListQuery, page_statement
from backoffice.services.permissions import Staff
from tests.pg_topology import pgbouncer, streaming_replica

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large"
ACTOR = Staff(id=0, email="bench@boutique.test", role="admin")


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    for _ in range(2):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return pct(samples, 0.5), pct(samples, 0.95)


def measure(label: str, url: str, repeat: int, replica: bool = False) -> None:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    router = make_replica_router(url) if replica else None

    def read(fn: Callable[..., Any], query: ListQuery) -> Any:
        return run_read(router, factory, fn, ACTOR, query)

    first = timed(lambda: read(list_customers, ListQuery()), repeat)
    search = timed(lambda: read(list_customers, ListQuery(search="mar")), repeat)
    count = timed(lambda: read(count_customers, ListQuery()), max(5, repeat // 4))

    def connect() -> None:
        fresh = make_engine(url)
        with fresh.connect() as connection:
            connection.execute(text("SELECT 1"))
        fresh.dispose()

    connection = timed(connect, max(5, repeat // 4))
    served = ""
    if router is not None:
        served = f" (replica served {router.reads_on_replica}, primary {router.reads_on_primary})"
        router.dispose()
    engine.dispose()
    print(
        f"{label:<22} first rows {first[0]:6.1f} / {first[1]:6.1f} ms   "
        f"search {search[0]:6.1f} / {search[1]:6.1f} ms   count {count[0]:6.1f} / "
        f"{count[1]:6.1f} ms   new connection {connection[0]:5.1f} / {connection[1]:5.1f} ms"
        f"{served}"
    )


def bare(url: str, repeat: int) -> None:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with factory() as session:
        source = customers_source(session)
        statements = [
            page_statement(source, ListQuery(), 200),
            page_statement(source, ListQuery(search="mar"), 200),
        ]
    compiled = [str(s.compile(engine, compile_kwargs={"literal_binds": True})) for s in statements]
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        results = []
        for sql in compiled:

            def run(sql: str = sql) -> None:
                cursor.execute(sql)
                cursor.fetchall()

            results.append(timed(run, repeat))
    finally:
        raw.close()
        engine.dispose()
    print(
        f"{'bare SQL, direct':<22} first rows {results[0][0]:6.1f} / {results[0][1]:6.1f} ms   "
        f"search {results[1][0]:6.1f} / {results[1][1]:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url", nargs="?", default=DEFAULT_URL)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--no-replica", action="store_true")
    args = parser.parse_args()
    direct = make_url(make_engine(args.url).url.render_as_string(hide_password=False))
    with ExitStack() as stack:
        bouncer = stack.enter_context(pgbouncer(direct.port or 5432, pool_size=4))
        pooled = direct.set(host="127.0.0.1", port=bouncer)
        pooled = pooled.update_query_dict({"backoffice_pooler": "transaction"})
        bare(direct.render_as_string(hide_password=False), args.repeat)
        measure("direct", direct.render_as_string(hide_password=False), args.repeat)
        measure(
            "PgBouncer (transaction)", pooled.render_as_string(hide_password=False), args.repeat
        )
        if not args.no_replica:
            started = time.perf_counter()
            standby = stack.enter_context(streaming_replica(direct.port or 5432))
            print(f"(standby made and started in {time.perf_counter() - started:.0f} s)")
            via = direct.update_query_dict({"backoffice_replica": f"127.0.0.1:{standby}"})
            measure("read replica", via.render_as_string(hide_password=False), args.repeat, True)


if __name__ == "__main__":
    main()
