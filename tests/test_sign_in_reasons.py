"""Why a sign-in failed: stored for the Sécurité tab, never told to the person signing in.

Each failure writes its ``historique_connexions`` row and one ``connexions_motifs`` row in
the same transaction (committed before the error comes out); the message is the one every
other failure of that step gets.
"""

from __future__ import annotations

import pyotp
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.labels import SIGN_IN_REASONS, SignInReason
from backoffice.models import ConnexionMotif, HistoriqueConnexion, RoleName
from backoffice.services import auth, totp
from backoffice.services.auth import (
    INVALID_CODE_MESSAGE,
    INVALID_CREDENTIALS_MESSAGE,
    UNLOCK_FAILED_MESSAGE,
    ClientInfo,
    SecondFactorRequired,
    SignedIn,
    sign_in,
)
from backoffice.services.client_info import computer_name_from
from backoffice.services.errors import AuthenticationError
from backoffice.services.security import poste
from backoffice.services.sessions import db_now
from tests.factories import make_user, php_bcrypt

pytestmark = pytest.mark.postgres

CLIENT = ClientInfo(ip="192.0.2.20", user_agent="Back-office/tests (POSTE-TEST; Linux)")
PASSWORD = "Motdepasse-2026!"


@pytest.fixture
def _since(db_session: Session) -> None:
    """Only this test's attempts count (a database may keep other tests' committed rows)."""
    global _FIRST_ID
    _FIRST_ID = db_session.scalar(select(func.max(HistoriqueConnexion.id))) or 0


_FIRST_ID = 0


def _reasons(session: Session) -> list[tuple[bool, str | None]]:
    """(success, reason) of every attempt of this test, oldest first."""
    rows = session.execute(
        select(HistoriqueConnexion.succes, ConnexionMotif.motif)
        .outerjoin(ConnexionMotif, ConnexionMotif.id_connexion == HistoriqueConnexion.id)
        .where(HistoriqueConnexion.id > _FIRST_ID)
        .order_by(HistoriqueConnexion.id)
    ).all()
    return [(bool(ok), reason) for ok, reason in rows]


