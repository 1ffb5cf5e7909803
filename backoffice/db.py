"""Engine and Session factory.

One Session per operation: the UI's worker pool opens a Session for each service call
(see ``backoffice.ui.tasks``), and command-line commands open one per command.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from backoffice import schema_profile
from backoffice.shop_time import shop_timezone

DEFAULT_STATEMENT_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 5


def normalize_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and ``postgres://`` and use the psycopg 3 driver for them."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(
    url: str | URL,
    *,
    statement_timeout_ms: int | None = DEFAULT_STATEMENT_TIMEOUT_MS,
    pool_size: int = 4,
    application_name: str = "backoffice",
    **kwargs: Any,
) -> Engine:
    parsed = normalize_url(url)
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
        options = [f"-c timezone={shop_timezone().key}"]
        if statement_timeout_ms:
            options.append(f"-c statement_timeout={int(statement_timeout_ms)}")
        connect_args["options"] = " ".join(options)
        connect_args.update(kwargs.pop("connect_args", {}))
        engine = create_engine(
            parsed,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=2,
            connect_args=connect_args,
            **kwargs,
        )
        schema_profile.watch(engine)
        return engine
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": 15},
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


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
