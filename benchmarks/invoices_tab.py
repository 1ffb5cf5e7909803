"""Factures tab benchmark on the large demo data (~924 000 invoices), PostgreSQL and MariaDB
in the same run, through the tab beside the bare SQL (offscreen, no display needed).

Usage::

    .venv/bin/python benchmarks/invoices_tab.py [URL ...] [--repeat N]

URLs default to ``postgresql://postgres@127.0.0.1:5432/backoffice_bench_large`` and
``mysql://root@127.0.0.1:3306/backoffice_bench_large``. Nothing is written.

For each server, p50 / p95 of: open → first rows (the tab built and shown until the
model's ``loaded``) and → the count label; search by invoice number, by order reference,
by customer surname → rows; « Le mois dernier » → rows; the state filter « Émise » → rows;
and, when the base holds invoice snapshots, one invoice's PDF rendered through the runner
(the document window's work). "Bare SQL" is the same service called in one Session on the
main thread (no runner, no Qt).
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
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from backoffice.db import make_engine, make_session_factory
from backoffice.models import Commande, Facture, FactureInstantane, Utilisateur
from backoffice.services.documents import render_invoices
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.invoices import InvoicesScreen
from backoffice.views.invoices.specs import count_invoices, fetch_invoices

DEFAULT_URLS = (
    "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large",
    "mysql://root@127.0.0.1:3306/backoffice_bench_large",
)
Report = dict[str, str]
SEARCHES = ("number", "order", "surname")


def ms(values: list[float]) -> str:
    if not values:
        return "—"
    return f"{pct(values, 0.5) * 1000:.1f} / {pct(values, 0.95) * 1000:.1f} ms"


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def manager_of(session: Session) -> Staff:
    user = session.scalar(
        select(Utilisateur).where(Utilisateur.email == "manager@boutique.demo")
    ) or session.scalar(select(Utilisateur).order_by(Utilisateur.id))
    assert user is not None
    return Staff(id=user.id, email=user.email, role="manager")


def samples(session: Session, repeat: int) -> dict[str, list[str]]:
    rng = random.Random(11)
    top = int(session.scalar(select(func.max(Facture.id))) or 1)
    ids = [rng.randrange(1, top) for _ in range(repeat)]
    rows = session.execute(
        select(Facture.numero_facture, Commande.reference, Utilisateur.nom)
        .join(Commande, Commande.id == Facture.id_commande)
        .join(Utilisateur, Utilisateur.id == Commande.id_utilisateur)
        .where(Facture.id.in_(ids))
    ).all()
    return {
        "number": [r.numero_facture for r in rows],
        "order": [r.reference for r in rows],
        "surname": [r.nom for r in rows],
    }


def a_snapshot(session: Session) -> int | None:
    return session.scalar(select(FactureInstantane.id_facture).limit(1))


def bare_sql(factory: Any, actor: Staff, terms: dict[str, list[str]], repeat: int) -> Report:
    out: Report = {}
    with factory() as session:
        fetch_invoices(session, actor, ListQuery())
        out["open → first rows"] = ms(
            timed(lambda: fetch_invoices(session, actor, ListQuery()), repeat)
        )
        out["open → count"] = ms(
            timed(lambda: count_invoices(session, actor, ListQuery()), max(3, repeat // 3))
        )
        for kind in SEARCHES:
            it = iter(terms[kind] * 2)
            out[f"search by {kind} → rows"] = ms(
                timed(
                    lambda it=it: fetch_invoices(session, actor, ListQuery(search=next(it))),
                    len(terms[kind]),
                )
            )
        last_month = ListQuery(filters={"periode": "last_month"})
        out["« Le mois dernier » → rows"] = ms(
            timed(lambda: fetch_invoices(session, actor, last_month), repeat)
        )
        emise = ListQuery(filters={"etat": "emise"})
        out["state « Émise » → rows"] = ms(
            timed(lambda: fetch_invoices(session, actor, emise), repeat)
        )
        invoice_id = a_snapshot(session)
        if invoice_id is not None:
            out["one invoice's PDF"] = ms(
                timed(lambda: render_invoices(session, actor, [invoice_id]), repeat)
            )
    return out


async def through_tab(
    factory: Any, actor: Staff, terms: dict[str, list[str]], repeat: int
) -> Report:
    out: Report = {}
    runner = DbRunner(factory)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    context = AppContext(runner=runner, actor=actor, settings=settings, database_label="bench")
    try:
        await asyncio.gather(*(runner.run(lambda s: s.execute(text("SELECT 1"))) for _ in range(3)))
        opens: list[float] = []
        counts: list[float] = []
        for _ in range(repeat):
            start = time.perf_counter()
            screen = InvoicesScreen(context)
            screen.resize(1440, 900)
            model = screen.invoices.model
            rows_at = Stamp([model.loaded], lambda model=model: model.rowCount() > 0)
            count_at = Stamp(
                [model.countChanged], lambda model=model: model.total_count is not None
            )
            screen.show()
            opens.append(await rows_at.wait() - start)
            # Waited for before the next open: a count still running would slow it.
            counts.append(await count_at.wait() - start)
            await until(lambda model=model: not model.loading)
            screen.close()
            screen.deleteLater()
        out["open → first rows"] = ms(opens)
        out["open → count"] = ms(counts)

        screen = InvoicesScreen(context)
        screen.resize(1440, 900)
        screen.show()
        invoices = screen.invoices
        model = invoices.model
        await until(lambda: not model.loading)
        for kind in SEARCHES:
            found: list[float] = []
            for word in terms[kind]:
                if word == model.query.search:
                    continue
                rows_at = Stamp([model.loaded], lambda w=word: model.query.search == w)
                start = time.perf_counter()
                invoices.set_search(word)
                found.append(await rows_at.wait() - start)
                await until(lambda: not model.loading)
            out[f"search by {kind} → rows"] = ms(found)
        invoices.set_search("")
        await until(lambda: not model.loading)

        period = invoices.filter_widget("periode").combo  # type: ignore[union-attr]
        state = invoices.filter_widget("etat")
        for label, combo, value in (
            ("« Le mois dernier » → rows", period, "last_month"),
            ("state « Émise » → rows", state, "emise"),
        ):
            times: list[float] = []
            for _ in range(max(3, repeat // 3)):
                rows_at = Stamp(
                    [model.loaded], lambda value=value: value in model.query.filters.values()
                )
                start = time.perf_counter()
                combo.setCurrentIndex(combo.findData(value))  # type: ignore[union-attr]
                times.append(await rows_at.wait() - start)
                await until(lambda: not model.loading)
                combo.setCurrentIndex(0)  # type: ignore[union-attr]
                await until(lambda: not model.loading)
            out[label] = ms(times)

        with factory() as session:
            invoice_id = a_snapshot(session)
        if invoice_id is not None:
            rendered: list[float] = []
            for _ in range(repeat):
                start = time.perf_counter()
                await runner.run(render_invoices, actor, [invoice_id])
                rendered.append(time.perf_counter() - start)
            out["one invoice's PDF"] = ms(rendered)
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
            actor = manager_of(session)
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
    print(f"\n{'Factures (p50 / p95)':<{width}}{header}")
    for key in keys:
        cells = "".join(
            f" | {tab.get(key, ''):<26} | {bare.get(key, ''):<22}" for _, tab, bare in results
        )
        print(f"{key:<{width}}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
