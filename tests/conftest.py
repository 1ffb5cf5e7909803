"""Shared fixtures: a real PostgreSQL database per test run, a SQLite one, rollback per test.

PostgreSQL comes from ``BACKOFFICE_TEST_POSTGRES_URL`` (default: the local server). A fresh
database is created for the run, migrated once, and dropped at the end. Each test runs in
a transaction that is rolled back; the code under test may commit freely, its commits
become savepoints (``join_transaction_mode="create_savepoint"``, as in pypi/warehouse).
When no server answers, PostgreSQL tests skip with the reason, except under ``CI=true``
where that is a failure.

MariaDB (or MySQL) follows the same rules, from ``BACKOFFICE_TEST_MARIADB_URL`` (default:
the local server as root): ``mariadb_engine``, ``mariadb_session``, ``mariadb_committed``;
``db_session`` runs each of its tests on SQLite, PostgreSQL and MariaDB, and
``server_session`` / ``server_committed`` on the two servers.
"""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine, normalize_url
from backoffice.models import Base

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
DEFAULT_MARIADB_URL = "mysql+pymysql://root@127.0.0.1:3306/"


# Concurrency tests hold row locks on purpose while the other threads queue behind them;
# on a loaded 2-core machine that can outlast the application's short interactive lock
# timeout, which has its own test (tests/test_lock_timeout.py).
TEST_LOCK_TIMEOUT_MS = 25_000


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _admin_url() -> str:
    return os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_PG_URL)


@pytest.fixture(autouse=True)
def _fresh_sign_in_state() -> Iterator[None]:
    """The sign-in throttle of unknown e-mails lives in the process: each test starts clean."""
    from backoffice.services import auth

    auth._reset_process_state_for_tests()
    yield
    auth._reset_process_state_for_tests()


@contextmanager
def fresh_pg_database(prefix: str = "backoffice_test") -> Iterator[Engine]:
    """A new, migrated PostgreSQL database, dropped on exit; skips (fails under CI=true)
    when no server answers."""
    admin_url = normalize_url(_admin_url())
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT", statement_timeout_ms=None)
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to connect means "no server"
        admin.dispose()
        reason = f"PostgreSQL unreachable at {admin_url.render_as_string()}: {exc}"
        if _in_ci():
            pytest.fail(f"CI=true requires PostgreSQL. {reason}")
        pytest.skip(reason)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"{prefix}_{worker}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name)
    engine: Engine | None = None
    try:
        migrations.upgrade(url.render_as_string(hide_password=False))
        engine = make_engine(url, lock_timeout_ms=TEST_LOCK_TIMEOUT_MS)
        yield engine
    finally:
        if engine is not None:
            engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _mariadb_admin_url() -> str:
    return os.environ.get("BACKOFFICE_TEST_MARIADB_URL", DEFAULT_MARIADB_URL)


@contextmanager
def fresh_mariadb_database(
    prefix: str = "backoffice_test", *, migrate: bool = True
) -> Iterator[Engine]:
    """A new (migrated unless ``migrate=False``) MariaDB/MySQL database, dropped on exit;
    skips (fails under CI=true) when no server answers."""
    admin_url = normalize_url(_mariadb_admin_url())
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT", statement_timeout_ms=None)
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to connect means "no server"
        admin.dispose()
        reason = f"MariaDB unreachable at {admin_url.render_as_string()}: {exc}"
        if _in_ci():
            pytest.fail(f"CI=true requires MariaDB. {reason}")
        pytest.skip(reason)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"{prefix}_{worker}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
    url = admin_url.set(database=name)
    engine: Engine | None = None
    try:
        if migrate:
            migrations.upgrade(url.render_as_string(hide_password=False))
        engine = make_engine(url, lock_timeout_ms=TEST_LOCK_TIMEOUT_MS)
        yield engine
    finally:
        if engine is not None:
            engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        admin.dispose()


@pytest.fixture(scope="session")
def mariadb_engine() -> Iterator[Engine]:
    with fresh_mariadb_database() as engine:
        yield engine


@pytest.fixture(scope="session")
def mariadb_url(mariadb_engine: Engine) -> str:
    return mariadb_engine.url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    with fresh_pg_database() as engine:
        yield engine


@pytest.fixture(scope="session")
def pg_url(pg_engine: Engine) -> str:
    return pg_engine.url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("sqlite") / "backoffice.db"
    url = f"sqlite:///{path}"
    migrations.upgrade(url)
    engine = make_engine(url, lock_timeout_ms=TEST_LOCK_TIMEOUT_MS)
    yield engine
    engine.dispose()


