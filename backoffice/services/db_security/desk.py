"""What a desk does on a secured database: sign in through the gate, then work as the
session's own login.

* :func:`is_gate` — whether a Session runs on the gate login (the secured database's only
  stored credential): ``auth`` then signs in through the routines instead of reading
  ``utilisateurs`` itself (it cannot: the gate reads nothing).
* :func:`session_engine` — after a successful sign-in, the engine of the session's login
  (same server, database and TLS settings, the short-lived name and password the routine
  returned). Sessions on it are :func:`is_identity`: heartbeat, sign-out and unlock go
  through the routines, and everything else is what the member's group may do.

No Qt. The routines' results come back as plain :class:`GateOutcome`\\ s; ``auth`` and
``sessions`` turn them into their usual results and French errors.
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from backoffice.sql_compat import is_mysql

_identity_engines: weakref.WeakSet[Engine] = weakref.WeakSet()
_gates: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


@dataclass(frozen=True)
class DatabaseLogin:
    """The session's own database login, handed over once by the sign-in routine."""

    user: str
    password: str = field(repr=False)
    expires: datetime | None = None
    # MariaDB: the member's role, activated on every connection (SET ROLE).
    role: str | None = None


@dataclass(frozen=True)
class GateOutcome:
    status: str  # ok, code, refuse, bloque, expire, code_refuse
    wait_s: int | None = None
    challenge: str | None = field(default=None, repr=False)
    session_id: int | None = None
    login: DatabaseLogin | None = None
    user_id: int | None = None
    role: str | None = None
    email: str | None = None
    prenom: str | None = None
    nom: str | None = None


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return getattr(bind, "engine", bind)  # type: ignore[return-value]


def is_identity(session: Session) -> bool:
    """Whether ``session`` runs on a signed-in member's own session login."""
    return _engine(session) in _identity_engines


def is_identity_engine(engine: Engine) -> bool:
    return engine in _identity_engines


def lock_minutes(session: Session) -> int | None:
    """The shop's idle-lock delay (its maximum for every desk), on a secured database."""
    if not is_identity(session):
        return None
    value = session.execute(
        text("SELECT valeur FROM securite_base WHERE cle = 'verrouillage_minutes'")
    ).scalar()
    return int(value) if value else None


def mark_identity(engine: Engine) -> Engine:
    _identity_engines.add(engine)
    return engine


_PG_GATE = text(
    "SELECT to_regprocedure('backoffice_connexion(text,text,text,text)') IS NOT NULL "
    "AND NOT has_table_privilege('utilisateurs', 'SELECT')"
)
_MYSQL_GATE = text(
    "SELECT EXISTS (SELECT 1 FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = "
    "DATABASE() AND ROUTINE_NAME = 'backoffice_connexion') AND NOT EXISTS (SELECT 1 FROM "
    "information_schema.COLUMN_PRIVILEGES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = "
    "'utilisateurs' AND PRIVILEGE_TYPE = 'SELECT') AND NOT EXISTS (SELECT 1 FROM "
    "information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = "
    "'utilisateurs' AND PRIVILEGE_TYPE = 'SELECT') AND NOT EXISTS (SELECT 1 FROM "
    "information_schema.SCHEMA_PRIVILEGES WHERE TABLE_SCHEMA = DATABASE() AND PRIVILEGE_TYPE "
    "= 'SELECT') AND NOT EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE "
    "PRIVILEGE_TYPE = 'SELECT')"
)


def is_gate(session: Session) -> bool:
    """Whether ``session`` runs on a secured database's gate login (learnt once per engine):
    the sign-in routines exist and this login cannot read the accounts."""
    engine = _engine(session)
    if engine.dialect.name == "sqlite" or engine in _identity_engines:
        return False
    with _lock:
        known = _gates.get(engine)
    if known is not None:
        return known
    probe = _MYSQL_GATE if is_mysql(engine.dialect) else _PG_GATE
    gate = bool(session.execute(probe).scalar())
    with _lock:
        _gates[engine] = gate
    return gate


