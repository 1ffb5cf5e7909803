"""Signing staff members in and out, the second factor, and the idle-lock check.

Public API (the UI is written against exactly this)::

    this_computer() -> ClientInfo
    sign_in(session, email, password, client=None) -> SignedIn | SecondFactorRequired
    complete_second_factor(session, challenge, code, client=None) -> SignedIn
    sign_out(session, staff) -> None
    touch_session(session, staff) -> None            # raises SessionEnded
    verify_unlock(session, staff, password, code=None) -> None
    requires_second_factor(session, staff) -> bool   # whether the lock screen asks a code

Transactions: ``sign_in``, ``complete_second_factor`` and ``verify_unlock`` **commit the
Session they are given themselves**, on success and on failure. A failed attempt must leave
its ``historique_connexions`` row behind (throttling counts those rows), and the caller's
runner rolls back when an exception comes out, so these functions commit first and raise
afterwards. ``sign_out`` and ``touch_session`` leave committing to the caller.

Rules:

* Only accounts whose role is a staff role (admin, manager, employe, support) sign in. An
  unknown address, a wrong password, a customer account, a locked account and an account
  with a malformed or unsupported hash get the same message after the same hashing work
  (:func:`passwords.check_with_equal_work`: one bcrypt check at the site's usual cost, and
  one argon2 check at the site's parameters when it has argon2 accounts), so the screen
  cannot be used to find out who has an account.
* Throttling lives in the database, so restarting the application does not reset it:
  once ``MAX_FAILURES`` failed attempts on one account lie within ``LOCK_WINDOW`` (since
  its last success), that account is refused for ``LOCK_WINDOW`` after the newest failure,
  whatever the password. Unknown addresses are counted the same way in
  ``tentatives_inconnues``, under a keyed hash (see :mod:`backoffice.services.throttle`).
* Every attempt writes one ``historique_connexions`` row (account when known, this
  computer's address, ``Back-office/<version> (<computer name>; <OS>)`` as user agent,
  success or not). A password accepted while a second factor is still due writes no row
  yet: the row comes with the second step, so that a correct password alone never resets
  the failure count.
* A failed attempt's row gets its reason in ``connexions_motifs`` (a schema addition), in
  the same transaction: wrong password, unknown account, locked, wrong code, customer
  account, unsupported hash… (:class:`backoffice.labels.SignInReason`). Only the Sécurité
  tab shows it; the person signing in gets the same message whatever the reason, and
  every failure writes the same two rows.
* Stored password hashes are never rewritten (see :mod:`backoffice.services.passwords`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.labels import SignInReason
from backoffice.models import ConnexionMotif, HistoriqueConnexion, Role, Utilisateur
from backoffice.models.enums import STAFF_ROLES
from backoffice.services import passwords, throttle, totp
from backoffice.services.client_info import (
    ClientInfo,
    computer_name_from,
    this_computer,
)
from backoffice.services.db_security import desk, gate
from backoffice.services.errors import AuthenticationError
from backoffice.services.permissions import Staff
from backoffice.services.sessions import (
    check_session,
    create_session,
    db_now,
    sign_out,
    touch_session,
)
from backoffice.services.sign_in_results import (
    CHALLENGE_EXPIRED_MESSAGE,
    INVALID_CODE_MESSAGE,
    INVALID_CREDENTIALS_MESSAGE,
    LOCKED_MESSAGE,
    LOCKED_ONE_MINUTE_MESSAGE,
    UNLOCK_FAILED_MESSAGE,
    SecondFactorRequired,
    SignedIn,
    locked_message,
)
from backoffice.sql_compat import case_folded

__all__ = [
    "CHALLENGE_EXPIRED_MESSAGE",
    "INVALID_CODE_MESSAGE",
    "INVALID_CREDENTIALS_MESSAGE",
    "LOCKED_MESSAGE",
    "LOCKED_ONE_MINUTE_MESSAGE",
    "UNLOCK_FAILED_MESSAGE",
    "ClientInfo",
    "SecondFactorRequired",
    "SignedIn",
    "complete_second_factor",
    "computer_name_from",
    "requires_second_factor",
    "sign_in",
    "sign_out",
    "this_computer",
    "touch_session",
    "verify_unlock",
]

log = logging.getLogger(__name__)

MAX_FAILURES = throttle.MAX_FAILURES
LOCK_WINDOW = throttle.LOCK_WINDOW
CHALLENGE_LIFETIME = timedelta(minutes=5)

# --- Second-factor challenge --------------------------------------------------------------

# Process-local: a challenge proves "the password was checked by this very application,
# less than five minutes ago" and is useless anywhere else (or after a restart).
_CHALLENGE_KEY = secrets.token_bytes(32)
_used_challenges: dict[str, float] = {}
_challenges_lock = threading.Lock()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _password_fingerprint(stored_hash: str | None) -> str:
    # Binds the challenge to the password it was issued for: changing the password on the
    # website during those five minutes invalidates it.
    return hashlib.sha256((stored_hash or "").encode("utf-8")).hexdigest()[:16]


def _make_challenge(user: Utilisateur) -> str:
    expires = int(time.time() + CHALLENGE_LIFETIME.total_seconds())
    nonce = secrets.token_hex(16)
    payload = f"{user.id}.{expires}.{nonce}.{_password_fingerprint(user.password)}"
    signature = hmac.new(_CHALLENGE_KEY, payload.encode("ascii"), hashlib.sha256).digest()
    return f"{_b64(payload.encode('ascii'))}.{_b64(signature)}"


@dataclass(frozen=True)
class _Challenge:
    user_id: int
    expires: int
    nonce: str
    fingerprint: str


def _read_challenge(challenge: str) -> _Challenge | None:
    """The challenge's content if its signature is ours, whatever its age; else None."""
    try:
        encoded_payload, encoded_signature = challenge.split(".")
        payload = _unb64(encoded_payload)
        signature = _unb64(encoded_signature)
        expected = hmac.new(_CHALLENGE_KEY, payload, hashlib.sha256).digest()
        if not hmac.compare_digest(signature, expected):
            return None
        user_id, expires, nonce, fingerprint = payload.decode("ascii").split(".")
        return _Challenge(int(user_id), int(expires), nonce, fingerprint)
    except (ValueError, TypeError, UnicodeError, AttributeError):
        return None


