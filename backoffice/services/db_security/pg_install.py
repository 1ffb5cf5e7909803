"""``backoffice db secure`` on PostgreSQL: roles, routines, triggers and grants, in one
transaction (PostgreSQL's DDL and role changes are transactional: it all lands or none).

Accounts (prefix ``p``; see :class:`~.policy.Accounts`):

* ``p_proprietaire`` — NOLOGIN, CREATEROLE, pg_signal_backend: owns the SECURITY DEFINER
  routines and has what they need on the tables. Nobody logs in as it.
* ``p_personnel`` — NOLOGIN: what every staff session may call (heartbeat, sign-out,
  unlock). ``p_admin``, ``p_manager``, ``p_employe``, ``p_support`` — NOLOGIN groups in it,
  with exactly :func:`backoffice.services.db_role.matrix.group_grants`.
* ``p_portail`` — the gate, the only login whose password desks store: CONNECT, and
  EXECUTE on the two sign-in routines; it reads ``alembic_version`` (schema check). Nothing
  else.
* ``p_m_<id>`` — NOLOGIN, one per staff member, in their group (member management).
* ``p_s_<session>`` — LOGIN, made at sign-in for one session, VALID UNTIL its lifetime's
  end, in the member's role; dropped when the session ends.

Re-running it is how grants follow a schema upgrade (a table added by a later migration
gets its rule) and how the session policy changes.

Must be run by a superuser (it creates a CREATEROLE role, gives pg_signal_backend and
changes the routines' owner).
"""

from __future__ import annotations

import re
from typing import Any

from psycopg import sql
from sqlalchemy import Engine, inspect

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.db_role.matrix import (
    UNJOURNALED,
    VALUE_RULES,
    group_grants,
    value_rule_groups,
)
from backoffice.services.db_role.policy import app_tables
from backoffice.services.db_security import pg_session, pg_signin
from backoffice.services.db_security.policy import (
    Accounts,
    SessionPolicy,
    check_prefix,
)
from backoffice.services.errors import ServiceError
from backoffice.services.throttle import ADDRESS_KEY
from backoffice.shop_time import shop_timezone

SCHEMA = "public"
GATE_CONNECTION_LIMIT = 50
_FUNCTION = re.compile(r"CREATE OR REPLACE FUNCTION (\w+)\(")

GATE_FUNCTIONS = ("backoffice_connexion", "backoffice_second_facteur")
STAFF_FUNCTIONS = (
    "backoffice_activite",
    "backoffice_deconnexion",
    "backoffice_deverrouillage",
    "backoffice_est_personnel",  # the invoker-rights triggers call it
)
ADMIN_FUNCTIONS = (
    "backoffice_admin_membre",
    "backoffice_admin_revoquer",
    "backoffice_admin_2fa",
    "backoffice_code_secours_present",
)
# Trigger functions that must run with the caller's rights: they look at current_user.
INVOKER_FUNCTIONS = ("backoffice_garde_utilisateurs", "backoffice_regle_valeur")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def function_sql(
    accounts: Accounts,
    *,
    idrole: str,
    crypto_schema: str,
    zone: str,
    policy: SessionPolicy,
    bcrypt_cost: int,
    quiet: list[str],
) -> list[str]:
    """The CREATE FUNCTION statements, placeholders filled."""
    path = ", ".join(_q(s) for s in dict.fromkeys([SCHEMA, crypto_schema])) + ", pg_temp"
    settings = f"SET search_path = {path} SET timezone = {_literal(zone)}"
    quiet_array = "ARRAY[" + ", ".join(_literal(q) for q in quiet) + "]::text[]"
    replacements = {
        "@P@": accounts.prefix,
        "@IDROLE@": _q(idrole),
        "@IDLE@": str(int(policy.idle_minutes)),
        "@LIFETIME@": str(int(policy.lifetime_minutes)),
        "@COST@": str(int(bcrypt_cost)),
        "@KEY@": ADDRESS_KEY.decode("ascii").replace("'", "''"),
        "@STAFF@": accounts.staff,
        "@QUIET@": quiet_array if quiet else "ARRAY[]::text[]",
    }
    statements = []
    for block in (
        pg_signin.HELPERS,
        pg_signin.SIGN_IN,
        pg_session.SESSION,
        pg_session.TRIGGERS,
        pg_session.MEMBERS,
    ):
        for statement in _split(block):
            name = _FUNCTION.search(statement)
            definer = not (name and name.group(1) in INVOKER_FUNCTIONS)
            opts = ("SECURITY DEFINER " if definer else "SECURITY INVOKER ") + settings
            text = statement.replace("@OPTS@", opts)
            for key, value in replacements.items():
                text = text.replace(key, value)
            statements.append(text)
    return statements


