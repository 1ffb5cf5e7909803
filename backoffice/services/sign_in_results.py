"""What a sign-in gives back, and the French messages of a refusal (shared by
:mod:`backoffice.services.auth` and the database-checked sign-in of
:mod:`backoffice.services.db_security`)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Staff

if TYPE_CHECKING:
    from backoffice.services.db_security.desk import DatabaseLogin

INVALID_CREDENTIALS_MESSAGE = QT_TRANSLATE_NOOP("auth", "Adresse e-mail ou mot de passe incorrect.")
LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "auth",
    "Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion "
    "est bloquée pendant encore {minutes} minutes. Réessayez plus tard ou demandez à un "
    "administrateur.",
)
LOCKED_ONE_MINUTE_MESSAGE = QT_TRANSLATE_NOOP(
    "auth",
    "Trop de tentatives de connexion échouées pour ce compte : par sécurité, la connexion "
    "est bloquée pendant encore {minutes} minute. Réessayez plus tard ou demandez à un "
    "administrateur.",
)
INVALID_CODE_MESSAGE = QT_TRANSLATE_NOOP(
    "auth",
    "Code de vérification incorrect ou déjà utilisé. Saisissez le code à 6 chiffres "
    "affiché par votre application d'authentification, ou votre code de secours.",
)
CHALLENGE_EXPIRED_MESSAGE = QT_TRANSLATE_NOOP(
    "auth",
    "La vérification a expiré ou n'est plus valable. Reconnectez-vous avec votre mot de passe.",
)
UNLOCK_FAILED_MESSAGE = QT_TRANSLATE_NOOP("auth", "Mot de passe ou code de vérification incorrect.")


# --- Results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedIn:
    """A successful sign-in. ``staff.session_id`` is the new ``sessions`` row.

    ``session_token`` is the secret whose SHA-256 the row stores; keep it in memory only.
    ``database_login``: on a secured database, the session's own login (the desk opens
    its connections with it; see :mod:`backoffice.services.db_security`), else None.
    """

    staff: Staff
    session_token: str
    database_login: DatabaseLogin | None = None


@dataclass(frozen=True)
class SecondFactorRequired:
    """The password was right; pass ``challenge`` back with the code to finish signing in."""

    user_id: int
    email: str
    challenge: str


def locked_message(seconds_left: float) -> str:
    minutes = max(1, math.ceil(seconds_left / 60))
    template = LOCKED_MESSAGE if minutes > 1 else LOCKED_ONE_MINUTE_MESSAGE
    return template.format(minutes=minutes)
