"""A least-privilege account for the desktop application (``backoffice db grant``).

The application should not connect as the website's owner account: a stolen laptop or a
bug would then be able to rewrite the audit trail or drop tables. The account made here
can read and write the application's tables but only append to the two history tables,
never update ``utilisateurs.password``, only read ``alembic_version``, and do nothing else
(no DDL, no other table, no other database): see :mod:`.policy`, written once, and its
rendering for PostgreSQL (a role, :mod:`.postgres`) and MariaDB/MySQL (a user
``'name'@'host'``, :mod:`.mysql`).
"""

from __future__ import annotations

from sqlalchemy import Engine

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.db_role.mysql import grant_mysql
from backoffice.services.db_role.policy import (
    APPEND_ONLY_TABLES,
    DEFAULT_CONNECTION_LIMIT,
    NEVER_UPDATED,
    READ_ONLY_TABLES,
    GrantPolicy,
    LoginLimits,
    TableGrant,
    app_tables,
    policy_for,
)
from backoffice.services.db_role.postgres import grant_postgres
from backoffice.services.errors import ServiceError
from backoffice.sql_compat import is_mysql

__all__ = [
    "APPEND_ONLY_TABLES",
    "DEFAULT_CONNECTION_LIMIT",
    "NEVER_UPDATED",
    "READ_ONLY_TABLES",
    "GrantPolicy",
    "LoginLimits",
    "TableGrant",
    "app_tables",
    "grant_role",
    "policy_for",
]


def grant_role(
    engine: Engine,
    role: str,
    password: str | None = None,
    execute: bool = True,
    host: str | None = None,
    connection_limit: int = DEFAULT_CONNECTION_LIMIT,
) -> str:
    """Create or update the application's least-privilege account; returns the SQL.

    ``role`` is the PostgreSQL role or the MariaDB/MySQL user name; ``host`` (MariaDB/MySQL
    only) the machines it may connect from, ``%`` (any) by default. With ``execute=False``
    nothing is changed (the database is only read, to list what exists). Raises
    :class:`ServiceError` (French) on a bad name, another kind of database, a schema that
    is not migrated yet, or missing privileges. ``connection_limit``: the most connections
    the account may hold at once (each desk opens up to 6).
    """
    limits = LoginLimits(connection_limit=connection_limit)
    if is_mysql(engine.dialect):
        return grant_mysql(engine, role, password, execute, host, limits)
    if engine.dialect.name == "postgresql":
        if host is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "db_role",
                    "L'option --host ne vaut que pour MariaDB/MySQL : sur PostgreSQL, les "
                    "machines autorisées se règlent dans pg_hba.conf.",
                )
            )
        return grant_postgres(engine, role, password, execute, limits)
    raise ServiceError(
        QT_TRANSLATE_NOOP(
            "db_role",
            "Le compte à privilèges minimaux n'existe que pour PostgreSQL, MariaDB et MySQL.",
        )
    )
