"""Live arrival: what the website (or psql) writes reaches the open screens within a second.

On PostgreSQL, migration 0009's triggers ``pg_notify('backoffice_activity', …)`` after each
statement that inserts messages, conversations or orders (or updates conversations).
:class:`Listener` holds **one dedicated connection** (its own, never one of the worker
pool's: a pooled connection is handed to other work and would miss notifications),
``LISTEN``s on a thread of its own and turns each notification into the app's ordinary
change announcement (``DbRunner.changed`` with the tables and ids named), so the inbox,
its counts, the thread, the tab's badge and the orders list refresh exactly as after the
desk's own operations. When the connection is lost it reconnects by itself (1 s, 2 s, …
30 s apart) and then announces the three tables as changed (rows unknown): whatever
arrived meanwhile is read again.

Where LISTEN cannot work — SQLite, MariaDB/MySQL, a PostgreSQL reached through a
transaction pooler (``?backoffice_pooler=transaction``: the connection that LISTENed is not
the one that would be told), or a base without the triggers (adopted from the website
without the migration's SQL) — :class:`Poller` asks every 30 s one indexed query
(``latest_activity``: the ends of four indexes) and announces the tables when it moved.

Both report new customer messages (``customerMessages(list)``) for the desktop
notification.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from backoffice.db_topology import behind_transaction_pooler
from backoffice.services.changes import Changes
from backoffice.services.conversations import latest_activity, new_customer_messages
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import spawn

log = logging.getLogger(__name__)

CHANNEL = "backoffice_activity"
POLL_MS = 30_000
RECONNECT_MAX_S = 30.0
LIVE_TABLES = ("messages", "conversations", "commandes")
EVERYTHING = Changes(dict.fromkeys(LIVE_TABLES))


def changes_of(payload: dict[str, Any]) -> Changes:
    """The announcement of one notification: the rows it names (all of them when the
    statement wrote more than the 50 it lists), and for messages their conversations."""
    table = str(payload.get("t") or "")
    if table not in LIVE_TABLES:
        return Changes()
    ids = payload.get("ids") or []
    complete = int(payload.get("n") or 0) <= len(ids)
    tables: dict[str, Any] = {table: frozenset(ids) if complete else None}
    if table == "messages":
        conversations = payload.get("c") or []
        tables["conversations"] = frozenset(conversations) if complete else None
    return Changes(tables)


def engine_of(context: AppContext) -> Engine:
    return context.runner.session_factory.kw["bind"]  # type: ignore[no-any-return]


def triggers_present(session: Session) -> bool:
    """Whether migration 0009's NOTIFY triggers exist (PostgreSQL; run on the worker)."""
    found = session.execute(
        text("SELECT to_regproc('backoffice_notify_messages') IS NOT NULL")
    ).scalar()
    return bool(found)


def _logged(exc: BaseException) -> None:
    # Background work: a failure is logged, the next poll or reconnection tries again.
    log.warning("live arrival: %s", exc, exc_info=exc)


class Listener(QObject):
    """LISTEN on a dedicated connection, on a thread of its own (see the module doc).

    ``notified(dict)`` for each notification's payload, ``reconnected()`` after a lost
    connection came back, ``connectedChanged(bool)``; all delivered on the GUI thread."""

    notified = Signal(dict)
    reconnected = Signal()
    connectedChanged = Signal(bool)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.connected = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.backend_pid: int | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="backoffice-listen", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)

    def _connect(self) -> Any:
        import psycopg

        # The engine's own connection arguments (host, TLS mode, password…), a connection
        # of our own with autocommit: LISTEN takes effect at once and holds no transaction.
        cargs, cparams = self.engine.dialect.create_connect_args(self.engine.url)
        cparams = {k: v for k, v in cparams.items() if k not in ("prepare_threshold",)}
        cparams.setdefault("connect_timeout", 5)
        cparams.setdefault("keepalives", 1)
        cparams.setdefault("keepalives_idle", 30)
        cparams.setdefault("keepalives_interval", 10)
        cparams.setdefault("keepalives_count", 3)
        connection = psycopg.connect(*cargs, autocommit=True, **cparams)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        delay = 1.0
        first = True
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except Exception:
                log.info("LISTEN connection failed; retrying in %.0f s", delay, exc_info=True)
                self._stop.wait(delay)
                delay = min(delay * 2, RECONNECT_MAX_S)
                continue
            delay = 1.0
            self.backend_pid = connection.info.backend_pid
            self.connected = True
            self.connectedChanged.emit(True)
            if not first:
                self.reconnected.emit()
            first = False
            try:
                while not self._stop.is_set():
                    for notify in connection.notifies(timeout=0.5, stop_after=100):
                        try:
                            self.notified.emit(json.loads(notify.payload))
                        except ValueError:
                            self.notified.emit({})
            except Exception:
                log.info("LISTEN connection lost", exc_info=True)
            finally:
                self.connected = False
                self.connectedChanged.emit(False)
                try:
                    connection.close()
                except Exception:
                    log.debug("closing the LISTEN connection", exc_info=True)
            if not self._stop.is_set():
                time.sleep(0.2)


