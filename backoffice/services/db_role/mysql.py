"""The least-privilege account rendered for MariaDB and MySQL: a user ``'name'@'host'``.

The user can log in from ``host`` (``%``, any machine, unless restricted) and has, on the
tables of the shop's database only, what the :class:`GrantPolicy` says; ``utilisateurs``
gets UPDATE on a column list (MySQL's column privileges). No database-level or global
privilege: no CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE TEMPORARY TABLES, LOCK
TABLES, TRIGGER, nothing on another database.

Re-running it updates the user: it is created if missing, its password (when given) is
reset and the account unlocked, every privilege it holds anywhere is revoked and the
policy's are granted afresh. MariaDB and MySQL apply each GRANT and REVOKE at once (no
transaction): in between, for a few milliseconds, the account can do nothing; a failure
half-way leaves it with fewer privileges, never more.

The password: MariaDB gets the ``mysql_native_password`` hash computed here
(``IDENTIFIED BY PASSWORD '*…'``), so the SQL is safe to print. MySQL 8's default
``caching_sha2_password`` (and a MariaDB whose password-validation plugin must see the
password) needs it in clear: then it is sent, but masked in the SQL given back.

Limits (:class:`LoginLimits`): ``MAX_USER_CONNECTIONS`` (enforced), and on MariaDB the
user's ``MAX_STATEMENT_TIME`` (the default ``max_statement_time`` of its sessions); MySQL
8 has no per-user statement limit (the application sets ``max_execution_time`` itself).

Must be run by an account with the global CREATE USER privilege and the granted
privileges on the shop's tables WITH GRANT OPTION (root, or the server's administrator).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pymysql
from sqlalchemy import Engine

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.db_role.policy import (
    GrantPolicy,
    LoginLimits,
    check_account_name,
    read_policy,
)
from backoffice.services.errors import ServiceError

# MySQL's limit (MariaDB allows 80): a name that works on both.
MAX_USER_NAME = 32
ANY_HOST = "%"
MASKED_LITERAL = "'********'"
# A host name, an IP address or a pattern with % and _ wildcards, or address/netmask.
_HOST = re.compile(r"[A-Za-z0-9.%_:\-/]{1,255}")
# PyMySQL sends a password in Latin-1 and the mysql client in the terminal's encoding: only
# ASCII is the same for both.
_PASSWORD = re.compile(r"[\x20-\x7e]+")

_CREATE_USER_DENIED = 1227  # ER_SPECIFIC_ACCESS_DENIED_ERROR
_GRANT_DENIED = frozenset({1044, 1142, 1143, 1410})
_NO_SUCH_USER = 1396  # ER_CANNOT_USER
_PASSWORD_REFUSED = 1819  # ER_NOT_VALID_PASSWORD


@dataclass(frozen=True)
class MysqlServer:
    """What decides how the password is sent."""

    is_mariadb: bool
    validates_passwords: bool = False  # MariaDB: strict password validation plugin active

    @property
    def accepts_native_hash(self) -> bool:
        return self.is_mariadb and not self.validates_passwords


@dataclass(frozen=True)
class Statement:
    """``sql`` is sent; ``shown`` is the same with the clear password masked."""

    sql: str
    shown: str


def native_password_hash(password: str) -> str:
    """``mysql_native_password``'s stored hash: ``*`` and SHA1(SHA1(password)) in upper hex."""
    inner = hashlib.sha1(password.encode("utf-8")).digest()  # noqa: S324 - the server's format
    return "*" + hashlib.sha1(inner).hexdigest().upper()  # noqa: S324


def _ident(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def account(user: str, host: str) -> str:
    # Both are checked against a charset without quotes nor backslashes.
    return f"'{user}'@'{host}'"


def password_clause(
    server: MysqlServer, password: str, literal: Callable[[str], str]
) -> tuple[str, str]:
    """The ``IDENTIFIED …`` clause as sent, and as shown."""
    if server.accepts_native_hash:
        clause = f"IDENTIFIED BY PASSWORD '{native_password_hash(password)}'"
        return clause, clause
    return f"IDENTIFIED BY {literal(password)}", f"IDENTIFIED BY {MASKED_LITERAL}"


def render_mysql(
    policy: GrantPolicy,
    user: str,
    host: str,
    database: str,
    server: MysqlServer,
    password: str | None,
    literal: Callable[[str], str],
    limits: LoginLimits | None = None,
) -> list[Statement]:
    """The statements; the policy's tables must exist in ``database``."""
    limits = limits or LoginLimits()
    who = account(user, host)
    statements: list[Statement] = []
    if password is not None:
        sent, shown = password_clause(server, password, literal)
        statements.append(
            Statement(
                f"CREATE USER IF NOT EXISTS {who} {sent}",
                f"CREATE USER IF NOT EXISTS {who} {shown}",
            )
        )
        statements.append(
            Statement(
                f"ALTER USER {who} {sent} ACCOUNT UNLOCK",
                f"ALTER USER {who} {shown} ACCOUNT UNLOCK",
            )
        )
    else:
        # Never CREATE USER without a password: the account would open with an empty one.
        statements.append(_plain(f"ALTER USER {who} ACCOUNT UNLOCK"))
    resources = [f"MAX_USER_CONNECTIONS {int(limits.connection_limit)}"]
    if server.is_mariadb:
        resources.append(f"MAX_STATEMENT_TIME {int(limits.statement_timeout_s)}")
    statements.append(_plain(f"ALTER USER {who} WITH {' '.join(resources)}"))
    # Start from nothing, on every database, so that nothing granted by hand lingers.
    statements.append(_plain(f"REVOKE ALL PRIVILEGES, GRANT OPTION FROM {who}"))
    for grant in policy.grants:
        privileges = list(grant.privileges)
        if grant.update_columns:
            privileges.append("UPDATE (" + ", ".join(map(_ident, grant.update_columns)) + ")")
        target = f"{_ident(database)}.{_ident(grant.table)}"
        statements.append(_plain(f"GRANT {', '.join(privileges)} ON {target} TO {who}"))
    return statements


def _plain(text: str) -> Statement:
    return Statement(text, text)


def _server(cursor: Any, version: str) -> MysqlServer:
    if "mariadb" not in version.lower():
        return MysqlServer(is_mariadb=False)
    cursor.execute(
        "SELECT @@GLOBAL.strict_password_validation AND EXISTS (SELECT 1 FROM "
        "information_schema.PLUGINS WHERE PLUGIN_TYPE = 'PASSWORD VALIDATION' "
        "AND PLUGIN_STATUS = 'ACTIVE')"
    )
    row = cursor.fetchone()
    return MysqlServer(is_mariadb=True, validates_passwords=bool(row and row[0]))


def _check_host(host: str) -> None:
    if not _HOST.fullmatch(host or ""):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_role",
                "Machine invalide : un nom, une adresse IP ou un motif avec « % » "
                "(par exemple « % », « 192.168.1.% » ou « localhost »).",
            )
        )