def _challenge_used(nonce: str) -> bool:
    with _challenges_lock:
        return nonce in _used_challenges


def _mark_challenge_used(nonce: str, expires: int) -> None:
    with _challenges_lock:
        now = time.time()
        for old in [n for n, exp in _used_challenges.items() if exp < now]:
            del _used_challenges[old]
        _used_challenges[nonce] = expires


# --- Throttling (see backoffice.services.throttle) --------------------------------------


def _locked(locked_until: datetime, now: datetime) -> str:
    return locked_message((locked_until - now).total_seconds())


LOCKED = SignInReason.LOCKED
EXPIRED = SignInReason.CHALLENGE_EXPIRED


# --- Shared steps -------------------------------------------------------------------------


def _normalise_email(email: str) -> str:
    address = (email or "").strip().lower()
    # PostgreSQL rejects NUL in text parameters; such an address cannot be an account's.
    return "" if "\x00" in address else address


def _find_account(
    session: Session, email: str, *, lock: bool
) -> tuple[Utilisateur, str] | SignInReason:
    """The account with this address (case-insensitive) and its role name, or why there is
    none (unknown, or several accounts share it).

    ``lock`` takes a ``FOR NO KEY UPDATE`` row lock on PostgreSQL so that attempts on one
    account run one after the other: the throttle's count cannot be overtaken by parallel
    attempts, and a code cannot be checked twice at once. (NO KEY: orders and other rows
    referencing the account can still be inserted meanwhile.)
    """
    if not email:
        return SignInReason.UNKNOWN_ACCOUNT
    stmt = (
        select(Utilisateur, Role.libelle)
        .join(Role, Role.id == Utilisateur.idRole)
        .where(case_folded(Utilisateur.email) == email)
        .limit(2)
    )
    if lock:
        stmt = stmt.with_for_update(key_share=True, of=Utilisateur)
    rows = session.execute(stmt).all()
    if len(rows) != 1:
        if len(rows) > 1:
            log.warning("several accounts share one e-mail address (case aside); refused")
            return SignInReason.DUPLICATE_ACCOUNT
        return SignInReason.UNKNOWN_ACCOUNT
    return rows[0][0], rows[0][1]


def _load_account(session: Session, user_id: int) -> tuple[Utilisateur, str] | None:
    row = session.execute(
        select(Utilisateur, Role.libelle)
        .join(Role, Role.id == Utilisateur.idRole)
        .where(Utilisateur.id == user_id)
        .with_for_update(key_share=True, of=Utilisateur)
    ).first()
    return (row[0], row[1]) if row else None


