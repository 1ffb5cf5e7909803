"""``backoffice db secure`` on MariaDB (10.4 and later; not MySQL, whose routines and roles
differ): accounts, roles, routines, triggers and grants.

Accounts (prefix ``p``): ``'p_proprietaire'@'localhost'``, locked (nobody logs in as it),
the definer of every routine and trigger, with the shop's tables, CREATE USER, PROCESS and
CONNECTION ADMIN (to end sessions) and the groups WITH ADMIN OPTION; roles ``p_admin``,
``p_manager``, ``p_employe``, ``p_support`` with the matrix's privileges; ``'p_portail'@host``
the gate (EXECUTE on the three sign-in routines, SELECT on ``alembic_version``); a role
``p_m_<id>`` per member; a user ``'p_s_<session>'@host`` per session, granted the member's
role, which the desk activates (``SET ROLE``) on each connection.

MariaDB applies each statement at once (no transactional DDL nor account changes): a
failure half-way leaves fewer privileges, never more; re-running completes it. Must be run
by an account with every privilege WITH GRANT OPTION and SET USER/SUPER (root).
"""

from __future__ import annotations

import contextlib
import re
import secrets
from typing import Any

import pymysql
from sqlalchemy import Engine, inspect

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.db_role.matrix import (
    CUSTOMER_COLUMNS,
    UNJOURNALED,
    VALUE_RULES,
    group_grants,
    value_rule_groups,
)
from backoffice.services.db_role.mysql import native_password_hash
from backoffice.services.db_role.policy import app_tables
from backoffice.services.db_security import mysql_session, mysql_sql
from backoffice.services.db_security.policy import Accounts, SessionPolicy, check_prefix
from backoffice.services.errors import ServiceError
from backoffice.services.throttle import ADDRESS_KEY
from backoffice.shop_time import shop_timezone

GATE_CONNECTION_LIMIT = 50
GATE_PROCEDURES = ("backoffice_sel", "backoffice_connexion", "backoffice_second_facteur")
STAFF_PROCEDURES = (
    "backoffice_sel",
    "backoffice_activite",
    "backoffice_deconnexion",
    "backoffice_deverrouillage",
)
ADMIN_PROCEDURES = ("backoffice_admin_membre", "backoffice_admin_revoquer", "backoffice_admin_2fa")
ADMIN_FUNCTIONS = ("backoffice_code_secours_present",)


