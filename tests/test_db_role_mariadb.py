"""The least-privilege MariaDB user: it signs in and works through the application's
services, and cannot erase the audit trail, change a password hash, alter the schema or
reach another database. Users are server-wide: each test makes a unique one and drops it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pymysql
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from backoffice.cli import main
from backoffice.db import make_engine
from backoffice.models import HistoriqueAction, RoleName
from backoffice.services import auth, catalog, db_role, sessions
from backoffice.services.auth import ClientInfo, SignedIn, sign_in
from backoffice.services.db_role import grant_role
from backoffice.services.db_role.mysql import native_password_hash
from backoffice.services.errors import ServiceError
from tests.conftest import fresh_mariadb_database
from tests.factories import make_product, make_staff, php_bcrypt
from tests.website_db import WEBSITE_PASSWORDS, website_mariadb_database

pytestmark = pytest.mark.mariadb

CLIENT = ClientInfo(ip="192.0.2.50", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"

MARIADB_PASSWORD = "Mot-de-passe-du-compte-2026"
# Access denied: to a database, a table, a column; a missing privilege.
DENIED = frozenset({1044, 1142, 1143, 1227})


def _root(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as connection:
        result = connection.execute(text(sql), params)
        rows = list(result) if result.returns_rows else []
        connection.commit()
    return rows


def _drop_users(engine: Engine, name: str) -> None:
    for (host,) in _root(engine, "SELECT Host FROM mysql.user WHERE User = :n", n=name):
        _root(engine, f"DROP USER '{name}'@'{host}'")


@pytest.fixture
def mysql_user(mariadb_engine: Engine) -> Iterator[str]:
    """A unique user name (MariaDB users are server-wide, not per database), dropped after."""
    name = f"bo_test_{uuid.uuid4().hex[:10]}"
    yield name
    _drop_users(mariadb_engine, name)


@pytest.fixture
def other_database(mariadb_engine: Engine) -> Iterator[str]:
    """Another database on the same server, with a table the account must not see."""
    name = f"bo_test_other_{uuid.uuid4().hex[:8]}"
    _root(mariadb_engine, f"CREATE DATABASE `{name}`")
    _root(mariadb_engine, f"CREATE TABLE `{name}`.secrets (id INT PRIMARY KEY)")
    yield name
    _root(mariadb_engine, f"DROP DATABASE IF EXISTS `{name}`")


def _grants(engine: Engine, user: str, host: str = "%") -> set[str]:
    return {row[0] for row in _root(engine, f"SHOW GRANTS FOR '{user}'@'{host}'")}


def _as_user(url: URL, user: str, password: str = MARIADB_PASSWORD) -> Any:
    return pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=user,
        password=password,
        database=url.database,
        autocommit=True,
        connect_timeout=5,
    )


def _mysql_refused(connection: Any, sql: str) -> None:
    with connection.cursor() as cursor, pytest.raises(pymysql.MySQLError) as caught:
        cursor.execute(sql)
    assert caught.value.args[0] in DENIED, caught.value


def _check_refusals(connection: Any, other_database: str | None) -> None:
    for table in ("historique_actions", "historique_connexions"):
        _mysql_refused(connection, f"UPDATE {table} SET id = id")
        _mysql_refused(connection, f"DELETE FROM {table}")
        _mysql_refused(connection, f"TRUNCATE TABLE {table}")
    _mysql_refused(connection, "UPDATE utilisateurs SET password = 'x'")
    _mysql_refused(connection, "UPDATE alembic_version SET version_num = 'x'")
    _mysql_refused(connection, "CREATE TABLE intrus (id INT)")
    _mysql_refused(connection, "CREATE TEMPORARY TABLE intrus (id INT)")
    _mysql_refused(connection, "DROP TABLE produits")
    _mysql_refused(connection, "ALTER TABLE produits ADD COLUMN intrus INT")
    _mysql_refused(connection, "CREATE INDEX intrus ON produits (stock)")
    _mysql_refused(connection, "CREATE VIEW intrus AS SELECT 1")
    _mysql_refused(connection, "CREATE DATABASE intrus")
    _mysql_refused(connection, "SELECT * FROM mysql.user")
    _mysql_refused(connection, "CREATE USER 'intrus'@'%'")
    if other_database is not None:
        _mysql_refused(connection, f"SELECT * FROM `{other_database}`.secrets")
        _mysql_refused(connection, f"USE `{other_database}`")
    with connection.cursor() as cursor:
        # What the application needs still works.
        cursor.execute("SELECT password FROM utilisateurs LIMIT 1")
        cursor.execute("SELECT version_num FROM alembic_version")
        cursor.execute("SELECT COUNT(*) FROM historique_actions")


def _work_as(url: URL, user: str, email: str, password: str, product_id: int) -> None:
    """Sign in through the application's service and make an audited change."""
    engine = make_engine(url.set(username=user, password=MARIADB_PASSWORD))
    try:
        with Session(engine) as session:
            result = sign_in(session, email, password, CLIENT)
            assert isinstance(result, SignedIn)
            staff = result.staff
            before = session.query(HistoriqueAction).count()
            catalog.adjust_stock(session, staff, product_id, delta=-1, reason="Inventaire")
            session.commit()
            assert session.query(HistoriqueAction).count() == before + 1
            with pytest.raises(auth.AuthenticationError):
                sign_in(session, email, "mauvais", CLIENT)
            sessions.sign_out(session, staff)
            session.commit()
    finally:
        engine.dispose()