# The server's refusal of a login that no longer exists, may not log in, or whose password
# expired: PostgreSQL's invalid_authorization_specification / invalid_password, MySQL's
# access denied (1045), account locked (3118), password expired (1820, 1862).
_PG_LOGIN_REFUSED = ("28000", "28P01")
_MYSQL_LOGIN_REFUSED = (1045, 3118, 1820, 1862)
_PG_REFUSAL_WORDS = ("does not exist", "not permitted to log in", "password authentication")


def login_refused(exc: BaseException) -> bool:
    """Whether ``exc`` is the server refusing the session's login (it was ended)."""
    original = getattr(exc, "orig", exc)
    if getattr(original, "sqlstate", None) in _PG_LOGIN_REFUSED:
        return True
    arguments = getattr(original, "args", ())
    if arguments and arguments[0] in _MYSQL_LOGIN_REFUSED:
        return True
    text_ = str(original)
    return "FATAL" in text_ and any(word in text_ for word in _PG_REFUSAL_WORDS)


def session_engine(gate_engine: Engine, login: DatabaseLogin, **kwargs: Any) -> Engine:
    """The engine of the session's own login, beside the gate's."""
    from backoffice.db import make_engine

    url = gate_engine.url.set(username=login.user, password=login.password)
    engine = make_engine(url, **kwargs)
    if is_mysql(engine.dialect) and login.role:
        role = login.role
        if not _ROLE_NAME.fullmatch(role):
            raise ValueError("unexpected role name")

        def activate(dbapi_connection: Any, _record: Any) -> None:
            # Without it the login has no privilege at all: a forgotten SET ROLE fails closed.
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute(f"SET ROLE `{role}`")
            finally:
                cursor.close()

        event.listen(engine, "connect", activate)
    return mark_identity(engine)


_ROLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,79}")


# --- calling the routines ---------------------------------------------------------------

_COLUMNS = (
    "r_statut",
    "r_attente",
    "r_defi",
    "r_session",
    "r_compte",
    "r_secret",
    "r_expire",
    "r_utilisateur",
    "r_role",
    "r_email",
    "r_prenom",
    "r_nom",
)


def _call(session: Session, routine: str, arguments: dict[str, Any]) -> dict[str, Any] | None:
    names = ", ".join(f":{name}" for name in arguments)
    if is_mysql(_engine(session).dialect):
        result = session.execute(text(f"CALL {routine}({names})"), arguments)
    else:
        result = session.execute(text(f"SELECT * FROM {routine}({names})"), arguments)
    row = result.mappings().first()
    result.close()
    return dict(row) if row is not None else None


def _outcome(row: dict[str, Any] | None) -> GateOutcome:
    if row is None:
        return GateOutcome("refuse")
    login = None
    if row.get("r_compte") and row.get("r_secret"):
        login = DatabaseLogin(
            str(row["r_compte"]), str(row["r_secret"]), row.get("r_expire"), row.get("r_role_base")
        )
    session_id = row.get("r_session")
    user_id = row.get("r_utilisateur")
    wait = row.get("r_attente")
    return GateOutcome(
        status=str(row["r_statut"]),
        wait_s=int(wait) if wait is not None else None,
        challenge=row.get("r_defi"),
        session_id=int(session_id) if session_id is not None else None,
        login=login,
        user_id=int(user_id) if user_id is not None else None,
        role=row.get("r_role"),
        email=row.get("r_email"),
        prenom=row.get("r_prenom"),
        nom=row.get("r_nom"),
    )


def _proof(session: Session, email: str, password: str) -> str:
    """What the sign-in routine checks the password with: the password itself on
    PostgreSQL (pgcrypto hashes it there); on MariaDB, which has no bcrypt, its bcrypt hash
    under the account's salt and cost, computed here (the stored hash is never read)."""
    if not is_mysql(_engine(session).dialect):
        return password or ""
    row = _call(session, "backoffice_sel", {"email": email or ""})
    salt = str(row["r_sel"]) if row else ""
    return bcrypt_with_salt(password or "", salt)