def _commit_before_fulltext_search(session: Session, connection: Connection) -> list[bool]:
    """MariaDB's FULLTEXT indexes see committed rows only (InnoDB indexes them at
    COMMIT), so a search through ``sql_compat.word_search`` would not find the rows the test
    made in its transaction. Before a SELECT that uses ``MATCH``, the test's rows are
    committed for real (and the session's savepoints made again, so that the code's own
    commits and rollbacks still work); the returned flag tells the fixture to empty the
    tables afterwards instead of rolling back."""
    committed: list[bool] = []

    @event.listens_for(session, "do_orm_execute")
    def _commit_first(state: ORMExecuteState) -> None:
        if not state.is_select:
            return
        sql = str(state.statement.compile(dialect=connection.dialect))
        if "MATCH (" not in sql:
            return
        session.flush()
        savepoints = []
        nested = connection._nested_transaction
        while nested is not None:
            savepoints.append(nested._savepoint)
            nested = nested._previous_nested
        connection.exec_driver_sql("COMMIT")
        for name in reversed(savepoints):
            connection.exec_driver_sql(f"SAVEPOINT {name}")
        committed.append(True)

    return committed


def _rollback_session(engine: Engine) -> Iterator[Session]:
    connection = engine.connect()
    transaction = connection.begin()
    if engine.dialect.name == "sqlite":
        # Python's sqlite3 begins a transaction only before its first INSERT/UPDATE/DELETE:
        # the session's SAVEPOINT, coming first, would open it itself, and a service's
        # commit (RELEASE) would then commit the test's rows for good, leaking them into
        # every later test. Begin it here so that savepoints nest inside.
        connection.exec_driver_sql("BEGIN")
    session = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    committed = (
        _commit_before_fulltext_search(session, connection)
        if engine.dialect.name in ("mysql", "mariadb")
        else []
    )
    try:
        yield session
    finally:
        session.close()
        if transaction.is_active:
            transaction.rollback()
        connection.close()
        if committed:
            truncate_all(engine)


@pytest.fixture
def pg_session(pg_engine: Engine) -> Iterator[Session]:
    yield from _rollback_session(pg_engine)


@pytest.fixture
def sqlite_session(sqlite_engine: Engine) -> Iterator[Session]:
    yield from _rollback_session(sqlite_engine)


@pytest.fixture
def mariadb_session(mariadb_engine: Engine) -> Iterator[Session]:
    yield from _rollback_session(mariadb_engine)


_ENGINE_FIXTURES = {
    "sqlite": "sqlite_engine",
    "postgresql": "pg_engine",
    "mariadb": "mariadb_engine",
}
MARIADB = pytest.param("mariadb", marks=pytest.mark.mariadb)


@pytest.fixture(params=["sqlite", "postgresql", MARIADB])
def db_session(request: pytest.FixtureRequest) -> Iterator[Session]:
    """The same test on SQLite, PostgreSQL and MariaDB."""
    yield from _rollback_session(request.getfixturevalue(_ENGINE_FIXTURES[request.param]))


@pytest.fixture(params=["postgresql", MARIADB])
def server_engine(request: pytest.FixtureRequest) -> Engine:
    """PostgreSQL, then MariaDB: for what needs a real server (concurrency, clock)."""
    return request.getfixturevalue(_ENGINE_FIXTURES[request.param])


@pytest.fixture
def server_session(server_engine: Engine) -> Iterator[Session]:
    yield from _rollback_session(server_engine)


def truncate_all(engine: Engine) -> None:
    if engine.dialect.name in ("mysql", "mariadb"):
        # TRUNCATE also restarts AUTO_INCREMENT; foreign keys would refuse it table by table.
        with engine.connect() as connection:
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
            try:
                for table in Base.metadata.sorted_tables:
                    connection.exec_driver_sql(f"TRUNCATE TABLE `{table.name}`")
            finally:
                connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")
        return
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def pg_committed(pg_engine: Engine) -> Iterator[sessionmaker[Session]]:
    """A session factory whose commits are real (concurrency tests); tables emptied after."""
    truncate_all(pg_engine)
    try:
        yield sessionmaker(bind=pg_engine, expire_on_commit=False)
    finally:
        truncate_all(pg_engine)


@pytest.fixture
def mariadb_committed(mariadb_engine: Engine) -> Iterator[sessionmaker[Session]]:
    """Like ``pg_committed``, on MariaDB."""
    truncate_all(mariadb_engine)
    try:
        yield sessionmaker(bind=mariadb_engine, expire_on_commit=False)
    finally:
        truncate_all(mariadb_engine)


@pytest.fixture
def server_committed(server_engine: Engine) -> Iterator[sessionmaker[Session]]:
    """``pg_committed`` then ``mariadb_committed``."""
    truncate_all(server_engine)
    try:
        yield sessionmaker(bind=server_engine, expire_on_commit=False)
    finally:
        truncate_all(server_engine)


def database_name(engine: Engine) -> str:
    return make_url(str(engine.url)).database or ""