def test_mariadb_print_only_changes_nothing(mariadb_engine: Engine, mysql_user: str) -> None:
    password = "s3cret'; DROP TABLE x; --"
    sql = grant_role(mariadb_engine, mysql_user, password=password, execute=False)
    assert f"CREATE USER IF NOT EXISTS '{mysql_user}'@'%' IDENTIFIED BY PASSWORD '*" in sql
    assert native_password_hash(password) in sql
    assert "s3cret" not in sql and "DROP TABLE x" not in sql
    database = mariadb_engine.url.database
    assert f"GRANT SELECT, INSERT ON `{database}`.`historique_actions`" in sql
    assert not _root(mariadb_engine, "SELECT 1 FROM mysql.user WHERE User = :n", n=mysql_user)


@pytest.mark.parametrize(
    ("name", "host", "password"),
    [
        ("1abc", None, "x"),
        ("x'@'%'; DROP USER root; --", None, "x"),
        ("a" * 33, None, "x"),
        ("bo_app", "x'; DROP USER root; --", "x"),
        ("bo_app", "", "x"),
        ("bo_app", None, ""),
        ("bo_app", None, "Mot-de-passe-accentué"),
    ],
)
def test_mariadb_bad_names_hosts_and_passwords_are_refused(
    mariadb_engine: Engine, name: str, host: str | None, password: str
) -> None:
    with pytest.raises(ServiceError):
        grant_role(mariadb_engine, name, password=password, host=host, execute=False)