def _lit(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def _id(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _blocks() -> list[str]:
    return [
        mysql_sql.HELPERS,
        mysql_sql.SIGN_IN,
        mysql_session.SESSION,
        mysql_session.MEMBERS,
    ]


_TEXT_TYPE = re.compile(r"\b(VARCHAR\(\d+\)|TEXT)(?![\w(]| CHARACTER)")


def routine_sql(
    accounts: Accounts,
    owner: str,
    *,
    idrole: str,
    host: str,
    policy: SessionPolicy,
    bcrypt_cost: int,
    collation: str,
) -> list[str]:
    replacements = {
        "@P@": accounts.prefix,
        "@IDROLE@": _id(idrole),
        "@IDLE@": str(int(policy.idle_minutes)),
        "@LIFETIME@": str(int(policy.lifetime_minutes)),
        "@COST@": str(int(bcrypt_cost)),
        "@KEY@": ADDRESS_KEY.decode("ascii").replace("'", "''"),
        "@ZONE@": _lit(shop_timezone().key),
        "@HOST@": _lit(host),
    }
    out = []
    for block in _blocks():
        for statement in block.split("-- ;;"):
            text = statement.strip()
            if not text:
                continue
            for key, value in replacements.items():
                text = text.replace(key, value)
            # Parameters and variables take the tables' collation, not the database
            # default's: comparing them with columns must not mix two collations.
            text = _TEXT_TYPE.sub(rf"\1 CHARACTER SET utf8mb4 COLLATE {collation}", text)
            # Every routine runs with its definer's rights (the locked owner account).
            text = text.replace(
                "CREATE OR REPLACE FUNCTION", f"CREATE OR REPLACE DEFINER = {owner} FUNCTION", 1
            )
            text = text.replace(
                "CREATE OR REPLACE PROCEDURE", f"CREATE OR REPLACE DEFINER = {owner} PROCEDURE", 1
            )
            out.append(text)
    return out


def _trigger(owner: str, name: str, timing: str, event: str, table: str, body: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {_id(name)}",
        f"CREATE DEFINER = {owner} TRIGGER {_id(name)} {timing} {event} ON {_id(table)} "
        f"FOR EACH ROW BEGIN {body} END",
    ]


_ENDED = (
    "IF backoffice_est_personnel() AND NOT COALESCE(backoffice_session_valide("
    "backoffice_ma_session()), FALSE) THEN SIGNAL SQLSTATE '42000' SET MYSQL_ERRNO = 1142, "
    "MESSAGE_TEXT = 'backoffice: this session has ended (revoked, idle or expired)'; END IF;"
)


def trigger_sql(
    accounts: Accounts,
    owner: str,
    tables: dict[str, list[str]],
    keys: dict[str, list[str]],
    idrole: str,
    quiet: list[str],
) -> list[str]:
    out: list[str] = []
    quiet_list = ", ".join(_lit(q) for q in quiet) or "''"
    for table in sorted(tables):
        for suffix in ("i", "u", "d"):
            out.append(f"DROP TRIGGER IF EXISTS {_id(f'bo_j{suffix}_{table}'[:64])}")
        if table in UNJOURNALED:
            continue
        for suffix, event, row in (
            ("i", "INSERT", "NEW"),
            ("u", "UPDATE", "NEW"),
            ("d", "DELETE", "OLD"),
        ):
            key = ", ".join(f"{row}.{_id(c)}" for c in keys[table]) or "NULL"
            changed = "NULL"
            if event == "UPDATE":
                parts = [
                    f"IF(NOT (OLD.{_id(c)} <=> NEW.{_id(c)}), {_lit(c)}, NULL)"
                    for c in tables[table]
                ]
                changed = f"NULLIF(CONCAT_WS(',', {', '.join(parts)}), '')"
            who = f"(backoffice_est_personnel() OR backoffice_moi() NOT IN ({quiet_list}))"
            some = f" AND {changed} IS NOT NULL" if event == "UPDATE" else ""
            body = (
                f"{_ENDED} IF {who}{some} THEN INSERT INTO journal_base (date_action, "
                "compte_base, id_utilisateur, id_session, table_cible, operation, cle, colonnes) "
                "VALUES (backoffice_maintenant(), LEFT(USER(), 200), backoffice_mon_membre(), "
                f"backoffice_ma_session(), {_lit(table)}, {_lit(event)}, "
                f"LEFT(CONCAT_WS(',', {key}), 255), {changed}); END IF;"
            )
            out += _trigger(owner, f"bo_j{suffix}_{table}"[:64], "AFTER", event, table, body)
    if "historique_actions" in tables:
        out += _trigger(
            owner,
            "bo_horodatage",
            "BEFORE",
            "INSERT",
            "historique_actions",
            "IF backoffice_est_personnel() THEN SET NEW.id_utilisateur = backoffice_mon_membre(), "
            "NEW.date_action = backoffice_maintenant(); END IF;",
        )
    columns = [c for c in tables["utilisateurs"] if c.lower() in CUSTOMER_COLUMNS]
    changed = " OR ".join(f"NOT (OLD.{_id(c)} <=> NEW.{_id(c)})" for c in columns) or "FALSE"
    role = _id(idrole)
    out += _trigger(
        owner,
        "bo_garde_utilisateurs",
        "BEFORE",
        "UPDATE",
        "utilisateurs",
        f"IF backoffice_est_personnel() AND ({changed}) AND EXISTS (SELECT 1 FROM roles r WHERE "
        f"r.id IN (OLD.{role}, NEW.{role}) AND r.libelle IN ('admin', 'manager', 'employe', "
        "'support')) THEN SIGNAL SQLSTATE '42000' SET MYSQL_ERRNO = 1142, MESSAGE_TEXT = "
        "'backoffice: staff accounts change through the Securite tab only'; END IF;",
    )
    for number, rule in enumerate(VALUE_RULES):
        if rule.table not in tables:
            continue
        allowed = ", ".join(_lit(g) for g in value_rule_groups(rule))
        column = _id(rule.column)
        for event in ("INSERT", "UPDATE"):
            old = f"AND NOT (OLD.{column} <=> NEW.{column}) " if event == "UPDATE" else ""
            out += _trigger(
                owner,
                f"bo_regle_{number}_{event[0].lower()}",
                "BEFORE",
                event,
                rule.table,
                f"IF backoffice_est_personnel() AND NEW.{column} = {_lit(rule.value)} {old}"
                f"AND COALESCE(backoffice_groupe(), '') NOT IN ({allowed}) THEN SIGNAL SQLSTATE "
                "'42000' SET MYSQL_ERRNO = 1142, MESSAGE_TEXT = 'backoffice: this value needs a "
                "permission this login lacks'; END IF;",
            )
    return out


def account_sql(
    accounts: Accounts, owner: str, database: str, host: str, gate_password: str | None
) -> list[str]:
    db = _id(database)
    gate = f"{_lit(accounts.gate)}@{_lit(host)}"
    out = [
        # A random password nobody keeps, and locked: the owner only defines routines.
        f"CREATE USER IF NOT EXISTS {owner} IDENTIFIED BY {_lit(secrets.token_hex(24))} "
        "ACCOUNT LOCK",
        f"ALTER USER {owner} ACCOUNT LOCK",
        f"GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE, TRIGGER ON {db}.* TO {owner}",
        f"GRANT CREATE USER, PROCESS, CONNECTION ADMIN ON *.* TO {owner}",
        f"GRANT SELECT ON {db}.securite_base TO {owner} WITH GRANT OPTION",
    ]
    for group in accounts.groups.values():
        out.append(f"CREATE ROLE IF NOT EXISTS {_id(group)}")
        out.append(f"GRANT {_id(group)} TO {owner} WITH ADMIN OPTION")
    if gate_password is not None:
        hashed = _lit(native_password_hash(gate_password))
        out.append(f"CREATE USER IF NOT EXISTS {gate} IDENTIFIED BY PASSWORD {hashed}")
        out.append(f"ALTER USER {gate} IDENTIFIED BY PASSWORD {hashed}")
    out.append(
        f"ALTER USER {gate} WITH MAX_USER_CONNECTIONS {GATE_CONNECTION_LIMIT} MAX_STATEMENT_TIME 30"
    )
    return out


def grant_sql(
    accounts: Accounts, database: str, host: str, tables: dict[str, list[str]]
) -> list[str]:
    db = _id(database)
    gate = f"{_lit(accounts.gate)}@{_lit(host)}"
    out = [f"REVOKE ALL PRIVILEGES, GRANT OPTION FROM {gate}"]
    for name in GATE_PROCEDURES:
        out.append(f"GRANT EXECUTE ON PROCEDURE {db}.{_id(name)} TO {gate}")
    if "alembic_version" in tables:
        out.append(f"GRANT SELECT ON {db}.alembic_version TO {gate}")
    for role, group in accounts.groups.items():
        g = _id(group)
        out.append(f"REVOKE ALL PRIVILEGES, GRANT OPTION FROM {g}")
        for grant in group_grants(role, tables):
            target = f"{db}.{_id(grant.table)}"
            privileges = list(grant.privileges)
            if grant.select is not None:
                cols = f" ({', '.join(map(_id, grant.select))})" if grant.select else ""
                privileges.append(f"SELECT{cols}")
            if grant.update_columns:
                privileges.append(f"UPDATE ({', '.join(map(_id, grant.update_columns))})")
            out.append(f"GRANT {', '.join(privileges)} ON {target} TO {g}")
        for name in STAFF_PROCEDURES:
            out.append(f"GRANT EXECUTE ON PROCEDURE {db}.{_id(name)} TO {g}")
        if role == "admin":
            for name in ADMIN_PROCEDURES:
                out.append(f"GRANT EXECUTE ON PROCEDURE {db}.{_id(name)} TO {g}")
            for name in ADMIN_FUNCTIONS:
                out.append(f"GRANT EXECUTE ON FUNCTION {db}.{_id(name)} TO {g}")
    return out


def settings_sql(accounts: Accounts, policy: SessionPolicy) -> list[str]:
    values = {
        "prefixe": accounts.prefix,
        "portail": accounts.gate,
        "inactivite_minutes": str(policy.idle_minutes),
        "duree_minutes": str(policy.lifetime_minutes),
        "verrouillage_minutes": str(policy.lock_minutes),
        "verrouillage_max_minutes": str(policy.lock_max_minutes),
    }
    rows = ", ".join(f"({_lit(k)}, {_lit(v)})" for k, v in values.items())
    return [
        f"INSERT INTO securite_base (cle, valeur) VALUES {rows} "
        "ON DUPLICATE KEY UPDATE valeur = VALUES(valeur)"
    ]


def _read(connection: Any, cursor: Any) -> dict[str, Any]:
    inspector = inspect(connection)
    names = set(inspector.get_table_names())
    missing = [t for t in app_tables() if t not in names]
    if missing:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_security",
                "Le schéma de la base n'est pas à jour (tables absentes : {tables}). Lancez "
                "d'abord « backoffice-cli db upgrade ».",
            ).format(tables=", ".join(missing))
        )
    wanted = app_tables() + (["alembic_version"] if "alembic_version" in names else [])
    tables = {t: [c["name"] for c in inspector.get_columns(t)] for t in wanted}
    keys = {t: inspector.get_pk_constraint(t).get("constrained_columns") or [] for t in wanted}
    idrole = next(c for c in tables["utilisateurs"] if c.lower() == "idrole")
    cursor.execute(
        "SELECT SUBSTRING(password, 5, 2), COUNT(*) FROM utilisateurs WHERE password REGEXP "
        "'^[$]2[aby][$][0-9]{2}[$]' GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1"
    )
    cost = cursor.fetchone()
    cursor.execute(
        "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
        "AND TABLE_NAME = 'utilisateurs' AND COLUMN_NAME = 'email'"
    )
    collation = cursor.fetchone()[0] or "utf8mb4_unicode_ci"
    if not re.fullmatch(r"utf8mb4_\w+", collation):
        collation = "utf8mb4_unicode_ci"
    return {
        "tables": tables,
        "keys": keys,
        "idrole": idrole,
        "collation": collation,
        "bcrypt_cost": int(cost[0]) if cost else 10,
    }


