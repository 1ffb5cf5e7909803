"""The sign-in on a secured database: the routines decide, this turns their answer into
what :mod:`backoffice.services.auth` gives back (the same results, the same French
messages, whatever the refusal's reason: only the Sécurité tab sees the reason)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.client_info import ClientInfo
from backoffice.services.db_security import desk
from backoffice.services.errors import AuthenticationError, SessionEnded
from backoffice.services.permissions import Staff
from backoffice.services.sign_in_results import (
    CHALLENGE_EXPIRED_MESSAGE,
    INVALID_CODE_MESSAGE,
    INVALID_CREDENTIALS_MESSAGE,
    UNLOCK_FAILED_MESSAGE,
    SecondFactorRequired,
    SignedIn,
    locked_message,
)

SESSION_CLOSED_MESSAGE = QT_TRANSLATE_NOOP(
    "sessions",
    "Votre session a été fermée (déconnexion depuis un autre poste ou par un "
    "administrateur). Veuillez vous reconnecter.",
)


def _signed_in(outcome: desk.GateOutcome) -> SignedIn:
    assert outcome.user_id is not None and outcome.login is not None
    staff = Staff(
        id=outcome.user_id,
        email=outcome.email or "",
        role=outcome.role or "",
        prenom=outcome.prenom,
        nom=outcome.nom,
        session_id=outcome.session_id,
    )
    # No token: the session's own login is the proof, and it lives in memory only.
    return SignedIn(staff=staff, session_token="", database_login=outcome.login)


def _refusal(outcome: desk.GateOutcome, default: str) -> AuthenticationError:
    if outcome.status == "bloque":
        return AuthenticationError(locked_message(float(outcome.wait_s or 60)))
    if outcome.status == "expire":
        return AuthenticationError(CHALLENGE_EXPIRED_MESSAGE)
    if outcome.status == "code_refuse":
        return AuthenticationError(INVALID_CODE_MESSAGE)
    return AuthenticationError(default)


def sign_in(
    session: Session, email: str, password: str, client: ClientInfo
) -> SignedIn | SecondFactorRequired:
    outcome = desk.gate_sign_in(session, email, password, client.ip[:45], client.user_agent)
    if outcome.status == "ok":
        return _signed_in(outcome)
    if outcome.status == "code" and outcome.challenge:
        return SecondFactorRequired(
            user_id=outcome.user_id or 0, email=outcome.email or "", challenge=outcome.challenge
        )
    raise _refusal(outcome, INVALID_CREDENTIALS_MESSAGE)


def complete_second_factor(
    session: Session, challenge: str, code: str, client: ClientInfo
) -> SignedIn:
    outcome = desk.gate_second_factor(session, challenge, code, client.ip[:45], client.user_agent)
    if outcome.status == "ok":
        return _signed_in(outcome)
    raise _refusal(outcome, INVALID_CODE_MESSAGE)


def verify_unlock(
    session: Session, staff: Staff, password: str, code: str | None, client: ClientInfo
) -> None:
    outcome = desk.unlock(
        session, staff.email, password, code or "", client.ip[:45], client.user_agent
    )
    if outcome.status == "ok":
        return
    if outcome.status == "fermee":
        raise SessionEnded(SESSION_CLOSED_MESSAGE)
    raise _refusal(outcome, UNLOCK_FAILED_MESSAGE)
