"""Live arrival: NOTIFY on PostgreSQL within a second, the listener's reconnection after
``pg_terminate_backend``, the 30 s poll where LISTEN cannot work (SQLite here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine, make_session_factory
from backoffice.models import Conversation, Message, RoleName
from backoffice.services.changes import Changes
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.conversations.live import EVERYTHING, LiveActivity, changes_of
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context


def _seed(factory: sessionmaker[Session]) -> tuple[Staff, int, int]:
    with factory() as session:
        actor = make_staff(session, RoleName.SUPPORT)
        customer = make_user(session)
        conversation = Conversation(id_utilisateur=customer.id, sujet="Bonjour")
        session.add(conversation)
        session.commit()
        return actor, customer.id, conversation.id


def _psql(engine: Engine, sql: str, **params: Any) -> None:
    """Like psql: a connection of its own, outside the application."""
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql, params)


def test_changes_of_a_notification() -> None:
    payload = {"t": "messages", "n": 2, "ids": [7, 8], "c": [3], "client": [8]}
    assert changes_of(payload) == Changes({"messages": {7, 8}, "conversations": {3}})
    # More rows than the 50 named: every row may have changed.
    assert changes_of({"t": "commandes", "n": 80, "ids": list(range(50))}) == Changes(
        {"commandes": None}
    )
    assert not changes_of({"t": "autre"})


@pytest.mark.postgres
def test_notify_reaches_the_desk_within_a_second_and_survives_a_lost_connection(
    qtbot: Any,
    pg_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    actor, customer_id, conversation_id = _seed(pg_committed)
    runner = make_runner(pg_committed)
    live = LiveActivity(app_context(runner, actor))
    try:
        assert wait_for(qtbot, live.start()) == "listen"
        assert live.listener is not None
        qtbot.waitUntil(lambda: live.listener.connected, timeout=5000)
        engine = pg_committed.kw["bind"]
        announced: list[Changes] = []
        runner.changed.connect(announced.append)
        insert = (
            "INSERT INTO messages (id_conversation, id_utilisateur, contenu, is_client, lu,"
            " date_creation) VALUES (%(c)s, %(u)s, 'Où est mon colis ?', true, false, now())"
        )
        with (
            qtbot.waitSignal(live.customerMessages, timeout=3000) as told,
            qtbot.waitSignal(runner.changed, timeout=1000),  # the goal: within 1 s
        ):
            _psql(engine, insert, c=conversation_id, u=customer_id)
        assert announced[0].touches_row("conversations", conversation_id)
        assert announced[0].touches("messages")
        assert told.args[0][0]["id_conversation"] == conversation_id
        assert told.args[0][0]["sujet"] == "Bonjour"

        # The connection is killed (a server restart, a network cut): it comes back alone.
        pid = live.listener.backend_pid
        with qtbot.waitSignal(live.listener.reconnected, timeout=10_000):
            _psql(engine, "SELECT pg_terminate_backend(%(pid)s)", pid=pid)
        assert live.listener.backend_pid != pid
        announced.clear()
        with qtbot.waitSignal(runner.changed, timeout=2000):
            _psql(engine, insert, c=conversation_id, u=customer_id)
        qtbot.waitUntil(lambda: any(c.touches("messages") for c in announced), timeout=2000)
        # A new order is announced to the orders list too.
        announced.clear()
        with qtbot.waitSignal(runner.changed, timeout=2000):
            _psql(
                engine,
                "INSERT INTO commandes (id_utilisateur, montant_total, reference, date_commande)"
                " VALUES (%(u)s, 10, 'CMD-LIVE-1', now())",
                u=customer_id,
            )
        qtbot.waitUntil(lambda: any(c.touches("commandes") for c in announced), timeout=2000)
    finally:
        live.stop()


@pytest.fixture
def sqlite_factory(tmp_path: Path) -> sessionmaker[Session]:
    url = f"sqlite:///{tmp_path / 'live.db'}"
    migrations.upgrade(url)
    engine = make_engine(url)
    yield make_session_factory(engine)
    engine.dispose()


def test_sqlite_polls_one_indexed_query(
    qtbot: Any,
    sqlite_factory: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    actor, customer_id, conversation_id = _seed(sqlite_factory)
    runner = make_runner(sqlite_factory)
    live = LiveActivity(app_context(runner, actor))
    try:
        assert wait_for(qtbot, live.start()) == "poll"
        assert live.timer is not None and live.timer.interval() == 30_000
        assert wait_for(qtbot, live.poll()) is False  # nothing new: nothing announced
        with sqlite_factory() as session:
            session.add(
                Message(
                    id_conversation=conversation_id,
                    id_utilisateur=customer_id,
                    contenu="Bonjour ?",
                    is_client=True,
                    lu=False,
                )
            )
            session.commit()
        announced: list[Changes] = []
        runner.changed.connect(announced.append)
        with qtbot.waitSignal(live.customerMessages, timeout=3000) as told:
            assert wait_for(qtbot, live.poll()) is True
        assert announced == [EVERYTHING]
        assert told.args[0][0]["id_conversation"] == conversation_id
    finally:
        live.stop()


@pytest.mark.postgres
def test_a_base_without_the_triggers_polls(
    qtbot: Any,
    pg_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    actor, _customer, _conversation = _seed(pg_committed)
    engine = pg_committed.kw["bind"]
    with engine.begin() as connection:
        connection.execute(text("ALTER FUNCTION backoffice_notify_messages() RENAME TO bo_x"))
    live = LiveActivity(app_context(make_runner(pg_committed), actor))
    try:
        assert wait_for(qtbot, live.start()) == "poll"
    finally:
        live.stop()
        with engine.begin() as connection:
            connection.execute(text("ALTER FUNCTION bo_x() RENAME TO backoffice_notify_messages"))


@pytest.mark.mariadb
def test_mariadb_polls(
    qtbot: Any,
    mariadb_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    actor, customer_id, conversation_id = _seed(mariadb_committed)
    runner = make_runner(mariadb_committed)
    live = LiveActivity(app_context(runner, actor))
    try:
        assert wait_for(qtbot, live.start()) == "poll"
        _message_row(mariadb_committed, conversation_id, customer_id)
        with qtbot.waitSignal(live.customerMessages, timeout=3000):
            assert wait_for(qtbot, live.poll()) is True
    finally:
        live.stop()


def _message_row(factory: sessionmaker[Session], conversation_id: int, customer_id: int) -> None:
    with factory() as session:
        session.add(
            Message(
                id_conversation=conversation_id,
                id_utilisateur=customer_id,
                contenu="Bonjour ?",
                is_client=True,
                lu=False,
            )
        )
        session.commit()


@pytest.mark.postgres
def test_a_transaction_pooler_polls(
    qtbot: Any,
    pg_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    """The profile says PgBouncer in transaction mode: LISTEN would be lost, so poll."""
    actor, _customer, _conversation = _seed(pg_committed)
    direct = pg_committed.kw["bind"]
    url = direct.url.render_as_string(hide_password=False) + "?backoffice_pooler=transaction"
    pooled = make_engine(url)
    try:
        live = LiveActivity(app_context(make_runner(make_session_factory(pooled)), actor))
        assert wait_for(qtbot, live.start()) == "poll"
        live.stop()
    finally:
        pooled.dispose()
