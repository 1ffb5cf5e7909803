"""The accounts' names and the session policy of a secured database (no server here)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models.enums import STAFF_ROLES
from backoffice.services.errors import ServiceError

# Short enough for "<prefix>_s_<session id>" within MySQL's 32 characters of a user name
# (and PostgreSQL's 63): 12 + 3 + 10 digits.
MAX_PREFIX = 12
_PREFIX = re.compile(r"[a-z][a-z0-9_]*")
DEFAULT_PREFIX = "bo"
GROUP_ROLES: tuple[str, ...] = tuple(sorted(str(role) for role in STAFF_ROLES))

# The session policy: the database ends a session idle for longer than IDLE, or older
# than LIFETIME; the desk locks after LOCK minutes without input, never more than
# LOCK_MAX (a member may choose less, not more, and not « never »).
DEFAULT_IDLE_MINUTES = 60
DEFAULT_LIFETIME_MINUTES = 12 * 60
DEFAULT_LOCK_MINUTES = 15
LOCK_MAX_MINUTES = 30

# The key the application uses for unknown addresses' fingerprints (throttle.py): the
# routines write the same rows.


@dataclass(frozen=True)
class SessionPolicy:
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    lifetime_minutes: int = DEFAULT_LIFETIME_MINUTES
    lock_minutes: int = DEFAULT_LOCK_MINUTES
    lock_max_minutes: int = LOCK_MAX_MINUTES

    def check(self) -> None:
        ok = (
            1 <= self.idle_minutes <= 24 * 60
            and self.idle_minutes <= self.lifetime_minutes <= 7 * 24 * 60
            and 1 <= self.lock_minutes <= self.lock_max_minutes <= self.idle_minutes
        )
        if not ok:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "db_security",
                    "Règles de session incohérentes : il faut 1 ≤ verrouillage ≤ "
                    "verrouillage maximal ≤ inactivité ≤ durée maximale (7 jours au plus).",
                )
            )


@dataclass(frozen=True)
class Accounts:
    """Every account name made from one prefix (roles are server-wide: the prefix keeps
    two shops, or two test runs, on one server apart)."""

    prefix: str

    @property
    def owner(self) -> str:
        return f"{self.prefix}_proprietaire"

    @property
    def staff(self) -> str:
        return f"{self.prefix}_personnel"

    @property
    def gate(self) -> str:
        return f"{self.prefix}_portail"

    def group(self, role: str) -> str:
        return f"{self.prefix}_{role}"

    @property
    def groups(self) -> dict[str, str]:
        return {role: self.group(role) for role in GROUP_ROLES}

    def member(self, user_id: int) -> str:
        return f"{self.prefix}_m_{int(user_id)}"

    def session(self, session_id: int) -> str:
        return f"{self.prefix}_s_{int(session_id)}"


def check_prefix(prefix: str) -> Accounts:
    if not (_PREFIX.fullmatch(prefix or "") and len(prefix) <= MAX_PREFIX):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_security",
                "Préfixe invalide : lettres minuscules, chiffres et « _ », {max} caractères "
                "au plus, commençant par une lettre.",
            ).format(max=MAX_PREFIX)
        )
    return Accounts(prefix)