def _split(block: str) -> list[str]:
    """The statements of a block: each ends with ``$f$;`` (function bodies hold ``;``)."""
    parts = [part.strip() for part in block.split("$f$;")]
    return [part + "$f$" for part in parts if part and "CREATE" in part]


def function_names() -> list[str]:
    names: list[str] = []
    for block in (
        pg_signin.HELPERS,
        pg_signin.SIGN_IN,
        pg_session.SESSION,
        pg_session.TRIGGERS,
        pg_session.MEMBERS,
    ):
        names.extend(_FUNCTION.findall(block))
    return list(dict.fromkeys(names))


def _ensure_role(name: str) -> str:
    return (
        "DO $r$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = "
        f"{_literal(name)}) THEN CREATE ROLE {_q(name)}; END IF; END $r$"
    )


def role_sql(accounts: Accounts, database: str, gate_verifier: str | None) -> list[str]:
    db = _q(database)
    owner, staff, gate = _q(accounts.owner), _q(accounts.staff), _q(accounts.gate)
    out = [_ensure_role(accounts.owner), _ensure_role(accounts.staff), _ensure_role(accounts.gate)]
    out += [_ensure_role(name) for name in accounts.groups.values()]
    out += [
        f"ALTER ROLE {owner} NOLOGIN NOSUPERUSER CREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS",
        f"GRANT pg_signal_backend TO {owner}",
        f"ALTER ROLE {staff} NOLOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS",
    ]
    for group in accounts.groups.values():
        out.append(
            f"ALTER ROLE {_q(group)} NOLOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS"
        )
        out.append(f"GRANT {staff} TO {_q(group)}")
        # PostgreSQL 16 wants ADMIN OPTION to grant a group's membership (15: CREATEROLE).
        out.append(f"GRANT {_q(group)} TO {owner} WITH ADMIN OPTION")
    attributes = (
        f"LOGIN NOINHERIT NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS "
        f"CONNECTION LIMIT {GATE_CONNECTION_LIMIT}"
    )
    if gate_verifier is not None:
        attributes += f" PASSWORD {_literal(gate_verifier)}"
    out.append(f"ALTER ROLE {gate} {attributes}")
    for setting, value in (("statement_timeout", "30s"), ("lock_timeout", "10s")):
        out.append(f"ALTER ROLE {gate} SET {setting} = {_literal(value)}")
    out += [
        f"GRANT CONNECT ON DATABASE {db} TO {owner}, {staff}, {gate}",
        f"REVOKE CREATE ON SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {owner}, {staff}, {gate}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM {gate}, {staff}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {SCHEMA} TO {owner}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO {owner}",
    ]
    return out


