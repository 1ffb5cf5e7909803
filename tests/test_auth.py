"""Sign-in with the website's password hashes, refusals that give nothing away, throttling."""

from __future__ import annotations

import platform
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import bcrypt
import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import ColumnElement, Engine, Interval, func, literal, select, text, update
from sqlalchemy.orm import Session, sessionmaker

import backoffice
from backoffice.db import make_engine
from backoffice.models import HistoriqueConnexion, RoleName, Utilisateur
from backoffice.models.base import UTCDateTime
from backoffice.services import auth, client_info, passwords
from backoffice.services.auth import (
    INVALID_CREDENTIALS_MESSAGE,
    ClientInfo,
    SecondFactorRequired,
    SignedIn,
    sign_in,
    this_computer,
)
from backoffice.services.errors import AuthenticationError
from backoffice.sql_compat import server_clock
from tests.factories import make_user, php_bcrypt

pytestmark = pytest.mark.postgres

CLIENT = ClientInfo(ip="192.0.2.10", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"


@pytest.fixture
def count_verifications(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Every hash checked by bcrypt or argon2, in order (like Django's timing test)."""
    calls: list[str | None] = []
    for name in ("bcrypt_check", "argon2_check"):
        real = getattr(passwords, name)

        def counting(password: str, stored_hash: str, _real: Any = real) -> bool:
            calls.append(stored_hash)
            return bool(_real(password, stored_hash))

        monkeypatch.setattr(passwords, name, counting)
    return calls


def attempts(session: Session, user_id: int | None = None) -> list[HistoriqueConnexion]:
    stmt = select(HistoriqueConnexion).order_by(HistoriqueConnexion.id)
    if user_id is not None:
        stmt = stmt.where(HistoriqueConnexion.id_utilisateur == user_id)
    return list(session.scalars(stmt))


def refused(session: Session, email: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        sign_in(session, email, password, CLIENT)
    return caught.value.message


# --- Hash formats -------------------------------------------------------------------------


def _argon2i(password: str) -> str:
    return PasswordHasher(type=Type.I, time_cost=1, memory_cost=1024).hash(password)


def _argon2id(password: str) -> str:
    return PasswordHasher(time_cost=1, memory_cost=1024).hash(password)


def _bcrypt_prefix(prefix: str) -> Callable[[str], str]:
    def make(password: str) -> str:
        hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode()
        return prefix + hashed[4:]

    return make


@pytest.mark.parametrize(
    "make_hash",
    [php_bcrypt, _bcrypt_prefix("$2a$"), _bcrypt_prefix("$2b$"), _argon2id, _argon2i],
    ids=["php-2y", "2a", "2b", "argon2id", "argon2i"],
)
def test_website_hashes_are_accepted_and_never_rewritten(
    server_session: Session, make_hash: Callable[[str], str]
) -> None:
    stored = make_hash(PASSWORD)
    user = make_user(server_session, RoleName.ADMIN, password_hash=stored)

    result = sign_in(server_session, user.email, PASSWORD, CLIENT)

    assert isinstance(result, SignedIn)
    assert result.staff.id == user.id
    assert result.staff.role == RoleName.ADMIN
    server_session.expire_all()
    assert server_session.get(Utilisateur, user.id).password == stored  # type: ignore[union-attr]
    assert server_session.get(Utilisateur, user.id).derniere_connexion is not None  # type: ignore[union-attr]
    [row] = attempts(server_session, user.id)
    assert row.succes is True
    assert (row.ip, row.user_agent) == (CLIENT.ip, CLIENT.user_agent)


def test_wrong_password_is_refused_for_every_format(server_session: Session) -> None:
    for make_hash in (php_bcrypt, _argon2id):
        user = make_user(server_session, RoleName.EMPLOYE, password_hash=make_hash(PASSWORD))
        assert refused(server_session, user.email, PASSWORD + "x") == INVALID_CREDENTIALS_MESSAGE


def test_passwords_longer_than_72_bytes_behave_like_php_bcrypt(server_session: Session) -> None:
    long_password = "é" * 40 + "-fin"  # 84 bytes in UTF-8
    # PHP's password_hash() hashes only the first 72 bytes; bcrypt>=5 refuses longer input,
    # so the stored hash is made from the cut bytes, which is exactly what PHP stores.
    stored = (
        bcrypt.hashpw(long_password.encode()[:72], bcrypt.gensalt(4))
        .decode()
        .replace("$2b$", "$2y$")
    )
    user = make_user(server_session, RoleName.MANAGER, password_hash=stored)

    assert isinstance(sign_in(server_session, user.email, long_password, CLIENT), SignedIn)
    # As with PHP, what follows byte 72 does not matter...
    assert isinstance(sign_in(server_session, user.email, "é" * 36 + "autre", CLIENT), SignedIn)
    # ...but the first 72 bytes do.
    assert (
        refused(server_session, user.email, "è" + "é" * 39 + "-fin") == INVALID_CREDENTIALS_MESSAGE
    )


def test_argon2_checks_the_whole_long_password(server_session: Session) -> None:
    long_password = "x" * 100
    user = make_user(server_session, RoleName.ADMIN, password_hash=_argon2id(long_password))
    assert isinstance(sign_in(server_session, user.email, long_password, CLIENT), SignedIn)
    assert refused(server_session, user.email, "x" * 99 + "y") == INVALID_CREDENTIALS_MESSAGE


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "motdepasse-en-clair",
        "5f4dcc3b5aa765d61d8327deb882cf99",  # MD5
        "$2y$10$tropcourt",
        "$2y$99$" + "a" * 53,
        "$2x$10$" + "a" * 53,
        "$argon2id$v=19$m=65536,t=3,p=4$pasdebase64$rien",
        "$argon2d$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo",
        "$1$md5crypt$abcdefghijklmnopqrstuv",
    ],
)
def test_malformed_or_unknown_hash_refuses_without_crashing(
    server_session: Session, stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    user = make_user(server_session, RoleName.ADMIN)
    user.password = stored  # set afterwards: the factory replaces an empty hash
    server_session.flush()
    assert refused(server_session, user.email, "motdepasse-en-clair") == INVALID_CREDENTIALS_MESSAGE
    server_session.expire_all()
    assert server_session.get(Utilisateur, user.id).password == stored  # type: ignore[union-attr]
    assert [r.succes for r in attempts(server_session, user.id)] == [False]
    assert any("hash" in record.getMessage() for record in caplog.records)


def test_verify_password_never_raises() -> None:
    for stored in (None, "", "$2y$", "$argon2id$", "$2y$10$" + "\x00" * 53):
        assert passwords.verify_password("x", stored) is False
    assert passwords.verify_password("a\x00b", php_bcrypt("a")) in (True, False)


# --- Who may sign in, and what the refusals reveal -----------------------------------------


@pytest.mark.parametrize("role", sorted(RoleName.ADMIN.__class__.__members__.values()))
def test_only_staff_roles_sign_in(server_session: Session, role: RoleName) -> None:
    user = make_user(server_session, role, password_hash=php_bcrypt(PASSWORD))
    if role == RoleName.CLIENT:
        assert refused(server_session, user.email, PASSWORD) == INVALID_CREDENTIALS_MESSAGE
        assert [r.succes for r in attempts(server_session, user.id)] == [False]
    else:
        assert isinstance(sign_in(server_session, user.email, PASSWORD, CLIENT), SignedIn)


def test_unknown_email_wrong_password_and_client_look_the_same(
    server_session: Session, count_verifications: list[str | None]
) -> None:
    staff = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    client = make_user(server_session, RoleName.CLIENT, password_hash=php_bcrypt(PASSWORD))

    messages = []
    counts = []
    for email, password in [
        ("personne@example.test", PASSWORD),
        (staff.email, "mauvais"),
        (client.email, PASSWORD),
        (client.email, "mauvais"),
    ]:
        before = len(count_verifications)
        messages.append(refused(server_session, email, password))
        counts.append(len(count_verifications) - before)

    assert set(messages) == {INVALID_CREDENTIALS_MESSAGE}
    # Exactly one bcrypt verification each time (no argon2 account here), at the accounts'
    # cost for the unknown address too.
    assert counts == [1, 1, 1, 1]
    assert count_verifications[0] == passwords.dummy_bcrypt_hash(4)
    assert passwords.bcrypt_cost(count_verifications[0]) == passwords.bcrypt_cost(staff.password)
    assert passwords.DUMMY_HASH.startswith("$2y$10$")
    # The attempt on an unknown address is logged without an account.
    assert attempts(server_session)[0].id_utilisateur is None


def test_email_is_matched_without_case_or_surrounding_spaces(server_session: Session) -> None:
    user = make_user(
        server_session,
        RoleName.SUPPORT,
        email="Marie.Curie@Example.test",
        password_hash=php_bcrypt(PASSWORD),
    )
    result = sign_in(server_session, "  marie.curie@EXAMPLE.test ", PASSWORD, CLIENT)
    assert isinstance(result, SignedIn)
    assert result.staff.id == user.id


def test_every_attempt_is_logged_with_this_computer(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    with pytest.raises(AuthenticationError):
        sign_in(server_session, user.email, "faux")  # no client: this computer
    sign_in(server_session, user.email, PASSWORD)
    rows = attempts(server_session, user.id)
    assert [r.succes for r in rows] == [False, True]
    here = this_computer()
    assert all(r.ip == here.ip and r.user_agent == here.user_agent for r in rows)


def test_this_computer() -> None:
    info = this_computer()
    # The computer's name, as the Sécurité tab shows it, then the system.
    assert info.user_agent == (
        f"Back-office/{backoffice.__version__} ({platform.node()}; {platform.system()})"
    )
    parts = info.ip.split(".")
    assert len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts)


def test_this_computer_falls_back_to_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> object:
        raise OSError("réseau indisponible")

    monkeypatch.setattr(client_info.socket, "socket", no_network)
    assert this_computer().ip == "127.0.0.1"


def test_failure_row_is_committed_although_sign_in_raises(
    server_committed: sessionmaker[Session],
) -> None:
    with server_committed() as session:
        user = make_user(session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
        session.commit()
        user_id, email = user.id, user.email
    with server_committed() as session:
        with pytest.raises(AuthenticationError):
            sign_in(session, email, "faux", CLIENT)
        session.rollback()  # what the UI's runner does when an exception comes out
    with server_committed() as session:
        assert [r.succes for r in attempts(session, user_id)] == [False]


def test_two_factor_accounts_get_a_challenge_and_no_session_yet(server_session: Session) -> None:
    user = make_user(
        server_session,
        RoleName.ADMIN,
        password_hash=php_bcrypt(PASSWORD),
        two_factor_enabled=True,
        two_factor_secret="JBSWY3DPEHPK3PXP",
    )
    result = sign_in(server_session, user.email, PASSWORD, CLIENT)
    assert isinstance(result, SecondFactorRequired)
    assert (result.user_id, result.email) == (user.id, user.email)
    assert str(user.id) not in result.challenge.split(".")  # opaque, not "id.expiry"
    # The password alone is not a sign-in: no row yet (it would reset the failure count).
    assert attempts(server_session, user.id) == []


# --- Throttling ---------------------------------------------------------------------------


def _minutes_before(session: Session, moment: ColumnElement[Any], n: int) -> ColumnElement[Any]:
    if session.get_bind().dialect.name in ("mysql", "mariadb"):
        return func.timestampadd(text("MINUTE"), -n, moment)
    return moment - literal(timedelta(minutes=n), Interval())


def _fail_times(session: Session, email: str, times: int) -> None:
    for _ in range(times):
        assert refused(session, email, "mauvais") == INVALID_CREDENTIALS_MESSAGE


def test_five_failures_lock_the_account_even_for_the_right_password(
    server_session: Session, count_verifications: list[str | None]
) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    _fail_times(server_session, user.email, auth.MAX_FAILURES)

    before = len(count_verifications)
    right = refused(server_session, user.email, PASSWORD)
    wrong = refused(server_session, user.email, "mauvais")
    assert right == wrong  # the message does not tell whether the password was right
    assert "Trop de tentatives" in right
    assert "15 minutes" in right
    # Still one (dummy) verification per attempt, never against the real hash.
    dummy = passwords.dummy_bcrypt_hash(4)
    assert count_verifications[before:] == [dummy, dummy]
    assert [r.succes for r in attempts(server_session, user.id)] == [False] * 7


def test_other_accounts_are_not_locked(server_session: Session) -> None:
    locked = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    other = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    _fail_times(server_session, locked.email, auth.MAX_FAILURES)
    assert isinstance(sign_in(server_session, other.email, PASSWORD, CLIENT), SignedIn)


def test_a_success_resets_the_count(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    _fail_times(server_session, user.email, auth.MAX_FAILURES - 1)
    assert isinstance(sign_in(server_session, user.email, PASSWORD, CLIENT), SignedIn)
    _fail_times(server_session, user.email, auth.MAX_FAILURES - 1)
    assert isinstance(sign_in(server_session, user.email, PASSWORD, CLIENT), SignedIn)


def test_lock_ends_after_the_window(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    _fail_times(server_session, user.email, auth.MAX_FAILURES)
    assert "Trop de tentatives" in refused(server_session, user.email, PASSWORD)
    # Sixteen minutes later (moving the rows back in time instead of waiting).
    server_session.execute(
        update(HistoriqueConnexion)
        .where(HistoriqueConnexion.id_utilisateur == user.id)
        .values(
            date_connexion=_minutes_before(server_session, HistoriqueConnexion.date_connexion, 16)
        )
    )
    assert isinstance(sign_in(server_session, user.email, PASSWORD, CLIENT), SignedIn)


def test_lock_survives_a_restart(
    server_committed: sessionmaker[Session], server_engine: Engine
) -> None:
    with server_committed() as session:
        user = make_user(session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
        session.commit()
        email = user.email
    with server_committed() as session:
        _fail_times(session, email, auth.MAX_FAILURES)

    # "Restart": forget everything in memory, new engine, new Session.
    auth._reset_process_state_for_tests()
    engine: Engine = make_engine(server_engine.url)
    try:
        with Session(engine) as session:
            message = refused(session, email, PASSWORD)
        assert "Trop de tentatives" in message
    finally:
        engine.dispose()


def test_unknown_addresses_are_throttled_like_accounts(server_session: Session) -> None:
    _fail_times(server_session, "inconnu@example.test", auth.MAX_FAILURES)
    assert "Trop de tentatives" in refused(server_session, "inconnu@example.test", PASSWORD)
    # The same lock message an existing account gets: it does not reveal which exists.
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    _fail_times(server_session, user.email, auth.MAX_FAILURES)
    assert refused(server_session, user.email, PASSWORD) == refused(
        server_session, "inconnu@example.test", PASSWORD
    )


def test_locked_counts_only_failures_of_the_window(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    _fail_times(server_session, user.email, auth.MAX_FAILURES - 1)
    # Those four are old.
    server_session.execute(
        update(HistoriqueConnexion)
        .where(HistoriqueConnexion.id_utilisateur == user.id)
        .values(
            date_connexion=_minutes_before(
                server_session, server_clock(server_session, UTCDateTime()), 20
            )
        )
    )
    _fail_times(server_session, user.email, 1)
    assert isinstance(sign_in(server_session, user.email, PASSWORD, CLIENT), SignedIn)


# --- The demo database is SQLite: the same flow works there -------------------------------


def test_whole_flow_on_both_backends(db_session: Session) -> None:
    import pyotp

    from backoffice.services import totp
    from backoffice.services.sessions import db_now

    user = make_user(db_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    signed = sign_in(db_session, user.email, PASSWORD, CLIENT)
    assert isinstance(signed, SignedIn)
    auth.touch_session(db_session, signed.staff)
    auth.verify_unlock(db_session, signed.staff, PASSWORD)
    auth.sign_out(db_session, signed.staff)

    secret = pyotp.random_base32()
    member = make_user(
        db_session,
        RoleName.SUPPORT,
        password_hash=_argon2id(PASSWORD),
        two_factor_enabled=True,
        two_factor_secret=secret,
        backup_code="SECOURS-1",
    )
    pending = sign_in(db_session, member.email, PASSWORD, CLIENT)
    assert isinstance(pending, SecondFactorRequired)
    code = pyotp.TOTP(secret).generate_otp(totp.time_step(db_now(db_session)))
    assert isinstance(
        auth.complete_second_factor(db_session, pending.challenge, code, CLIENT), SignedIn
    )
    again = sign_in(db_session, member.email, PASSWORD, CLIENT)
    assert isinstance(again, SecondFactorRequired)
    with pytest.raises(AuthenticationError):
        auth.complete_second_factor(db_session, again.challenge, code, CLIENT)  # replay
    assert isinstance(
        auth.complete_second_factor(db_session, again.challenge, "SECOURS-1", CLIENT), SignedIn
    )

    _fail_times(db_session, user.email, auth.MAX_FAILURES)
    assert "Trop de tentatives" in refused(db_session, user.email, PASSWORD)


def test_strange_input_is_refused_not_crashing(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    for email, password in [
        ("", ""),
        ("a\x00b@example.test", PASSWORD),
        (user.email, "mot\x00depasse"),
        ("x" * 5000 + "@example.test", PASSWORD),
        (user.email, "x" * 100_000),
    ]:
        assert refused(server_session, email, password) == INVALID_CREDENTIALS_MESSAGE


def test_parallel_attempts_cannot_overtake_the_limit(
    server_committed: sessionmaker[Session],
) -> None:
    """Ten computers trying at once: the account's row lock makes them count one by one."""
    import threading

    with server_committed() as session:
        user = make_user(session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
        session.commit()
        email = user.email
    barrier = threading.Barrier(10)
    messages: list[str] = []

    def attempt() -> None:
        with server_committed() as session:
            barrier.wait()
            try:
                sign_in(session, email, "mauvais", CLIENT)
            except AuthenticationError as exc:
                messages.append(exc.message)

    threads = [threading.Thread(target=attempt) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert messages.count(INVALID_CREDENTIALS_MESSAGE) == auth.MAX_FAILURES
    assert sum("Trop de tentatives" in m for m in messages) == 10 - auth.MAX_FAILURES
