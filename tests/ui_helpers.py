"""Fixtures and helpers for tests of Qt code that awaits the database through qasync.

Use them from a test module with::

    from tests import ui_helpers
    from tests.ui_helpers import wait_for

    qloop = ui_helpers.qloop  # fixtures are found by their module-level name
    make_runner = ui_helpers.make_runner
    app_context = ui_helpers.app_context

* ``qloop``: a ``qasync.QEventLoop`` for the test, marked as the *running* asyncio loop
  (``already_running=True``) without blocking in ``exec()``. Whenever the test spins Qt's
  event loop (``qtbot.waitUntil``, ``qtbot.wait``, ``qtbot.waitSignal``), qasync's timers
  fire and coroutines progress, exactly as in the app. Pending tasks are cancelled at the
  end of the test.
* ``make_runner(session_factory, **kw)``: a :class:`DbRunner` shut down after the test.
* ``app_context(runner, actor)``: an :class:`AppContext` with throw-away QSettings.
* ``wait_for(qtbot, awaitable, timeout_ms)``: runs a coroutine to completion by spinning Qt,
  returns its result (or raises its exception).

The runner's worker threads use their own connections, so the data they read must be
committed: use the ``pg_committed`` fixture (tables emptied after) or a SQLite temp file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session, sessionmaker

from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner

T = TypeVar("T")


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            # Let the cancellations run (they need the loop) before closing it.
            deadline = loop.time() + 2.0
            while any(not t.done() for t in pending) and loop.time() < deadline:
                qapp.processEvents()
        # Not loop.stop(): it calls QApplication.exit(), which sets Qt's "quit now" flag
        # and makes every later QEventLoop.exec() (qtbot.wait) return at once. The loop
        # was never in exec(), so only its "running" mark has to go.
        asyncio.events._set_running_loop(None)
        if hasattr(loop, "_QEventLoop__is_running"):
            loop._QEventLoop__is_running = False
            loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture
def make_runner(qloop: qasync.QEventLoop) -> Iterator[Callable[..., DbRunner]]:
    runners: list[DbRunner] = []

    def make(session_factory: sessionmaker[Session], **kwargs: Any) -> DbRunner:
        runner = DbRunner(session_factory, **kwargs)
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        runner.shutdown(wait=True)


@pytest.fixture
def app_context(tmp_path: Path) -> Callable[[DbRunner, Staff], AppContext]:
    def make(runner: DbRunner, actor: Staff) -> AppContext:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        return AppContext(runner=runner, actor=actor, settings=settings, database_label="test")

    return make


def wait_for(qtbot: Any, awaitable: Awaitable[T], timeout_ms: int = 5000) -> T:
    """Spins Qt (hence qasync) until ``awaitable`` completes; returns its result."""
    task = asyncio.ensure_future(awaitable)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()