def secure_mysql(
    engine: Engine,
    prefix: str,
    gate_password: str | None,
    *,
    policy: SessionPolicy | None = None,
    execute: bool = True,
    host: str | None = None,
    quiet_accounts: list[str] | None = None,
) -> str:
    accounts = check_prefix(prefix)
    policy = policy or SessionPolicy()
    policy.check()
    host = host or "%"
    owner = f"{_lit(accounts.owner)}@'localhost'"
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        if "mariadb" not in raw.get_server_info().lower():
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "db_security",
                    "Les identités en base demandent MariaDB (10.4 ou plus) : MySQL n'a pas les "
                    "mêmes routines ni les mêmes rôles.",
                )
            )
        with raw.cursor() as cursor:
            cursor.execute("SELECT DATABASE(), SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")
            database, installer = cursor.fetchone()
            facts = _read(connection, cursor)
            quiet = quiet_accounts if quiet_accounts is not None else [installer]
            statements = [
                # Routines and triggers keep the connection's collation for their literals:
                # the tables' own, so that comparing them with columns never mixes two.
                f"SET NAMES utf8mb4 COLLATE {facts['collation']}",
                *account_sql(accounts, owner, database, host, gate_password),
                *routine_sql(
                    accounts,
                    owner,
                    idrole=facts["idrole"],
                    host=host,
                    policy=policy,
                    bcrypt_cost=facts["bcrypt_cost"],
                    collation=facts["collation"],
                ),
                *grant_sql(accounts, database, host, facts["tables"]),
                *trigger_sql(
                    accounts, owner, facts["tables"], facts["keys"], facts["idrole"], quiet
                ),
                *settings_sql(accounts, policy),
            ]
            if execute:
                for statement in statements:
                    try:
                        cursor.execute(statement)
                    except pymysql.MySQLError as exc:
                        raise ServiceError(
                            QT_TRANSLATE_NOOP(
                                "db_security",
                                "Le serveur a refusé une étape ({error}) : lancez la commande "
                                "avec root ou le compte d'administration du serveur.",
                            ).format(error=exc.args[-1] if exc.args else exc)
                        ) from exc
                raw.commit()
    shown = [
        s.replace(_lit(gate_password), "'********'") if gate_password else s for s in statements
    ]
    return ";\n".join(shown) + ";\n"