def _record_attempt(
    session: Session,
    user_id: int | None,
    client: ClientInfo,
    succes: bool,
    now: datetime,
    reason: SignInReason | None = None,
) -> None:
    """The attempt's ``historique_connexions`` row and, for a failure, its reason."""
    attempt = HistoriqueConnexion(
        id_utilisateur=user_id,
        ip=client.ip[:45],
        user_agent=client.user_agent,
        succes=succes,
        date_connexion=now,
    )
    session.add(attempt)
    session.flush()
    if reason is not None:
        session.add(ConnexionMotif(id_connexion=attempt.id, motif=str(reason)))
        session.flush()


def _fail(
    session: Session,
    user_id: int | None,
    client: ClientInfo,
    now: datetime,
    message: str,
    reason: SignInReason,
) -> AuthenticationError:
    """Record a failed attempt and its reason and commit them: the caller raises the
    returned error next. ``message`` never depends on ``reason``'s detail."""
    _record_attempt(session, user_id, client, False, now, reason)
    session.commit()
    return AuthenticationError(message)


# A stored hash of a supported kind whose shape can be checked: anything else refuses the
# account whatever the password (see passwords.check_with_equal_work).
_BCRYPT_SHAPE = re.compile(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}")
_ARGON2_SHAPE = re.compile(
    r"\$argon2i?d?\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+"
)


def _password_refusal(stored_hash: str | None) -> SignInReason:
    """Why a password check failed, for the Sécurité tab: a wrong password, or a stored
    hash the application cannot check (an unknown format, a malformed one). Read only
    after the check, from the hash's shape: no extra work on any path."""
    kind = passwords.hash_kind(stored_hash)
    shape = {passwords.HashKind.BCRYPT: _BCRYPT_SHAPE, passwords.HashKind.ARGON2: _ARGON2_SHAPE}
    if kind is None or not shape[kind].fullmatch(stored_hash or ""):
        return SignInReason.UNSUPPORTED_HASH
    return SignInReason.WRONG_PASSWORD


def _succeed(
    session: Session, user: Utilisateur, role: str, client: ClientInfo, now: datetime
) -> SignedIn:
    row, token = create_session(session, user.id, client.ip[:45], client.user_agent, now)
    user.derniere_connexion = now
    _record_attempt(session, user.id, client, True, now)
    staff = Staff(
        id=user.id,
        email=user.email,
        role=role,
        prenom=user.prenom,
        nom=user.nom,
        session_id=row.id,
    )
    session.commit()
    return SignedIn(staff=staff, session_token=token)


# --- Public API ---------------------------------------------------------------------------


def sign_in(
    session: Session, email: str, password: str, client: ClientInfo | None = None
) -> SignedIn | SecondFactorRequired:
    """Check an e-mail and password; commits, and raises AuthenticationError (French) on refusal.

    Returns :class:`SignedIn` (session row created) or, when the account has two-factor
    enabled, :class:`SecondFactorRequired` to pass to :func:`complete_second_factor`.
    """
    client = client or this_computer()
    if desk.is_gate(session):
        return gate.sign_in(session, email, password, client)
    address = _normalise_email(email)
    found = _find_account(session, address, lock=True)
    # Read after the account's lock is granted: a parallel attempt may have just written.
    now = db_now(session)

    work = throttle.work_profile(session)

    if isinstance(found, SignInReason):
        # Same work as for a real account (dummy hashes, result ignored).
        passwords.check_with_equal_work(password or "", None, work)
        fingerprint = throttle.address_fingerprint(address)
        locked_until = throttle.unknown_address_lock_end(session, fingerprint, now)
        throttle.record_unknown_address_failure(session, fingerprint, now)
        if locked_until is not None:
            message, reason = locked_message((locked_until - now).total_seconds()), LOCKED
        else:
            message, reason = INVALID_CREDENTIALS_MESSAGE, found
        raise _fail(session, None, client, now, message, reason)

    user, role = found
    locked_until = throttle.account_lock_end(session, user.id, now)
    if locked_until is not None:
        # The password is not even checked (against the real hash): a locked account gives
        # nothing away, right password or not. The dummy checks keep the time the same.
        passwords.check_with_equal_work(password or "", None, work)
        raise _fail(session, user.id, client, now, _locked(locked_until, now), LOCKED)

    password_ok = passwords.check_with_equal_work(password or "", user.password, work)
    if role not in STAFF_ROLES:
        reason = SignInReason.CUSTOMER_ACCOUNT
        raise _fail(session, user.id, client, now, INVALID_CREDENTIALS_MESSAGE, reason)
    if not password_ok:
        reason = _password_refusal(user.password)
        raise _fail(session, user.id, client, now, INVALID_CREDENTIALS_MESSAGE, reason)

    if user.two_factor_enabled:
        result = SecondFactorRequired(
            user_id=user.id, email=user.email, challenge=_make_challenge(user)
        )
        session.commit()  # releases the account's row lock; nothing else to keep
        return result
    return _succeed(session, user, role, client, now)


