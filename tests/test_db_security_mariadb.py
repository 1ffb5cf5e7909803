"""Security enforced by MariaDB itself (issue 16), the twin of ``test_db_security_pg.py``:
with exactly what a signed-in member's desk holds, the issue's attacks are refused by the
server; allowed writes are journaled with the member's identity; the password alone (or its
hash) without the code opens nothing; a disabled member's connection is ended; a stale
session stops working; the server stamps attempts and audit rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pymysql
import pyotp
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from backoffice.services import auth, sessions
from backoffice.services.db_role.matrix import TABLE_RULES, rule_for
from backoffice.services.db_security import desk as desk_calls
from backoffice.services.errors import AuthenticationError, SessionEnded
from backoffice.services.permissions import permissions_for
from tests.db_security_helpers import (
    CLIENT,
    GROUPS,
    PASSWORD,
    TOTP_SECRET,
    SecuredShop,
    secured_mariadb_shop,
)

pytestmark = pytest.mark.mariadb

# Access denied (table, column, routine, database, global), and the routines' SIGNAL.
REFUSALS = {1044, 1045, 1142, 1143, 1227, 1370, 1410, 1644, 1959}


@pytest.fixture(scope="module")
def shop() -> Iterator[SecuredShop]:
    with secured_mariadb_shop() as secured:
        yield secured


def _refused(engine: Engine, sql: str, **params: object) -> None:
    with engine.connect() as connection:
        with pytest.raises(DBAPIError) as caught:
            connection.execute(text(sql), params)
            connection.commit()
        original = caught.value.orig
        assert isinstance(original, pymysql.MySQLError), caught.value
        assert original.args[0] in REFUSALS, caught.value
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
        ("UPDATE utilisateurs SET idRole = 1 WHERE id = :id", {"id": admin}),
        (
            "INSERT INTO utilisateurs (email, password, idRole) VALUES (:e, :h, 1)",
            {"e": "ghost@secure.test", "h": hash_},
        ),
        ("UPDATE utilisateurs SET two_factor_enabled = 0 WHERE id = :id", {"id": manager}),
        ("UPDATE utilisateurs SET email = 'pirate@x.test' WHERE id = :id", {"id": admin}),
        ("UPDATE utilisateurs SET password = :h WHERE id = :id", {"h": hash_, "id": admin}),
        ("UPDATE roles SET libelle = 'x' WHERE libelle = 'client'", {}),
        ("INSERT INTO roles (libelle) VALUES ('superadmin')", {}),
        ("INSERT INTO sessions (id_utilisateur, session_token) VALUES (:id, 'x')", {"id": admin}),
        ("DELETE FROM sessions", {}),
        ("DELETE FROM totp_etapes", {}),
        (
            "INSERT INTO historique_connexions (id_utilisateur, succes, date_connexion) "
            "VALUES (:id, 0, '2099-01-01')",
            {"id": admin},
        ),
        ("DELETE FROM historique_connexions", {}),
        ("INSERT INTO tentatives_inconnues (empreinte) VALUES ('x')", {}),
        ("DELETE FROM historique_actions", {}),
        ("UPDATE historique_actions SET details = 'x'", {}),
        ("DELETE FROM journal_base", {}),
        ("UPDATE identites_base SET groupe = 'admin'", {}),
        ("DELETE FROM sessions_base", {}),
        ("INSERT INTO securite_base (cle, valeur) VALUES ('x', 'y')", {}),
        ("SELECT * FROM defis_connexion", {}),
        ("CALL backoffice_membre_definir(:id, 'admin')", {"id": admin}),
        ("CALL backoffice_balayer()", {}),
        ("CREATE TABLE pirate (id int)", {}),
        ("CREATE TEMPORARY TABLE pirate (id int)", {}),
        ("SET ROLE " + shop.accounts.group("admin"), {}),
    ]


@pytest.mark.parametrize("group", GROUPS)
def test_every_attack_of_the_issue_is_refused(shop: SecuredShop, group: str) -> None:
    desk = shop.desk(shop.sign_in(group))
    with desk.connect() as connection:
        user = connection.execute(text("SELECT USER()")).scalar()
        assert str(user).startswith(shop.accounts.prefix + "_s_")
    for sql, params in _attacks(shop):
        if group == "admin" and sql.startswith("SET ROLE"):
            continue  # admin's member role is in the admin group: not an escalation
        _refused(desk, sql, **params)


@pytest.mark.parametrize("group", GROUPS)
def test_a_table_outside_the_groups_permissions_is_refused(shop: SecuredShop, group: str) -> None:
    desk = shop.desk(shop.sign_in(group))
    held = permissions_for(group)
    for table in sorted(TABLE_RULES):
        column = shop.scalar(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_NAME = :t AND COLUMN_NAME <> 'id' ORDER BY ORDINAL_POSITION DESC LIMIT 1",
            t=table,
        )
        if column is None:
            continue
        if not held & rule_for(table).write:
            _refused(desk, f"UPDATE `{table}` SET `{column}` = `{column}` WHERE 1 = 0")
            _refused(desk, f"DELETE FROM `{table}` WHERE 1 = 0")
        if not held & rule_for(table).read:
            _refused(desk, f"SELECT `{column}` FROM `{table}`")


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
    _works(employe, "UPDATE commandes SET statut = 'validee' WHERE id = :id", id=shop.order_id)
    assert shop.scalar("SELECT statut FROM commandes WHERE id = :id", id=shop.order_id) == "validee"


def test_allowed_writes_are_journaled_with_the_members_identity(shop: SecuredShop) -> None:
    signed = shop.sign_in("manager")
    desk = shop.desk(signed)
    _works(desk, "UPDATE produits SET stock = stock + 1 WHERE id = :id", id=shop.product_id)
    with shop.engine.connect() as connection:
        journal = connection.execute(
            text(
                "SELECT id_utilisateur, compte_base, operation, cle, colonnes FROM journal_base "
                "WHERE id_session = :s AND table_cible = 'produits'"
            ),
            {"s": signed.staff.session_id},
        ).one()
    assert journal.id_utilisateur == shop.users["manager"]
    assert journal.compte_base.startswith(shop.accounts.session(signed.staff.session_id or 0))
    assert (journal.operation, journal.cle, journal.colonnes) == (
        "UPDATE",
        str(shop.product_id),
        "stock",
    )


def test_audit_rows_take_the_members_identity_and_the_servers_clock(shop: SecuredShop) -> None:
    desk = shop.desk(shop.sign_in("employe"))
    _works(
        desk,
        "INSERT INTO historique_actions (id_utilisateur, type_action, date_action) "
        "VALUES (:admin, 'faux', '2099-01-01')",
        admin=shop.users["admin"],
    )
    with shop.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT id_utilisateur, date_action < NOW() + INTERVAL 1 DAY AS server_time "
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
        "CALL backoffice_activite()",
        "CALL backoffice_membre_definir(1, 'admin')",
    ):
        _refused(gate, sql)


def test_a_password_without_the_second_factor_gives_no_database_access(
    shop: SecuredShop,
) -> None:
    sessions_before = shop.scalar("SELECT COUNT(*) FROM sessions_base")
    with Session(shop.gate_engine()) as session:
        step = auth.sign_in(session, shop.emails["double"], PASSWORD, CLIENT)
        assert isinstance(step, auth.SecondFactorRequired)
        assert shop.scalar("SELECT COUNT(*) FROM sessions_base") == sessions_before
        with pytest.raises(AuthenticationError):
            auth.complete_second_factor(session, step.challenge, "000000", CLIENT)
    # The member's own identity is a role: nobody logs in as it.
    member = shop.accounts.member(shop.users["double"])
    assert shop.scalar("SELECT is_role FROM mysql.user WHERE User = :r", r=member) == "Y"
    code = pyotp.TOTP(TOTP_SECRET).now()
    assert shop.sign_in("double", code).staff.role == "manager"
    with Session(shop.gate_engine()) as session:
        again = auth.sign_in(session, shop.emails["double"], PASSWORD, CLIENT)
        assert isinstance(again, auth.SecondFactorRequired)
        with pytest.raises(AuthenticationError):
            auth.complete_second_factor(session, again.challenge, code, CLIENT)


def test_a_wrong_hash_is_refused_and_the_salt_is_stable_for_unknown_addresses(
    shop: SecuredShop,
) -> None:
    with Session(shop.gate_engine()) as session:
        with pytest.raises(AuthenticationError):
            auth.sign_in(session, shop.emails["manager"], "faux", CLIENT)
        first = desk_calls._call(session, "backoffice_sel", {"email": "personne@x.test"})
        second = desk_calls._call(session, "backoffice_sel", {"email": "personne@x.test"})
        real = desk_calls._call(session, "backoffice_sel", {"email": shop.emails["manager"]})
    assert first == second and first is not None
    assert len(first["r_sel"]) == len(real["r_sel"]) == 29  # type: ignore[index]


def test_a_disabled_members_open_connection_is_ended(shop: SecuredShop) -> None:
    signed = shop.sign_in("support")
    desk = shop.desk(signed)
    connection = desk.connect()
    assert connection.execute(text("SELECT COUNT(*) FROM produits")).scalar() == 1
    connection.commit()
    shop.set_member("support", None)
    try:
        with pytest.raises(DBAPIError):
            connection.execute(text("SELECT COUNT(*) FROM produits"))
        with Session(shop.gate_engine()) as session, pytest.raises(AuthenticationError):
            auth.sign_in(session, shop.emails["support"], PASSWORD, CLIENT)
    finally:
        connection.invalidate()
        shop.set_member("support", "support")
    login = shop.accounts.session(signed.staff.session_id or 0)
    assert shop.scalar("SELECT COUNT(*) FROM mysql.user WHERE User = :u", u=login) == 0


def test_a_stale_sessions_credential_stops_working(shop: SecuredShop) -> None:
    signed = shop.sign_in("employe")
    desk = shop.desk(signed)
    with Session(desk) as session:
        sessions.touch_session(session, signed.staff)
        session.commit()
    shop.run(
        "UPDATE sessions SET last_activity = NOW() - INTERVAL 3 HOUR WHERE id = :s",
        s=signed.staff.session_id,
    )
    _refused(desk, "UPDATE commandes SET notes = 'x' WHERE id = :id", id=shop.order_id)
    with Session(desk) as session, pytest.raises(SessionEnded):
        sessions.touch_session(session, signed.staff)
    desk.dispose()
    shop.sign_in("admin")  # anybody's sign-in sweeps it
    login = shop.accounts.session(signed.staff.session_id or 0)
    assert shop.scalar("SELECT COUNT(*) FROM mysql.user WHERE User = :u", u=login) == 0
    with pytest.raises(OperationalError), desk.connect():
        pass


def test_attempts_carry_the_servers_time_and_reason(shop: SecuredShop) -> None:
    before = shop.scalar("SELECT NOW(6)")
    with Session(shop.gate_engine()) as session, pytest.raises(AuthenticationError):
        auth.sign_in(session, shop.emails["admin"], "faux", CLIENT)
    with shop.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT h.date_connexion, h.ip, m.motif FROM historique_connexions h "
                "JOIN connexions_motifs m ON m.id_connexion = h.id WHERE h.id_utilisateur = :u "
                "ORDER BY h.id DESC LIMIT 1"
            ),
            {"u": shop.users["admin"]},
        ).one()
    assert row.motif == "wrong_password"
    assert row.ip == CLIENT.ip
    assert before <= row.date_connexion <= before + timedelta(minutes=5)  # type: ignore[operator]


def test_sign_out_and_unlock(shop: SecuredShop) -> None:
    signed = shop.sign_in("manager")
    desk = shop.desk(signed)
    with Session(desk) as session, pytest.raises(AuthenticationError):
        auth.verify_unlock(session, signed.staff, "faux")
    with Session(desk) as session:
        auth.verify_unlock(session, signed.staff, PASSWORD)
    with Session(desk) as session:
        auth.sign_out(session, signed.staff)
        session.commit()
    login = shop.accounts.session(signed.staff.session_id or 0)
    assert shop.scalar("SELECT COUNT(*) FROM mysql.user WHERE User = :u", u=login) == 0


def test_an_admin_manages_members_from_the_app(shop: SecuredShop) -> None:
    from backoffice.db import make_session_factory
    from backoffice.services.db_security.members import disable_member, set_member_role

    admin = shop.sign_in("admin")
    employe = shop.desk(shop.sign_in("employe"))
    factory = make_session_factory(shop.desk(admin))
    try:
        with factory() as session:
            set_member_role(session, admin.staff, shop.users["employe"], "support")
            session.commit()
        grants = shop.scalar(
            "SELECT GROUP_CONCAT(Role) FROM mysql.roles_mapping WHERE User = :m",
            m=shop.accounts.member(shop.users["employe"]),
        )
        assert grants == shop.accounts.group("support")
        with pytest.raises(DBAPIError), employe.connect() as connection:
            connection.execute(text("SELECT 1"))
        with factory() as session:
            disable_member(session, admin.staff, shop.users["employe"])
            session.commit()
        with Session(shop.gate_engine()) as session, pytest.raises(AuthenticationError):
            auth.sign_in(session, shop.emails["employe"], PASSWORD, CLIENT)
    finally:
        shop.set_member("employe", "employe")
    # Not an admin: the routine refuses, whatever the app does.
    manager = shop.desk(shop.sign_in("manager"))
    _refused(manager, "CALL backoffice_admin_membre(:u, 'admin')", u=shop.users["manager"])
