"""Second factor: six-digit TOTP codes (RFC 6238) and the single backup code.

Codes are those of the shop website's authenticator set-up: ``utilisateurs.two_factor_secret``
(base32), SHA-1, 6 digits, 30-second steps; a code of the previous or the next step is
accepted too (``valid_window=1``), for clocks that drift a little.

Each code works once. The last accepted step of every account is kept in ``totp_etapes``
(a schema addition) and moved forward with one compare-and-set statement::

    INSERT INTO totp_etapes (id_utilisateur, derniere_etape, updated_at) VALUES (...)
    ON CONFLICT (id_utilisateur) DO UPDATE SET derniere_etape = EXCLUDED.derniere_etape, ...
    WHERE totp_etapes.derniere_etape < EXCLUDED.derniere_etape
    RETURNING id_utilisateur

No row back means the step (or a later one) was already used: the code is refused, even
when two computers send it at the same second (PostgreSQL makes the second statement wait
for the first transaction and then re-checks the WHERE).

The backup code (``utilisateurs.backup_code``) replaces a TOTP code once. The column may
hold it hashed (bcrypt or argon2, recognised by prefix) or in plain text (compared in
constant time). It is consumed with ``UPDATE … SET backup_code = NULL WHERE id = :id AND
backup_code = :value_read``, so of two simultaneous uses only one updates a row.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

import pyotp
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Role, TotpEtape, Utilisateur
from backoffice.models.enums import STAFF_ROLES
from backoffice.services import passwords
from backoffice.services.audit import audit
from backoffice.services.db_security import desk
from backoffice.services.errors import NotFound, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.sessions import db_now
from backoffice.sql_compat import insert_or_advance

log = logging.getLogger(__name__)

STEP_SECONDS = 30
DIGITS = 6
VALID_WINDOW = 1
ISSUER = "Back-office boutique"

_CODE = re.compile(r"\d{6}")


def normalise_code(code: str) -> str:
    """Codes are often typed or pasted as "123 456": spaces and dashes do not count."""
    return re.sub(r"[\s-]", "", code or "")


def is_totp_format(code: str) -> bool:
    return _CODE.fullmatch(code) is not None


def time_step(at: datetime) -> int:
    return int(at.timestamp()) // STEP_SECONDS


def matching_step(secret: str | None, code: str, at: datetime) -> int | None:
    """The time step (within ±``VALID_WINDOW``) whose code is ``code``; None if none is.

    Never raises: a secret that is not valid base32 refuses the code and is logged.
    """
    if not secret or not is_totp_format(code):
        return None
    current = time_step(at)
    try:
        totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
        # The latest matching step wins, so that a later code is never taken for a replay.
        for step in range(current + VALID_WINDOW, current - VALID_WINDOW - 1, -1):
            if pyotp.utils.strings_equal(totp.generate_otp(step), code):
                return step
    except (ValueError, TypeError) as exc:  # binascii.Error is a ValueError
        log.warning("invalid two-factor secret: %s", type(exc).__name__)
    return None


def claim_step(session: Session, user_id: int, step: int, now: datetime) -> bool:
    """Record ``step`` as the account's last used step, only if it is later than the last one.

    Atomic: returns False when this step or a later one was already used, even by another
    computer at the same moment (see :func:`backoffice.sql_compat.insert_or_advance`).
    """
    return insert_or_advance(
        session,
        TotpEtape.__table__,  # type: ignore[arg-type]
        key={"id_utilisateur": user_id},
        counter="derniere_etape",
        value=step,
        others={"updated_at": now},
    )


def consume_backup_code(session: Session, user: Utilisateur, code: str) -> bool:
    """Accept the account's backup code once; it is erased in the same compare-and-set."""
    stored = user.backup_code
    if not stored or not code or not passwords.verify_secret(code, stored):
        return False
    result = session.execute(
        update(Utilisateur)
        .where(Utilisateur.id == user.id, Utilisateur.backup_code == stored)
        .values(backup_code=None)
        .execution_options(synchronize_session=False)
    )
    session.expire(user, ["backup_code"])
    return (result.rowcount or 0) == 1  # type: ignore[attr-defined]


def check_second_factor(session: Session, user: Utilisateur, code: str, now: datetime) -> bool:
    """A six-digit TOTP code (once) or the backup code (once) of ``user``."""
    typed = (code or "").strip()
    compact = normalise_code(typed)
    if not compact:
        return False
    step = matching_step(user.two_factor_secret, compact, now)
    if step is not None:
        return claim_step(session, user.id, step, now)
    # The backup code is compared as typed, then without spaces and dashes, since the
    # website's format is not known here ("ABCD-EFGH" may be stored with or without them).
    candidates = [typed] if typed == compact else [typed, compact]
    return any(consume_backup_code(session, user, candidate) for candidate in candidates)