def complete_second_factor(
    session: Session, challenge: str, code: str, client: ClientInfo | None = None
) -> SignedIn:
    """Finish a sign-in with a TOTP code or the backup code; commits, raises on refusal."""
    client = client or this_computer()
    if desk.is_gate(session):
        return gate.complete_second_factor(session, challenge, code, client)
    parsed = _read_challenge(challenge or "")
    if parsed is None:
        raise _fail(session, None, client, db_now(session), CHALLENGE_EXPIRED_MESSAGE, EXPIRED)
    found = _load_account(session, parsed.user_id)
    now = db_now(session)  # after the account's lock, like sign_in
    if (
        found is None
        or parsed.expires < time.time()
        or _challenge_used(parsed.nonce)
        or parsed.fingerprint != _password_fingerprint(found[0].password)
    ):
        user_id = found[0].id if found else None
        raise _fail(session, user_id, client, now, CHALLENGE_EXPIRED_MESSAGE, EXPIRED)
    user, role = found
    if role not in STAFF_ROLES or not user.two_factor_enabled:
        # The account changed since the password step: start again from the beginning.
        raise _fail(session, user.id, client, now, CHALLENGE_EXPIRED_MESSAGE, EXPIRED)

    locked_until = throttle.account_lock_end(session, user.id, now)
    if locked_until is not None:
        raise _fail(session, user.id, client, now, _locked(locked_until, now), LOCKED)
    if not totp.check_second_factor(session, user, code or "", now):
        reason = SignInReason.WRONG_CODE
        raise _fail(session, user.id, client, now, INVALID_CODE_MESSAGE, reason)

    _mark_challenge_used(parsed.nonce, parsed.expires)
    return _succeed(session, user, role, client, now)


def requires_second_factor(session: Session, staff: Staff) -> bool:
    """Whether the idle-lock screen must ask for a code as well as the password."""
    enabled = session.scalar(
        select(Utilisateur.two_factor_enabled).where(Utilisateur.id == staff.id)
    )
    return bool(enabled)


def verify_unlock(session: Session, staff: Staff, password: str, code: str | None = None) -> None:
    """Re-check the password (and a code when two-factor is on) for the idle-lock screen.

    Counted like a sign-in (historique_connexions row, throttling). Commits. Raises
    :class:`SessionEnded` when the session was revoked meanwhile, AuthenticationError when
    refused.
    """
    client = this_computer()
    if desk.is_identity(session):
        return gate.verify_unlock(session, staff, password, code, client)
    check_session(session, staff)  # a revoked session cannot be unlocked
    found = _load_account(session, staff.id)
    now = db_now(session)
    if found is None:
        reason = SignInReason.ACCOUNT_GONE
        raise _fail(session, None, client, now, UNLOCK_FAILED_MESSAGE, reason)
    user, _role = found
    work = throttle.work_profile(session)
    locked_until = throttle.account_lock_end(session, user.id, now)
    if locked_until is not None:
        passwords.check_with_equal_work(password or "", None, work)
        raise _fail(session, user.id, client, now, _locked(locked_until, now), LOCKED)
    if not passwords.check_with_equal_work(password or "", user.password, work):
        reason = _password_refusal(user.password)
        raise _fail(session, user.id, client, now, UNLOCK_FAILED_MESSAGE, reason)
    if user.two_factor_enabled and not totp.check_second_factor(session, user, code or "", now):
        reason = SignInReason.WRONG_CODE
        raise _fail(session, user.id, client, now, UNLOCK_FAILED_MESSAGE, reason)
    _record_attempt(session, user.id, client, True, now)
    session.commit()


def _reset_process_state_for_tests() -> None:
    """Forget used challenges and cached work profiles (tests simulate a restart)."""
    throttle.reset_for_tests()
    with _challenges_lock:
        _used_challenges.clear()
