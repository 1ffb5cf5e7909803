"""Session rows, the heartbeat before every operation, revocation, idle lock, admin lists."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import delete, event, func, select, update
from sqlalchemy.orm import ORMExecuteState, Session

from backoffice.models import (
    HistoriqueAction,
    HistoriqueConnexion,
    Role,
    RoleName,
    SessionUtilisateur,
    Utilisateur,
)
from backoffice.services import auth, security, sessions, totp
from backoffice.services.auth import (
    ClientInfo,
    SignedIn,
    requires_second_factor,
    sign_in,
    sign_out,
    touch_session,
    verify_unlock,
)
from backoffice.services.errors import (
    AuthenticationError,
    NotFound,
    PermissionDenied,
    SessionEnded,
)
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from tests.factories import make_staff, make_user, php_bcrypt

pytestmark = pytest.mark.postgres

CLIENT = ClientInfo(ip="192.0.2.30", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"


def signed_in(session: Session, role: RoleName = RoleName.ADMIN, **fields: object) -> SignedIn:
    user = make_user(session, role, password_hash=php_bcrypt(PASSWORD), **fields)
    result = sign_in(session, user.email, PASSWORD, CLIENT)
    assert isinstance(result, SignedIn)
    return result


def session_row(session: Session, staff: Staff) -> SessionUtilisateur | None:
    session.expire_all()
    return session.get(SessionUtilisateur, staff.session_id)


# --- Session rows -------------------------------------------------------------------------


def test_sign_in_creates_a_session_row_with_the_token_hash_only(server_session: Session) -> None:
    result = signed_in(server_session)
    row = session_row(server_session, result.staff)
    assert row is not None
    assert row.id_utilisateur == result.staff.id
    assert row.session_token == hashlib.sha256(result.session_token.encode()).hexdigest()
    assert result.session_token not in row.session_token
    assert len(result.session_token) >= 43  # 32 random bytes, URL-safe base64
    assert (row.ip, row.user_agent) == (CLIENT.ip, CLIENT.user_agent)
    assert row.last_activity is not None


def test_each_sign_in_gets_its_own_token(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    first = sign_in(server_session, user.email, PASSWORD, CLIENT)
    second = sign_in(server_session, user.email, PASSWORD, CLIENT)
    assert isinstance(first, SignedIn) and isinstance(second, SignedIn)
    assert first.session_token != second.session_token
    assert first.staff.session_id != second.staff.session_id


def test_sign_out_removes_the_row(server_session: Session) -> None:
    result = signed_in(server_session)
    sign_out(server_session, result.staff)
    assert session_row(server_session, result.staff) is None
    sign_out(server_session, result.staff)  # twice is harmless
    with pytest.raises(SessionEnded):
        touch_session(server_session, result.staff)


# --- touch_session ------------------------------------------------------------------------


def test_touch_session_passes_for_a_live_session(server_session: Session) -> None:
    staff = signed_in(server_session).staff
    touch_session(server_session, staff)


def test_revoked_session_ends(server_session: Session) -> None:
    staff = signed_in(server_session, RoleName.EMPLOYE).staff
    admin = signed_in(server_session, RoleName.ADMIN).staff
    sessions.revoke_session(server_session, admin, staff.session_id)  # type: ignore[arg-type]
    with pytest.raises(SessionEnded) as caught:
        touch_session(server_session, staff)
    assert "reconnecter" in caught.value.message
    touch_session(server_session, admin)  # the others go on
    audit_row = server_session.scalars(
        select(HistoriqueAction).where(HistoriqueAction.type_action == "securite.session_revoquee")
    ).one()
    assert audit_row.id_utilisateur == admin.id
    assert str(staff.session_id) in (audit_row.details or "")


def test_revoking_a_vanished_session(server_session: Session) -> None:
    admin = make_staff(server_session, RoleName.ADMIN)
    with pytest.raises(NotFound):
        sessions.revoke_session(server_session, admin, 987654)


def test_revoking_a_session_that_ends_meanwhile(server_session: Session) -> None:
    """The member signs out between the revoke's read and its DELETE: NotFound, no audit."""
    staff = signed_in(server_session, RoleName.EMPLOYE).staff
    admin = signed_in(server_session, RoleName.ADMIN).staff
    ended = False

    @event.listens_for(server_session, "do_orm_execute")
    def sign_out_first(state: ORMExecuteState) -> None:
        nonlocal ended
        if state.is_delete and not ended:
            ended = True
            server_session.connection().execute(
                delete(SessionUtilisateur).where(SessionUtilisateur.id == staff.session_id)
            )

    try:
        with pytest.raises(NotFound) as caught:
            sessions.revoke_session(server_session, admin, staff.session_id)  # type: ignore[arg-type]
    finally:
        event.remove(server_session, "do_orm_execute", sign_out_first)
    assert ended
    assert caught.value.message == "Cette session est déjà terminée."
    assert (
        server_session.scalar(
            select(func.count())
            .select_from(HistoriqueAction)
            .where(HistoriqueAction.type_action == "securite.session_revoquee")
        )
        == 0
    )


