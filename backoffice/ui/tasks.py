"""Database work off the GUI thread, awaited with asyncio on the qasync loop.

The GUI thread never waits on the database. Every service call goes through
:meth:`DbRunner.run`, which runs ``fn(session, *args, **kwargs)`` on a small thread pool with
a Session of its own (commit on success, rollback on error, close always), and returns to
the caller's coroutine on the GUI thread (the pattern of Anki's ``aqt.operations``)::

    async def load(self) -> None:
        page = await self.context.runner.run(list_customers, actor, query)
        self.show(page)

    button.clicked.connect(lambda: spawn(self.load(), parent=self))

After the commit of an operation that wrote something, the runner emits
``changed(Changes)`` (what the services wrote, recorded by ``services/changes.py``): every
open list, tree or detail window showing those rows refreshes itself
(:class:`~backoffice.ui.watch.ChangeWatcher`); no screen reloads another by hand.

:class:`LatestOnly` drops results of superseded calls (a slow old search never overwrites a
newer one), :class:`Debouncer` coalesces bursts (typing), :func:`spawn` starts a coroutine
from a Qt slot and turns its exceptions into French messages.

Requires a running qasync loop: the app runs ``qasync.QEventLoop``; tests use the ``qloop``
fixture of ``tests/ui_helpers.py`` (``QEventLoop(app, already_running=True)``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Generator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db_topology import ReplicaRouter
from backoffice.services import changes
from backoffice.services.changes import Changes
from backoffice.services.errors import SessionEnded
from backoffice.ui.errors import (
    CONNECTION_LOST_MESSAGE,
    is_connection_error,
    show_error,
    translated,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


class DbRunner(QObject):
    """Runs synchronous services on a worker pool, one Session per operation.

    Signals (always emitted on the GUI thread):

    * ``busyChanged(bool)``: whether any operation is running (for a busy indicator);
    * ``connectionLost(str)``: an operation failed because the database is unreachable
      (French message); the error is still raised to the caller;
    * ``connectionRestored()``: the first success after a ``connectionLost``;
    * ``sessionEnded(str)``: ``SessionEnded`` was raised (by ``session_guard`` or a service):
      the shell signs the member out;
    * ``changed(Changes)``: an operation committed writes (tables and ids, see
      :mod:`backoffice.services.changes`); emitted before its caller resumes (also when
      the caller was cancelled meanwhile), never after a rollback, never for what
      ``session_guard`` alone wrote (the heartbeat).

    ``session_guard(session)``, when given, runs first in each operation's Session (the shell
    validates the staff session there and raises ``SessionEnded``).
    """

    busyChanged = Signal(bool)
    connectionLost = Signal(str)
    connectionRestored = Signal()
    sessionEnded = Signal(str)
    changed = Signal(object)  # Changes

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        max_workers: int = 3,
        session_guard: Callable[[Session], None] | None = None,
        replica: ReplicaRouter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.session_guard = session_guard
        # Lists, counts and searches (read/submit_read) may go to a read replica.
        self.replica = replica
        self._executor = ThreadPoolExecutor(
            max_workers=max_workers, thread_name_prefix="backoffice-db"
        )
        self._running = 0
        self._connection_lost = False
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._running > 0

    @property
    def connection_lost(self) -> bool:
        return self._connection_lost

    async def run(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Awaits ``fn(session, *args, **kwargs)`` run on a worker thread.

        Exceptions propagate to the awaiting coroutine unchanged (after the signals above).
        Cancelling the awaiting task does not stop the worker: the operation completes and
        its result is discarded.
        """
        return await self.submit(fn, *args, **kwargs)

    async def read(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Like :meth:`run` for a list, a count or a search that writes nothing: served by
        the read replica when there is one and it has caught up with this desk's writes
        (:mod:`backoffice.db_topology`), else by the primary."""
        return await self.submit_read(fn, *args, **kwargs)

    def submit_read(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Awaitable[T]:
        """:meth:`submit` for a read-only operation (see :meth:`read`)."""
        return self._submit(fn, args, kwargs, read=True)

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Awaitable[T]:
        """Like :meth:`run`, but the operation is queued on the pool now, from synchronous
        code (a task spawned from a slot starts only on a later turn of the event loop,
        after any repaint already queued); await the result to get ``run``'s outcome.

        Must be called with the loop running (from a slot or a coroutine).
        """
        return self._submit(fn, args, kwargs, read=False)

    def _submit(
        self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], *, read: bool
    ) -> Awaitable[T]:
        if self._closed:
            raise RuntimeError("DbRunner is shut down")
        loop = asyncio.get_running_loop()
        future = self._executor.submit(self._call, fn, args, kwargs, read)
        self._set_running(+1)
        # "Busy" follows the worker, not the awaiting task: a cancelled (superseded) task
        # returns at once while its query still runs to the end on the pool.
        # Registered before the awaiting side's own callback: the change is announced on
        # the GUI thread before the caller resumes, and also when the caller was cancelled.
        future.add_done_callback(lambda f: self._finished_threadsafe(loop, f))
        return _Outcome(lambda: self._outcome(future, loop))

    async def _outcome(
        self,
        future: concurrent.futures.Future[tuple[T, Changes]],
        loop: asyncio.AbstractEventLoop,
    ) -> T:
        try:
            result, _written = await asyncio.wrap_future(future, loop=loop)
        except SessionEnded as exc:
            self.sessionEnded.emit(translated(exc.message))
            raise
        except Exception as exc:
            if is_connection_error(exc):
                self._connection_lost = True
                self.connectionLost.emit(translated(CONNECTION_LOST_MESSAGE))
            raise
        else:
            if self._connection_lost:
                self._connection_lost = False
                self.connectionRestored.emit()
            return result

    def _finished_threadsafe(
        self, loop: asyncio.AbstractEventLoop, future: concurrent.futures.Future[Any]
    ) -> None:
        # Runs on the worker thread (or the GUI thread if the job was cancelled unstarted).
        # RuntimeError: the loop is closed, the application is quitting.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._finished, future)

    def _finished(self, future: concurrent.futures.Future[Any]) -> None:
        # GUI thread.
        self._set_running(-1)
        if future.cancelled() or future.exception() is not None:
            return  # rolled back: nothing to announce
        _result, written = future.result()
        if written:
            self.changed.emit(written)

    def _call(
        self,
        fn: Callable[..., T],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        read: bool = False,
    ) -> tuple[T, Changes]:
        # Worker thread: everything touching the Session happens here, nothing Qt.
        if read and self.replica is not None:
            if self.session_guard is not None:
                # The staff session is checked (and its heartbeat written) on the primary.
                self._call(lambda _session: None, (), {})
            replica_session = self.replica.read_session()
            if replica_session is not None:
                try:
                    return fn(replica_session, *args, **kwargs), Changes()
                finally:
                    replica_session.rollback()
                    replica_session.close()
            return self._call_on_primary(fn, args, kwargs, guard=False)
        return self._call_on_primary(fn, args, kwargs, guard=True)

    def _call_on_primary(
        self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], *, guard: bool
    ) -> tuple[T, Changes]:
        session = self.session_factory()
        try:
            if guard and self.session_guard is not None:
                self.session_guard(session)
                changes.discard(session)  # the heartbeat is no change anyone shows
            result = fn(session, *args, **kwargs)
            session.commit()
            written = changes.pending(session)
            if written and self.replica is not None:
                # Read-your-writes: the replica serves this desk again once it has this.
                self.replica.note_write(session)
            return result, written
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _set_running(self, delta: int) -> None:
        was_busy = self._running > 0
        self._running += delta
        if (self._running > 0) != was_busy:
            self.busyChanged.emit(self._running > 0)

    def shutdown(self, wait: bool = True) -> None:
        """Refuses new work and stops the pool (``wait``: let running operations finish)."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)


class _Outcome(Generic[T]):
    """The awaitable of :meth:`DbRunner.submit`: nothing is created until it is awaited, so
    one never awaited (its task cancelled before it started) leaves no warning behind."""

    __slots__ = ("_start",)

    def __init__(self, start: Callable[[], Coroutine[Any, Any, T]]) -> None:
        self._start = start

    def __await__(self) -> Generator[Any, None, T]:
        return self._start().__await__()


class Superseded(Exception):
    """Raised by :meth:`LatestOnly.run` when a newer call started meanwhile; ignore it."""


class LatestOnly:
    """Delivers only the newest call's result ("latest wins").

    Each :meth:`run` takes a generation number; when the awaited result arrives and a newer
    :meth:`run` (or :meth:`invalidate`) happened meanwhile, :class:`Superseded` is raised
    instead, so a slow old search never overwrites a newer one::

        try:
            page = await self._latest.run(runner.run(list_customers, actor, query))
        except Superseded:
            return
    """

    def __init__(self) -> None:
        self._generation = 0

    @property
    def generation(self) -> int:
        return self._generation

    def invalidate(self) -> int:
        """Makes every call in flight superseded; returns the new generation."""
        self._generation += 1
        return self._generation

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    async def run(self, awaitable: Awaitable[T]) -> T:
        generation = self.invalidate()
        try:
            result = await awaitable
        except Exception:
            if generation != self._generation:
                raise Superseded from None  # an old call's error is as stale as its result
            raise
        if generation != self._generation:
            raise Superseded
        return result


class Debouncer(QObject):
    """Calls ``callback`` once, ``delay_ms`` after the last :meth:`trigger` (typing pauses)."""

    def __init__(self, delay_ms: int, callback: Callable[[], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def trigger(self) -> None:
        self._timer.start()  # restarts: only the last trigger of a burst counts

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Runs the pending call now (e.g. on Enter)."""
        self._timer.stop()
        self._fire()

    def _fire(self) -> None:
        self._callback()


ErrorHandler = Callable[[BaseException], Any]

# asyncio keeps only weak references to tasks: a spawned task must be held until it ends.
_tasks: set[asyncio.Task[Any]] = set()


def spawn(
    coro: Coroutine[Any, Any, Any],
    *,
    on_error: ErrorHandler | None = None,
    parent: QWidget | None = None,
) -> asyncio.Task[Any]:
    """Starts ``coro`` on the running asyncio (qasync) loop from synchronous code (a slot).

    When it raises: :class:`Superseded` and cancellation are ignored; otherwise
    ``on_error(exc)`` is called if given, else the error is logged and shown in a French
    message box over ``parent`` — except ``SessionEnded`` and connection loss, which
    :class:`DbRunner` already announces through its signals to the shell.
    """
    task = asyncio.ensure_future(coro)
    _tasks.add(task)
    task.add_done_callback(lambda t: _finished(t, on_error, parent))
    return task


def _finished(
    task: asyncio.Task[Any], on_error: ErrorHandler | None, parent: QWidget | None
) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is None or isinstance(exc, Superseded):
        return
    if on_error is not None:
        try:
            on_error(exc)
        except Exception:
            log.exception("error handler failed")
        return
    if isinstance(exc, SessionEnded) or is_connection_error(exc):
        log.info("background task ended: %s", exc)
        return
    if parent is not None and not shiboken6.isValid(parent):
        parent = None  # the widget was closed while its task ran
    show_error(parent, exc)