# --- Enrolment by an administrator ---------------------------------------------------------


def _staff_user(session: Session, user_id: int, *, lock: bool = False) -> Utilisateur:
    """The staff member ``user_id``; with ``lock``, their row is locked (``FOR UPDATE``)
    until the transaction ends, so that two administrators changing the same member's
    second factor at once are serialised instead of the last one silently winning.

    On a secured database (no login reads the secrets) only the visible columns are
    loaded, into a detached object; the routines change the second factor there."""
    if desk.is_identity(session):
        row = session.execute(
            select(
                Utilisateur.id,
                Utilisateur.email,
                Utilisateur.two_factor_enabled,
                Utilisateur.idRole,
            ).where(Utilisateur.id == user_id)
        ).first()
        user = Utilisateur(**row._asdict()) if row is not None else None
    elif lock:
        user = session.get(Utilisateur, user_id, with_for_update=True, populate_existing=True)
    else:
        user = session.get(Utilisateur, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("totp", "Ce compte n'existe pas (ou plus)."))
    role = session.get(Role, user.idRole)
    if role is None or role.libelle not in STAFF_ROLES:
        raise ValidationError(
            {
                "id_utilisateur": QT_TRANSLATE_NOOP(
                    "totp", "la double authentification se gère ici pour le personnel seulement"
                )
            }
        )
    return user


@mutation(Permission.SECURITY_ADMIN)
def start_totp_enrolment(session: Session, actor: Staff, user_id: int) -> tuple[str, str]:
    """A new secret and its ``otpauth://`` URI (for the QR code); nothing is enabled yet.

    The secret is stored only by :func:`confirm_totp_enrolment`, once the member's
    authenticator app has produced a valid code from it.
    """
    user = _staff_user(session, user_id)
    secret = pyotp.random_base32()  # 32 base32 characters = 160 bits, as RFC 4226 advises
    uri = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=user.email, issuer_name=ISSUER
    )
    audit(
        session,
        actor,
        "securite.2fa_enrolement_demarre",
        {"id_utilisateur": user.id, "email": user.email},
    )
    return secret, uri


@mutation(Permission.SECURITY_ADMIN)
def confirm_totp_enrolment(
    session: Session, actor: Staff, user_id: int, secret: str, code: str
) -> None:
    """Enable two-factor with ``secret`` once ``code`` proves the app was set up."""
    user = _staff_user(session, user_id, lock=True)
    secret = (secret or "").strip().replace(" ", "").upper()
    if desk.is_identity(session):
        # The database checks the code by its clock and records its step.
        if not desk.set_two_factor(session, user.id, secret, normalise_code(code)):
            raise _wrong_code()
        _audit_enabled(session, actor, user)
        return
    now = db_now(session)
    step = matching_step(secret, normalise_code(code), now)
    if step is None:
        raise _wrong_code()
    # The code that confirmed the set-up must not also open a session.
    claim_step(session, user.id, step, now)
    _audit_enabled(session, actor, user)
    user.two_factor_secret = secret
    user.two_factor_enabled = True
    session.flush()


def _wrong_code() -> ValidationError:
    return ValidationError(
        {
            "code": QT_TRANSLATE_NOOP(
                "totp",
                "code incorrect : vérifiez l'heure du téléphone et saisissez le code affiché",
            )
        }
    )


def _audit_enabled(session: Session, actor: Staff, user: Utilisateur) -> None:
    audit(
        session,
        actor,
        "securite.2fa_activee",
        {
            "id_utilisateur": user.id,
            "email": user.email,
            "remplacement": bool(user.two_factor_enabled),
        },
    )


@mutation(Permission.SECURITY_ADMIN)
def disable_two_factor(session: Session, actor: Staff, user_id: int) -> None:
    """Turn two-factor off for a member and forget the secret (a new enrolment makes a new one).

    The backup code is forgotten too: otherwise an old one, perhaps written down somewhere,
    would still replace a TOTP code once two-factor is enabled again.
    """
    user = _staff_user(session, user_id, lock=True)
    was_enabled = bool(user.two_factor_enabled)
    if desk.is_identity(session):
        desk.set_two_factor(session, user.id, None, None)
        audit(
            session,
            actor,
            "securite.2fa_desactivee",
            {"id_utilisateur": user.id, "email": user.email, "etait_active": was_enabled},
        )
        return
    user.two_factor_enabled = False
    user.two_factor_secret = None
    user.backup_code = None
    audit(
        session,
        actor,
        "securite.2fa_desactivee",
        {"id_utilisateur": user.id, "email": user.email, "etait_active": was_enabled},
    )
    session.flush()
