"""Produits and Catégories tabs benchmark on a large PostgreSQL database (offscreen).

Usage::

    .venv/bin/python benchmarks/products_tab.py [URL] [--repeat N] [--wait S]

URL defaults to ``$BACKOFFICE_BENCH_URL`` or
``postgresql://postgres@127.0.0.1:5432/backoffice_bench_large`` (100 000 products, seeded by
``benchmarks/seed_large.py``).

Measures through the real stack (ProductsScreen → LazyTableModel → DbRunner worker →
PostgreSQL → rows inserted in the model), next to the bare service call in one Session:

* the Produits tab's time to first rows (from the query sent) and to the count label;
* search latency for 1-, 3- and 6-letter queries (rows in the model, then the count),
  p50/p95, with a different real word each time; plus letter-by-letter typing at
  80 ms per key, measured from the last key (includes the 250 ms debounce);
* the category tree's first level (with its product counts) through the Catégories tab;
* painting the visible rows (thumbnails included) — what scrolling costs the GUI thread.

End times are stamped in slots of the model's own signals (``loaded``, ``countChanged``,
``loadingChanged``), from just before the action (``set_search``, the constructor);
nothing polls the GUI thread while a query runs. A word equal to the previous one sends no
query and is skipped.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from _timing import Stamp, pct, until  # benchmarks/ is the script's own folder
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.db import make_engine, make_session_factory
from backoffice.models import Produit
from backoffice.services.catalog import count_products, list_products
from backoffice.services.categories import children
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.categories import CategoriesScreen
from backoffice.views.products import ProductsScreen

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large"
ACTOR = Staff(id=0, email="bench@boutique.test", role="admin")
LENGTHS = (1, 3, 6)
KEY_INTERVAL_S = 0.08

Report = list[tuple[str, str, str]]  # (measure, through the UI, bare SQL)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def p50_p95(values: list[float]) -> str:
    return f"{ms(pct(values, 0.5))} / {ms(pct(values, 0.95))}"


def search_words(session: Session, length: int, count: int, rng: random.Random) -> list[str]:
    """Substrings of real product names; benchmarks/products_sql.py's when it has one."""
    try:
        from benchmarks import products_sql  # the services engineer's file: import only

        return list(products_sql.search_words(session, length, count, rng))
    except (ImportError, AttributeError):
        pass
    names = session.scalars(select(Produit.nom).order_by(Produit.id).limit(5000)).all()
    words: list[str] = []
    while len(words) < count:
        token = "".join(c for c in rng.choice(rng.choice(names).lower().split()) if c.isalpha())
        if len(token) >= length:
            start = rng.randrange(len(token) - length + 1)
            words.append(token[start : start + length])
    return words


def wait_for_database(url: str, wait_s: float) -> int | None:
    deadline = time.monotonic() + wait_s
    while True:
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                return int(connection.execute(text("SELECT count(*) FROM produits")).scalar_one())
        except Exception as exc:
            if time.monotonic() >= deadline:
                print(f"database not available: {str(exc).splitlines()[0]}")
                return None
            time.sleep(5)
        finally:
            engine.dispose()


def timed(fn: Callable[[int], Any], repeat: int) -> list[float]:
    fn(0)  # warm-up: connection, plan, caches
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return times


def bare_sql(factory: Any, words: dict[int, list[str]], repeat: int) -> dict[str, str]:
    """The same service calls without the UI, in one Session (SQL + row conversion)."""
    sql: dict[str, str] = {}
    with factory() as session:
        sql["first"] = p50_p95(timed(lambda i: list_products(session, ACTOR, ListQuery()), repeat))
        sql["count"] = p50_p95(timed(lambda i: count_products(session, ACTOR, ListQuery()), repeat))
        for n, terms in words.items():
            sql[f"rows{n}"] = p50_p95(
                timed(
                    lambda i, t=terms: list_products(session, ACTOR, ListQuery(search=t[i])),
                    repeat,
                )
            )
            sql[f"count{n}"] = p50_p95(
                timed(
                    lambda i, t=terms: count_products(session, ACTOR, ListQuery(search=t[i])),
                    repeat,
                )
            )
        sql["tree"] = p50_p95(timed(lambda i: children(session, ACTOR, None), repeat))
    return sql


