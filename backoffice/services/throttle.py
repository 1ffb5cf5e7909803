"""Sign-in throttling, and the hashing work every attempt costs.

Throttling lives in the database, so restarting the application (or using another
computer) does not reset it:

* an account is refused for ``LOCK_WINDOW`` after its newest failure once ``MAX_FAILURES``
  failures (since its last success) lie within ``LOCK_WINDOW`` of each other; attempts
  made while locked are failures too, so trying again during the lock extends it;
* an address that matches no account is counted the same way in ``tentatives_inconnues``
  (a schema addition), under a keyed hash of the address, so that after a restart an
  unknown address and a real one still answer alike. Rows older than twice the window are
  deleted at each such attempt.

The work profile (:func:`work_profile`) is the site's usual bcrypt cost and argon2
parameters, read from the accounts' hash prefixes (never whole hashes) and kept for a few
minutes: :func:`backoffice.services.passwords.check_with_equal_work` then makes every
refusal cost the same.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from backoffice.models import HistoriqueConnexion, TentativeInconnue, Utilisateur
from backoffice.services import passwords

MAX_FAILURES = 5
LOCK_WINDOW = timedelta(minutes=15)
# A lock may start from failures up to one window before the newest one.
HISTORY_KEPT = 2 * LOCK_WINDOW
WORK_PROFILE_TTL_S = 300.0
ARGON2_SAMPLE = 100

# The key of the addresses' fingerprints. Not a secret (the code is public and the table is
# readable by the same login): it keeps the addresses out of plain sight and out of a
# plain-SHA-256 lookup; the table's half-hour retention is the real protection.
_ADDRESS_KEY = b"backoffice/tentatives_inconnues/v1"
# The same key in the sign-in routines of a secured database (services/db_security).
ADDRESS_KEY = _ADDRESS_KEY


def lock_end(failures_newest_first: Sequence[datetime], now: datetime) -> datetime | None:
    """When the lock ends, or None: ``LOCK_WINDOW`` after the newest failure that completes
    ``MAX_FAILURES`` failures within ``LOCK_WINDOW``, if that end is still to come."""
    span = MAX_FAILURES - 1
    for index, newest in enumerate(failures_newest_first):
        if newest + LOCK_WINDOW <= now:
            return None  # this one and all older ones locked until before now
        oldest = index + span
        if oldest < len(failures_newest_first) and (
            newest - failures_newest_first[oldest] < LOCK_WINDOW
        ):
            return newest + LOCK_WINDOW
    return None


def account_lock_end(session: Session, user_id: int, now: datetime) -> datetime | None:
    """When the account's lock ends, or None if it is not locked (see :func:`lock_end`)."""
    last_success = (
        select(func.max(HistoriqueConnexion.date_connexion))
        .where(
            HistoriqueConnexion.id_utilisateur == user_id,
            HistoriqueConnexion.succes.is_(True),
        )
        .scalar_subquery()
    )
    failures = session.scalars(
        select(HistoriqueConnexion.date_connexion)
        .where(
            HistoriqueConnexion.id_utilisateur == user_id,
            HistoriqueConnexion.succes.is_(False),
            HistoriqueConnexion.date_connexion > now - HISTORY_KEPT,
            or_(last_success.is_(None), HistoriqueConnexion.date_connexion > last_success),
        )
        .order_by(HistoriqueConnexion.date_connexion.desc())
        .limit(2 * MAX_FAILURES - 1)
    )
    return lock_end(list(failures), now)


def address_fingerprint(address: str) -> str:
    """The keyed hash under which failures on an unknown address are counted."""
    return hmac.new(_ADDRESS_KEY, address.encode("utf-8"), hashlib.sha256).hexdigest()


def unknown_address_lock_end(session: Session, fingerprint: str, now: datetime) -> datetime | None:
    failures = session.scalars(
        select(TentativeInconnue.date_tentative)
        .where(
            TentativeInconnue.empreinte == fingerprint,
            TentativeInconnue.date_tentative > now - HISTORY_KEPT,
        )
        .order_by(TentativeInconnue.date_tentative.desc())
        .limit(2 * MAX_FAILURES - 1)
    )
    return lock_end(list(failures), now)


def record_unknown_address_failure(session: Session, fingerprint: str, now: datetime) -> None:
    """Count a failure on an unknown address, and forget those too old to matter."""
    session.execute(
        delete(TentativeInconnue)
        .where(TentativeInconnue.date_tentative <= now - HISTORY_KEPT)
        .execution_options(synchronize_session=False)
    )
    session.add(TentativeInconnue(empreinte=fingerprint, date_tentative=now))
    session.flush()


# --- Work profile -------------------------------------------------------------------------

_profiles: dict[str, tuple[float, passwords.WorkProfile]] = {}
_profiles_lock = threading.Lock()


def _database_key(session: Session) -> str:
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    return engine.url.render_as_string(hide_password=True)


def work_profile(session: Session) -> passwords.WorkProfile:
    """The site's usual hashing parameters, read at most every few minutes per database."""
    key = _database_key(session)
    now = time.monotonic()
    with _profiles_lock:
        cached = _profiles.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    profile = read_work_profile(session)
    with _profiles_lock:
        _profiles[key] = (now + WORK_PROFILE_TTL_S, profile)
    return profile


def read_work_profile(session: Session) -> passwords.WorkProfile:
    """The most common bcrypt cost of the accounts (PHP's 10 without any), and the most
    common argon2 parameters when some account has an argon2 hash."""

    def start(length: int) -> object:
        # Literal positions: the same expression in SELECT and GROUP BY on PostgreSQL.
        return func.substr(
            Utilisateur.password, literal_column("1"), literal_column(str(int(length)))
        )

    prefixes = session.execute(select(start(7), func.count()).group_by(text("1"))).all()
    costs: Counter[int] = Counter()
    has_argon2 = False
    for prefix, count in prefixes:
        cost = passwords.bcrypt_cost(prefix)
        if cost is not None:
            costs[cost] += int(count)
        has_argon2 = has_argon2 or str(prefix or "").startswith("$argon2")
    bcrypt_cost = _most_common(costs) or passwords.PHP_BCRYPT_COST
    if not has_argon2:
        return passwords.WorkProfile(bcrypt_cost)
    # Up to the salt only (``$argon2id$v=19$m=65536,t=4,p=1$`` + part of the salt).
    starts = session.scalars(
        select(start(48))
        .where(Utilisateur.password.like("$argon2%"))
        .order_by(Utilisateur.id.desc())
        .limit(ARGON2_SAMPLE)
    )
    params = Counter(p for p in map(passwords.argon2_params, starts) if p is not None)
    common = params.most_common(1)
    return passwords.WorkProfile(bcrypt_cost, common[0][0] if common else None)


def _most_common(counts: Counter[int]) -> int | None:
    if not counts:
        return None
    # The highest of equally common costs: never less work than the usual account.
    return max(counts, key=lambda cost: (counts[cost], cost))


def reset_for_tests() -> None:
    with _profiles_lock:
        _profiles.clear()
