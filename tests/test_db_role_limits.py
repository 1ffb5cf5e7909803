"""Limits the server imposes on the desktop's login (``db grant``), tried as that login:
connection limit, statement/lock/idle time limits, temporary tables and large objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pymysql
import pytest
from sqlalchemy import Engine, text

from backoffice.cli import main
from backoffice.services.db_role import grant_role
from backoffice.services.errors import ServiceError
from tests import test_db_role, test_db_role_mariadb

role_name = test_db_role.role_name
mysql_user = test_db_role_mariadb.mysql_user

ROLE_PASSWORD = "Mot-de-passe-du-role-2026"


def _pg_as(pg_engine: Engine, role: str) -> psycopg.Connection[Any]:
    url = pg_engine.url
    # No options: what psql or a script gets, not what the application sets for itself.
    return psycopg.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        user=role,
        password=ROLE_PASSWORD,
        dbname=url.database,
        autocommit=True,
        connect_timeout=5,
    )


@pytest.fixture
def pg_role(pg_engine: Engine, role_name: str) -> Iterator[str]:
    grant_role(pg_engine, role_name, password=ROLE_PASSWORD, connection_limit=3)
    yield role_name


@pytest.mark.postgres
def test_the_role_has_its_own_time_limits(pg_engine: Engine, pg_role: str) -> None:
    with _pg_as(pg_engine, pg_role) as connection:
        shown = {
            name: connection.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
            for name in (
                "statement_timeout",
                "lock_timeout",
                "idle_in_transaction_session_timeout",
            )
        }
        assert shown == {
            "statement_timeout": "30s",
            "lock_timeout": "10s",
            "idle_in_transaction_session_timeout": "5min",
        }
        # A default, not a barrier: the session may lower (or raise) it for itself.
        connection.execute("SET statement_timeout = '1s'")
        with pytest.raises(psycopg.errors.QueryCanceled):
            connection.execute("SELECT pg_sleep(2)")


@pytest.mark.postgres
def test_the_role_holds_at_most_its_connection_limit(pg_engine: Engine, pg_role: str) -> None:
    with pg_engine.connect() as owner:
        limit = owner.execute(
            text("SELECT rolconnlimit FROM pg_roles WHERE rolname = :n"), {"n": pg_role}
        ).scalar()
    assert limit == 3
    opened = [_pg_as(pg_engine, pg_role) for _ in range(3)]
    try:
        with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
            _pg_as(pg_engine, pg_role)
    finally:
        for connection in opened:
            connection.close()


@pytest.mark.postgres
def test_temporary_tables_come_only_from_public(pg_engine: Engine, pg_role: str) -> None:
    database = pg_engine.url.database
    with pg_engine.connect() as owner:
        explicit = owner.execute(
            text(
                "SELECT count(*) FROM pg_database d, aclexplode(d.datacl) a "
                "WHERE d.datname = :db AND a.grantee = (SELECT oid FROM pg_roles "
                "WHERE rolname = :r) AND a.privilege_type = 'TEMPORARY'"
            ),
            {"db": database, "r": pg_role},
        ).scalar()
    assert explicit == 0  # nothing of its own
    # PostgreSQL's default (TEMPORARY for PUBLIC) still lets it: the grant says how to
    # take it from everybody, which only the owner may decide.
    sql = grant_role(pg_engine, pg_role, execute=False)
    assert f'REVOKE TEMPORARY ON DATABASE "{database}" FROM PUBLIC' in sql
    with _pg_as(pg_engine, pg_role) as connection:
        connection.execute("CREATE TEMP TABLE brouillon (id int)")
    with pg_engine.connect() as owner:
        owner.execute(text(f'REVOKE TEMPORARY ON DATABASE "{database}" FROM PUBLIC'))
        owner.commit()
    try:
        with (
            _pg_as(pg_engine, pg_role) as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute("CREATE TEMP TABLE brouillon (id int)")
        assert "-- Note" not in grant_role(pg_engine, pg_role, execute=False)  # nothing to say
    finally:
        with pg_engine.connect() as owner:
            owner.execute(text(f'GRANT TEMPORARY ON DATABASE "{database}" TO PUBLIC'))
            owner.commit()


@pytest.mark.postgres
def test_large_objects_of_others_stay_out_of_reach(pg_engine: Engine, pg_role: str) -> None:
    with pg_engine.connect() as owner:
        assert owner.execute(text("SHOW lo_compat_privileges")).scalar() == "off"
        theirs = owner.execute(text("SELECT lo_from_bytea(0, 'secret'::bytea)")).scalar()
        owner.commit()
    try:
        with _pg_as(pg_engine, pg_role) as connection:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("SELECT lo_get(%s)", (theirs,))
            # Creating one needs no privilege on any PostgreSQL: the role's own.
            mine = connection.execute("SELECT lo_create(0)").fetchone()[0]  # type: ignore[index]
            connection.execute("SELECT lo_unlink(%s)", (mine,))
    finally:
        with pg_engine.connect() as owner:
            owner.execute(text("SELECT lo_unlink(:o)"), {"o": theirs})
            owner.commit()


@pytest.mark.postgres
def test_the_connection_limit_is_checked_and_given_by_the_cli(
    pg_engine: Engine, role_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ServiceError, match="entre 1 et 10 000"):
        grant_role(pg_engine, role_name, password=ROLE_PASSWORD, connection_limit=0)
    url = pg_engine.url.render_as_string(hide_password=False)
    command = ["db", "grant", "--database-url", url, "--role", role_name]
    assert main([*command, "--print", "--connection-limit", "7"]) == 0
    out = capsys.readouterr().out
    assert "CONNECTION LIMIT 7" in out
    assert "ALTER ROLE" in out and "SET statement_timeout = '30s'" in out


# --- MariaDB -------------------------------------------------------------------------------


def _maria_as(engine: Engine, user: str) -> Any:
    url = engine.url
    return pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=user,
        password=test_db_role_mariadb.MARIADB_PASSWORD,
        database=url.database,
        autocommit=True,
        connect_timeout=5,
    )


@pytest.mark.mariadb
def test_the_mariadb_user_has_its_limits(mariadb_engine: Engine, mysql_user: str) -> None:
    grant_role(
        mariadb_engine,
        mysql_user,
        password=test_db_role_mariadb.MARIADB_PASSWORD,
        connection_limit=2,
    )
    with mariadb_engine.connect() as root:
        row = root.execute(
            text(
                "SELECT max_user_connections, max_statement_time FROM mysql.user "
                "WHERE User = :u AND Host = '%'"
            ),
            {"u": mysql_user},
        ).one()
    assert (int(row[0]), float(row[1])) == (2, 30.0)
    first, second = _maria_as(mariadb_engine, mysql_user), _maria_as(mariadb_engine, mysql_user)
    try:
        with pytest.raises(pymysql.MySQLError) as caught:
            _maria_as(mariadb_engine, mysql_user)
        assert caught.value.args[0] == 1226  # ER_USER_LIMIT_REACHED
        with first.cursor() as cursor:
            cursor.execute("SELECT @@max_statement_time")
            assert float(cursor.fetchone()[0]) == 30.0
            with pytest.raises(pymysql.MySQLError):
                cursor.execute("CREATE TEMPORARY TABLE brouillon (id INT)")
    finally:
        first.close()
        second.close()
