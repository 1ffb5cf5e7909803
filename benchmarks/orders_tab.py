"""Commandes tab benchmark on the large demo data (1 000 000 orders), PostgreSQL and MariaDB
in the same run, through the tab beside the bare SQL (offscreen, no display needed).

Usage::

    .venv/bin/python benchmarks/orders_tab.py [URL ...] [--repeat N]

URLs default to ``postgresql://postgres@127.0.0.1:5432/backoffice_bench_large`` and
``mysql://root@127.0.0.1:3306/backoffice_bench_large``.

For each server, p50 / p95 of:

* open → first rows (the tab built and shown until the model's ``loaded``), and the status
  counts shown (``countsChanged``), measured from the rows;
* search by reference, by customer name (first and last name, and a surname alone), by
  e-mail → rows;
* the page 500 000 rows deep (keyset: the cursor is taken once by OFFSET, not timed);
* open an order window (``open_order`` until the window is shown);
* advance one order (en attente → validée) through the runner, committed;
* a batch of 100 orders advanced in one go.

"Bare SQL" is the same service called in one Session on the main thread (no runner, no
Qt). The orders moved are put back afterwards (status, history and audit rows deleted), so
the data set stays the seed's.
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
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from backoffice.db import make_engine, make_session_factory
from backoffice.models import Commande, HistoriqueAction, HistoriqueCommande, Utilisateur
from backoffice.services.listing import Cursor, ListQuery
from backoffice.services.orders import (
    advance_order,
    advance_orders,
    count_orders_by_status,
    get_order,
    list_orders,
)
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.orders import orders_screen
from backoffice.views.orders.window import open_order

DEFAULT_URLS = (
    "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large",
    "mysql://root@127.0.0.1:3306/backoffice_bench_large",
)
DEEP = 500_000
Report = dict[str, str]


def ms(values: list[float]) -> str:
    return f"{pct(values, 0.5) * 1000:.1f} / {pct(values, 0.95) * 1000:.1f} ms"


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def admin_of(session: Session) -> Staff:
    user = session.scalar(
        select(Utilisateur).where(Utilisateur.email == "admin@boutique.demo")
    ) or session.scalar(select(Utilisateur).order_by(Utilisateur.id))
    assert user is not None
    return Staff(id=user.id, email=user.email, role="admin")


def samples(session: Session, repeat: int) -> dict[str, list[str]]:
    rng = random.Random(7)
    top = int(session.scalar(select(func.max(Commande.id))) or 1)
    ids = [rng.randrange(1, top) for _ in range(repeat)]
    rows = session.execute(
        select(Commande.reference, Utilisateur.nom, Utilisateur.prenom, Utilisateur.email)
        .join(Utilisateur, Utilisateur.id == Commande.id_utilisateur)
        .where(Commande.id.in_(ids))
    ).all()
    return {
        "reference": [r.reference for r in rows],
        "name": [f"{r.prenom} {r.nom}" for r in rows],
        "surname": [r.nom for r in rows],
        "email": [r.email for r in rows],
    }


def waiting_orders(session: Session, n: int) -> list[int]:
    return list(
        session.scalars(
            select(Commande.id)
            .where(Commande.statut == "en_attente")
            .order_by(Commande.id)
            .limit(n)
        )
    )


def deep_cursor(session: Session) -> Cursor:
    """The cursor after the ``DEEP``-th order of the default sort (date descending), read
    once with an OFFSET (seconds on a busy machine; not timed), as the driver returns it."""
    value, order_id = session.execute(
        text(
            "SELECT date_commande, id FROM commandes ORDER BY date_commande DESC, id DESC"
            f" LIMIT 1 OFFSET {DEEP - 1}"
        )
    ).one()
    return Cursor("date_commande", True, value, order_id)


class Restore:
    """Puts moved orders back in ``en_attente`` and removes the rows the moves wrote."""

    def __init__(self, factory: Any) -> None:
        self.factory = factory
        with factory() as session:
            self.history = session.scalar(select(func.max(HistoriqueCommande.id))) or 0
            self.audit = session.scalar(select(func.max(HistoriqueAction.id))) or 0

    def __call__(self, ids: list[int]) -> None:
        with self.factory() as session:
            session.execute(
                update(Commande).where(Commande.id.in_(ids)).values(statut="en_attente")
            )
            session.execute(delete(HistoriqueCommande).where(HistoriqueCommande.id > self.history))
            session.execute(delete(HistoriqueAction).where(HistoriqueAction.id > self.audit))
            session.commit()


def bare_sql(factory: Any, actor: Staff, terms: dict[str, list[str]], repeat: int) -> Report:
    out: Report = {}
    with factory() as session:
        first = list_orders(session, actor, ListQuery())
        out["open → first rows"] = ms(
            timed(lambda: list_orders(session, actor, ListQuery()), repeat)
        )
        for kind in ("reference", "name", "surname", "email"):
            words = terms[kind]
            it = iter(words * 2)
            out[f"search by {kind} → rows"] = ms(
                timed(
                    lambda it=it: list_orders(session, actor, ListQuery(search=next(it))),
                    len(words),
                )
            )
        deep = deep_cursor(session)
        out[f"page {DEEP:,} rows deep (keyset)".replace(",", " ")] = ms(
            timed(lambda: list_orders(session, actor, ListQuery().continued(deep)), repeat)
        )
        out["status counts (one GROUP BY)"] = ms(
            timed(lambda: count_orders_by_status(session, actor, ListQuery()), max(3, repeat // 3))
        )
        some = first.rows[5]["id"]
        out["open an order window"] = ms(timed(lambda: get_order(session, actor, some), repeat))
        ids = waiting_orders(session, 100 + repeat)
        single = iter(ids[100:])
        one: list[float] = []
        for _ in range(repeat):
            order_id = next(single)
            start = time.perf_counter()
            with session.begin_nested():
                advance_order(session, actor, order_id, "en_attente", "validee")
            one.append(time.perf_counter() - start)
        out["advance one order"] = ms(one)
        session.rollback()
        batch: list[float] = []
        for _ in range(3):
            start = time.perf_counter()
            result = advance_orders(
                session, actor, dict.fromkeys(ids[:100], "en_attente"), "validee"
            )
            batch.append(time.perf_counter() - start)
            assert len(result.moved) == 100, result.refused[:3]
            session.rollback()
        out["batch of 100 orders"] = ms(batch)
    return out


async def through_tab(
    factory: Any, actor: Staff, terms: dict[str, list[str]], repeat: int
) -> Report:
    out: Report = {}
    runner = DbRunner(factory)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    context = AppContext(runner=runner, actor=actor, settings=settings, database_label="bench")
    restore = Restore(factory)
    try:
        await asyncio.gather(*(runner.run(lambda s: s.execute(text("SELECT 1"))) for _ in range(3)))
        opens: list[float] = []
        counts: list[float] = []
        screen = None
        for _ in range(repeat):
            start = time.perf_counter()
            screen = orders_screen(context)
            screen.resize(1440, 900)
            model, bar = screen.model, screen.status_counts
            assert bar is not None
            rows_at = Stamp([model.loaded], lambda model=model: model.rowCount() > 0)
            counts_at = Stamp([bar.countsChanged], lambda bar=bar: bool(bar.counts))
            screen.show()
            rows = await rows_at.wait()
            opens.append(rows - start)
            counts.append(await counts_at.wait() - rows)
            await until(lambda model=model, bar=bar: not model.loading and not bar.loading)
            screen.close()
            screen.deleteLater()
        out["open → first rows"] = ms(opens)
        out["status counts shown, after the rows"] = ms(counts)

        screen = orders_screen(context)
        screen.resize(1440, 900)
        screen.show()
        model = screen.model
        await until(lambda: not model.loading)
        for kind in ("reference", "name", "surname", "email"):
            found: list[float] = []
            for word in terms[kind]:
                if word == model.query.search:
                    continue
                rows_at = Stamp([model.loaded], lambda w=word: model.query.search == w)
                start = time.perf_counter()
                screen.set_search(word)
                found.append(await rows_at.wait() - start)
                await until(lambda: not model.loading)
            out[f"search by {kind} → rows"] = ms(found)
        screen.set_search("")
        await until(lambda: not model.loading)

        with factory() as session:
            deep = deep_cursor(session)
        query = model.query.continued(deep)
        paged: list[float] = []
        for _ in range(repeat):
            start = time.perf_counter()
            await runner.run(screen.spec.fetch, actor, query)
            paged.append(time.perf_counter() - start)
        out[f"page {DEEP:,} rows deep (keyset)".replace(",", " ")] = ms(paged)

        windows: list[float] = []
        for i in range(repeat):
            order_id = int(model.row_at(10 + i)["id"])
            start = time.perf_counter()
            window = await open_order(context, order_id)
            windows.append(time.perf_counter() - start)
            window.close()
        out["open an order window"] = ms(windows)

        with factory() as session:
            ids = waiting_orders(session, 100 + repeat)
        one: list[float] = []
        try:
            for order_id in ids[100:]:
                start = time.perf_counter()
                await runner.run(advance_order, actor, order_id, "en_attente", "validee")
                one.append(time.perf_counter() - start)
            out["advance one order"] = ms(one)
            batch: list[float] = []
            for _ in range(3):
                start = time.perf_counter()
                result = await runner.run(
                    advance_orders, actor, dict.fromkeys(ids[:100], "en_attente"), "validee"
                )
                batch.append(time.perf_counter() - start)
                assert len(result.moved) == 100, result.refused[:3]
                restore(ids[:100])
            out["batch of 100 orders"] = ms(batch)
        finally:
            restore(ids)
        screen.close()
    finally:
        runner.shutdown()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", default=list(DEFAULT_URLS))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    results: list[tuple[str, Report, Report]] = []
    for url in args.urls:
        engine = make_engine(url)
        factory = make_session_factory(engine)
        with factory() as session:
            actor = admin_of(session)
            terms = samples(session, args.repeat)
        bare = bare_sql(factory, actor, terms, args.repeat)
        tab = loop.run_until_complete(through_tab(factory, actor, terms, args.repeat))
        results.append((engine.dialect.name, tab, bare))
        engine.dispose()
    keys = list(results[0][1]) + [k for k in results[0][2] if k not in results[0][1]]
    width = max(len(k) for k in keys)
    header = "".join(
        f" | {name + ': tab p50 / p95':<26} | {'bare SQL':<22}" for name, _, _ in results
    )
    print(f"\n{'Commandes (p50 / p95)':<{width}}{header}")
    for key in keys:
        cells = "".join(
            f" | {tab.get(key, ''):<26} | {bare.get(key, ''):<22}" for _, tab, bare in results
        )
        print(f"{key:<{width}}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