async def through_ui(
    factory: Any, words: dict[int, list[str]], repeat: int, sql: dict[str, str], report: Report
) -> None:
    runner = DbRunner(factory)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    context = AppContext(runner=runner, actor=ACTOR, settings=settings, database_label="bench")
    try:
        await runner.run(lambda s: s.execute(text("SELECT 1")))  # warm the pool

        first_rows: list[float] = []
        counted: list[float] = []
        screen: ProductsScreen | None = None
        for _attempt in range(max(3, repeat // 4)):
            if screen is not None:
                screen.close()
                screen.deleteLater()
            start = time.perf_counter()
            screen = ProductsScreen(context)  # its constructor sends the first query
            screen.resize(1366, 768)
            model = screen.model
            # The first query's results arrive through the event loop: connecting here
            # (before any await) misses nothing.
            rows_at = Stamp([model.loaded], lambda m=model: m.rowCount() > 0)
            count_at = Stamp([model.countChanged], lambda m=model: m.total_count is not None)
            screen.show()
            first_rows.append(await rows_at.wait() - start)
            counted.append(await count_at.wait() - start)
            await until(lambda m=model: not m.loading)
        assert screen is not None
        model = screen.model
        report.append(
            ("Produits: open → first rows in the model", p50_p95(first_rows), sql["first"])
        )
        report.append(("Produits: open → count label", p50_p95(counted), sql["count"]))
        report.append(("Produits: total", f"{model.total_count:,}".replace(",", " "), ""))

        for n, terms in words.items():
            rows_t: list[float] = []
            count_t: list[float] = []
            for word in terms[1 : repeat + 1]:
                if word == model.query.search:
                    continue  # the same word twice in a row sends no query: nothing to time
                # "rows": the first page of this search inserted in the model (``loaded``);
                # "count": this search's count set and nothing loading any more.
                rows_at = Stamp([model.loaded], lambda w=word: model.query.search == w)
                count_at = Stamp(
                    [model.loadingChanged],
                    lambda w=word: model.query.search == w and not model.loading,
                )
                start = time.perf_counter()
                screen.set_search(word)  # applied at once (what Enter does)
                rows_t.append(await rows_at.wait() - start)
                count_t.append(await count_at.wait() - start)
            report.append((f"Search {n} letter(s) → rows", p50_p95(rows_t), sql[f"rows{n}"]))
            report.append((f"Search {n} letter(s) → count", p50_p95(count_t), sql[f"count{n}"]))

        typing: list[float] = []
        queries_sent = 0
        for word in words[6][1 : min(repeat, 10) + 1]:
            screen.set_search("")
            await until(lambda: not model.loading)
            before = model._generation
            done_at = Stamp(
                [model.loadingChanged],
                lambda w=word: model.query.search == w and not model.loading,
            )
            last_key = 0.0
            for k in range(1, len(word) + 1):
                last_key = time.perf_counter()
                screen.search_box.setText(word[:k])
                await asyncio.sleep(KEY_INTERVAL_S)
            typing.append(await done_at.wait() - last_key)
            queries_sent += model._generation - before
        report.append(
            (
                "Typing 6 letters, 80 ms/key → rows+count after last key",
                p50_p95(typing),
                f"{queries_sent / max(1, len(typing)):.1f} query/word",
            )
        )

        screen.set_search("")
        await until(lambda: not model.loading)
        await asyncio.sleep(0.3)  # let thumbnails resolve (placeholders when unreachable)
        paints = []
        for _ in range(repeat):
            start = time.perf_counter()
            screen.table.viewport().grab()
            paints.append(time.perf_counter() - start)
        visible = screen.table.rowAt(screen.table.viewport().height() - 1) + 1
        report.append((f"Paint {visible} visible rows (with thumbnails)", p50_p95(paints), ""))
        screen.close()

        tree_t: list[float] = []
        for _ in range(max(3, repeat // 2)):
            start = time.perf_counter()
            tab = CategoriesScreen(context)
            level_at = Stamp(
                [tab.model.levelLoaded], lambda t=tab: t.model.root.children is not None
            )
            tab.show()
            tree_t.append(await level_at.wait() - start)
            top = len(tab.model.root.children or [])
            tab.close()
            tab.deleteLater()
        report.append(
            (f"Catégories: open → first level ({top} rows + counts)", p50_p95(tree_t), sql["tree"])
        )
    finally:
        runner.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("BACKOFFICE_BENCH_URL"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--wait", type=float, default=0, help="seconds to wait for the DB")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    url = args.url or DEFAULT_URL
    total = wait_for_database(url, args.wait)
    if total is None:
        return 2
    print(f"database ready: {total} products")
    engine = make_engine(url)
    factory = make_session_factory(engine)
    rng = random.Random(args.seed)
    with factory() as session:
        words = {n: search_words(session, n, args.repeat + 1, rng) for n in LENGTHS}
    sql = bare_sql(factory, words, args.repeat)

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    report: Report = []
    loop.run_until_complete(through_ui(factory, words, args.repeat, sql, report))
    engine.dispose()

    width = max(len(k) for k, _, _ in report)
    print(f"\nProduits / Catégories tabs — {engine.url.render_as_string(hide_password=True)}")
    print(f"{'measure':<{width}}  {'UI p50 / p95':>21}  {'bare SQL p50 / p95':>21}")
    print("-" * (width + 46))
    for key, ui, bare in report:
        print(f"{key:<{width}}  {ui:>21}  {bare:>21}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
