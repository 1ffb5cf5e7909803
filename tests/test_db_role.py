"""The least-privilege PostgreSQL role: enough to work, not enough to erase the audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import make_engine
from backoffice.models import HistoriqueAction, RoleName
from backoffice.services import auth, sessions
from backoffice.services.auth import ClientInfo, SignedIn, sign_in
from backoffice.services.db_role import grant_role
from backoffice.services.errors import ServiceError
from tests.factories import make_staff, make_user, php_bcrypt

pytestmark = pytest.mark.postgres

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
def test_bad_role_names_are_refused(pg_engine: Engine, bad: str) -> None:
    with pytest.raises(ServiceError):
        grant_role(pg_engine, bad, execute=False)


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


def test_non_postgres_is_refused(sqlite_engine: Engine) -> None:
    with pytest.raises(ServiceError):
        grant_role(sqlite_engine, "backoffice_app", execute=False)
