"""Signed-in sessions (table ``sessions``): creation, heartbeat, sign-out, revocation.

A session row proves that a staff member signed in on one computer. The token itself
stays in the application's memory; the row stores only its SHA-256 (hex), so reading the
table does not give anyone a usable token. Revoking a session (deleting its row) or
taking away the member's staff role ends it: :func:`touch_session`, which the UI's
runner calls before every database operation, then raises :class:`SessionEnded`.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Role, SessionUtilisateur, Utilisateur, utcnow
from backoffice.models.base import UTCDateTime
from backoffice.services.audit import audit
from backoffice.services.db_security import desk
from backoffice.services.errors import NotFound, SessionEnded
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.sql_compat import server_clock

TOKEN_BYTES = 32
# last_activity is refreshed at most this often, so that the heartbeat before every
# operation costs one SELECT and only rarely a write.
ACTIVITY_REFRESH = timedelta(seconds=60)

SESSION_REVOKED_MESSAGE = QT_TRANSLATE_NOOP(
    "sessions",
    "Votre session a été fermée (déconnexion depuis un autre poste ou par un "
    "administrateur). Veuillez vous reconnecter.",
)
ROLE_CHANGED_MESSAGE = QT_TRANSLATE_NOOP(
    "sessions",
    "Vos droits d'accès ont été modifiés par un administrateur. "
    "Veuillez vous reconnecter pour continuer.",
)


def hash_token(token: str) -> str:
    """What the ``sessions.session_token`` column stores: the token's SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _server_clock(session: Session) -> ColumnElement[datetime] | None:
    # A running clock, not the transaction's start: attempts must be ordered even when a
    # caller groups several calls in one transaction. None on SQLite (no server).
    return server_clock(session, UTCDateTime())


def db_now(session: Session) -> datetime:
    """The current time, by the database server's clock where there is one."""
    clock = _server_clock(session)
    if clock is not None:
        return session.execute(select(clock)).scalar_one()
    return utcnow()


def create_session(
    session: Session, user_id: int, ip: str | None, user_agent: str | None, now: datetime
) -> tuple[SessionUtilisateur, str]:
    """Add a session row for ``user_id``; returns the row and the (secret) token."""
    token = new_token()
    row = SessionUtilisateur(
        id_utilisateur=user_id,
        session_token=hash_token(token),
        ip=ip,
        user_agent=user_agent,
        last_activity=now,
    )
    session.add(row)
    session.flush()
    return row, token


def sign_out(session: Session, staff: Staff) -> None:
    """Delete the member's session row (the caller commits). Signing out twice is harmless.

    On a secured database the routine does it, and ends the session's login too."""
    if desk.is_identity(session):
        desk.sign_out(session)
        return
    if staff.session_id is None:
        return
    session.execute(
        delete(SessionUtilisateur).where(
            SessionUtilisateur.id == staff.session_id,
            SessionUtilisateur.id_utilisateur == staff.id,
        )
    )


def _session_state(session: Session, staff: Staff) -> tuple[datetime | None, str, datetime] | None:
    """(last_activity, role, now) of the member's session, in one query; None if gone."""
    clock = _server_clock(session)
    columns = [SessionUtilisateur.last_activity, Role.libelle]
    if clock is not None:
        columns.append(clock)
    row = session.execute(
        select(*columns)
        .join(Utilisateur, Utilisateur.id == SessionUtilisateur.id_utilisateur)
        .join(Role, Role.id == Utilisateur.idRole)
        .where(
            SessionUtilisateur.id == staff.session_id,
            SessionUtilisateur.id_utilisateur == staff.id,
        )
    ).first()
    if row is None:
        return None
    now = row[2] if clock is not None else utcnow()
    return row[0], row[1], now


def check_session(session: Session, staff: Staff) -> tuple[datetime | None, datetime]:
    """Raise :class:`SessionEnded` unless the session exists and the role is unchanged.

    Returns ``(last_activity, now)``, ``now`` by the database's clock.
    """
    state = _session_state(session, staff) if staff.session_id is not None else None
    if state is None:
        raise SessionEnded(SESSION_REVOKED_MESSAGE)
    last_activity, role, now = state
    # A different role (even another staff role) means different permissions than the
    # ones this Staff object carries: the member must sign in again to get the new ones.
    if role != staff.role:
        raise SessionEnded(ROLE_CHANGED_MESSAGE)
    return last_activity, now