def grant_sql(
    accounts: Accounts, tables: dict[str, list[str]], sequences: dict[str, list[str]]
) -> list[str]:
    out: list[str] = []
    for role, group in accounts.groups.items():
        g = _q(group)
        out.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM {g}")
        out.append(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {SCHEMA} FROM {g}")
        for grant in group_grants(role, tables):
            target = f"{SCHEMA}.{_q(grant.table)}"
            if grant.select is not None:
                columns = f" ({', '.join(map(_q, grant.select))})" if grant.select else ""
                out.append(f"GRANT SELECT{columns} ON TABLE {target} TO {g}")
            if grant.privileges:
                out.append(f"GRANT {', '.join(grant.privileges)} ON TABLE {target} TO {g}")
            if grant.update_columns:
                columns = ", ".join(map(_q, grant.update_columns))
                out.append(f"GRANT UPDATE ({columns}) ON TABLE {target} TO {g}")
            if "INSERT" in grant.privileges:
                for sequence in sequences.get(grant.table, []):
                    out.append(f"GRANT USAGE ON SEQUENCE {SCHEMA}.{_q(sequence)} TO {g}")
    if "alembic_version" in tables:
        out.append(f"GRANT SELECT ON TABLE {SCHEMA}.alembic_version TO {_q(accounts.gate)}")
    return out


def routine_grant_sql(accounts: Accounts) -> list[str]:
    out = []
    for name in function_names():
        out.append(f"ALTER FUNCTION {name} OWNER TO {_q(accounts.owner)}")
        out.append(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
    for name in GATE_FUNCTIONS:
        out.append(f"GRANT EXECUTE ON FUNCTION {name} TO {_q(accounts.gate)}")
    for name in STAFF_FUNCTIONS:
        out.append(f"GRANT EXECUTE ON FUNCTION {name} TO {_q(accounts.staff)}")
    for name in ADMIN_FUNCTIONS:
        out.append(f"GRANT EXECUTE ON FUNCTION {name} TO {_q(accounts.group('admin'))}")
    return out


def trigger_sql(accounts: Accounts, keys: dict[str, list[str]], idrole: str) -> list[str]:
    out: list[str] = []
    for table in sorted(keys):
        t = f"{SCHEMA}.{_q(table)}"
        out.append(f"DROP TRIGGER IF EXISTS backoffice_journal ON {t}")
        if table in UNJOURNALED:
            continue
        arguments = ", ".join(_literal(c) for c in keys[table])
        out.append(
            f"CREATE TRIGGER backoffice_journal AFTER INSERT OR UPDATE OR DELETE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION backoffice_journal({arguments})"
        )
    if "historique_actions" in keys:
        out += [
            "DROP TRIGGER IF EXISTS backoffice_horodatage ON public.historique_actions",
            "CREATE TRIGGER backoffice_horodatage BEFORE INSERT OR UPDATE ON "
            "public.historique_actions FOR EACH ROW EXECUTE FUNCTION backoffice_horodatage_audit()",
        ]
    out += [
        "DROP TRIGGER IF EXISTS backoffice_garde ON public.utilisateurs",
        "CREATE TRIGGER backoffice_garde BEFORE UPDATE ON public.utilisateurs "
        "FOR EACH ROW EXECUTE FUNCTION backoffice_garde_utilisateurs()",
    ]
    for number, rule in enumerate(VALUE_RULES):
        if rule.table not in keys:
            continue
        name = f"backoffice_regle_{number}"
        groups = [accounts.group(r) for r in value_rule_groups(rule)]
        arguments = ", ".join(_literal(a) for a in (rule.column, rule.value, *groups))
        out += [
            f"DROP TRIGGER IF EXISTS {name} ON {SCHEMA}.{_q(rule.table)}",
            f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {SCHEMA}.{_q(rule.table)} "
            f"FOR EACH ROW EXECUTE FUNCTION backoffice_regle_valeur({arguments})",
        ]
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
    rows = ", ".join(f"({_literal(k)}, {_literal(v)})" for k, v in values.items())
    return [
        f"INSERT INTO {SCHEMA}.securite_base (cle, valeur) VALUES {rows} "
        "ON CONFLICT (cle) DO UPDATE SET valeur = EXCLUDED.valeur"
    ]


# --- reading the database -------------------------------------------------------------


def _read(connection: Any, cursor: Any) -> dict[str, Any]:
    inspector = inspect(connection)
    names = set(inspector.get_table_names(schema=SCHEMA))
    wanted = [t for t in app_tables() if t in names] + (
        ["alembic_version"] if "alembic_version" in names else []
    )
    missing = [t for t in app_tables() if t not in names]
    if missing:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_security",
                "Le schéma de la base n'est pas à jour (tables absentes : {tables}). Lancez "
                "d'abord « backoffice-cli db upgrade ».",
            ).format(tables=", ".join(missing))
        )
    tables = {t: [c["name"] for c in inspector.get_columns(t, schema=SCHEMA)] for t in wanted}
    keys = {
        t: inspector.get_pk_constraint(t, schema=SCHEMA).get("constrained_columns") or []
        for t in wanted
    }
    cursor.execute(
        """
        SELECT t.relname, s.relname FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
        JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = %s AND d.deptype IN ('a', 'i')
        """,
        (SCHEMA,),
    )
    sequences: dict[str, list[str]] = {}
    for table, sequence in cursor.fetchall():
        sequences.setdefault(table, []).append(sequence)
    idrole = next(c for c in tables["utilisateurs"] if c.lower() == "idrole")
    cursor.execute(
        "SELECT tableowner FROM pg_catalog.pg_tables WHERE schemaname = %s AND "
        "tablename = 'utilisateurs'",
        (SCHEMA,),
    )
    owner_row = cursor.fetchone()
    cursor.execute(
        "SELECT substr(password, 5, 2), count(*) FROM utilisateurs WHERE password ~ "
        "'^\\$2[aby]\\$[0-9]{2}\\$' GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1"
    )
    cost_row = cursor.fetchone()
    return {
        "tables": tables,
        "keys": keys,
        "sequences": sequences,
        "idrole": idrole,
        "site_owner": owner_row[0] if owner_row else None,
        "bcrypt_cost": int(cost_row[0]) if cost_row else 10,
    }