def _check_password(password: str | None) -> None:
    if password is not None and not _PASSWORD.fullmatch(password):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_role",
                "Sur MariaDB/MySQL, le mot de passe doit être non vide et en caractères ASCII "
                "(lettres sans accents, chiffres, ponctuation, espace) : les autres ne sont pas "
                "envoyés de la même façon par tous les logiciels de connexion.",
            )
        )


def grant_mysql(
    engine: Engine,
    user: str,
    password: str | None,
    execute: bool,
    host: str | None,
    limits: LoginLimits | None = None,
) -> str:
    """Create or update the user on MariaDB/MySQL; returns the SQL (see ``grant_role``)."""
    check_account_name(user, MAX_USER_NAME)
    limits = limits or LoginLimits()
    limits.check()
    host = ANY_HOST if host is None else host
    _check_host(host)
    _check_password(password)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            cursor.execute("SELECT DATABASE(), CURRENT_USER()")
            database, admin = cursor.fetchone()
            if not database:
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "db_role",
                        "L'adresse de la base doit nommer la base de la boutique "
                        "(mysql://utilisateur@serveur:3306/boutique).",
                    )
                )
            policy = read_policy(connection, None)
            server = _server(cursor, raw.get_server_info())
            statements = render_mysql(
                policy, user, host, database, server, password, raw.escape, limits
            )
            if execute:
                for statement in statements:
                    _execute(cursor, statement, admin, database, account(user, host))
    shown = [statement.shown for statement in statements]
    header = ""
    if any(MASKED_LITERAL in text for text in shown):
        header = "-- Mot de passe masqué : ce serveur le reçoit en clair.\n"
    return header + ";\n".join(shown) + ";\n"


def _execute(cursor: Any, statement: Statement, admin: str, database: str, who: str) -> None:
    try:
        cursor.execute(statement.sql)
    except pymysql.MySQLError as exc:
        code = exc.args[0] if exc.args else None
        message = _refusal(code, admin, database, who)
        if message is None:
            raise
        raise ServiceError(message) from exc


def _refusal(code: int | None, admin: str, database: str, who: str) -> str | None:
    if code == _CREATE_USER_DENIED:
        return QT_TRANSLATE_NOOP(
            "db_role",
            "Le compte {admin} ne peut pas créer ni modifier d'utilisateurs : il lui faut le "
            "privilège global CREATE USER (et, sur les tables de la base "
            "« {database} », SELECT, INSERT, UPDATE, DELETE avec GRANT OPTION). Lancez "
            "« backoffice db grant » avec root ou le compte d'administration du serveur.",
        ).format(admin=admin, database=database)
    if code in _GRANT_DENIED:
        return QT_TRANSLATE_NOOP(
            "db_role",
            "Le compte {admin} ne peut pas accorder les privilèges sur la base « {database} » : "
            "il lui faut SELECT, INSERT, UPDATE, DELETE sur ses tables avec GRANT OPTION. "
            "L'utilisateur {who} existe mais n'a plus aucun droit ; relancez la commande "
            "avec root ou le compte d'administration du serveur.",
        ).format(admin=admin, database=database, who=who)
    if code == _NO_SUCH_USER:
        return QT_TRANSLATE_NOOP(
            "db_role",
            "L'utilisateur {who} n'existe pas encore : indiquez son mot de passe avec "
            "« --password-from-env VARIABLE ».",
        ).format(who=who)
    if code == _PASSWORD_REFUSED:
        return QT_TRANSLATE_NOOP(
            "db_role",
            "Le serveur refuse ce mot de passe (règles de mots de passe du serveur) : "
            "choisissez-en un plus long et plus varié.",
        )
    return None
