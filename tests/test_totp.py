"""Second factor: TOTP steps, single use (also under concurrency), backup code, enrolment."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import HistoriqueAction, RoleName, TotpEtape, Utilisateur
from backoffice.services import auth, totp
from backoffice.services.auth import (
    CHALLENGE_EXPIRED_MESSAGE,
    INVALID_CODE_MESSAGE,
    ClientInfo,
    SecondFactorRequired,
    SignedIn,
    complete_second_factor,
    sign_in,
)
from backoffice.services.errors import AuthenticationError, PermissionDenied, ValidationError
from backoffice.services.sessions import db_now
from tests.factories import lock_waiters, make_staff, make_user, php_bcrypt

pytestmark = pytest.mark.postgres

CLIENT = ClientInfo(ip="192.0.2.20", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def frozen_now(server_session: Session, monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The services' clock, stopped in the middle of a 30 s step (no flaky step changes)."""
    real = db_now(server_session)
    step_start = (int(real.timestamp()) // 30) * 30
    now = datetime.fromtimestamp(step_start + 15, tz=real.tzinfo)
    monkeypatch.setattr(auth, "db_now", lambda _session: now)
    return now


def code_at(now: datetime, steps: int = 0, secret: str = SECRET) -> str:
    return pyotp.TOTP(secret).generate_otp(totp.time_step(now) + steps)


def two_factor_user(session: Session, **fields: Any) -> Utilisateur:
    fields.setdefault("two_factor_secret", SECRET)
    return make_user(
        session,
        fields.pop("role", RoleName.ADMIN),
        password_hash=php_bcrypt(PASSWORD),
        two_factor_enabled=True,
        **fields,
    )


def challenge_for(session: Session, user: Utilisateur) -> str:
    result = sign_in(session, user.email, PASSWORD, CLIENT)
    assert isinstance(result, SecondFactorRequired)
    return result.challenge


def refused_code(session: Session, challenge: str, code: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        complete_second_factor(session, challenge, code, CLIENT)
    return caught.value.message


# --- TOTP steps ---------------------------------------------------------------------------


def test_code_of_the_current_step_signs_in(server_session: Session, frozen_now: datetime) -> None:
    user = two_factor_user(server_session)
    result = complete_second_factor(
        server_session, challenge_for(server_session, user), code_at(frozen_now), CLIENT
    )
    assert isinstance(result, SignedIn)
    assert result.staff.id == user.id and result.staff.session_id is not None
    etape = server_session.get(TotpEtape, user.id)
    assert etape is not None and etape.derniere_etape == totp.time_step(frozen_now)


@pytest.mark.parametrize("steps", [-1, 1])
def test_neighbouring_steps_are_accepted(
    server_session: Session, frozen_now: datetime, steps: int
) -> None:
    user = two_factor_user(server_session)
    result = complete_second_factor(
        server_session, challenge_for(server_session, user), code_at(frozen_now, steps), CLIENT
    )
    assert isinstance(result, SignedIn)


@pytest.mark.parametrize("steps", [-2, 2, -10])
def test_codes_two_steps_off_are_refused(
    server_session: Session, frozen_now: datetime, steps: int
) -> None:
    user = two_factor_user(server_session)
    challenge = challenge_for(server_session, user)
    assert (
        refused_code(server_session, challenge, code_at(frozen_now, steps)) == INVALID_CODE_MESSAGE
    )


def test_a_code_works_once(server_session: Session, frozen_now: datetime) -> None:
    user = two_factor_user(server_session)
    code = code_at(frozen_now)
    assert isinstance(
        complete_second_factor(server_session, challenge_for(server_session, user), code, CLIENT),
        SignedIn,
    )
    assert (
        refused_code(server_session, challenge_for(server_session, user), code)
        == INVALID_CODE_MESSAGE
    )


def test_an_older_step_is_refused_after_a_newer_one(
    server_session: Session, frozen_now: datetime
) -> None:
    user = two_factor_user(server_session)
    complete_second_factor(
        server_session, challenge_for(server_session, user), code_at(frozen_now), CLIENT
    )
    older = code_at(frozen_now, -1)
    assert (
        refused_code(server_session, challenge_for(server_session, user), older)
        == INVALID_CODE_MESSAGE
    )


def test_code_typed_with_a_space(server_session: Session, frozen_now: datetime) -> None:
    user = two_factor_user(server_session)
    code = code_at(frozen_now)
    result = complete_second_factor(
        server_session, challenge_for(server_session, user), f"{code[:3]} {code[3:]}", CLIENT
    )
    assert isinstance(result, SignedIn)


def test_failed_codes_are_logged_and_throttled(
    server_session: Session, frozen_now: datetime
) -> None:
    user = two_factor_user(server_session)
    challenge = challenge_for(server_session, user)
    for _ in range(auth.MAX_FAILURES):
        assert refused_code(server_session, challenge, "000000") == INVALID_CODE_MESSAGE
    # Even the right code is refused now, and so is the password step.
    assert "Trop de tentatives" in refused_code(server_session, challenge, code_at(frozen_now))
    with pytest.raises(AuthenticationError, match="Trop de tentatives"):
        sign_in(server_session, user.email, PASSWORD, CLIENT)


def test_a_bad_secret_refuses_without_crashing(
    server_session: Session, frozen_now: datetime
) -> None:
    user = two_factor_user(server_session, two_factor_secret="pas du base32 !")
    assert (
        refused_code(server_session, challenge_for(server_session, user), "123456")
        == INVALID_CODE_MESSAGE
    )


# --- The challenge ------------------------------------------------------------------------


def test_a_forged_challenge_does_not_skip_the_password(
    server_session: Session, frozen_now: datetime
) -> None:
    victim = two_factor_user(server_session)
    attacker = two_factor_user(server_session)
    challenge = challenge_for(server_session, attacker)
    payload, signature = challenge.split(".")
    forged_payload = auth._b64(
        auth._unb64(payload).replace(str(attacker.id).encode(), str(victim.id).encode(), 1)
    )
    for forged in (
        f"{forged_payload}.{signature}",
        f"{victim.id}.{int(time.time()) + 300}",
        "",
        "n'importe quoi",
        f"{payload}.{signature}x",
    ):
        assert (
            refused_code(server_session, forged, code_at(frozen_now)) == CHALLENGE_EXPIRED_MESSAGE
        )
    assert server_session.get(TotpEtape, victim.id) is None


def test_an_expired_challenge_is_refused(
    server_session: Session, frozen_now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = two_factor_user(server_session)
    monkeypatch.setattr(auth, "CHALLENGE_LIFETIME", timedelta(seconds=-1))
    challenge = challenge_for(server_session, user)
    assert refused_code(server_session, challenge, code_at(frozen_now)) == CHALLENGE_EXPIRED_MESSAGE


def test_a_challenge_works_once(server_session: Session, frozen_now: datetime) -> None:
    user = two_factor_user(server_session)
    challenge = challenge_for(server_session, user)
    complete_second_factor(server_session, challenge, code_at(frozen_now), CLIENT)
    assert (
        refused_code(server_session, challenge, code_at(frozen_now, 1)) == CHALLENGE_EXPIRED_MESSAGE
    )


def test_a_challenge_dies_with_a_password_change(
    server_session: Session, frozen_now: datetime
) -> None:
    user = two_factor_user(server_session)
    challenge = challenge_for(server_session, user)
    user.password = php_bcrypt("nouveau-mot-de-passe")
    server_session.flush()
    assert refused_code(server_session, challenge, code_at(frozen_now)) == CHALLENGE_EXPIRED_MESSAGE


def test_a_challenge_dies_when_the_role_is_lost(
    server_session: Session, frozen_now: datetime
) -> None:
    user = two_factor_user(server_session)
    challenge = challenge_for(server_session, user)
    client = make_user(server_session, RoleName.CLIENT)
    user.idRole = client.idRole
    server_session.flush()
    assert refused_code(server_session, challenge, code_at(frozen_now)) == CHALLENGE_EXPIRED_MESSAGE


# --- Backup code --------------------------------------------------------------------------


@pytest.mark.parametrize("hashed", [False, True], ids=["plain", "bcrypt"])
def test_backup_code_works_once(
    server_session: Session, frozen_now: datetime, hashed: bool
) -> None:
    backup = "K7Q2-M9XD-4TPL"
    user = two_factor_user(server_session, backup_code=php_bcrypt(backup) if hashed else backup)
    result = complete_second_factor(
        server_session, challenge_for(server_session, user), backup, CLIENT
    )
    assert isinstance(result, SignedIn)
    server_session.expire_all()
    assert server_session.get(Utilisateur, user.id).backup_code is None  # type: ignore[union-attr]
    assert (
        refused_code(server_session, challenge_for(server_session, user), backup)
        == INVALID_CODE_MESSAGE
    )


def test_wrong_backup_code_is_refused_and_kept(
    server_session: Session, frozen_now: datetime
) -> None:
    user = two_factor_user(server_session, backup_code="12345678")
    assert (
        refused_code(server_session, challenge_for(server_session, user), "12345679")
        == INVALID_CODE_MESSAGE
    )
    assert (
        refused_code(server_session, challenge_for(server_session, user), "")
        == INVALID_CODE_MESSAGE
    )
    server_session.expire_all()
    assert server_session.get(Utilisateur, user.id).backup_code == "12345678"  # type: ignore[union-attr]


def test_six_digit_backup_code(server_session: Session, frozen_now: datetime) -> None:
    user = two_factor_user(server_session, backup_code="482913")
    result = complete_second_factor(
        server_session, challenge_for(server_session, user), "482913", CLIENT
    )
    assert isinstance(result, SignedIn)


# --- Concurrency (real commits, two computers) --------------------------------------------


def _run_together(*jobs: Callable[[], object]) -> list[object]:
    """Run the jobs in threads released at the same instant; exceptions are results."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(index: int, job: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = job()
        except Exception as exc:  # the test inspects it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def _hold_until_others_wait(factory: sessionmaker[Session], waiters: int) -> None:
    """Waits (10 s at most) until ``waiters`` other backends wait on a lock (on this
    transaction's row).

    The winner of a compare-and-set calls it before committing, so that the others are
    most likely blocked on the statement and re-check their WHERE after the commit: the
    contention the test is about. If the probe cannot see them in time (a loaded machine,
    a server that reports the wait late), the winner commits anyway, well before the
    others' lock timeout: they then find the row already changed and lose all the same, so
    the test's verdict (exactly one winner) stays meaningful either way.
    """
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with factory() as probe:  # a new transaction each time: pg_stat_activity is cached
            if lock_waiters(probe) >= waiters:
                return
        time.sleep(0.01)


def _committed_user(factory: sessionmaker[Session], **fields: Any) -> int:
    with factory() as session:
        user = two_factor_user(session, **fields)
        session.commit()
        return user.id


def test_same_code_on_two_computers_at_once_signs_in_once(
    server_committed: sessionmaker[Session],
) -> None:
    user_id = _committed_user(server_committed)
    with server_committed() as session:
        email = session.get(Utilisateur, user_id).email  # type: ignore[union-attr]
        challenges = [challenge_for(session, session.get(Utilisateur, user_id)) for _ in range(2)]  # type: ignore[arg-type]
        code = code_at(db_now(session))
    assert email

    def attempt(challenge: str) -> Callable[[], object]:
        def job() -> object:
            with server_committed() as session:
                return complete_second_factor(session, challenge, code, CLIENT)

        return job

    results = _run_together(*(attempt(c) for c in challenges))
    assert sum(isinstance(r, SignedIn) for r in results) == 1, results
    assert sum(isinstance(r, AuthenticationError) for r in results) == 1, results


def test_claim_step_is_a_compare_and_set(server_committed: sessionmaker[Session]) -> None:
    """Without the account lock of sign-in: the statement alone lets one claim win."""
    user_id = _committed_user(server_committed)
    with server_committed() as session:
        now = db_now(session)
    step = totp.time_step(now)

    claimers = 3
    barrier = threading.Barrier(claimers)

    def claim() -> object:
        with server_committed() as session:
            session.connection()  # connected and in a transaction before the barrier
            barrier.wait(timeout=20)  # all reach the compare-and-set together
            won = totp.claim_step(session, user_id, step, now)
            if won:
                # Hold the transaction open until the others are blocked on it.
                _hold_until_others_wait(server_committed, claimers - 1)
            session.commit()
            return won

    results = _run_together(*(claim for _ in range(claimers)))
    assert all(isinstance(r, bool) for r in results), [repr(r) for r in results]
    assert sorted(results) == [False, False, True], results  # type: ignore[type-var]
    with server_committed() as session:
        assert totp.claim_step(session, user_id, step - 1, now) is False
        assert totp.claim_step(session, user_id, step + 1, now) is True


def test_backup_code_used_twice_at_once_works_once(server_committed: sessionmaker[Session]) -> None:
    user_id = _committed_user(server_committed, backup_code="SECOURS-2026")
    barrier = threading.Barrier(2)

    def consume() -> object:
        with server_committed() as session:
            user = session.get(Utilisateur, user_id)
            assert user is not None and user.backup_code == "SECOURS-2026"
            barrier.wait(timeout=20)  # both have read the code before either uses it
            won = totp.consume_backup_code(session, user, "SECOURS-2026")
            if won:
                # Hold the transaction open until the other is blocked on the row.
                _hold_until_others_wait(server_committed, 1)
            session.commit()
            return won

    results = _run_together(consume, consume)
    assert sorted(results) == [False, True], results  # type: ignore[type-var]


def test_backup_code_sign_ins_at_once_work_once(server_committed: sessionmaker[Session]) -> None:
    user_id = _committed_user(server_committed, backup_code="SECOURS-2027")
    with server_committed() as session:
        challenges = [challenge_for(session, session.get(Utilisateur, user_id)) for _ in range(2)]  # type: ignore[arg-type]

    def attempt(challenge: str) -> Callable[[], object]:
        def job() -> object:
            with server_committed() as session:
                return complete_second_factor(session, challenge, "SECOURS-2027", CLIENT)

        return job

    results = _run_together(*(attempt(c) for c in challenges))
    assert sum(isinstance(r, SignedIn) for r in results) == 1, results


# --- Enrolment by an administrator ---------------------------------------------------------


def test_enrolment_enables_only_after_a_valid_code(server_session: Session) -> None:
    admin = make_staff(server_session, RoleName.ADMIN)
    member = make_user(server_session, RoleName.EMPLOYE, password_hash=php_bcrypt(PASSWORD))

    secret, uri = totp.start_totp_enrolment(server_session, admin, member.id)
    parsed = urlparse(uri)
    assert parsed.scheme == "otpauth" and parsed.netloc == "totp"
    assert parse_qs(parsed.query)["secret"] == [secret]
    assert parse_qs(parsed.query)["issuer"] == [totp.ISSUER]
    assert len(secret) == 32
    server_session.refresh(member)
    assert not member.two_factor_enabled and member.two_factor_secret is None

    with pytest.raises(ValidationError):
        totp.confirm_totp_enrolment(server_session, admin, member.id, secret, "000000")
    server_session.refresh(member)
    assert not member.two_factor_enabled

    now = db_now(server_session)
    code = code_at(now, secret=secret)
    totp.confirm_totp_enrolment(server_session, admin, member.id, secret, code)
    server_session.refresh(member)
    assert member.two_factor_enabled and member.two_factor_secret == secret

    actions = list(
        server_session.scalars(
            select(HistoriqueAction.type_action)
            .where(HistoriqueAction.id_utilisateur == admin.id)
            .order_by(HistoriqueAction.id)
        )
    )
    assert actions == ["securite.2fa_enrolement_demarre", "securite.2fa_activee"]

    # The code that confirmed the enrolment cannot open a session.
    result = sign_in(server_session, member.email, PASSWORD, CLIENT)
    assert isinstance(result, SecondFactorRequired)
    assert refused_code(server_session, result.challenge, code) == INVALID_CODE_MESSAGE

    totp.disable_two_factor(server_session, admin, member.id)
    server_session.refresh(member)
    assert not member.two_factor_enabled and member.two_factor_secret is None
    assert isinstance(sign_in(server_session, member.email, PASSWORD, CLIENT), SignedIn)
    assert (
        server_session.scalar(
            select(HistoriqueAction.type_action).order_by(HistoriqueAction.id.desc()).limit(1)
        )
        == "securite.2fa_desactivee"
    )


def test_disabling_two_factor_forgets_the_backup_code(
    server_session: Session, frozen_now: datetime
) -> None:
    admin = make_staff(server_session, RoleName.ADMIN)
    member = two_factor_user(server_session, role=RoleName.EMPLOYE, backup_code="SECOURS-2028")
    totp.disable_two_factor(server_session, admin, member.id)
    server_session.refresh(member)
    assert member.backup_code is None
    # Two-factor enabled again (new key): the old backup code no longer opens a session.
    member.two_factor_enabled = True
    member.two_factor_secret = SECRET
    server_session.flush()
    challenge = challenge_for(server_session, member)
    assert refused_code(server_session, challenge, "SECOURS-2028") == INVALID_CODE_MESSAGE


def _statements_of(session: Session, action: Callable[[], object]) -> list[str]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(connection, "before_cursor_execute", record)
    return statements


def test_two_factor_changes_lock_the_member_row(server_session: Session) -> None:
    """Confirm and disable read the member FOR UPDATE (two administrators at once)."""
    admin = make_staff(server_session, RoleName.ADMIN)
    member = make_user(server_session, RoleName.EMPLOYE, password_hash=php_bcrypt(PASSWORD))
    server_session.get(Utilisateur, member.id)  # in the identity map: a plain get would not query
    code = code_at(db_now(server_session))

    def locked(statements: list[str]) -> bool:
        return any(
            "FROM utilisateurs" in s and s.rstrip().endswith("FOR UPDATE") for s in statements
        )

    confirm = _statements_of(
        server_session,
        lambda: totp.confirm_totp_enrolment(server_session, admin, member.id, SECRET, code),
    )
    assert locked(confirm), confirm
    disable = _statements_of(
        server_session, lambda: totp.disable_two_factor(server_session, admin, member.id)
    )
    assert locked(disable), disable


def test_enrolment_needs_security_admin(server_session: Session) -> None:
    manager = make_staff(server_session, RoleName.MANAGER)
    member = make_user(server_session, RoleName.EMPLOYE)
    with pytest.raises(PermissionDenied):
        totp.start_totp_enrolment(server_session, manager, member.id)
    with pytest.raises(PermissionDenied):
        totp.confirm_totp_enrolment(server_session, manager, member.id, SECRET, "123456")
    with pytest.raises(PermissionDenied):
        totp.disable_two_factor(server_session, manager, member.id)


def test_enrolment_is_for_staff_only(server_session: Session) -> None:
    admin = make_staff(server_session, RoleName.ADMIN)
    customer = make_user(server_session, RoleName.CLIENT)
    with pytest.raises(ValidationError):
        totp.start_totp_enrolment(server_session, admin, customer.id)


def test_migration_0002_goes_down_and_up(tmp_path: object) -> None:
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from backoffice import migrations

    url = f"sqlite:///{tmp_path}/m.db"
    migrations.upgrade(url)
    engine = create_engine(url)
    try:
        assert "totp_etapes" in inspect(engine).get_table_names()
        command.downgrade(migrations.alembic_config(url), "0001")
        assert "totp_etapes" not in inspect(engine).get_table_names()
        migrations.upgrade(url)
        columns = {c["name"] for c in inspect(engine).get_columns("totp_etapes")}
        assert columns == {"id_utilisateur", "derniere_etape", "updated_at"}
    finally:
        engine.dispose()
