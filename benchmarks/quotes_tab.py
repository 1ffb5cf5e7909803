"""Devis tab benchmark on the 100 000-quote demo (offscreen), beside the bare SQL.

Usage::

    .venv/bin/backoffice-cli db seed-demo --database-url URL --scale devis   # once
    .venv/bin/python benchmarks/quotes_tab.py [URL] [--repeat N]

URL defaults to ``$BACKOFFICE_BENCH_URL`` or
``postgresql://postgres@127.0.0.1:5432/bench_quotes``.

Measures through the real stack (QuotesScreen → LazyTableModel → DbRunner worker → server →
rows in the model), from the moment the screen is built or the query sent, to the model's
own signals:

* open → first rows (the default view: « En attente », oldest first), → count label,
  → status buttons' counts;
* « Tous » (every status, oldest first) → rows;
* search of a customer's name and of a request's word (3 and 6 letters) → rows, → count;

next to the same service calls in one Session (SQL + row conversion).
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

from backoffice.db import make_engine, make_session_factory
from backoffice.models import Devis, Utilisateur
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.services.quotes import count_quotes, count_quotes_by_status, list_quotes
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.quotes import QuotesScreen

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/bench_quotes"
ACTOR = Staff(id=0, email="bench@boutique.test", role="admin")
WAITING = {"statut": "en_attente"}
Report = list[tuple[str, str, str]]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def p50_p95(values: list[float]) -> str:
    return f"{ms(pct(values, 0.5))} / {ms(pct(values, 0.95))}"


def timed(fn: Callable[[int], Any], repeat: int) -> list[float]:
    fn(0)  # warm-up
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return times


def words_from(factory: Any, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Real customers' names (cut to 3 and 6 letters) and words of real requests."""
    with factory() as session:
        names = session.scalars(
            select(Utilisateur.nom).join(Devis, Devis.id_utilisateur == Utilisateur.id).limit(2000)
        ).all()
        requests = session.scalars(select(Devis.description_demande).limit(2000)).all()
    names = [n for n in names if n and len(n) >= 6 and n[:6].isalpha()]
    tokens = [w.strip(".,;!?«»") for r in requests if r for w in r.split()]
    tokens = [w for w in tokens if len(w) >= 6 and w.isalpha()]
    return {
        "client 3": [rng.choice(names)[:3] for _ in range(count)],
        "client 6": [rng.choice(names)[:6] for _ in range(count)],
        "demande 6": [rng.choice(tokens)[:6] for _ in range(count)],
    }


def bare_sql(factory: Any, words: dict[str, list[str]], repeat: int) -> dict[str, str]:
    sql: dict[str, str] = {}
    waiting = ListQuery(filters=WAITING)
    with factory() as session:
        sql["first"] = p50_p95(timed(lambda i: list_quotes(session, ACTOR, waiting), repeat))
        sql["count"] = p50_p95(timed(lambda i: count_quotes(session, ACTOR, waiting), repeat))
        sql["counts"] = p50_p95(
            timed(lambda i: count_quotes_by_status(session, ACTOR, ListQuery()), repeat)
        )
        sql["all"] = p50_p95(timed(lambda i: list_quotes(session, ACTOR, ListQuery()), repeat))
        for key, terms in words.items():
            sql[f"rows {key}"] = p50_p95(
                timed(
                    lambda i, t=terms: list_quotes(session, ACTOR, ListQuery(search=t[i])), repeat
                )
            )
            sql[f"count {key}"] = p50_p95(
                timed(
                    lambda i, t=terms: count_quotes(session, ACTOR, ListQuery(search=t[i])), repeat
                )
            )
    return sql


async def through_ui(
    factory: Any, words: dict[str, list[str]], repeat: int, sql: dict[str, str], report: Report
) -> None:
    runner = DbRunner(factory)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    context = AppContext(runner=runner, actor=ACTOR, settings=settings, database_label="bench")
    try:
        await runner.run(lambda s: s.execute(text("SELECT 1")))
        first: list[float] = []
        counted: list[float] = []
        statuses: list[float] = []
        screen: QuotesScreen | None = None
        for _attempt in range(max(5, repeat // 2)):
            if screen is not None:
                screen.close()
                screen.deleteLater()
            start = time.perf_counter()
            screen = QuotesScreen(context)
            screen.resize(1366, 768)
            model = screen.model
            bar = screen.status_counts
            assert bar is not None
            rows_at = Stamp([model.loaded], lambda m=model: m.rowCount() > 0)
            count_at = Stamp([model.countChanged], lambda m=model: m.total_count is not None)
            bar_at = Stamp([bar.countsChanged], lambda b=bar: bool(b.counts))
            screen.show()
            first.append(await rows_at.wait() - start)
            counted.append(await count_at.wait() - start)
            statuses.append(await bar_at.wait() - start)
            await until(lambda m=model: not m.loading)
        assert screen is not None
        model = screen.model
        report.append(("Devis: open → first rows (en attente)", p50_p95(first), sql["first"]))
        report.append(("Devis: open → count label", p50_p95(counted), sql["count"]))
        report.append(("Devis: open → status counts", p50_p95(statuses), sql["counts"]))
        bar = screen.status_counts
        assert bar is not None
        total = sum(bar.counts.values())
        report.append(("Devis: quotes in the queue (all statuses)", f"{total:,}", ""))

        all_rows: list[float] = []
        for _ in range(repeat):
            bar.set_value("en_attente")
            await until(lambda: not model.loading)
            at = Stamp(
                [model.loaded],
                lambda: (
                    "statut" not in model.query.filters or model.query.filters.get("statut") is None
                ),
            )
            start = time.perf_counter()
            bar.set_value(None)
            all_rows.append(await at.wait() - start)
            await until(lambda: not model.loading)
        report.append(("« Tous » → rows", p50_p95(all_rows), sql["all"]))

        for key, terms in words.items():
            rows_t: list[float] = []
            count_t: list[float] = []
            for word in terms[1 : repeat + 1]:
                if word == model.query.search:
                    continue
                rows_at = Stamp([model.loaded], lambda w=word: model.query.search == w)
                count_at = Stamp(
                    [model.loadingChanged],
                    lambda w=word: model.query.search == w and not model.loading,
                )
                start = time.perf_counter()
                screen.set_search(word)
                rows_t.append(await rows_at.wait() - start)
                count_t.append(await count_at.wait() - start)
            report.append((f"Search {key} letters → rows", p50_p95(rows_t), sql[f"rows {key}"]))
            report.append((f"Search {key} letters → count", p50_p95(count_t), sql[f"count {key}"]))
        screen.close()
    finally:
        runner.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("BACKOFFICE_BENCH_URL"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    url = args.url or DEFAULT_URL
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with factory() as session:
        quotes = int(session.execute(text("SELECT count(*) FROM devis")).scalar_one())
    print(f"database ready: {quotes} quotes")
    words = words_from(factory, random.Random(args.seed), args.repeat + 1)
    sql = bare_sql(factory, words, args.repeat)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    report: Report = []
    loop.run_until_complete(through_ui(factory, words, args.repeat, sql, report))
    engine.dispose()
    width = max(len(k) for k, _, _ in report)
    print(f"\nDevis tab — {engine.url.render_as_string(hide_password=True)}")
    print(f"{'measure':<{width}}  {'UI p50 / p95':>21}  {'bare SQL p50 / p95':>21}")
    print("-" * (width + 46))
    for key, ui, bare in report:
        print(f"{key:<{width}}  {ui:>21}  {bare:>21}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
