"""Running the shell's coroutine to its end: crash hooks, Ctrl+C, and ``--smoke-test``.

**Ctrl+C.** Python runs a signal handler only between two bytecodes of its own, and Qt's
event loop is C++: a 200 ms timer gives Python the hand, so SIGINT (and SIGTERM) are
seen. The first one quits the way « Quitter » does — the main window closes (the member's
session row is deleted), or the open start-up dialog is dismissed — and the program exits
with 130; if the shell has not ended 5 s later, or at a second Ctrl+C, its task is
cancelled (``finally`` blocks still run: the engine is disposed).

**Start-up time**: every run logs « Sign-in window shown, N s after start-up » (from the
process's start on Linux, from this module's import elsewhere).

**Smoke test** (``backoffice --smoke-test``: an installed wheel or bundle checks itself):
once the sign-in window is shown, « Fenêtre de connexion affichée » is printed and the
window dismissed, exit 0; no sign-in window within 120 s, or the shell ending without one
(a connection dialog instead of a base), exit 1.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from backoffice.ui import crash

log = logging.getLogger(__name__)

INTERRUPTED = 130
SIGNAL_POLL_MS = 200
GRACE_MS = 5_000
SMOKE_TIMEOUT_MS = 120_000
SIGN_IN_DIALOG = "loginDialog"
DESKTOP_FILE = "fr.boutique.backoffice"


class Interrupt(QObject):
    """SIGINT/SIGTERM → a clean quit of ``shell`` (see the module's docstring)."""

    def __init__(self, shell: Any, task: asyncio.Task[Any]) -> None:
        super().__init__()
        self.shell = shell
        self.task = task
        self.requested = False
        self._previous: dict[int, Any] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(SIGNAL_POLL_MS)
        self._poll.timeout.connect(lambda: None)  # Python code runs: the handler can fire

    def install(self) -> None:
        for number in (signal.SIGINT, signal.SIGTERM):
            try:
                self._previous[number] = signal.signal(number, self._handler)
            except (ValueError, OSError):  # not the main thread, or no such signal here
                continue
        self._poll.start()

    def uninstall(self) -> None:
        self._poll.stop()
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        self._previous.clear()

    def _handler(self, number: int, _frame: Any) -> None:
        # Back on the event loop before touching widgets.
        QTimer.singleShot(0, lambda: self.quit(number))

    def quit(self, number: int = signal.SIGINT) -> None:
        if self.requested or self.task.done():
            log.info("Second interrupt: stopping now")
            self.task.cancel()
            return
        self.requested = True
        log.info("Interrupted (signal %s): quitting", number)
        window = getattr(self.shell, "window", None)
        if window is not None:
            window.close()  # as « Quitter »: the shell signs out and ends
        else:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
        QTimer.singleShot(GRACE_MS, lambda: self.task.done() or self.task.cancel())


class SignInWatch(QObject):
    """Logs « Sign-in window shown » once, with the seconds since start-up (every run: the
    start-up time is in the log); with ``smoke_test``, then dismisses it (see the module's
    docstring). Watches the application's events only until then."""

    def __init__(self, task: asyncio.Task[Any], *, smoke_test: bool) -> None:
        super().__init__()
        self.task = task
        self.smoke_test = smoke_test
        self.reached = False
        self._app: QApplication | None = None
        self._started = time.monotonic()
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(SMOKE_TIMEOUT_MS)
        self._timeout.timeout.connect(self._too_late)

    def install(self, app: QApplication) -> None:
        self._app = app
        app.installEventFilter(self)
        if self.smoke_test:
            self._timeout.start()

    def uninstall(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            not self.reached
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.objectName() == SIGN_IN_DIALOG
        ):
            self.reached = True
            self._timeout.stop()
            log.info("Sign-in window shown, %.2f s after start-up", self._since_start())
            QTimer.singleShot(0, self.uninstall)  # not from inside the filter
            if self.smoke_test:
                print("Fenêtre de connexion affichée", flush=True)
                log.info("Smoke test: the sign-in window is shown")
                QTimer.singleShot(0, watched.reject)
        return False

    def _since_start(self) -> float:
        # The process's own start where the platform says it (Linux), else this module's.
        try:
            ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return uptime - ticks / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError, AttributeError):
            return time.monotonic() - self._started

    def _too_late(self) -> None:
        log.error("Smoke test: no sign-in window after %d s", SMOKE_TIMEOUT_MS // 1000)
        self.task.cancel()


def make_event_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    """qasync's selector loop: psycopg's async mode refuses Windows' proactor loop, and
    ``qasync.QEventLoop`` is the proactor one on Windows."""
    factory = getattr(qasync, "QSelectorEventLoop", None) or qasync.QEventLoop
    return factory(app)


def run_shell(
    app: QApplication,
    loop: asyncio.AbstractEventLoop,
    shell: Any,
    *,
    smoke_test: bool = False,
) -> int:
    """Runs ``shell.run()`` on ``loop`` and returns the program's exit code."""
    asyncio.set_event_loop(loop)
    # Wayland's app id and the window manager's class match packaging/linux's .desktop file.
    app.setDesktopFileName(DESKTOP_FILE)
    crash.install(loop)
    with loop:
        coroutine: Coroutine[Any, Any, int] = shell.run()
        task = loop.create_task(coroutine)
        interrupt = Interrupt(shell, task)
        interrupt.install()
        watch = SignInWatch(task, smoke_test=smoke_test)
        watch.install(app)
        try:
            code = loop.run_until_complete(task)
        except asyncio.CancelledError:
            code = INTERRUPTED
        finally:
            interrupt.uninstall()
            watch.uninstall()
    if smoke_test:
        if not watch.reached:
            print("Fenêtre de connexion jamais affichée", file=sys.stderr, flush=True)
            return 1
        return 0
    return INTERRUPTED if interrupt.requested else code
