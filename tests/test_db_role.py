"""The least-privilege account: the policy (written once), its MySQL rendering, and the
PostgreSQL role — enough to work, not enough to erase the audit trail. The MariaDB user's
twins of the server tests are in ``test_db_role_mariadb.py``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.cli import main
from backoffice.db import make_engine
from backoffice.models import HistoriqueAction, RoleName
from backoffice.services import auth, db_role, sessions
from backoffice.services.auth import ClientInfo, SignedIn, sign_in
from backoffice.services.db_role import grant_role, policy_for
from backoffice.services.db_role.mysql import MysqlServer, native_password_hash, render_mysql
from backoffice.services.errors import ServiceError
from tests.factories import make_staff, make_user, php_bcrypt
from tests.website_db import website_pg_database

CLIENT = ClientInfo(ip="192.0.2.50", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"


@pytest.fixture
def role_name(pg_engine: Engine) -> Iterator[str]:
    """A unique role name (roles are cluster-wide), dropped afterwards."""
    name = f"backoffice_test_{uuid.uuid4().hex[:10]}"
    yield name
    with pg_engine.begin() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).scalar()
        if exists:
            # Removes its privileges here (including CONNECT on the database), then the role.
            connection.execute(text(f'DROP OWNED BY "{name}"'))
            connection.execute(text(f'DROP ROLE "{name}"'))


def _refused(connection_engine: Engine, sql: str) -> None:
    with connection_engine.connect() as connection:
        with pytest.raises(DBAPIError) as caught:
            connection.execute(text(sql))
        assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege), caught.value
        connection.rollback()


@pytest.mark.postgres
def test_print_only_changes_nothing(pg_engine: Engine, role_name: str) -> None:
    sql = grant_role(pg_engine, role_name, password="s3cret'; DROP TABLE x; --", execute=False)
    assert f'CREATE ROLE "{role_name}"' in sql
    assert "GRANT SELECT, INSERT ON TABLE" in sql
    assert '"public"."historique_actions"' in sql
    # The password never appears in clear, only its SCRAM verifier.
    assert "s3cret" not in sql and "DROP TABLE x" not in sql
    assert "SCRAM-SHA-256$" in sql
    with pg_engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": role_name}
            ).scalar()
            is None
        )


@pytest.mark.parametrize("bad", ["", "1abc", 'x"; DROP ROLE postgres; --', "a" * 64, "r$grant$"])
@pytest.mark.postgres
def test_bad_role_names_are_refused(pg_engine: Engine, bad: str) -> None:
    with pytest.raises(ServiceError):
        grant_role(pg_engine, bad, execute=False)


@pytest.mark.postgres
def test_the_role_can_work_but_not_erase_or_alter(
    pg_engine: Engine, pg_committed: sessionmaker[Session], role_name: str
) -> None:
    auth._reset_process_state_for_tests()
    with pg_committed() as session:
        admin = make_staff(session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
        member = make_user(session, RoleName.EMPLOYE, password_hash=php_bcrypt(PASSWORD))
        session.commit()
        admin_email, member_id = admin.email, member.id

    grant_role(pg_engine, role_name, password="Mot-de-passe-du-role-2026")
    grant_role(pg_engine, role_name, password="Mot-de-passe-du-role-2026")  # idempotent
    with pg_engine.connect() as connection:
        stored = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": role_name}
        ).scalar()
        attributes = connection.execute(
            text(
                "SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles "
                "WHERE rolname = :n"
            ),
            {"n": role_name},
        ).one()
    assert str(stored).startswith("SCRAM-SHA-256$")
    assert tuple(attributes) == (True, False, False, False)

    # Local connections are "trust" on the test server: the user name is what matters.
    app_url = pg_engine.url.set(username=role_name, password="Mot-de-passe-du-role-2026")
    app_engine = make_engine(app_url)
    try:
        with Session(app_engine) as session:
            result = sign_in(session, admin_email, PASSWORD, CLIENT)
            assert isinstance(result, SignedIn)
            staff = result.staff
            sessions.touch_session(session, staff)
            # An audited change, as the application does it.
            sessions.revoke_all_sessions(session, staff, member_id)
            session.commit()
            assert session.query(HistoriqueAction).count() >= 1
            with pytest.raises(auth.AuthenticationError):
                sign_in(session, admin_email, "mauvais", CLIENT)
            sessions.sign_out(session, staff)
            session.commit()

        _refused(app_engine, "DELETE FROM historique_actions")
        _refused(app_engine, "UPDATE historique_actions SET details = 'effacé'")
        _refused(app_engine, "DELETE FROM historique_connexions")
        _refused(app_engine, "UPDATE historique_connexions SET succes = true")
        _refused(app_engine, "TRUNCATE sessions")
        _refused(app_engine, "UPDATE utilisateurs SET password = 'x'")
        _refused(app_engine, "CREATE TABLE intrus (id int)")
        _refused(app_engine, "DROP TABLE produits")
        _refused(app_engine, "ALTER TABLE produits ADD COLUMN intrus int")
    finally:
        app_engine.dispose()


def test_other_databases_are_refused(sqlite_engine: Engine) -> None:
    with pytest.raises(ServiceError):
        grant_role(sqlite_engine, "backoffice_app", execute=False)


@pytest.mark.postgres
def test_host_is_for_mariadb_only(pg_engine: Engine) -> None:
    with pytest.raises(ServiceError, match=r"pg_hba\.conf"):
        grant_role(pg_engine, "backoffice_app", host="192.168.1.%", execute=False)


@pytest.mark.postgres
def test_a_website_schema_with_unquoted_idrole_is_granted(
    pg_engine: Engine, role_name: str
) -> None:
    # pg_check wrote idRole unquoted: the column is "idrole", and UPDATE is granted on it.
    with website_pg_database("pg_check") as url:
        assert main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            sql = grant_role(engine, role_name, password="Mot-de-passe-du-role-2026")
            assert '"idrole"' in sql and '"idRole"' not in sql
            with engine.connect() as connection:
                can = connection.execute(
                    text(
                        "SELECT has_column_privilege(:r, 'utilisateurs', 'idrole', 'UPDATE'), "
                        "has_column_privilege(:r, 'utilisateurs', 'password', 'UPDATE'), "
                        "has_table_privilege(:r, 'historique_actions', 'UPDATE')"
                    ),
                    {"r": role_name},
                ).one()
            assert tuple(can) == (True, False, False)
        finally:
            engine.dispose()


# --- No server needed ------------------------------------------------------------------


def _tables(policy: db_role.GrantPolicy) -> dict[str, db_role.TableGrant]:
    return {grant.table: grant for grant in policy.grants}


def test_the_policy_is_written_once() -> None:
    existing: dict[str, list[str]] = {t: [] for t in [*db_role.app_tables(), "alembic_version"]}
    existing["utilisateurs"] = ["ID", "email", "Password", "idrole", "colonne_du_site"]
    grants = _tables(policy_for(existing))
    assert grants["historique_actions"].privileges == ("SELECT", "INSERT")
    assert grants["historique_connexions"].privileges == ("SELECT", "INSERT")
    assert grants["alembic_version"].privileges == ("SELECT",)
    assert grants["produits"].privileges == ("SELECT", "INSERT", "UPDATE", "DELETE")
    users = grants["utilisateurs"]
    assert users.privileges == ("SELECT", "INSERT", "DELETE")
    # The database's spelling; never id nor password; not the website's own columns.
    assert users.update_columns == ("email", "idrole")
    assert "site_table" not in grants


def test_a_missing_table_is_refused() -> None:
    existing: dict[str, list[str]] = {t: [] for t in db_role.app_tables() if t != "totp_etapes"}
    with pytest.raises(ServiceError, match="totp_etapes"):
        policy_for(existing)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _rendered(server: MysqlServer, password: str | None) -> tuple[str, str]:
    existing: dict[str, list[str]] = {t: [] for t in db_role.app_tables()}
    existing["utilisateurs"] = ["id", "email", "password"]
    statements = render_mysql(policy_for(existing), "bo_app", "%", "shop", server, password, _quote)
    return "\n".join(s.sql for s in statements), "\n".join(s.shown for s in statements)


def test_mysql8_gets_the_password_in_clear_but_never_shows_it() -> None:
    sent, shown = _rendered(MysqlServer(is_mariadb=False), "Secret-du-role-2026")
    assert "IDENTIFIED BY 'Secret-du-role-2026'" in sent
    assert "Secret-du-role-2026" not in shown and "IDENTIFIED BY '********'" in shown
    # A MariaDB whose password-validation plugin must see the password: the same.
    sent, shown = _rendered(MysqlServer(is_mariadb=True, validates_passwords=True), "Abc-123")
    assert "Abc-123" in sent and "Abc-123" not in shown


def test_mariadb_gets_the_native_hash() -> None:
    sent, shown = _rendered(MysqlServer(is_mariadb=True), "abc'd")
    # SELECT PASSWORD('abc''d') on MariaDB 10.11.
    assert native_password_hash("abc'd") == "*08794D75313C30B8799725DCF4DF54BB691BC23D"
    assert sent == shown and "IDENTIFIED BY PASSWORD '*08794D75313C30B8799725DCF4DF54BB" in sent
    assert "abc'd" not in sent


def test_no_user_is_created_without_a_password() -> None:
    sent, _ = _rendered(MysqlServer(is_mariadb=True), None)
    assert "CREATE USER" not in sent and "ALTER USER 'bo_app'@'%' ACCOUNT UNLOCK" in sent