def test_the_mariadb_user_can_work_but_not_erase_or_alter(
    mariadb_engine: Engine,
    mariadb_committed: sessionmaker[Session],
    mysql_user: str,
    other_database: str,
) -> None:
    with mariadb_committed() as session:
        admin = make_staff(session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
        product = make_product(session, stock=5)
        session.commit()
        admin_email, product_id = admin.email, product.id
    # Something granted by hand earlier, which the command must take back.
    _root(mariadb_engine, f"CREATE USER '{mysql_user}'@'%' IDENTIFIED BY 'ancien'")
    _root(mariadb_engine, f"GRANT ALL PRIVILEGES ON `{other_database}`.* TO '{mysql_user}'@'%'")
    _root(mariadb_engine, f"GRANT CREATE, DROP, ALTER ON *.* TO '{mysql_user}'@'%'")

    grant_role(mariadb_engine, mysql_user, password=MARIADB_PASSWORD)
    first = _grants(mariadb_engine, mysql_user)
    grant_role(mariadb_engine, mysql_user, password=MARIADB_PASSWORD)  # idempotent
    assert _grants(mariadb_engine, mysql_user) == first

    database = mariadb_engine.url.database
    (plugin, stored) = _root(
        mariadb_engine,
        "SELECT plugin, authentication_string FROM mysql.user WHERE User = :n AND Host = '%'",
        n=mysql_user,
    )[0]
    assert plugin == "mysql_native_password"
    assert stored == native_password_hash(MARIADB_PASSWORD)
    global_grant = next(g for g in first if " ON *.* " in g)
    assert global_grant.startswith("GRANT USAGE ON *.* ")
    assert all(f" ON `{database}`.`" in g for g in first if g != global_grant)
    assert not any("ALL PRIVILEGES" in g or "GRANT OPTION" in g for g in first)
    assert (
        f"GRANT SELECT, INSERT ON `{database}`.`historique_actions` TO `{mysql_user}`@`%`" in first
    )
    assert f"GRANT SELECT ON `{database}`.`alembic_version` TO `{mysql_user}`@`%`" in first
    users_grant = next(g for g in first if "`utilisateurs`" in g)
    assert "UPDATE (" in users_grant and "`password`" not in users_grant

    _work_as(mariadb_engine.url, mysql_user, admin_email, PASSWORD, product_id)
    connection = _as_user(mariadb_engine.url, mysql_user)
    try:
        _check_refusals(connection, other_database)
    finally:
        connection.close()


def test_mariadb_grants_follow_the_schema_and_the_policy(
    mariadb_engine: Engine, mysql_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = mariadb_engine.url.database
    avis = f"GRANT SELECT, INSERT, UPDATE, DELETE ON `{database}`.`avis` TO `{mysql_user}`@`%`"
    # Before a migration that adds a table: the table is not granted.
    older = [t for t in db_role.app_tables() if t != "avis"]
    monkeypatch.setattr(db_role.policy, "app_tables", lambda: older)
    grant_role(mariadb_engine, mysql_user, password=MARIADB_PASSWORD)
    assert avis not in _grants(mariadb_engine, mysql_user)
    monkeypatch.undo()
    # After it, re-running grant adds it; a column the policy no longer lets the
    # application update loses its UPDATE; then it comes back.
    never = {**db_role.NEVER_UPDATED, "utilisateurs": frozenset({"id", "password", "email"})}
    monkeypatch.setattr(db_role.policy, "NEVER_UPDATED", never)
    grant_role(mariadb_engine, mysql_user)  # no password: the account exists, kept as is
    grants = _grants(mariadb_engine, mysql_user)
    assert avis in grants
    assert "`email`" not in next(g for g in grants if "`utilisateurs`" in g)
    monkeypatch.undo()
    grant_role(mariadb_engine, mysql_user)
    assert "`email`" in next(
        g for g in _grants(mariadb_engine, mysql_user) if "`utilisateurs`" in g
    )
    connection = _as_user(mariadb_engine.url, mysql_user)  # the password was kept
    connection.close()


def test_mariadb_host_restricts_the_account(mariadb_engine: Engine, mysql_user: str) -> None:
    grant_role(mariadb_engine, mysql_user, password=MARIADB_PASSWORD, host="192.0.2.%")
    hosts = _root(mariadb_engine, "SELECT Host FROM mysql.user WHERE User = :n", n=mysql_user)
    assert [row[0] for row in hosts] == ["192.0.2.%"]
    with pytest.raises(pymysql.MySQLError) as caught:
        _as_user(mariadb_engine.url, mysql_user).close()
    # Access denied: not from this machine (1698 where the server first tried a
    # socket-authenticated account of the same name pattern).
    assert caught.value.args[0] in (1045, 1698)


def test_mariadb_a_new_user_needs_a_password(mariadb_engine: Engine, mysql_user: str) -> None:
    with pytest.raises(ServiceError, match="--password-from-env"):
        grant_role(mariadb_engine, mysql_user)
    assert not _root(mariadb_engine, "SELECT 1 FROM mysql.user WHERE User = :n", n=mysql_user)


def test_mariadb_an_owner_without_create_user_is_told_what_it_needs(
    mariadb_engine: Engine, mysql_user: str
) -> None:
    owner = f"{mysql_user}_own"
    database = mariadb_engine.url.database
    _root(mariadb_engine, f"CREATE USER '{owner}'@'%' IDENTIFIED BY '{MARIADB_PASSWORD}'")
    try:
        _root(mariadb_engine, f"GRANT ALL ON `{database}`.* TO '{owner}'@'%' WITH GRANT OPTION")
        engine = make_engine(mariadb_engine.url.set(username=owner, password=MARIADB_PASSWORD))
        try:
            with pytest.raises(ServiceError) as caught:
                grant_role(engine, mysql_user, password=MARIADB_PASSWORD)
        finally:
            engine.dispose()
        assert "CREATE USER" in caught.value.message and owner in caught.value.message
        assert not _root(mariadb_engine, "SELECT 1 FROM mysql.user WHERE User = :n", n=mysql_user)
    finally:
        _drop_users(mariadb_engine, owner)


def test_mariadb_refuses_an_empty_or_unadopted_base(
    mariadb_engine: Engine, mysql_user: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["db", "grant", "--role", mysql_user, "--database-url"]
    with fresh_mariadb_database(migrate=False) as empty:
        assert main([*argv, empty.url.render_as_string(hide_password=False)]) != 0
    assert "Base vide" in capsys.readouterr().err
    with website_mariadb_database() as url:
        assert main([*argv, url]) != 0
    err = capsys.readouterr().err
    assert "pas encore adoptée" in err and "Traceback" not in err
    assert not _root(mariadb_engine, "SELECT 1 FROM mysql.user WHERE User = :n", n=mysql_user)


def test_a_website_made_mariadb_base_is_granted(
    mariadb_engine: Engine,
    mysql_user: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BO_TEST_ROLE_PASSWORD", MARIADB_PASSWORD)
    with website_mariadb_database() as url:
        assert main(["db", "upgrade", "--database-url", url]) == 0
        argv = ["db", "grant", "--database-url", url, "--role", mysql_user]
        argv += ["--password-from-env", "BO_TEST_ROLE_PASSWORD"]
        capsys.readouterr()
        assert main([*argv, "--print"]) == 0
        printed = capsys.readouterr().out
        assert native_password_hash(MARIADB_PASSWORD) in printed
        assert MARIADB_PASSWORD not in printed
        assert not _root(mariadb_engine, "SELECT 1 FROM mysql.user WHERE User = :n", n=mysql_user)
        assert main(argv) == 0
        assert main(argv) == 0  # idempotent

        site = make_url(url)
        _work_as(site, mysql_user, "admin@site.test", WEBSITE_PASSWORDS["admin@site.test"], 1)
        connection = _as_user(site, mysql_user)
        try:
            _check_refusals(connection, other_database=mariadb_engine.url.database)
            with connection.cursor() as cursor:  # idRole, as the website spelt it
                cursor.execute("UPDATE utilisateurs SET idRole = idRole WHERE id = 1")
        finally:
            connection.close()