def _check_superuser(cursor: Any) -> None:
    cursor.execute("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user")
    row = cursor.fetchone()
    if not row or not row[0]:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_security",
                "« backoffice-cli db secure » doit être lancé avec un compte superutilisateur "
                "PostgreSQL (il crée le rôle propriétaire des routines, avec CREATEROLE).",
            )
        )


def secure_postgres(
    engine: Engine,
    prefix: str,
    gate_password: str | None,
    *,
    policy: SessionPolicy | None = None,
    quiet_accounts: list[str] | None = None,
    execute: bool = True,
) -> str:
    """Install or refresh everything; returns the SQL (the gate's password as a verifier)."""
    accounts = check_prefix(prefix)
    policy = policy or SessionPolicy()
    policy.check()
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            _check_superuser(cursor)
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
            cursor.execute(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                "ON n.oid = e.extnamespace WHERE e.extname = 'pgcrypto'"
            )
            crypto_schema = cursor.fetchone()[0]
            facts = _read(connection, cursor)
            quiet = quiet_accounts
            if quiet is None:
                quiet = [facts["site_owner"]] if facts["site_owner"] else []
            verifier = None
            if gate_password is not None:
                verifier = raw.pgconn.encrypt_password(
                    gate_password.encode("utf-8"), accounts.gate.encode("utf-8"), None
                ).decode("ascii")
            statements = [
                *role_sql(accounts, raw.info.dbname, verifier),
                *function_sql(
                    accounts,
                    idrole=facts["idrole"],
                    crypto_schema=crypto_schema,
                    zone=shop_timezone().key,
                    policy=policy,
                    bcrypt_cost=facts["bcrypt_cost"],
                    quiet=quiet,
                ),
                *routine_grant_sql(accounts),
                *grant_sql(accounts, facts["tables"], facts["sequences"]),
                *trigger_sql(accounts, facts["keys"], facts["idrole"]),
                *settings_sql(accounts, policy),
            ]
            if execute:
                for statement in statements:
                    cursor.execute(statement.encode("utf-8"))
            else:
                connection.rollback()  # not even the extension
    return ";\n".join(statements) + ";\n"


def set_member(engine: Engine, user_id: int, role: str | None) -> str | None:
    """Create/change (``role``) or disable (None) a member's identity, as the installer."""
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            if role is None:
                cursor.execute("SELECT backoffice_membre_desactiver(%s)", (int(user_id),))
                return None
            cursor.execute("SELECT backoffice_membre_definir(%s, %s)", (int(user_id), role))
            return str(cursor.fetchone()[0])


def drop_accounts(engine: Engine, prefix: str) -> None:
    """Remove every account of ``prefix`` from the server (tests; uninstalling)."""
    accounts = check_prefix(prefix)
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            cursor.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname DESC",
                (accounts.prefix.replace("_", r"\_") + r"\_%",),
            )
            names = [row[0] for row in cursor.fetchall()]
            for name in names:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                    (name,),
                )
            for name in names:
                cursor.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(name)))
            for name in names:
                cursor.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
