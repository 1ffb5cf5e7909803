"""``backoffice db secure`` and ``backoffice db member``, whatever the server."""

from __future__ import annotations

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Utilisateur
from backoffice.services.db_security import pg_install
from backoffice.services.db_security.policy import GROUP_ROLES, SessionPolicy
from backoffice.services.errors import ServiceError
from backoffice.sql_compat import is_mysql


def _mysql_module():  # type: ignore[no-untyped-def]
    from backoffice.services.db_security import mysql_install

    return mysql_install


def secure_database(
    engine: Engine,
    prefix: str,
    gate_password: str | None,
    *,
    policy: SessionPolicy | None = None,
    execute: bool = True,
    gate_host: str | None = None,
) -> str:
    """Install or refresh the database identities on PostgreSQL or MariaDB; the SQL."""
    if is_mysql(engine.dialect):
        return _mysql_module().secure_mysql(
            engine, prefix, gate_password, policy=policy, execute=execute, host=gate_host
        )
    if engine.dialect.name == "postgresql":
        return pg_install.secure_postgres(
            engine, prefix, gate_password, policy=policy, execute=execute
        )
    raise ServiceError(
        QT_TRANSLATE_NOOP(
            "db_security",
            "Les identités en base n'existent que pour PostgreSQL et MariaDB.",
        )
    )


def member_id(engine: Engine, email: str) -> int:
    with Session(engine) as session:
        ids = session.scalars(
            select(Utilisateur.id)
            .where(func.lower(Utilisateur.email) == (email or "").strip().lower())
            .limit(2)
        ).all()
    if len(ids) != 1:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_security", "Aucun compte unique avec l'adresse « {email} »."
            ).format(email=email)
        )
    return int(ids[0])


def set_member(engine: Engine, user_id: int, role: str | None) -> str | None:
    """Give a member the identity of ``role`` (creating it), or disable it (None)."""
    if role is not None and role not in GROUP_ROLES:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_security", "Rôle inconnu : {role} (admin, manager, employe ou support)."
            ).format(role=role)
        )
    if is_mysql(engine.dialect):
        return _mysql_module().set_member(engine, user_id, role)
    return pg_install.set_member(engine, user_id, role)
