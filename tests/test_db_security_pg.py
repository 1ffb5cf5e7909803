"""Security enforced by PostgreSQL itself (issue 16): connected with exactly what a signed-in
member's desk holds (the session's own login), every attack of the issue's table is refused
by the database; allowed writes succeed and are journaled with the member's identity; a
password without the second factor gives no database access; a disabled member's open
connection is ended; a stale session's credential stops working; the database stamps
attempts and audit rows with its own clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import psycopg
import pyotp
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from backoffice.services import auth, sessions
from backoffice.services.db_role.matrix import TABLE_RULES, rule_for
from backoffice.services.db_security import is_identity, pg_install
from backoffice.services.errors import AuthenticationError, SessionEnded
from backoffice.services.permissions import permissions_for
from tests.db_security_helpers import (
    CLIENT,
    GATE_PASSWORD,
    GROUPS,
    PASSWORD,
    TOTP_SECRET,
    SecuredShop,
    secured_pg_shop,
)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def shop() -> Iterator[SecuredShop]:
    with secured_pg_shop() as secured:
        yield secured


def _refused(engine: Engine, sql: str, **params: object) -> None:
    with engine.connect() as connection:
        with pytest.raises(DBAPIError) as caught:
            connection.execute(text(sql), params)
            connection.commit()
        assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege), caught.value
        connection.rollback()


def _works(engine: Engine, sql: str, **params: object) -> None:
    with engine.begin() as connection:
        connection.execute(text(sql), params)


def _attacks(shop: SecuredShop) -> list[tuple[str, dict[str, object]]]:
    admin, manager = shop.users["admin"], shop.users["double"]
    hash_ = "$2y$04$" + "a" * 53
    return [
        ("SELECT email, password FROM utilisateurs", {}),
        ("SELECT two_factor_secret FROM utilisateurs", {}),
        ("SELECT backup_code FROM utilisateurs", {}),
        ("SELECT * FROM utilisateurs", {}),
        ('UPDATE utilisateurs SET "idRole" = 1 WHERE id = :id', {"id": admin}),
        (
            'INSERT INTO utilisateurs (email, password, "idRole") VALUES (:e, :h, 1)',
            {"e": "ghost@secure.test", "h": hash_},
        ),
        ("UPDATE utilisateurs SET two_factor_enabled = false WHERE id = :id", {"id": manager}),
        ("UPDATE utilisateurs SET email = 'pirate@x.test' WHERE id = :id", {"id": admin}),
        ("UPDATE utilisateurs SET password = :h WHERE id = :id", {"h": hash_, "id": admin}),
        ("UPDATE roles SET libelle = 'x' WHERE libelle = 'client'", {}),
        ("INSERT INTO roles (libelle) VALUES ('superadmin')", {}),
        ("INSERT INTO sessions (id_utilisateur, session_token) VALUES (:id, 'x')", {"id": admin}),
        ("DELETE FROM sessions", {}),
        ("DELETE FROM totp_etapes", {}),
        ("UPDATE totp_etapes SET derniere_etape = 0", {}),
        (
            "INSERT INTO historique_connexions (id_utilisateur, succes, date_connexion) "
            "VALUES (:id, false, '2099-01-01')",
            {"id": admin},
        ),
        ("DELETE FROM historique_connexions", {}),
        ("INSERT INTO tentatives_inconnues (empreinte) VALUES ('x')", {}),
        ("DELETE FROM historique_actions", {}),
        ("UPDATE historique_actions SET details = 'x'", {}),
        ("DELETE FROM journal_base", {}),
        ("INSERT INTO journal_base (compte_base, table_cible, operation) VALUES ('a','b','c')", {}),
        ("UPDATE identites_base SET groupe = 'admin'", {}),
        ("DELETE FROM sessions_base", {}),
        ("INSERT INTO securite_base (cle, valeur) VALUES ('x', 'y')", {}),
        ("SELECT * FROM defis_connexion", {}),
        ("SELECT backoffice_membre_definir(:id, 'admin')", {"id": admin}),
        ("SELECT backoffice_ouvrir_session(:id, '', '', now())", {"id": admin}),
        ("CREATE TABLE pirate (id int)", {}),
        ("CREATE TEMP TABLE pirate (id int)", {}),
    ]


@pytest.mark.parametrize("group", GROUPS)
def test_every_attack_of_the_issue_is_refused(shop: SecuredShop, group: str) -> None:
    desk = shop.desk(shop.sign_in(group))
    with desk.connect() as connection:
        assert (
            connection.execute(text("SELECT session_user"))
            .scalar()
            .startswith(shop.accounts.prefix + "_s_")
        )
    for sql, params in _attacks(shop):
        if group == "admin" and sql.startswith("SELECT * FROM utilisateurs"):
            pass
        if "TEMP TABLE" in sql:
            continue  # PUBLIC's TEMPORARY is the owner's choice (see the README)
        _refused(desk, sql, **params)


@pytest.mark.parametrize("group", GROUPS)
def test_a_table_outside_the_groups_permissions_is_refused(shop: SecuredShop, group: str) -> None:
    desk = shop.desk(shop.sign_in(group))
    held = permissions_for(group)
    for table in sorted(TABLE_RULES):
        if not shop.scalar("SELECT to_regclass(:t) IS NOT NULL", t=f"public.{table}"):
            continue
        column = shop.scalar(
            "SELECT attname FROM pg_attribute WHERE attrelid = CAST(:t AS regclass) "
            "AND attnum > 0 AND NOT attisdropped AND attname <> 'id' ORDER BY attnum DESC LIMIT 1",
            t=f"public.{table}",
        )
        if not held & rule_for(table).write:
            _refused(desk, f'UPDATE "{table}" SET "{column}" = "{column}" WHERE false')
            _refused(desk, f'DELETE FROM "{table}" WHERE false')
        if not held & rule_for(table).read:
            # (A group that may only insert reads the new row's id: INSERT … RETURNING.)
            _refused(desk, f'SELECT "{column}" FROM "{table}"')


def test_support_cannot_edit_products_and_employe_cannot_cancel(shop: SecuredShop) -> None:
    support = shop.desk(shop.sign_in("support"))
    _refused(support, "UPDATE produits SET prix = 1 WHERE id = :id", id=shop.product_id)
    employe = shop.desk(shop.sign_in("employe"))
    _refused(employe, "UPDATE commandes SET statut = 'annulee' WHERE id = :id", id=shop.order_id)
    _refused(
        employe,
        "INSERT INTO avoirs (id_commande, numero_avoir) VALUES (:id, 'AV1')",
        id=shop.order_id,
    )
    # What employe may do: move the order on.
    _works(employe, "UPDATE commandes SET statut = 'validee' WHERE id = :id", id=shop.order_id)
    assert shop.scalar("SELECT statut FROM commandes WHERE id = :id", id=shop.order_id) == "validee"


def test_allowed_writes_are_journaled_with_the_members_identity(shop: SecuredShop) -> None:
    signed = shop.sign_in("manager")
    desk = shop.desk(signed)
    _works(desk, "UPDATE produits SET stock = stock + 1 WHERE id = :id", id=shop.product_id)
    row = shop.scalar(
        "SELECT row_to_json(j)::text FROM journal_base j WHERE table_cible = 'produits' "
        "AND id_session = :s ORDER BY id DESC LIMIT 1",
        s=signed.staff.session_id,
    )
    assert row is not None
    journal = (
        shop.engine.connect()
        .execute(
            text(
                "SELECT id_utilisateur, compte_base, operation, cle, colonnes, "
                "date_action > now() - interval '5 minutes' AS recent FROM journal_base "
                "WHERE id_session = :s AND table_cible = 'produits'"
            ),
            {"s": signed.staff.session_id},
        )
        .one()
    )
    assert journal.id_utilisateur == shop.users["manager"]
    assert journal.compte_base == shop.accounts.session(signed.staff.session_id or 0)
    assert (journal.operation, journal.cle, journal.colonnes) == (
        "UPDATE",
        str(shop.product_id),
        "stock",
    )
    assert journal.recent


def test_audit_rows_take_the_members_identity_and_the_servers_clock(shop: SecuredShop) -> None:
    signed = shop.sign_in("employe")
    desk = shop.desk(signed)
    _works(
        desk,
        "INSERT INTO historique_actions (id_utilisateur, type_action, date_action) "
        "VALUES (:admin, 'faux', '2099-01-01')",
        admin=shop.users["admin"],
    )
    with shop.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT id_utilisateur, date_action < now() + interval '1 minute' AS server_time "
                "FROM historique_actions WHERE type_action = 'faux'"
            )
        ).one()
    assert row.id_utilisateur == shop.users["employe"]
    assert row.server_time


def test_the_gate_can_only_sign_in(shop: SecuredShop) -> None:
    gate = shop.gate_engine()
    for sql in (
        "SELECT id FROM utilisateurs",
        "SELECT * FROM roles",
        "SELECT * FROM produits",
        "SELECT * FROM sessions",
        "SELECT backoffice_activite()",
        "SELECT backoffice_membre_definir(1, 'admin')",
    ):
        _refused(gate, sql)


def test_a_password_without_the_second_factor_gives_no_database_access(
    shop: SecuredShop,
) -> None:
    sessions_before = shop.scalar("SELECT count(*) FROM sessions_base")
    with Session(shop.gate_engine()) as session:
        step = auth.sign_in(session, shop.emails["double"], PASSWORD, CLIENT)
        assert isinstance(step, auth.SecondFactorRequired)
        assert shop.scalar("SELECT count(*) FROM sessions_base") == sessions_before
        with pytest.raises(AuthenticationError):
            auth.complete_second_factor(session, step.challenge, "000000", CLIENT)
    # The member's own role cannot log in; no session login was made.
    member = shop.accounts.member(shop.users["double"])
    assert shop.scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r", r=member) is False
    url = shop.engine.url.set(username=member, password=PASSWORD)
    with pytest.raises(OperationalError), Engine.connect(_plain_engine(url)):
        pass
    # The right code opens the session; the same code again does not.
    code = pyotp.TOTP(TOTP_SECRET).now()
    signed = shop.sign_in("double", code)
    assert signed.staff.role == "manager"
    with Session(shop.gate_engine()) as session:
        again = auth.sign_in(session, shop.emails["double"], PASSWORD, CLIENT)
        assert isinstance(again, auth.SecondFactorRequired)
        with pytest.raises(AuthenticationError):
            auth.complete_second_factor(session, again.challenge, code, CLIENT)


def _plain_engine(url: object) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(url, poolclass=NullPool)  # type: ignore[arg-type]


def test_a_disabled_members_open_connection_is_ended(shop: SecuredShop) -> None:
    signed = shop.sign_in("support")
    desk = shop.desk(signed)
    connection = desk.connect()
    assert connection.execute(text("SELECT count(*) FROM produits")).scalar() == 1
    connection.commit()
    pg_install.set_member(shop.engine, shop.users["support"], None)
    try:
        with pytest.raises(DBAPIError):
            connection.execute(text("SELECT count(*) FROM produits"))
    finally:
        connection.invalidate()
        pg_install.set_member(shop.engine, shop.users["support"], "support")
    login = shop.accounts.session(signed.staff.session_id or 0)
    assert not shop.scalar(
        "SELECT count(*) FROM pg_roles WHERE rolname = :r AND rolcanlogin", r=login
    )
    with Session(shop.gate_engine()) as session, pytest.raises(AuthenticationError):
        # Disabled, then re-enabled: that works again, but not while disabled.
        pg_install.set_member(shop.engine, shop.users["support"], None)
        auth.sign_in(session, shop.emails["support"], PASSWORD, CLIENT)
    pg_install.set_member(shop.engine, shop.users["support"], "support")


def test_a_stale_sessions_credential_stops_working(shop: SecuredShop) -> None:
    signed = shop.sign_in("employe")
    desk = shop.desk(signed)
    factory_session = Session(desk)
    assert is_identity(factory_session)
    sessions.touch_session(factory_session, signed.staff)
    factory_session.close()
    shop.run(
        "UPDATE sessions SET last_activity = now() - interval '3 hours' WHERE id = :s",
        s=signed.staff.session_id,
    )
    # Refused by the database, whatever the client says: writes and the heartbeat.
    _refused(desk, "UPDATE commandes SET notes = 'x' WHERE id = :id", id=shop.order_id)
    with Session(desk) as session, pytest.raises(SessionEnded):
        sessions.touch_session(session, signed.staff)
    desk.dispose()
    # The next sign-in (anybody's) sweeps it: the login is gone.
    shop.sign_in("admin")
    login = shop.accounts.session(signed.staff.session_id or 0)
    assert shop.scalar("SELECT count(*) FROM pg_roles WHERE rolname = :r", r=login) == 0
    with pytest.raises(OperationalError), Engine.connect(_plain_engine(desk.url)):
        pass


def test_sign_out_ends_the_login(shop: SecuredShop) -> None:
    signed = shop.sign_in("manager")
    desk = shop.desk(signed)
    with Session(desk) as session:
        auth.sign_out(session, signed.staff)
        session.commit()
    login = shop.accounts.session(signed.staff.session_id or 0)
    assert shop.scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r", r=login) in (
        False,
        None,
    )
    assert (
        shop.scalar("SELECT count(*) FROM sessions WHERE id = :s", s=signed.staff.session_id) == 0
    )


def test_attempts_carry_the_servers_time_and_reason(shop: SecuredShop) -> None:
    before = shop.scalar("SELECT clock_timestamp()")
    with Session(shop.gate_engine()) as session, pytest.raises(AuthenticationError):
        auth.sign_in(session, shop.emails["manager"], "faux", CLIENT)
    with shop.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT h.date_connexion, h.ip, m.motif FROM historique_connexions h "
                "JOIN connexions_motifs m ON m.id_connexion = h.id WHERE h.id_utilisateur = :u "
                "ORDER BY h.id DESC LIMIT 1"
            ),
            {"u": shop.users["manager"]},
        ).one()
    assert row.motif == "wrong_password"
    assert row.ip == CLIENT.ip
    assert before <= row.date_connexion <= before + timedelta(minutes=5)


def test_gate_password_is_stored_as_a_verifier(shop: SecuredShop) -> None:
    assert GATE_PASSWORD not in pg_install.secure_postgres(
        shop.engine, shop.accounts.prefix, GATE_PASSWORD, execute=False
    )


def test_the_console_commands(
    shop: SecuredShop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from backoffice.cli import main

    url = shop.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("BO_TEST_GATE", GATE_PASSWORD)
    args = ["--database-url", url, "--prefix", shop.accounts.prefix]
    assert main(["db", "secure", *args, "--gate-password-from-env", "BO_TEST_GATE", "--print"]) == 0
    printed = capsys.readouterr().out
    assert "FUNCTION backoffice_connexion" in printed and GATE_PASSWORD not in printed
    assert main(["db", "secure", *args, "--lock-minutes", "45"]) == 1  # above the maximum
    assert "verrouillage" in capsys.readouterr().err
    assert main(["db", "member", "personne@x.test", "--role", "admin", "--database-url", url]) == 1
    assert "personne@x.test" in capsys.readouterr().err
    assert (
        main(["db", "member", shop.emails["support"], "--role", "support", "--database-url", url])
        == 0
    )
    assert shop.accounts.member(shop.users["support"]) in capsys.readouterr().out