def bcrypt_with_salt(password: str, salt: str) -> str:
    """``password``'s bcrypt hash under ``salt`` (``$2y$10$`` + 22 characters), spelled
    like the salt; bcrypt reads 72 bytes, like PHP."""
    import bcrypt

    if len(salt) != 29 or salt[:4] not in ("$2a$", "$2b$", "$2y$"):
        return ""
    data = password.encode("utf-8")[:72]
    try:
        hashed = bcrypt.hashpw(data, ("$2b$" + salt[4:]).encode("ascii")).decode("ascii")
    except ValueError:
        return ""
    return salt[:4] + hashed[4:]


def gate_sign_in(session: Session, email: str, password: str, ip: str, agent: str) -> GateOutcome:
    """Step 1 through the gate; commits (a refusal's attempt row must stay)."""
    proof = _proof(session, email, password)
    row = _call(
        session,
        "backoffice_connexion",
        {"email": email or "", "mdp": proof, "ip": ip, "agent": agent},
    )
    session.commit()
    return _outcome(row)


def gate_second_factor(
    session: Session, challenge: str, code: str, ip: str, agent: str
) -> GateOutcome:
    """Step 2 through the gate; commits."""
    row = _call(
        session,
        "backoffice_second_facteur",
        {"defi": challenge or "", "code": code or "", "ip": ip, "agent": agent},
    )
    session.commit()
    return _outcome(row)


def heartbeat(session: Session) -> tuple[str, str | None, int | None]:
    """(state, current role, member id) of the session behind this login."""
    row = _call(session, "backoffice_activite", {})
    if row is None:
        return "fermee", None, None
    return str(row["r_etat"]), row.get("r_role"), row.get("r_utilisateur")


def sign_out(session: Session) -> None:
    if is_mysql(_engine(session).dialect):
        session.execute(text("CALL backoffice_deconnexion()"))
    else:
        session.execute(text("SELECT backoffice_deconnexion()"))


def unlock(
    session: Session, email: str, password: str, code: str, ip: str, agent: str
) -> GateOutcome:
    """The idle lock's check; commits (the attempt row must stay on refusal)."""
    row = _call(
        session,
        "backoffice_deverrouillage",
        {"mdp": _proof(session, email, password), "code": code or "", "ip": ip, "agent": agent},
    )
    session.commit()
    if row is None:
        return GateOutcome("refuse")
    wait = row.get("r_attente")
    return GateOutcome(str(row["r_statut"]), int(wait) if wait is not None else None)


def revoke(session: Session, session_id: int) -> bool:
    """An admin ends a session (and its login); False when it was already gone."""
    routine = "backoffice_admin_revoquer"
    if is_mysql(_engine(session).dialect):
        row = _call(session, routine, {"sid": int(session_id)})
        return bool(row and next(iter(row.values())))
    return bool(session.execute(text(f"SELECT {routine}(:sid)"), {"sid": int(session_id)}).scalar())


def set_member(session: Session, user_id: int, role: str | None) -> None:
    """An admin gives a member the identity of ``role``, or disables it (None)."""
    arguments = {"uid": int(user_id), "role": role}
    if is_mysql(_engine(session).dialect):
        session.execute(text("CALL backoffice_admin_membre(:uid, :role)"), arguments)
    else:
        session.execute(text("SELECT backoffice_admin_membre(:uid, :role)"), arguments)


def set_two_factor(session: Session, user_id: int, secret: str | None, code: str | None) -> bool:
    """An admin enables two-factor (``secret`` proven by ``code``) or removes it (None)."""
    arguments = {"uid": int(user_id), "secret": secret, "code": code}
    if is_mysql(_engine(session).dialect):
        row = _call(session, "backoffice_admin_2fa", arguments)
        return bool(row and next(iter(row.values())))
    return bool(
        session.execute(
            text("SELECT backoffice_admin_2fa(:uid, :secret, :code)"), arguments
        ).scalar()
    )
