"""Conversations tab benchmark: 100 000 conversations, 1 000 000 messages (offscreen).

Usage::

    .venv/bin/python benchmarks/conversations_tab.py [URL] [--repeat N] [--prepare]

URL defaults to ``$BACKOFFICE_BENCH_URL`` or
``postgresql://postgres@127.0.0.1:5432/bench_conversations``. ``--prepare`` creates that
database (PostgreSQL or MariaDB URL) and loads ``db seed-demo --scale conversations``: the
small shop with 20 000 customers, then ``services.demo.conversations_bench`` (100 000
conversations, 1 000 000 messages, one thread of 500).

Measures (p50 / p95), beside the bare SQL of the same service call:

* inbox first rows (« À traiter », « Toutes ») through the tab (ListScreen → model →
  worker → rows), and the views' counts;
* search → rows, for words of subjects, customers' names and words of the messages;
* opening the 500-message thread (mark-read, read, render) to the ``loaded`` signal;
* a message written by another connection (as psql would: the website's INSERT and the
  activity UPDATE in one transaction) → the inbox's first row is that conversation,
  through LISTEN/NOTIFY (PostgreSQL) — the bare figure is the NOTIFY's own arrival.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
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
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from backoffice import migrations
from backoffice.db import make_engine, make_session_factory, normalize_url
from backoffice.models import Conversation, Message, Role, RoleName, Utilisateur
from backoffice.services.conversations import (
    count_views,
    get_thread,
    list_conversations,
)
from backoffice.services.demo.conversations_bench import ITEMS
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.tasks import DbRunner
from backoffice.views.conversations.live import LiveActivity
from backoffice.views.conversations.specs import inbox_spec
from backoffice.views.conversations.thread import ThreadView

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/bench_conversations"
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


def prepare(url: str) -> None:
    from backoffice.services.demo import seed_demo

    target = normalize_url(url)
    admin = make_engine(
        target.set(database="postgres" if target.get_backend_name() == "postgresql" else "mysql"),
        isolation_level="AUTOCOMMIT",
        statement_timeout_ms=None,
    )
    quote = admin.dialect.identifier_preparer.quote
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {quote(target.database or '')}"))
        connection.execute(text(f"CREATE DATABASE {quote(target.database or '')}"))
    admin.dispose()
    migrations.upgrade(target.render_as_string(hide_password=False))
    engine = make_engine(target, statement_timeout_ms=None)
    seed_demo(engine, scale="conversations")  # the small shop, 20 000 customers, the volume
    engine.dispose()


def actor_of(factory: Any) -> Staff:
    with factory() as session:
        row = session.execute(
            select(Utilisateur.id, Utilisateur.email, Utilisateur.prenom)
            .join(Role, Role.id == Utilisateur.idRole)
            .where(Role.libelle == RoleName.SUPPORT)
            .limit(1)
        ).one()
    return Staff(id=row.id, email=row.email, role=RoleName.SUPPORT, prenom=row.prenom)


def words_from(factory: Any, rng: random.Random, count: int) -> dict[str, list[str]]:
    with factory() as session:
        subjects = session.scalars(select(Conversation.sujet).limit(3000)).all()
        names = session.scalars(
            select(Utilisateur.nom)
            .join(Conversation, Conversation.id_utilisateur == Utilisateur.id)
            .limit(3000)
        ).all()
        texts = session.scalars(
            select(Message.contenu).where(Message.is_client.is_(True)).limit(5000)
        ).all()

    def tokens(values: Any) -> list[str]:
        found = [w.strip(".,;!?«»()") for v in values if v for w in v.split()]
        return [w for w in found if len(w) >= 6 and w.isalpha()]

    numbers = [m for t in texts if t for m in re.findall(r"\d{8}", t)]
    common = [w for w in tokens(texts) if w.lower() not in ITEMS]
    return {
        "sujet": [rng.choice(tokens(subjects)) for _ in range(count)],
        "client": [rng.choice([n for n in names if n and len(n) >= 5])[:6] for _ in range(count)],
        "message (mot courant)": [rng.choice(common) for _ in range(count)],
        "message (produit)": [rng.choice(ITEMS) for _ in range(count)],
        "message (n° de suivi)": [rng.choice(numbers) for _ in range(count)],
    }


def long_thread(factory: Any) -> int:
    with factory() as session:
        return int(
            session.execute(
                select(Message.id_conversation)
                .group_by(Message.id_conversation)
                .order_by(func.count().desc())
                .limit(1)
            ).scalar_one()
        )


def bare_sql(
    factory: Any, actor: Staff, words: dict[str, list[str]], thread_id: int, repeat: int
) -> dict[str, str]:
    sql: dict[str, str] = {}
    waiting = ListQuery(filters={"vue": "a_traiter"}, sort="activite")
    everything = ListQuery(filters={"vue": "toutes"}, sort="activite", descending=True)
    with factory() as session:
        sql["first"] = p50_p95(timed(lambda i: list_conversations(session, actor, waiting), repeat))
        sql["all"] = p50_p95(
            timed(lambda i: list_conversations(session, actor, everything), repeat)
        )
        sql["counts"] = p50_p95(timed(lambda i: count_views(session, actor, ListQuery()), repeat))
        for key, terms in words.items():
            sql[key] = p50_p95(
                timed(
                    lambda i, t=terms: list_conversations(
                        session, actor, ListQuery(search=t[i], filters={"vue": "toutes"})
                    ),
                    repeat,
                )
            )
        sql["thread"] = p50_p95(timed(lambda i: get_thread(session, actor, thread_id), repeat))
    return sql


async def through_ui(
    factory: Any,
    actor: Staff,
    words: dict[str, list[str]],
    thread_id: int,
    repeat: int,
    sql: dict[str, str],
    report: Report,
) -> None:
    runner = DbRunner(factory)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    context = AppContext(runner=runner, actor=actor, settings=settings, database_label="bench")
    try:
        await runner.run(lambda s: s.execute(text("SELECT 1")))
        first: list[float] = []
        counted: list[float] = []
        screen: ListScreen | None = None
        for _attempt in range(max(5, repeat // 2)):
            if screen is not None:
                screen.close()
                screen.deleteLater()
            start = time.perf_counter()
            screen = ListScreen(context, inbox_spec(lambda *_a: None))
            screen.resize(1366, 768)
            model = screen.model
            bar = screen.status_counts
            assert bar is not None
            rows_at = Stamp([model.loaded], lambda m=model: m.rowCount() > 0)
            bar_at = Stamp([bar.countsChanged], lambda b=bar: bool(b.counts))
            screen.show()
            first.append(await rows_at.wait() - start)
            counted.append(await bar_at.wait() - start)
            await until(lambda m=model: not m.loading)
        assert screen is not None
        model = screen.model
        bar = screen.status_counts
        assert bar is not None
        report.append(("Inbox « À traiter »: open → first rows", p50_p95(first), sql["first"]))
        report.append(("Inbox: open → views' counts", p50_p95(counted), sql["counts"]))
        report.append(("Conversations / to handle", f"{bar.counts}", ""))

        all_rows: list[float] = []
        for _ in range(repeat):
            bar.set_value("a_traiter")
            await until(lambda: not model.loading)
            at = Stamp([model.loaded], lambda: model.query.filters.get("vue") is None)
            start = time.perf_counter()
            bar.set_value(None)
            all_rows.append(await at.wait() - start)
            await until(lambda: not model.loading)
        report.append(("« Toutes » → rows", p50_p95(all_rows), sql["all"]))

        for key, terms in words.items():
            rows_t: list[float] = []
            for word in terms[1 : repeat + 1]:
                if word == model.query.search:
                    continue
                rows_at = Stamp([model.loaded], lambda w=word: model.query.search == w)
                start = time.perf_counter()
                screen.set_search(word)
                rows_t.append(await rows_at.wait() - start)
                await until(lambda: not model.loading)
            report.append((f"Search {key} → rows", p50_p95(rows_t), sql[key]))
        screen.set_search("")
        await until(lambda: not model.loading)

        opened: list[float] = []
        for _ in range(max(5, repeat // 2)):
            view = ThreadView(context, thread_id)
            view.resize(1024, 700)
            view.show()
            start = time.perf_counter()
            await view.load()
            opened.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
        report.append(
            (
                "Open the 500-message thread (mark-read + read + render)",
                p50_p95(opened),
                sql["thread"],
            )
        )

        await live_arrival(factory, context, screen, bar, repeat, report)
        screen.close()
    finally:
        runner.shutdown()


async def live_arrival(
    factory: Any, context: AppContext, screen: ListScreen, bar: Any, repeat: int, report: Report
) -> None:
    import psycopg

    engine = factory.kw["bind"]
    if engine.dialect.name != "postgresql":
        report.append(("psql insert → inbox row", "poll every 30 s (no LISTEN)", ""))
        return
    live = LiveActivity(context)
    mode = await live.start()
    assert live.listener is not None
    await until(lambda: live.listener.connected)  # type: ignore[union-attr]
    model = screen.model
    bar.set_value(None)  # « Toutes », newest activity first
    screen.table.horizontalHeader().setSortIndicator(
        screen.spec.column_index("activite"),
        Qt.SortOrder.DescendingOrder,
    )
    await until(lambda: not model.loading and model.rowCount() > 0)
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with factory() as session:
        candidates = list(
            session.execute(
                select(Conversation.id, Conversation.id_utilisateur)
                .order_by(Conversation.id)
                .limit(200)
            ).all()
        )
    notified: list[float] = []
    shown: list[float] = []
    stamp_notify: dict[str, float] = {}
    live.listener.notified.connect(lambda _p: stamp_notify.setdefault("at", time.perf_counter()))
    with psycopg.connect(url, autocommit=False) as connection:
        for k in range(repeat):
            conv_id, customer = candidates[(k * 7) % len(candidates)]
            if model.rowCount() and model.row_at(0)["id"] == conv_id:
                continue
            stamp_notify.clear()
            at = Stamp(
                [model.loaded, model.replaced],
                lambda c=conv_id: model.rowCount() > 0 and model.row_at(0)["id"] == c,
            )
            start = time.perf_counter()
            connection.execute(
                "INSERT INTO messages (id_conversation, id_utilisateur, contenu, is_client, lu,"
                " date_creation) VALUES (%s, %s, 'Bonjour, une question', true, false, now())",
                (conv_id, customer),
            )
            connection.execute(
                "UPDATE conversations SET date_derniere_activite = now(), statut = 'ouvert'"
                " WHERE id = %s",
                (conv_id,),
            )
            connection.commit()
            shown.append(await at.wait(10) - start)
            notified.append(stamp_notify.get("at", start) - start)
            await until(lambda: not model.loading)
    live.stop()
    report.append(
        (f"psql insert → inbox row updated ({mode})", p50_p95(shown), p50_p95(notified) + " notify")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("BACKOFFICE_BENCH_URL"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--prepare", action="store_true")
    args = parser.parse_args()
    url = args.url or DEFAULT_URL
    if args.prepare:
        prepare(url)
    engine = make_engine(make_url(url) if "://" in url else url)
    factory = make_session_factory(engine)
    with factory() as session:
        conversations = int(
            session.execute(text("SELECT count(*) FROM conversations")).scalar_one()
        )
        messages = int(session.execute(text("SELECT count(*) FROM messages")).scalar_one())
    print(f"database ready: {conversations} conversations, {messages} messages")
    actor = actor_of(factory)
    words = words_from(factory, random.Random(args.seed), args.repeat + 1)
    thread_id = long_thread(factory)
    sql = bare_sql(factory, actor, words, thread_id, args.repeat)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    report: Report = []
    loop.run_until_complete(through_ui(factory, actor, words, thread_id, args.repeat, sql, report))
    engine.dispose()
    width = max(len(k) for k, _, _ in report)
    print(f"\nConversations tab — {engine.url.render_as_string(hide_password=True)}")
    print(f"{'measure':<{width}}  {'UI p50 / p95':>21}  {'bare SQL p50 / p95':>21}")
    print("-" * (width + 46))
    for key, ui, bare in report:
        print(f"{key:<{width}}  {ui:>21}  {bare:>21}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