def _refused(session: Session, email: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        sign_in(session, email, password, CLIENT)
    return caught.value.message


def _last_reason(session: Session) -> str | None:
    return _reasons(session)[-1][1]


def test_every_reason_has_a_french_label() -> None:
    assert set(SIGN_IN_REASONS) == {str(reason) for reason in SignInReason}
    assert all(len(str(reason)) <= 30 for reason in SignInReason)  # motif VARCHAR(30)


@pytest.mark.usefixtures("_since")
def test_password_step_reasons_with_one_message(db_session: Session) -> None:
    staff = make_user(db_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    customer = make_user(db_session, RoleName.CLIENT, password_hash=php_bcrypt(PASSWORD))
    plain = make_user(db_session, RoleName.EMPLOYE, password_hash="Motdepasse-2026!")
    md5 = make_user(db_session, RoleName.SUPPORT, password_hash="5f4dcc3b5aa765d61d8327deb882cf99")
    truncated = make_user(db_session, RoleName.MANAGER, password_hash="$2y$10$tronque")

    cases = [
        (staff.email, "mauvais", SignInReason.WRONG_PASSWORD),
        ("personne@example.test", PASSWORD, SignInReason.UNKNOWN_ACCOUNT),
        ("", PASSWORD, SignInReason.UNKNOWN_ACCOUNT),
        (customer.email, PASSWORD, SignInReason.CUSTOMER_ACCOUNT),
        (customer.email, "mauvais", SignInReason.CUSTOMER_ACCOUNT),
        (plain.email, PASSWORD, SignInReason.UNSUPPORTED_HASH),
        (md5.email, "password", SignInReason.UNSUPPORTED_HASH),
        (truncated.email, PASSWORD, SignInReason.UNSUPPORTED_HASH),
    ]
    for email, password, reason in cases:
        # The screen says the same thing whatever was wrong.
        assert _refused(db_session, email, password) == INVALID_CREDENTIALS_MESSAGE
        assert _last_reason(db_session) == reason, email
    assert _reasons(db_session) == [(False, str(reason)) for _, _, reason in cases]

    # A success has no reason.
    assert isinstance(sign_in(db_session, staff.email, PASSWORD, CLIENT), SignedIn)
    assert _reasons(db_session)[-1] == (True, None)


@pytest.mark.usefixtures("_since")
def test_locked_accounts_and_addresses(db_session: Session) -> None:
    staff = make_user(db_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    for email in (staff.email, "inconnu@example.test"):
        for _ in range(auth.MAX_FAILURES):
            _refused(db_session, email, "mauvais")
        right = _refused(db_session, email, PASSWORD)
        assert "Trop de tentatives" in right
        assert _last_reason(db_session) == SignInReason.LOCKED
    # Locked with the right password or a wrong one: the same message.
    assert _refused(db_session, staff.email, "mauvais") == _refused(
        db_session, staff.email, PASSWORD
    )


@pytest.mark.usefixtures("_since")
def test_second_factor_reasons(db_session: Session) -> None:
    secret = pyotp.random_base32()
    member = make_user(
        db_session,
        RoleName.SUPPORT,
        password_hash=php_bcrypt(PASSWORD),
        two_factor_enabled=True,
        two_factor_secret=secret,
        backup_code="SECOURS-1",
    )
    pending = sign_in(db_session, member.email, PASSWORD, CLIENT)
    assert isinstance(pending, SecondFactorRequired)
    assert _reasons(db_session) == []  # the password alone writes no row

    for wrong in ("000000", "SECOURS-2", ""):
        with pytest.raises(AuthenticationError) as caught:
            auth.complete_second_factor(db_session, pending.challenge, wrong, CLIENT)
        assert caught.value.message == INVALID_CODE_MESSAGE
        assert _last_reason(db_session) == SignInReason.WRONG_CODE

    with pytest.raises(AuthenticationError) as caught:
        auth.complete_second_factor(db_session, "pas-un-défi", "123456", CLIENT)
    assert caught.value.message == auth.CHALLENGE_EXPIRED_MESSAGE
    assert _last_reason(db_session) == SignInReason.CHALLENGE_EXPIRED

    code = pyotp.TOTP(secret).generate_otp(totp.time_step(db_now(db_session)))
    signed = auth.complete_second_factor(db_session, pending.challenge, code, CLIENT)
    assert isinstance(signed, SignedIn)
    assert _reasons(db_session)[-1] == (True, None)


@pytest.mark.usefixtures("_since")
def test_unlock_reasons(db_session: Session) -> None:
    secret = pyotp.random_base32()
    member = make_user(
        db_session,
        RoleName.ADMIN,
        password_hash=php_bcrypt(PASSWORD),
        two_factor_enabled=False,
        two_factor_secret=secret,
    )
    signed = sign_in(db_session, member.email, PASSWORD, CLIENT)
    assert isinstance(signed, SignedIn)
    with pytest.raises(AuthenticationError) as caught:
        auth.verify_unlock(db_session, signed.staff, "mauvais")
    assert caught.value.message == UNLOCK_FAILED_MESSAGE
    assert _last_reason(db_session) == SignInReason.WRONG_PASSWORD

    member.two_factor_enabled = True
    db_session.flush()
    with pytest.raises(AuthenticationError) as caught:
        auth.verify_unlock(db_session, signed.staff, PASSWORD, "000000")
    assert caught.value.message == UNLOCK_FAILED_MESSAGE  # the same as a wrong password
    assert _last_reason(db_session) == SignInReason.WRONG_CODE


@pytest.mark.usefixtures("_since")
def test_reason_row_is_committed_with_the_attempt(db_session: Session) -> None:
    """The runner rolls back when the error comes out: both rows are already committed."""
    staff = make_user(db_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    db_session.commit()
    _refused(db_session, staff.email, "mauvais")
    db_session.rollback()
    assert _reasons(db_session) == [(False, SignInReason.WRONG_PASSWORD)]


@pytest.mark.parametrize(
    ("agent", "name"),
    [
        ("Back-office/0.3.0 (CAISSE-01; Windows)", "CAISSE-01"),
        ("Back-office/0.3.0 (mac-de-lea.local; Darwin)", "mac-de-lea.local"),
        ("Back-office/0.1.0 (Linux 6.8.0-45-generic)", None),  # older versions: as stored
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0", None),  # the website
        ("Back-office/0.3.0 (a; b) (c; d)", None),
        ("", None),
        (None, None),
    ],
)
def test_computer_name_is_read_defensively(agent: str | None, name: str | None) -> None:
    assert computer_name_from(agent) == name
    assert poste(agent) == (name or agent or "")


def test_user_agent_names_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    from backoffice.services import client_info

    monkeypatch.setattr(client_info.platform, "node", lambda: "Caisse (1); magasin\n")
    monkeypatch.setattr(client_info.platform, "system", lambda: "Windows")
    agent = client_info.user_agent()
    assert agent.endswith("(Caisse 1 magasin; Windows)")
    assert computer_name_from(agent) == "Caisse 1 magasin"
    monkeypatch.setattr(client_info.platform, "node", lambda: "")
    monkeypatch.setattr(client_info.socket, "gethostname", lambda: "")
    assert client_info.user_agent().endswith(" (Windows)")
