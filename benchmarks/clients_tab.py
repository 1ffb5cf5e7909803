"""Clients tab benchmark on a large PostgreSQL database (offscreen, no display needed).

Usage::

    .venv/bin/python benchmarks/clients_tab.py [URL] [--pages N] [--repeat N] [--wait S]

URL defaults to ``$BACKOFFICE_BENCH_URL`` or
``postgresql://postgres@127.0.0.1:5432/backoffice_bench_large`` (200 000 customers).

Measures, and prints as a table:

* the bare SQL of the first page (``list_customers``) and of the count, in one Session;
* the Clients tab's time to first rows through the real stack (ListScreen → LazyTableModel →
  DbRunner worker → PostgreSQL → rows inserted), and to the count label;
* search latency for 1-, 3- and 6-letter queries (first rows and count), p50/p95;
* scrolling through N pages with ``fetchMore`` (offset paging gets slower deep down);
* the process's peak memory (``ru_maxrss``).

End times are stamped in slots of the model's own signals (``loaded``, ``countChanged``,
``loadingChanged``); nothing polls the GUI thread while a query runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from _timing import Stamp, pct, until  # benchmarks/ is the script's own folder
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from backoffice.db import make_engine, make_session_factory
from backoffice.models import Utilisateur
from backoffice.services.customers import (
    CUSTOMERS,
    count_customers,
    list_customers,
)
from backoffice.services.listing import ListQuery, filtered
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.clients import clients_screen

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large"
ACTOR = Staff(id=0, email="bench@boutique.test", role="admin")
Rows = list[tuple[str, str, str]]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def wait_for_database(url: str, wait_s: float) -> bool:
    deadline = time.monotonic() + wait_s
    while True:
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                n = connection.execute(text("SELECT count(*) FROM utilisateurs")).scalar_one()
            print(f"database ready: {n} rows in utilisateurs")
            return True
        except Exception as exc:
            if time.monotonic() >= deadline:
                print(f"database not available: {str(exc).splitlines()[0]}")
                return False
            time.sleep(5)
        finally:
            engine.dispose()


def search_terms(session: Session, count: int) -> dict[int, list[str]]:
    """Realistic queries: prefixes of real names, e-mails and cities."""
    sample = select(
        func.lower(func.coalesce(Utilisateur.nom, Utilisateur.ville, Utilisateur.email))
    )
    # func.random() is random() on PostgreSQL, rand() on MariaDB.
    words = [w for (w,) in session.execute(sample.order_by(func.random()).limit(2000)) if w]
    rng = random.Random(42)
    terms: dict[int, list[str]] = {}
    for length in (1, 3, 6):
        pool = sorted({w[:length] for w in words if len(w) >= length and w[:length].isalpha()})
        terms[length] = [rng.choice(pool) for _ in range(count)]
    return terms


def bare_sql(factory: Any, repeat: int, report: list[tuple[str, str]]) -> None:
    with factory() as session:
        first = timed(lambda: list_customers(session, ACTOR, ListQuery()), repeat)
        count = timed(lambda: count_customers(session, ACTOR, ListQuery()), repeat)
        deep = timed(lambda: list_customers(session, ACTOR, ListQuery(offset=10_000)), repeat)
        by_orders = timed(
            lambda: list_customers(session, ACTOR, ListQuery(sort="nb_commandes", descending=True)),
            max(1, repeat // 3),
        )
        search3 = timed(lambda: count_customers(session, ACTOR, ListQuery(search="mar")), repeat)
        rare = session.execute(
            text("SELECT lower(email) FROM utilisateurs ORDER BY id DESC LIMIT 1")
        ).scalar_one()[:8]
        stmt = filtered(CUSTOMERS, ListQuery(search=rare))
        compiled = stmt.compile(
            dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
        )
        # PostgreSQL: a trigram index in the plan; MariaDB: a FULLTEXT access ("fulltext").
        lines = [str(row) for row in session.execute(text(f"EXPLAIN {compiled}"))]
        uses_trgm = any("trgm" in line or "'fulltext'" in line for line in lines)
    report.append(("SQL first page (200 rows), median", ms(statistics.median(first))))
    report.append(("SQL count(*) all customers, median", ms(statistics.median(count))))
    report.append(("SQL page at offset 10 000, median", ms(statistics.median(deep))))
    report.append(("SQL first page sorted by Commandes desc", ms(statistics.median(by_orders))))
    report.append(("SQL count for search 'mar', median", ms(statistics.median(search3))))
    report.append(
        (f"search {rare!r} uses the search index", "yes" if uses_trgm else "NO (seq scan)")
    )


async def through_ui(
    factory: Any, terms: dict[int, list[str]], pages: int, report: list[tuple[str, str]]
) -> None:
    runner = DbRunner(factory)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    context = AppContext(runner=runner, actor=ACTOR, settings=settings, database_label="bench")
    try:
        # Warm the pool (one connection per worker) so that "open" measures the tab.
        await asyncio.gather(*(runner.run(lambda s: s.execute(text("SELECT 1"))) for _ in range(3)))
        opens: list[float] = []
        counts: list[float] = []
        for _ in range(5):
            start = time.perf_counter()
            screen = clients_screen(context)
            screen.resize(1200, 700)
            model = screen.model
            rows_at = Stamp([model.loaded], lambda model=model: model.rowCount() > 0)
            count_at = Stamp(
                [model.countChanged], lambda model=model: model.total_count is not None
            )
            screen.show()
            opens.append(await rows_at.wait() - start)
            counts.append(await count_at.wait() - start)
            await until(lambda model=model: not model.loading)
            screen.close()
            screen.deleteLater()
        screen = clients_screen(context)
        screen.show()
        model = screen.model
        await until(lambda: not model.loading)
        report.append(
            (
                "Tab: open → first rows, first / median of 5",
                f"{ms(opens[0])} / {ms(statistics.median(opens))}",
            )
        )
        report.append(
            (
                "Tab: open → count label, first / median of 5",
                f"{ms(counts[0])} / {ms(statistics.median(counts))}",
            )
        )
        report.append(("Tab: total customers", f"{model.total_count:,}".replace(",", " ")))

        sort_t: list[float] = []
        for column in ("nb_commandes", "ville", "date_inscription", "nom"):
            rows_at = Stamp(
                [model.loaded], lambda c=column: model.query.sort == c and model.query.descending
            )
            start = time.perf_counter()
            model.sort(screen.spec.column_index(column), Qt.SortOrder.DescendingOrder)
            sort_t.append(await rows_at.wait() - start)
            await until(lambda: not model.loading)
            report.append((f"Header sort by {column} desc → rows", ms(sort_t[-1])))
        model.sort(screen.spec.column_index("nom"), Qt.SortOrder.AscendingOrder)
        await until(lambda: not model.loading)

        for length, words in terms.items():
            rows_t: list[float] = []
            count_t: list[float] = []
            for word in words:
                if word == model.query.search:
                    continue  # the same word twice in a row sends no query
                rows_at = Stamp([model.loaded], lambda w=word: model.query.search == w)
                count_at = Stamp(
                    [model.loadingChanged],
                    lambda w=word: model.query.search == w and not model.loading,
                )
                start = time.perf_counter()
                screen.set_search(word)
                rows_t.append(await rows_at.wait() - start)
                count_t.append(await count_at.wait() - start)
            report.append(
                (
                    f"Search {length} letter(s) → rows p50 / p95",
                    f"{ms(pct(rows_t, 0.5))} / {ms(pct(rows_t, 0.95))}",
                )
            )
            report.append(
                (
                    f"Search {length} letter(s) → count p50 / p95",
                    f"{ms(pct(count_t, 0.5))} / {ms(pct(count_t, 0.95))}",
                )
            )

        screen.set_search("")
        await until(lambda: not model.loading)
        page_t: list[float] = []
        for _ in range(pages):
            if not model.canFetchMore(QModelIndex()):
                break
            before = model.rowCount()
            rows_at = Stamp([model.loaded], lambda before=before: model.rowCount() > before)
            start = time.perf_counter()
            model.fetchMore(QModelIndex())
            page_t.append(await rows_at.wait() - start)
        report.append(
            (
                f"Scroll {len(page_t)} pages: p50 / p95 / last",
                f"{ms(pct(page_t, 0.5))} / {ms(pct(page_t, 0.95))} / {ms(page_t[-1])}",
            )
        )
        report.append(("Rows held after scrolling", str(model.rowCount())))
        screen.close()
    finally:
        runner.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("BACKOFFICE_BENCH_URL"))
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=15, help="SQL repetitions / searches")
    parser.add_argument("--wait", type=float, default=0, help="seconds to wait for the DB")
    args = parser.parse_args()
    url = args.url or DEFAULT_URL
    if not wait_for_database(url, args.wait):
        return 2

    engine = make_engine(url)
    factory = make_session_factory(engine)
    report: list[tuple[str, str]] = []
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    bare_sql(factory, args.repeat, report)
    with factory() as session:
        terms = search_terms(session, args.repeat)

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    run: Awaitable[None] = through_ui(factory, terms, args.pages, report)
    loop.run_until_complete(run)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report.append(
        ("Peak RSS (ru_maxrss) before UI / end", f"{rss_start / 1024:.0f} / {rss / 1024:.0f} MiB")
    )
    engine.dispose()

    width = max(len(k) for k, _ in report)
    print(f"\nClients tab benchmark — {engine.url.render_as_string(hide_password=True)}")
    print("-" * (width + 30))
    for key, value in report:
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