def set_member(engine: Engine, user_id: int, role: str | None) -> str | None:
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            if role is None:
                cursor.execute("CALL backoffice_membre_desactiver(%s)", (int(user_id),))
                raw.commit()
                return None
            cursor.execute("CALL backoffice_membre_definir(%s, %s)", (int(user_id), role))
            account = cursor.fetchone()[0]
            while cursor.nextset():
                pass
            raw.commit()
            return str(account)


def drop_accounts(engine: Engine, prefix: str) -> None:
    """Remove every account and role of ``prefix`` from the server (tests; uninstalling)."""
    accounts = check_prefix(prefix)
    pattern = accounts.prefix.replace("_", "\\_") + "\\_%"
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            cursor.execute(
                "SELECT ID FROM information_schema.PROCESSLIST WHERE USER LIKE %s", (pattern,)
            )
            for (thread,) in cursor.fetchall():
                with contextlib.suppress(pymysql.MySQLError):
                    cursor.execute(f"KILL CONNECTION {int(thread)}")
            cursor.execute(
                "SELECT User, Host, is_role FROM mysql.user WHERE User LIKE %s", (pattern,)
            )
            for user, host, is_role in cursor.fetchall():
                if is_role == "Y":
                    cursor.execute(f"DROP ROLE IF EXISTS {_id(user)}")
                else:
                    cursor.execute(f"DROP USER IF EXISTS {_lit(user)}@{_lit(host)}")