class LiveActivity(QObject):
    """Starts the listener or the poller for ``context`` and announces what they learn
    through the runner (``context.runner.changed``). ``customerMessages(list)``: new
    customer messages (dicts of ``new_customer_messages``). ``mode`` is ``"listen"`` or
    ``"poll"``."""

    customerMessages = Signal(list)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mode = ""
        self.listener: Listener | None = None
        self.timer: QTimer | None = None
        self._last: tuple[Any, ...] | None = None
        self._last_message: int | None = None

    async def start(self, *, poll_ms: int = POLL_MS) -> str:
        """Listens where it can, else polls every ``poll_ms``; the mode chosen."""
        engine = engine_of(self.context)
        listen = engine.dialect.name == "postgresql" and not behind_transaction_pooler(engine)
        if listen:
            try:
                listen = await self.context.runner.run(triggers_present)
            except Exception as exc:
                _logged(exc)
                listen = False
        if listen:
            self.mode = "listen"
            self.listener = Listener(engine, self)
            self.listener.notified.connect(self._notified)
            self.listener.reconnected.connect(self._resync)
            self.listener.start()
        else:
            self.mode = "poll"
            self.timer = QTimer(self)
            self.timer.setInterval(poll_ms)
            self.timer.timeout.connect(self.poll_now)
            self.timer.start()
        await self._baseline()
        return self.mode

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
        if self.timer is not None and shiboken6.isValid(self.timer):
            self.timer.stop()

    async def _baseline(self) -> None:
        runner, actor = self.context.runner, self.context.actor
        self._last = await runner.run(latest_activity, actor)
        self._last_message = self._last[0] if self._last else None

    # --- listen ---------------------------------------------------------------------------

    def _notified(self, payload: dict[str, Any]) -> None:
        changes = changes_of(payload)
        self.context.runner.changed.emit(changes if changes else EVERYTHING)
        if payload.get("t") == "messages" and payload.get("client"):
            first = min(int(i) for i in payload["client"])
            spawn(self._customer_messages(first - 1), on_error=_logged)

    def _resync(self) -> None:
        self.context.runner.changed.emit(EVERYTHING)
        spawn(self.poll(), on_error=_logged)  # customer messages that came while cut off

    # --- poll -----------------------------------------------------------------------------

    def poll_now(self) -> None:
        spawn(self.poll(), on_error=_logged)

    async def poll(self) -> bool:
        """One look at the latest activity; True (and an announcement) when it moved."""
        runner, actor = self.context.runner, self.context.actor
        latest = await runner.run(latest_activity, actor)
        if self._last is None or tuple(latest) == tuple(self._last):
            self._last = latest
            return False
        previous = self._last
        self._last = latest
        if self.mode == "poll":
            runner.changed.emit(EVERYTHING)
        if latest[0] is not None and (previous[0] or 0) < latest[0]:
            await self._customer_messages(int(previous[0] or 0))
        return True

    async def _customer_messages(self, after_id: int) -> None:
        if self._last_message is not None:
            after_id = max(after_id, int(self._last_message))
        runner, actor = self.context.runner, self.context.actor
        found = await runner.run(new_customer_messages, actor, after_id)
        if found:
            self._last_message = max(int(m["id"]) for m in found)
            self.customerMessages.emit(found)


__all__ = ["LIVE_TABLES", "Listener", "LiveActivity", "changes_of", "triggers_present"]