def test_revoke_all_sessions_of_a_member(server_session: Session) -> None:
    user = make_user(server_session, RoleName.SUPPORT, password_hash=php_bcrypt(PASSWORD))
    staffs = [sign_in(server_session, user.email, PASSWORD, CLIENT).staff for _ in range(3)]  # type: ignore[union-attr]
    admin = make_staff(server_session, RoleName.ADMIN)
    assert sessions.revoke_all_sessions(server_session, admin, user.id) == 3
    for staff in staffs:
        with pytest.raises(SessionEnded):
            touch_session(server_session, staff)


@pytest.mark.parametrize("new_role", [RoleName.CLIENT, RoleName.SUPPORT])
def test_role_change_ends_the_session(server_session: Session, new_role: RoleName) -> None:
    staff = signed_in(server_session, RoleName.MANAGER).staff
    role_id = server_session.scalar(select(Role.id).where(Role.libelle == new_role))
    server_session.execute(
        update(Utilisateur).where(Utilisateur.id == staff.id).values(idRole=role_id)
    )
    with pytest.raises(SessionEnded) as caught:
        touch_session(server_session, staff)
    assert "droits" in caught.value.message


def test_staff_without_a_session_is_refused(server_session: Session) -> None:
    staff = make_staff(server_session, RoleName.ADMIN)  # never signed in: session_id is None
    with pytest.raises(SessionEnded):
        touch_session(server_session, staff)


def test_someone_elses_session_id_is_refused(server_session: Session) -> None:
    mine = signed_in(server_session).staff
    other = signed_in(server_session).staff
    forged = Staff(id=mine.id, email=mine.email, role=mine.role, session_id=other.session_id)
    with pytest.raises(SessionEnded):
        touch_session(server_session, forged)


def _age_activity(session: Session, staff: Staff, seconds: int) -> None:
    session.execute(
        update(SessionUtilisateur)
        .where(SessionUtilisateur.id == staff.session_id)
        .values(last_activity=sessions.db_now(session) - timedelta(seconds=seconds))
    )


def test_last_activity_is_refreshed_at_most_once_a_minute(server_session: Session) -> None:
    staff = signed_in(server_session).staff

    _age_activity(server_session, staff, 30)
    before = session_row(server_session, staff).last_activity  # type: ignore[union-attr]
    touch_session(server_session, staff)
    assert session_row(server_session, staff).last_activity == before  # type: ignore[union-attr]

    _age_activity(server_session, staff, 300)
    old = session_row(server_session, staff).last_activity  # type: ignore[union-attr]
    touch_session(server_session, staff)
    refreshed = session_row(server_session, staff).last_activity  # type: ignore[union-attr]
    assert refreshed is not None and old is not None
    assert refreshed - old > timedelta(seconds=290)


# --- Idle lock ----------------------------------------------------------------------------


def _attempts(session: Session, user_id: int) -> list[bool]:
    return list(
        session.scalars(
            select(HistoriqueConnexion.succes)
            .where(HistoriqueConnexion.id_utilisateur == user_id)
            .order_by(HistoriqueConnexion.id)
        )
    )


def test_unlock_with_the_password(server_session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "this_computer", lambda: CLIENT)
    staff = signed_in(server_session).staff
    assert requires_second_factor(server_session, staff) is False
    verify_unlock(server_session, staff, PASSWORD)
    with pytest.raises(AuthenticationError):
        verify_unlock(server_session, staff, "mauvais")
    assert _attempts(server_session, staff.id) == [True, True, False]


def test_failed_unlocks_count_towards_the_lock(server_session: Session) -> None:
    staff = signed_in(server_session).staff
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            verify_unlock(server_session, staff, "mauvais")
    with pytest.raises(AuthenticationError, match="Trop de tentatives"):
        verify_unlock(server_session, staff, PASSWORD)
    with pytest.raises(AuthenticationError, match="Trop de tentatives"):
        sign_in(server_session, staff.email, PASSWORD, CLIENT)


