"""The log: a rotating file in the platform's log folder, and the console when there is one.

* **Where**: ``platformdirs.user_log_dir`` (Linux ``~/.local/state/backoffice/log``, macOS
  ``~/Library/Logs/backoffice``, Windows ``%LOCALAPPDATA%\\Boutique\\backoffice\\Logs``),
  or ``BACKOFFICE_LOG_DIR``; ``backoffice.log`` plus 4 older files of 1 MB each. A folder
  that cannot be written (read-only home) leaves the console only, never a failed start.
* **Never a secret**: every record passes :class:`SecretFilter` (SQLAlchemy's bound values
  and result rows are replaced, whatever the level) and :class:`RedactingFormatter`
  (passwords in URLs, ``password=…``/``token``/``secret`` pairs, bcrypt/argon2 hashes,
  the ``[parameters: …]`` of a driver's error are masked in the final text, traceback
  included). The engine also has ``hide_parameters`` (``backoffice.db``).
* **Unhandled exceptions** of the main thread and of worker threads are logged with their
  traceback (:func:`install_exception_logging`); the GUI adds its message box
  (``backoffice.ui.crash``).

No Qt here: the command line uses it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from backoffice.config import APP_AUTHOR, APP_NAME

ENV_LOG_DIR = "BACKOFFICE_LOG_DIR"
LOG_FILE = "backoffice.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
MASK = "•••"

log = logging.getLogger(__name__)

# (pattern, replacement) applied to the final text of every record.
_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # scheme://user:password@host
    (
        re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]+@", re.IGNORECASE),
        rf"\g<head>{MASK}@",
    ),
    # password=…, "totp_secret": "…", token: …, mot_de_passe=…
    (
        re.compile(
            r"(?P<key>\b[\w-]*(?:password|passwd|pwd|secret|token|mot_de_passe|backup_code)[\w-]*"
            r"['\"]?\s*[=:]\s*['\"]?)(?P<value>[^\s'\",;&)}\]]+)",
            re.IGNORECASE,
        ),
        rf"\g<key>{MASK}",
    ),
    # French sentences: « … mot de passe : X », « Secret TOTP du compte … : X ».
    (
        re.compile(
            r"(?P<key>\b(?:mot de passe|secret)\b[^:\n]{0,60}?:\s*)(?P<value>[^\s,;]+)", re.I
        ),
        rf"\g<key>{MASK}",
    ),
    # « identifiant / mot de passe » pairs (the demo's account list).
    (
        re.compile(r"(?P<who>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+/\s+)(?P<value>\S+)"),
        rf"\g<who>{MASK}",
    ),
    # bcrypt and argon2 hashes (a hash is a secret: it can be attacked offline).
    (re.compile(r"\$2[abxy]\$\d\d\$[./A-Za-z0-9]{20,}"), f"$2…{MASK}"),
    (re.compile(r"\$argon2(?:id|i|d)\$[^\s'\")]+"), f"$argon2…{MASK}"),
    # A driver's error quoting its bound values (should hide_parameters be off somewhere).
    (re.compile(r"\[parameters: .*?\](?=\s|$)", re.DOTALL), f"[parameters: {MASK}]"),
)


def redact(text: str) -> str:
    """``text`` with every secret-looking part masked (idempotent)."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class SecretFilter(logging.Filter):
    """SQLAlchemy's engine logs the statement (kept: it holds placeholders only) and then,
    as %-arguments, the bound values and each result row: those are replaced."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("sqlalchemy") and record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(MASK for _ in args)
        return True


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class ConsoleFormatter(RedactingFormatter):
    """The console never shows a traceback (the commands answer in French sentences): it
    says where the log file keeps it."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        if not (record.exc_info or record.exc_text or record.stack_info):
            return super().format(record)
        # Another handler may have cached the traceback in exc_text already.
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record) + (
                f"\n  (détails techniques dans le journal : {log_path()})"
            )
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def log_dir() -> Path:
    custom = os.environ.get(ENV_LOG_DIR)
    return Path(custom) if custom else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_path() -> Path:
    return log_dir() / LOG_FILE


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes (a redirected console, a
    test's capture), not to the stream that was there at set-up, which may be closed since."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass  # StreamHandler.__init__ and setStream assign it: always the current one

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def _is_ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, "_backoffice", False))


def setup_logging(
    *, verbose: bool = False, console: bool = True, to_file: bool = True
) -> Path | None:
    """Root logging for the application and the command line; returns the log file, or None
    when it could not be opened. Calling it again replaces what it set (tests, ``--verbose``)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if _is_ours(h)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = RedactingFormatter(FORMAT)
    secrets = SecretFilter()
    # pythonw (the windowed program on Windows) has no console: sys.stderr is None.
    if console and sys.stderr is not None:
        stream = _CurrentStderr()
        stream.setFormatter(ConsoleFormatter(FORMAT))
        stream.addFilter(secrets)
        stream._backoffice = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    path: Path | None = None
    if to_file:
        path = log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            rotating = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        except OSError as exc:
            log.warning("No log file (%s): %s", path, exc)
            path = None
        else:
            rotating.setFormatter(formatter)
            rotating.addFilter(secrets)
            rotating._backoffice = True  # type: ignore[attr-defined]
            root.addHandler(rotating)
    # SQLAlchemy's and the drivers' warnings go to the log too, not only to a console.
    logging.captureWarnings(True)
    if not verbose:
        # Alembic narrates every plugin and step at INFO; a shop employee needs the result only.
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def format_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    """The traceback as text, secrets masked (shown to the user and copied by them)."""
    return redact("".join(traceback.format_exception(kind, value, tb)))


Notify = Callable[[str, str], None]  # (one French line, details)


def install_exception_logging(notify: Notify | None = None) -> None:
    """Unhandled exceptions of the main thread and of any thread go to the log with their
    traceback, then to ``notify`` (the GUI's message box) if given."""

    def report(
        where: str, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        logging.getLogger("backoffice.crash").critical(
            "Unhandled exception (%s)", where, exc_info=(kind, value, tb)
        )
        if notify is not None:
            try:
                notify(type(value).__name__, format_exception(kind, value, tb))
            except Exception:  # the box itself failed: the log has it already
                logging.getLogger("backoffice.crash").exception("Could not show the crash")

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report("main thread", kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        report(f"thread {name}", args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