def touch_session(session: Session, staff: Staff) -> None:
    """The heartbeat before every database operation, in the operation's own Session.

    One query checks that the session row still exists and that the account still has the
    role it signed in with; :class:`SessionEnded` (French message) otherwise. At most once
    a minute it also moves ``last_activity`` forward (the caller's commit keeps it).
    On a secured database the heartbeat routine does the same, by the database's rules
    (idle timeout, lifetime, disabled member).
    """
    if desk.is_identity(session):
        try:
            state, role, member = desk.heartbeat(session)
        except DBAPIError as exc:
            if desk.login_refused(exc):  # the login was ended (dropped, NOLOGIN, expired)
                raise SessionEnded(SESSION_REVOKED_MESSAGE) from exc
            raise
        if state != "ok" or member != staff.id:
            raise SessionEnded(SESSION_REVOKED_MESSAGE)
        if role != staff.role:
            raise SessionEnded(ROLE_CHANGED_MESSAGE)
        return
    last_activity, now = check_session(session, staff)
    threshold = now - ACTIVITY_REFRESH
    if last_activity is not None and last_activity >= threshold:
        return
    stale = or_(
        SessionUtilisateur.last_activity.is_(None),
        SessionUtilisateur.last_activity < threshold,
    )
    target = and_(SessionUtilisateur.id == staff.session_id, stale)
    # SKIP LOCKED: when another worker of the same member is already refreshing the row,
    # skip it instead of waiting for that worker's whole operation to finish. Two
    # statements, as MySQL cannot update a table that a subquery of the update reads
    # (SQLite ignores the lock: its writers are serialised anyway).
    locked = session.scalar(
        select(SessionUtilisateur.id).where(target).with_for_update(skip_locked=True)
    )
    if locked is None:
        return
    session.execute(
        update(SessionUtilisateur)
        .where(SessionUtilisateur.id == locked, stale)
        .values(last_activity=now)
        .execution_options(synchronize_session=False)
    )


@mutation(Permission.SECURITY_ADMIN)
def revoke_session(session: Session, actor: Staff, session_id: int) -> None:
    """End one session (of anybody, the actor's own included); audited."""
    row = session.execute(
        select(SessionUtilisateur.id_utilisateur, SessionUtilisateur.ip, Utilisateur.email)
        .join(Utilisateur, Utilisateur.id == SessionUtilisateur.id_utilisateur)
        .where(SessionUtilisateur.id == session_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("sessions", "Cette session n'existe plus (déjà fermée)."))
    if desk.is_identity(session):
        # The routine ends the session's login too (connections terminated).
        ended = 1 if desk.revoke(session, session_id) else 0
    else:
        result = session.execute(
            delete(SessionUtilisateur).where(SessionUtilisateur.id == session_id)
        )
        ended = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if ended != 1:
        # Signed out (or revoked by someone else) between the read and the delete.
        raise NotFound(QT_TRANSLATE_NOOP("sessions", "Cette session est déjà terminée."))
    audit(
        session,
        actor,
        "securite.session_revoquee",
        {"session": session_id, "id_utilisateur": row[0], "email": row[2], "ip": row[1]},
    )


@mutation(Permission.SECURITY_ADMIN)
def revoke_all_sessions(session: Session, actor: Staff, user_id: int) -> int:
    """End every session of one member (e.g. a lost laptop); audited. Returns how many."""
    if desk.is_identity(session):
        ids = session.scalars(
            select(SessionUtilisateur.id).where(SessionUtilisateur.id_utilisateur == user_id)
        ).all()
        count = sum(1 for sid in ids if desk.revoke(session, sid))
    else:
        result = session.execute(
            delete(SessionUtilisateur).where(SessionUtilisateur.id_utilisateur == user_id)
        )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
    audit(
        session,
        actor,
        "securite.sessions_revoquees",
        {"id_utilisateur": user_id, "nombre": count},
    )
    return count