def test_unlock_with_two_factor_needs_the_code(server_session: Session) -> None:
    secret = pyotp.random_base32()
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    enrolled = sign_in(server_session, user.email, PASSWORD, CLIENT)
    assert isinstance(enrolled, SignedIn)
    member = enrolled.staff
    # Two-factor switched on while the member is signed in (the lock screen must ask).
    user.two_factor_secret = secret
    user.two_factor_enabled = True
    server_session.flush()
    assert requires_second_factor(server_session, member) is True

    with pytest.raises(AuthenticationError):
        verify_unlock(server_session, member, PASSWORD)  # code missing
    with pytest.raises(AuthenticationError):
        verify_unlock(server_session, member, "mauvais", "000000")
    now = sessions.db_now(server_session)
    code = pyotp.TOTP(secret).generate_otp(totp.time_step(now))
    verify_unlock(server_session, member, PASSWORD, code)
    with pytest.raises(AuthenticationError):
        verify_unlock(server_session, member, PASSWORD, code)  # the same code twice


def test_a_revoked_session_cannot_be_unlocked(server_session: Session) -> None:
    staff = signed_in(server_session).staff
    sign_out(server_session, staff)
    with pytest.raises(SessionEnded):
        verify_unlock(server_session, staff, PASSWORD)


# --- The "Sécurité" tab's lists -------------------------------------------------------------


def test_sign_in_attempts_list_filters_by_email(server_session: Session) -> None:
    admin = signed_in(server_session).staff
    target = make_user(
        server_session,
        RoleName.EMPLOYE,
        email="cible.unique@example.test",
        password_hash=php_bcrypt(PASSWORD),
    )
    with pytest.raises(AuthenticationError):
        sign_in(server_session, target.email, "mauvais", CLIENT)
    sign_in(server_session, target.email, PASSWORD, CLIENT)

    query = ListQuery(filters={"email": "cible.unique"})
    page = security.list_sign_in_attempts(server_session, admin, query)
    assert [(r["email"], r["succes"]) for r in page.rows] == [
        ("cible.unique@example.test", True),  # newest first
        ("cible.unique@example.test", False),
    ]
    assert security.count_sign_in_attempts(server_session, admin, query) == 2
    failed = ListQuery(filters={"email": "cible.unique", "succes": False})
    assert security.count_sign_in_attempts(server_session, admin, failed) == 1
    assert {"id", "date_connexion", "ip", "user_agent"} <= set(page.rows[0])


def test_active_sessions_and_staff_lists(server_session: Session) -> None:
    admin = signed_in(server_session).staff
    member = signed_in(server_session, RoleName.SUPPORT, two_factor_enabled=False).staff
    make_user(server_session, RoleName.CLIENT)

    page = security.list_active_sessions(
        server_session, admin, ListQuery(filters={"id_utilisateur": member.id})
    )
    assert [r["id"] for r in page.rows] == [member.session_id]
    assert page.rows[0]["role"] == RoleName.SUPPORT
    assert security.count_active_sessions(server_session, admin, ListQuery()) >= 2

    staff_page = security.list_staff_members(
        server_session, admin, ListQuery(filters={"email": member.email})
    )
    [row] = staff_page.rows
    assert (row["role"], row["two_factor_enabled"], row["nb_sessions"]) == (
        RoleName.SUPPORT,
        False,
        1,
    )
    everyone = security.list_staff_members(server_session, admin, ListQuery(limit=1000)).rows
    assert all(r["role"] != RoleName.CLIENT for r in everyone)
    assert (
        security.count_staff_members(server_session, admin, ListQuery(filters={"role": "support"}))
        >= 1
    )


@pytest.mark.parametrize(
    "function",
    [
        security.list_sign_in_attempts,
        security.count_sign_in_attempts,
        security.list_active_sessions,
        security.count_active_sessions,
        security.list_staff_members,
        security.count_staff_members,
    ],
)
def test_security_lists_need_security_admin(server_session: Session, function: object) -> None:
    manager = make_staff(server_session, RoleName.MANAGER)
    with pytest.raises(PermissionDenied):
        function(server_session, manager, ListQuery())  # type: ignore[operator]


def test_touch_session_is_one_query_while_fresh(server_session: Session) -> None:
    from sqlalchemy import event

    staff = signed_in(server_session).staff
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    connection = server_session.connection()
    event.listen(connection, "before_cursor_execute", count)
    try:
        touch_session(server_session, staff)
    finally:
        event.remove(connection, "before_cursor_execute", count)
    assert len(statements) == 1, statements
    assert "sessions" in statements[0] and "roles" in statements[0]
