"""Engine and Session factory.

One Session per operation: the UI's worker pool opens a Session for each service call
(see ``backoffice.ui.tasks``), and command-line commands open one per command.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from backoffice import schema_profile, text_fold
from backoffice.db_topology import (
    POOLER_PARAMETER,
    TRANSACTION_POOLING,
    ReplicaRouter,
    replica_url,
    set_per_transaction,
    split_topology,
)
from backoffice.shop_time import shop_timezone
from backoffice.sql_compat import statement_timeout_sql

log = logging.getLogger(__name__)

DEFAULT_STATEMENT_TIMEOUT_MS = 30_000
INTERACTIVE_LOCK_TIMEOUT_MS = 4_000
CONNECT_TIMEOUT_S = 5
# Beyond the statement timeout, a read that never ends means a dead server or network.
MYSQL_READ_TIMEOUT_MARGIN_S = 15
MYSQL_IDLE_IO_TIMEOUT_S = 600
# Strict: a value that does not fit is an error, never silently truncated or zeroed.
# Not ANSI_QUOTES (SQLAlchemy quotes with backticks), not ONLY_FULL_GROUP_BY (MariaDB does
# not see functional dependencies on a primary key, which PostgreSQL and MySQL 8 accept);
# PIPES_AS_CONCAT so that the few literal SQL expressions written with the standard
# ``||`` (the search expressions that match PostgreSQL's indexes) concatenate here too.
MYSQL_SQL_MODE = ",".join(
    (
        "STRICT_TRANS_TABLES",
        "ERROR_FOR_DIVISION_BY_ZERO",
        "NO_ENGINE_SUBSTITUTION",
        "PIPES_AS_CONCAT",
    )
)
_MYSQL_SCHEMES = ("mysql", "mariadb", "mysql+pymysql", "mariadb+pymysql")


def normalize_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and ``postgres://`` and use the psycopg 3 driver for them,
    with the TLS defaults of :func:`_postgres_tls`; ``mysql://``, ``mariadb://`` (with or
    without ``+pymysql``) use PyMySQL, always in ``utf8mb4``."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername == "postgresql+psycopg":
        parsed = _postgres_tls(parsed)
    elif parsed.drivername in _MYSQL_SCHEMES:
        # One dialect name for both servers: SQLAlchemy's mysql dialect recognises MariaDB
        # by itself (``dialect.is_mariadb``).
        parsed = parsed.set(drivername="mysql+pymysql").update_query_dict({"charset": "utf8mb4"})
    return parsed


def _postgres_tls(parsed: URL) -> URL:
    """TLS defaults for another machine (``verify-full`` against the system's CAs unless a
    mode is given, ``channel_binding=require`` with a password over certain TLS). An
    unknown ``sslmode`` is left as typed: libpq refuses it at connection time («invalid
    sslmode value»), which ``connection_check.describe_connection_error`` says in French;
    it never becomes ``prefer``."""
    from backoffice import connections

    query = dict(parsed.query)
    socket = query.get("host")
    host = str(socket) if socket and not parsed.host else parsed.host
    try:
        added = connections.postgres_tls_query(host, query, has_password=bool(parsed.password))
    except connections.ProfileError:
        return parsed
    return parsed.update_query_dict(added) if added else parsed


def make_engine(
    url: str | URL,
    *,
    statement_timeout_ms: int | None = DEFAULT_STATEMENT_TIMEOUT_MS,
    lock_timeout_ms: int | None = None,
    pool_size: int = 4,
    application_name: str = "backoffice",
    **kwargs: Any,
) -> Engine:
    """The engine for ``url``. With a statement timeout (the application's engines), row
    locks are waited for ``lock_timeout_ms`` at most (default :data:`INTERACTIVE_LOCK_TIMEOUT_MS`):
    a row the website holds during a checkout must not freeze a save for 30 s; the member is
    told it is being modified elsewhere (``ui.errors.is_lock_timeout``). Command-line engines
    (no statement timeout) wait as long as it takes."""
    parsed, topology = split_topology(normalize_url(url))
    if lock_timeout_ms is None and statement_timeout_ms:
        lock_timeout_ms = INTERACTIVE_LOCK_TIMEOUT_MS
    # Bound values (password hashes, TOTP secrets, backup codes, customers' data) never go
    # into logs, tracebacks or an error's text: SQLAlchemy shows the statement only.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "postgresql":
        connect_args: dict[str, Any] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            # Keepalives let a dead server or a dropped VPN show up as an error
            # instead of a request that waits forever.
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
            "application_name": application_name,
            # psycopg prepares a statement after 5 runs, and PostgreSQL may then keep one
            # generic plan for every search word: blind to how common the word is, it
            # turned 20 ms searches into 500 ms ones. Plan each query for its values.
            "prepare_threshold": None,
        }
        # The session's TimeZone is the shop's, whatever the server's default: a website's
        # `timestamp without time zone` columns hold the shop's wall-clock time, and
        # PostgreSQL then converts our aware values to it (and now() writes it) exactly as
        # the website does. timestamptz columns are unaffected.
        settings = {"TimeZone": shop_timezone().key}
        if statement_timeout_ms:
            settings["statement_timeout"] = str(int(statement_timeout_ms))
        if lock_timeout_ms:
            settings["lock_timeout"] = str(int(lock_timeout_ms))
        if not topology.transaction_pooler:
            connect_args["options"] = " ".join(f"-c {k}={v}" for k, v in settings.items())
        connect_args.update(kwargs.pop("connect_args", {}))
        engine = create_engine(
            parsed,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=2,
            connect_args=connect_args,
            **kwargs,
        )
        if topology.transaction_pooler:
            # PgBouncer refuses startup options, and a per-connection SET would leak to
            # whichever desk gets that server connection next: per transaction instead.
            set_per_transaction(engine, settings)
        schema_profile.watch(engine)
        return engine
    if parsed.get_backend_name() in ("mysql", "mariadb"):
        return _make_mysql_engine(
            parsed, statement_timeout_ms, pool_size, lock_timeout_ms=lock_timeout_ms, **kwargs
        )
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": 15},
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def _make_mysql_engine(
    parsed: URL,
    statement_timeout_ms: int | None,
    pool_size: int,
    *,
    lock_timeout_ms: int | None = None,
    **kwargs: Any,
) -> Engine:
    io_timeout = (
        int(statement_timeout_ms / 1000) + MYSQL_READ_TIMEOUT_MARGIN_S
        if statement_timeout_ms
        else MYSQL_IDLE_IO_TIMEOUT_S
    )
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "read_timeout": io_timeout,
        "write_timeout": io_timeout,
    }
    connect_args.update(kwargs.pop("connect_args", {}))
    # READ COMMITTED, PostgreSQL's default: compare-and-set updates and counts then see
    # the same rows on both servers (InnoDB's default REPEATABLE READ would keep showing a
    # transaction its first snapshot).
    kwargs.setdefault("isolation_level", "READ COMMITTED")
    engine = create_engine(
        parsed,
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=2,
        # MariaDB's wait_timeout closes idle connections (8 h by default, often far less
        # at hosting companies): recycle before that.
        pool_recycle=1800,
        connect_args=connect_args,
        **kwargs,
    )
    zone_warned: list[bool] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _mysql_session_settings(dbapi_connection, statement_timeout_ms, zone_warned)
        if lock_timeout_ms:
            _mysql_lock_timeout(dbapi_connection, lock_timeout_ms)

    event.listen(engine, "connect", on_connect)
    schema_profile.watch(engine)
    return engine


def mysql_time_zone(dbapi_connection: Any, warned: list[bool] | None = None) -> str:
    """Set the session's time_zone to the shop's zone; the value set.

    TIMESTAMP columns are then read and written (and NOW() answers) in the shop's
    wall-clock time, as the website sees them. MariaDB and MySQL know zone names only
    when their time-zone tables are loaded (``mysql_tzinfo_to_sql``); without them the
    zone's current UTC offset is used, which is right until the next DST change, and a
    warning says how to load the tables.
    """
    zone = shop_timezone()
    cursor = dbapi_connection.cursor()
    try:
        try:
            cursor.execute("SET time_zone = %s", (zone.key,))
            return zone.key
        except Exception as exc:  # 1298: unknown or incorrect time zone
            if getattr(exc, "args", (None,))[0] != 1298:
                raise
        offset = datetime.now(zone).utcoffset()
        assert offset is not None
        minutes = int(offset.total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        value = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        if warned is None or not warned:
            log.warning(
                "The MySQL/MariaDB server does not know the time zone %s (its time-zone "
                "tables are empty: load them with `mysql_tzinfo_to_sql /usr/share/zoneinfo "
                "| mariadb -u root mysql`); using its current offset %s instead, which "
                "is wrong after the next daylight-saving change until reconnecting.",
                zone.key,
                value,
            )
            if warned is not None:
                warned.append(True)
        cursor.execute("SET time_zone = %s", (value,))
        return value
    finally:
        cursor.close()


def _mysql_session_settings(
    dbapi_connection: Any, statement_timeout_ms: int | None, zone_warned: list[bool]
) -> None:
    mysql_time_zone(dbapi_connection, zone_warned)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SET SESSION sql_mode = %s", (MYSQL_SQL_MODE,))
        if statement_timeout_ms:
            version = dbapi_connection.get_server_info()
            cursor.execute(statement_timeout_sql(version, statement_timeout_ms))
    finally:
        cursor.close()


def _mysql_lock_timeout(dbapi_connection: Any, lock_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # InnoDB counts in whole seconds (MariaDB accepts fractions; MySQL does not).
        seconds = max(1, round(lock_timeout_ms / 1000))
        cursor.execute(f"SET SESSION innodb_lock_wait_timeout = {int(seconds)}")
    finally:
        cursor.close()


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
    # Accent- and case-insensitive search and French order (see backoffice.sql_compat's
    # word_search and french_sorted), which SQLite cannot do by itself.
    dbapi_connection.create_function(
        text_fold.SQLITE_FOLD_FUNCTION, 1, text_fold.sqlite_fold, deterministic=True
    )
    dbapi_connection.create_collation(text_fold.SQLITE_FRENCH_COLLATION, text_fold.french_compare)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def make_replica_engine(url: str | URL, **kwargs: Any) -> Engine | None:
    """The read replica's engine when ``url`` names one (``?backoffice_replica=host:port``,
    see :mod:`backoffice.db_topology`), with the primary's settings; else ``None``."""
    parsed, topology = split_topology(normalize_url(url))
    target = replica_url(parsed, topology)
    if target is None:
        return None
    if topology.transaction_pooler:
        target = target.update_query_dict({POOLER_PARAMETER: TRANSACTION_POOLING})
    return make_engine(target, **kwargs)


def make_replica_router(url: str | URL | None) -> ReplicaRouter | None:
    """The router of lists, counts and searches to the replica ``url`` names, if any."""
    if url is None:
        return None
    engine = make_replica_engine(url)
    return ReplicaRouter(make_session_factory(engine)) if engine is not None else None


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A Session that commits on success and rolls back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def is_postgres(bind: Engine | Session) -> bool:
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    return engine.dialect.name == "postgresql"
