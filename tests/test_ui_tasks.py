"""DbRunner, LatestOnly, Debouncer, spawn and the error messages, on a real qasync loop."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import Engine, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from backoffice.services.errors import ConflictError, PermissionDenied, ServiceError, SessionEnded
from backoffice.ui.errors import (
    CONNECTION_LOST_MESSAGE,
    UNEXPECTED_MESSAGE,
    is_connection_error,
    user_message,
)
from backoffice.ui.tasks import DbRunner, Debouncer, LatestOnly, Superseded, spawn
from tests import ui_helpers
from tests.ui_helpers import wait_for

# Fixtures shared by the UI tests (see tests/ui_helpers.py).
qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

MakeRunner = Callable[..., DbRunner]


@pytest.fixture
def memory_factory() -> sessionmaker[Session]:
    # Plain SQL only (no tables): a shared in-memory SQLite is enough for runner mechanics.
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False})
    return sessionmaker(bind=engine)


def _gaps(stamps: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(stamps)]


@pytest.mark.postgres
def test_gui_loop_keeps_ticking_while_postgres_sleeps(
    qtbot: Any, make_runner: MakeRunner, pg_engine: Engine
) -> None:
    runner = make_runner(sessionmaker(bind=pg_engine))
    # Warm the pool so the measured call is the query itself.
    wait_for(qtbot, runner.run(lambda s: s.execute(text("SELECT 1")).scalar()))

    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    task = asyncio.ensure_future(
        runner.run(lambda s: s.execute(text("SELECT pg_sleep(0.3)")).scalar())
    )
    qtbot.waitUntil(task.done, timeout=5000)
    elapsed = time.perf_counter() - started
    timer.stop()
    task.result()

    assert elapsed >= 0.3
    assert len(stamps) >= 20, f"timer fired only {len(stamps)} times in {elapsed:.3f}s"
    # From before the first tick to after the last: no hole anywhere in the window.
    assert stamps[0] - started < 0.05
    worst = max(_gaps(stamps))
    assert worst < 0.05, f"GUI loop stalled for {worst * 1000:.0f} ms"


def test_gap_measure_detects_a_blocked_loop(qtbot: Any, qloop: Any) -> None:
    """The harness above would notice a GUI thread that waits (the test is not vacuous)."""
    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    QTimer.singleShot(20, lambda: time.sleep(0.2))
    qtbot.wait(300)
    timer.stop()
    assert max(_gaps(stamps)) >= 0.15


def test_run_commits_and_runs_off_gui_thread(
    qtbot: Any, make_runner: MakeRunner, tmp_path: Any
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'r.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    runner = make_runner(sessionmaker(bind=engine))
    threads: list[bool] = []

    def insert(session: Session, value: int) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        session.execute(text("INSERT INTO t VALUES (:x)"), {"x": value})
        return value * 2

    def insert_then_fail(session: Session) -> None:
        session.execute(text("INSERT INTO t VALUES (99)"))
        raise ServiceError("Refusé.")

    assert wait_for(qtbot, runner.run(insert, 21)) == 42
    with pytest.raises(ServiceError):
        wait_for(qtbot, runner.run(insert_then_fail))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT x FROM t")).scalars().all() == [21]
    assert threads == [False]


def test_changed_after_commit_never_after_rollback_nor_for_the_guard(
    qtbot: Any, make_runner: MakeRunner, tmp_path: Any
) -> None:
    from sqlalchemy import Column, Integer, MetaData, Table, insert, update

    from backoffice.services.changes import Changes

    engine = create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("x", Integer))
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(table), [{"id": 1, "x": 0}, {"id": 2, "x": 0}])

    def heartbeat(session: Session) -> None:  # like touch_session: writes, shows nothing
        session.execute(update(table).where(table.c.id == 2).values(x=table.c.x + 1))

    runner = make_runner(sessionmaker(bind=engine), session_guard=heartbeat)
    seen: list[tuple[Changes, bool]] = []
    resumed = [False]
    runner.changed.connect(lambda changes: seen.append((changes, resumed[0])))

    def write(session: Session, row_id: int) -> int:
        session.execute(update(table).where(table.c.id == row_id).values(x=5))
        return row_id

    def write_then_fail(session: Session) -> None:
        write(session, 1)
        raise ServiceError("Refusé.")

    async def caller() -> None:
        await runner.run(write, 1)
        resumed[0] = True

    wait_for(qtbot, caller())
    assert seen == [(Changes({"t": {1}}), False)]  # announced before the caller resumed
    with pytest.raises(ServiceError):
        wait_for(qtbot, runner.run(write_then_fail))
    wait_for(qtbot, runner.run(lambda session: session.execute(text("SELECT 1"))))
    assert len(seen) == 1  # a rollback, a read and the guard's heartbeat announce nothing

    # The caller gone (its task cancelled, the result never awaited) hides no commit.
    runner.submit(write, 2)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen[1][0] == Changes({"t": {2}})


def test_busy_changed_toggles_once_per_burst(
    qtbot: Any, make_runner: MakeRunner, memory_factory: sessionmaker[Session]
) -> None:
    runner = make_runner(memory_factory)
    states: list[bool] = []
    runner.busyChanged.connect(states.append)

    async def two() -> None:
        await asyncio.gather(
            runner.run(lambda s: time.sleep(0.05)), runner.run(lambda s: time.sleep(0.08))
        )

    assert not runner.busy
    wait_for(qtbot, two())
    assert states == [True, False]
    assert not runner.busy


def test_session_guard_runs_first_and_session_ended_signals(
    qtbot: Any, make_runner: MakeRunner, memory_factory: sessionmaker[Session]
) -> None:
    calls: list[str] = []

    def guard(session: Session) -> None:
        calls.append("guard")
        if len(calls) > 2:
            raise SessionEnded("Votre session a expiré. Reconnectez-vous.")

    runner = make_runner(memory_factory, session_guard=guard)
    ended: list[str] = []
    runner.sessionEnded.connect(ended.append)
    wait_for(qtbot, runner.run(lambda s: calls.append("fn")))
    assert calls == ["guard", "fn"]
    with pytest.raises(SessionEnded):
        wait_for(qtbot, runner.run(lambda s: calls.append("fn")))
    assert calls == ["guard", "fn", "guard"]
    assert ended == ["Votre session a expiré. Reconnectez-vous."]


def _connection_error() -> sa_exc.OperationalError:
    import psycopg

    return sa_exc.OperationalError(
        "SELECT 1", {}, psycopg.OperationalError("server closed the connection unexpectedly")
    )


def test_connection_lost_then_restored(
    qtbot: Any, make_runner: MakeRunner, memory_factory: sessionmaker[Session]
) -> None:
    runner = make_runner(memory_factory)
    lost: list[str] = []
    restored: list[bool] = []
    runner.connectionLost.connect(lost.append)
    runner.connectionRestored.connect(lambda: restored.append(True))

    def fail(session: Session) -> None:
        raise _connection_error()

    with pytest.raises(sa_exc.OperationalError):
        wait_for(qtbot, runner.run(fail))
    assert lost == [CONNECTION_LOST_MESSAGE]
    assert runner.connection_lost
    wait_for(qtbot, runner.run(lambda s: 1))
    assert restored == [True]
    wait_for(qtbot, runner.run(lambda s: 1))
    assert restored == [True]  # only once


@pytest.mark.postgres
def test_unreachable_server_is_a_connection_error(qtbot: Any, make_runner: MakeRunner) -> None:
    from backoffice.db import make_engine

    # Port 1 refuses at once: the real psycopg error path, without waiting for a timeout.
    engine = make_engine("postgresql://postgres@127.0.0.1:1/none")
    runner = make_runner(sessionmaker(bind=engine))
    lost: list[str] = []
    runner.connectionLost.connect(lost.append)
    with pytest.raises(sa_exc.OperationalError) as info:
        wait_for(qtbot, runner.run(lambda s: s.execute(text("SELECT 1"))))
    assert is_connection_error(info.value)
    assert user_message(info.value).startswith("Connexion à la base perdue")
    assert lost


@pytest.mark.postgres
def test_statement_error_is_not_a_connection_error(
    qtbot: Any, make_runner: MakeRunner, pg_engine: Engine
) -> None:
    runner = make_runner(sessionmaker(bind=pg_engine))

    def timeout(session: Session) -> None:
        session.execute(text("SET LOCAL statement_timeout = 10"))
        session.execute(text("SELECT pg_sleep(1)"))

    with pytest.raises(sa_exc.OperationalError) as info:
        wait_for(qtbot, runner.run(timeout))
    assert not is_connection_error(info.value)
    assert "trop de temps" in user_message(info.value)
    with pytest.raises(sa_exc.ProgrammingError) as info2:
        wait_for(qtbot, runner.run(lambda s: s.execute(text("SELECT * FROM nope"))))
    assert not is_connection_error(info2.value)


def test_user_messages() -> None:
    assert user_message(ServiceError("Stock insuffisant.")) == "Stock insuffisant."
    assert user_message(PermissionDenied("x")).startswith("Vous n'avez pas le droit")
    assert user_message(ConflictError("Modifié entre-temps.")) == "Modifié entre-temps."
    assert user_message(_connection_error()) == CONNECTION_LOST_MESSAGE
    assert user_message(ZeroDivisionError("boom"), log_unexpected=False) == UNEXPECTED_MESSAGE
    assert "Traceback" not in user_message(KeyError("k"), log_unexpected=False)


def test_latest_only_drops_superseded_results(qtbot: Any, qloop: Any) -> None:
    latest = LatestOnly()
    shown: list[str] = []
    dropped: list[str] = []

    async def search(word: str, delay: float) -> None:
        try:
            result = await latest.run(_later(word, delay))
        except Superseded:
            dropped.append(word)
            return
        shown.append(result)

    async def both() -> None:
        slow = asyncio.ensure_future(search("ancien", 0.15))
        await asyncio.sleep(0.01)
        fast = asyncio.ensure_future(search("nouveau", 0.01))
        await asyncio.gather(slow, fast)

    wait_for(qtbot, both())
    assert shown == ["nouveau"]
    assert dropped == ["ancien"]


def test_superseded_runner_results_dropped(
    qtbot: Any, make_runner: MakeRunner, memory_factory: sessionmaker[Session]
) -> None:
    runner = make_runner(memory_factory)
    latest = LatestOnly()
    shown: list[str] = []

    def query(session: Session, word: str, delay: float) -> str:
        time.sleep(delay)
        return word

    async def search(word: str, delay: float) -> None:
        with contextlib.suppress(Superseded):
            shown.append(await latest.run(runner.run(query, word, delay)))

    spawn(search("a", 0.2))
    qtbot.wait(20)
    spawn(search("abc", 0.01))
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert shown == ["abc"]


async def _later(value: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return value


def test_debouncer_coalesces_bursts(qtbot: Any, qloop: Any) -> None:
    fired: list[int] = []
    debouncer = Debouncer(30, lambda: fired.append(1))
    for _ in range(5):
        debouncer.trigger()
        qtbot.wait(5)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [1], timeout=1000)
    debouncer.trigger()
    debouncer.flush()
    assert fired == [1, 1]
    assert not debouncer.pending


def test_spawn_routes_errors(qtbot: Any, qloop: Any) -> None:
    errors: list[BaseException] = []

    async def boom() -> None:
        raise ServiceError("Non.")

    async def superseded() -> None:
        raise Superseded

    task = spawn(boom(), on_error=errors.append)
    quiet = spawn(superseded(), on_error=errors.append)
    qtbot.waitUntil(lambda: task.done() and quiet.done(), timeout=1000)
    qtbot.wait(1)
    assert [str(e) for e in errors] == ["Non."]


def test_spawn_default_handler_shows_french_message_box(qtbot: Any, qloop: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)

    async def boom() -> None:
        raise ServiceError("Commande déjà expédiée.")

    spawn(boom(), parent=parent)

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] + list(
            parent.findChildren(QMessageBox)
        )

    qtbot.waitUntil(lambda: any(b.isVisible() for b in boxes()), timeout=1000)
    box = next(b for b in boxes() if b.isVisible())
    assert box.text() == "Commande déjà expédiée."
    box.accept()


def test_shutdown_refuses_new_work(
    qtbot: Any, make_runner: MakeRunner, memory_factory: sessionmaker[Session]
) -> None:
    runner = make_runner(memory_factory)
    runner.shutdown()
    with pytest.raises(RuntimeError):
        wait_for(qtbot, runner.run(lambda s: 1))


def test_busy_follows_the_worker_not_the_cancelled_task(
    qtbot: Any, make_runner: MakeRunner, memory_factory: sessionmaker[Session]
) -> None:
    runner = make_runner(memory_factory, max_workers=1)
    done: list[bool] = []
    started = threading.Event()

    def slow(session: Session) -> None:
        started.set()
        time.sleep(0.2)
        done.append(True)

    task = spawn(runner.run(slow))
    qtbot.waitUntil(started.is_set, timeout=2000)
    task.cancel()
    qtbot.waitUntil(task.done, timeout=1000)
    assert runner.busy and not done  # the query still runs; its result will be dropped
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)
    assert done == [True]


def test_error_box_shows_the_message_as_typed(qtbot: Any, qloop: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QWidget

    from backoffice.ui.errors import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, ServiceError("Le client « <b>X</b> » n'existe plus."))
    box = parent.findChild(QMessageBox, "errorMessageBox")
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>X</b>" in box.text()
    box.accept()


def test_shell_message_box_is_plain_text(qtbot: Any, qloop: Any) -> None:
    import asyncio

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from backoffice.ui.app import message

    task = asyncio.ensure_future(message(None, "Base", "Connexion impossible : <i>x</i>"))

    def box() -> QMessageBox | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: box() is not None, timeout=3000)
    shown = box()
    assert shown.textFormat() == Qt.TextFormat.PlainText
    shown.accept()
    qtbot.waitUntil(task.done, timeout=3000)


def test_plain_tooltip() -> None:
    from backoffice.ui.formatting import plain_tooltip

    assert plain_tooltip("Zoé Martin") == "Zoé Martin"
    shown = plain_tooltip("<b>X</b> & Cie")
    assert "&lt;b&gt;X&lt;/b&gt; &amp; Cie" in shown and "<b>" not in shown
