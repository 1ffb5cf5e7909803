"""Turning exceptions into French messages for staff, never a traceback.

``user_message(exc)`` is the one place that decides what a member reads; ``show_error``
puts it in a message box. Unexpected exceptions are logged with their traceback (the log is
where a developer looks), the member only reads that something went wrong.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy import exc as sa_exc

from backoffice.i18n import QT_TRANSLATE_NOOP, Message, current_language
from backoffice.money import Amount
from backoffice.services.errors import INVALID_VALUES, ServiceError, ValidationError

log = logging.getLogger(__name__)

# SQLSTATE classes that mean the connection itself is gone or refused
# (08 = connection exception; 57P01-57P03 = server shutting down / not accepting).
_CONNECTION_SQLSTATES = ("08", "57P01", "57P02", "57P03")
_QUERY_CANCELED = "57014"  # statement_timeout or a cancel request
_LOCK_NOT_AVAILABLE = "55P03"  # lock_timeout, NOWAIT
# MySQL/MariaDB error numbers: the connection is gone or refused (client side 2002-2013,
# 2055; server side 1040 too many connections, 1053 shutdown, 1927 connection killed)...
_MYSQL_CONNECTION_ERRORS = frozenset({1040, 1053, 1927, 2002, 2003, 2005, 2006, 2013, 2055})
# ... a row lock was waited for too long (innodb_lock_wait_timeout, NOWAIT) ...
_MYSQL_LOCK_ERRORS = frozenset({1205, 3572})
# ... and the statement took too long (MariaDB max_statement_time, MySQL max_execution_time).
_MYSQL_TIMEOUT_ERRORS = frozenset({1969, 3024})


def translated(text: str) -> str:
    """``text`` in the interface's language: a :class:`~backoffice.i18n.Message` (what
    services raise, marked with ``QT_TRANSLATE_NOOP``) is translated in its context, then
    formatted with its values (themselves translated when they are messages); any other
    text is returned as it is."""
    if not isinstance(text, Message):
        return text
    translation = QCoreApplication.translate(text.context, text.template)
    if not text.args and not text.kwargs:
        return translation
    args = [_value(a) for a in text.args]
    kwargs = {k: _value(v) for k, v in text.kwargs.items()}
    return translation.format(*args, **kwargs)


def _value(value: Any) -> Any:
    """A message's placeholder value in the interface's language: a message translated,
    an amount written again (« €1,234.50 »), anything else as it is."""
    if isinstance(value, Amount):
        return value.in_language(current_language())
    return translated(value) if isinstance(value, str) else value


def field_messages(exc: ValidationError) -> dict[str, str]:
    """``exc.errors`` translated: one message per wrong field."""
    return {field: translated(message) for field, message in exc.errors.items()}


def _sqlstate(error: BaseException | None) -> str | None:
    return getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)


def is_connection_error(exc: BaseException) -> bool:
    """True when ``exc`` says the database cannot be reached (not a bad query).

    Covers SQLAlchemy's invalidated connections and disconnects, and the driver's
    OperationalError without SQLSTATE (client side: refused, reset, timed out) or with a
    connection SQLSTATE. A statement timeout or a lock error is an OperationalError too, but
    the connection is fine, so it is not one.
    """
    if isinstance(exc, sa_exc.DisconnectionError):
        return True
    if isinstance(exc, sa_exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        orig = exc.orig
        if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)):
            return _is_driver_connection_error(orig)
        return False
    return _is_driver_connection_error(exc)


def _mysql_errno(error: BaseException | None) -> int | None:
    """PyMySQL's error number (its exceptions carry it as their first argument)."""
    if type(error).__module__.split(".")[0] != "pymysql":
        return None
    args = getattr(error, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


def _is_driver_connection_error(error: BaseException | None) -> bool:
    errno = _mysql_errno(error)
    if errno is not None:
        return errno in _MYSQL_CONNECTION_ERRORS
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if isinstance(error, psycopg.InterfaceError):
        return True  # "the connection is closed" and the like
    if not isinstance(error, psycopg.OperationalError):
        return False
    state = _sqlstate(error)
    return state is None or state.startswith(_CONNECTION_SQLSTATES)


def is_statement_timeout(exc: BaseException) -> bool:
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    return _sqlstate(orig) == _QUERY_CANCELED or _mysql_errno(orig) in _MYSQL_TIMEOUT_ERRORS


def is_lock_timeout(exc: BaseException) -> bool:
    """True when a row stayed locked by someone else (the website, a colleague) longer than
    the interactive lock timeout: nothing was written, trying again later will do."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    return _sqlstate(orig) == _LOCK_NOT_AVAILABLE or _mysql_errno(orig) in _MYSQL_LOCK_ERRORS


# Marked for lupdate; shown through translated().
CONNECTION_LOST_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "Connexion à la base perdue. Vérifiez le réseau ; "
    "la prochaine action tentera de se reconnecter.",
)
UNEXPECTED_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "Une erreur inattendue s'est produite (détails dans le journal)."
)
LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "Cet enregistrement est en cours de modification ailleurs (sur le site ou par un "
    "collègue). Rien n'a été enregistré ; réessayez dans un instant, votre saisie est "
    "conservée.",
)
TIMEOUT_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "La base de données a mis trop de temps à répondre. Affinez la recherche ou réessayez.",
)


def user_message(exc: BaseException, *, log_unexpected: bool = True) -> str:
    """The French sentence to show for ``exc``.

    ServiceError (PermissionDenied, ConflictError, ValidationError, SessionEnded, …) carries
    its own message, translated here (:func:`translated`). Connection loss and timeouts get
    fixed sentences. Anything else is a bug: logged with its traceback (when
    ``log_unexpected``), shown as a generic sentence.
    """
    if isinstance(exc, ValidationError) and getattr(exc.message, "template", None) == (
        INVALID_VALUES.template
    ):
        joined = " ; ".join(field_messages(exc).values())
        return translated(INVALID_VALUES.format(errors=joined))
    if isinstance(exc, ServiceError):
        return translated(exc.message)
    if is_connection_error(exc):
        log.warning("database connection lost: %s", exc)
        return translated(CONNECTION_LOST_MESSAGE)
    if is_lock_timeout(exc):
        log.warning("row lock not granted in time: %s", exc)
        return translated(LOCKED_MESSAGE)
    if is_statement_timeout(exc):
        log.warning("statement timeout: %s", exc)
        return translated(TIMEOUT_MESSAGE)
    if log_unexpected:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return translated(UNEXPECTED_MESSAGE)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> str:
    """Shows ``exc`` as a French message box; returns the message.

    The box is opened with ``open()``, never ``exec()``: a nested event loop inside an
    asyncio task would let other tasks re-enter and asyncio refuses that. Safe to call from
    a coroutine or a slot.
    """
    from backoffice.ui.dialogs import warn

    message = user_message(exc)
    # The message may quote the database (a name, a value): shown as typed, never as HTML.
    warn(
        parent,
        title or QCoreApplication.translate("errors", "Erreur"),
        message,
        object_name="errorMessageBox",
    )
    return message
