"""The least-privilege account rendered for PostgreSQL: a role.

The role can log in and connect to the shop's database, use the ``public`` schema, use the
sequences behind the tables' ids, and has on the tables what the :class:`GrantPolicy`
says; no CREATE on the schema (no DDL; ``backoffice db upgrade`` is run by the owner
account), no TRUNCATE, no access to tables the back-office does not know about.

Re-running it is safe and is how privileges follow a schema upgrade: it creates the role if
needed, resets its attributes, revokes its table privileges and grants them afresh, in one
transaction.

The password is never sent in clear: the SCRAM verifier is computed by libpq on this side
(``PQencryptPasswordConn``, the algorithm of the server's ``password_encryption``) and only
the verifier appears in the SQL, which is therefore safe to print with ``--print``.

Limits (:class:`LoginLimits`): ``CONNECTION LIMIT`` (enforced), and the role's defaults
``statement_timeout``, ``lock_timeout`` and ``idle_in_transaction_session_timeout``
(``ALTER ROLE … SET``: applied to every session of the role that does not set its own).
The role gets no TEMPORARY privilege of its own (``REVOKE TEMPORARY ON DATABASE … FROM``
the role); PostgreSQL grants TEMPORARY to PUBLIC by default, and taking it from PUBLIC
concerns every role of the database (the website's included), so it is left to the
owner: :func:`public_temp_note` says how. Large objects: any role may create one
(``lo_create``), no privilege governs that; with ``lo_compat_privileges`` off (the
default) it cannot read or change anybody else's.

Must be run by a superuser or the tables' owner with CREATEROLE.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from psycopg import sql
from sqlalchemy import Engine

from backoffice.services.db_role.policy import (
    GrantPolicy,
    LoginLimits,
    check_account_name,
    read_policy,
)

SCHEMA = "public"
MAX_ROLE_NAME = 63


def _owned_sequences(cursor: Any, tables: list[str]) -> list[str]:
    # Sequences that belong to the tables' columns (serial or identity), not every sequence
    # of the schema: the website may have others the application has no business using.
    cursor.execute(
        """
        SELECT DISTINCT s.relname
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
        JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = %s AND t.relname = ANY(%s) AND d.deptype IN ('a', 'i')
        ORDER BY s.relname
        """,
        (SCHEMA, tables),
    )
    return [row[0] for row in cursor.fetchall()]


def _table_list(names: list[str]) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(SCHEMA, name) for name in names)


def _privileges(names: tuple[str, ...]) -> sql.Composable:
    return sql.SQL(", ".join(names))


def render_postgres(
    policy: GrantPolicy,
    role: str,
    database: str,
    sequences: list[str],
    password_verifier: str | None,
    limits: LoginLimits | None = None,
) -> list[sql.Composable]:
    """The statements, identifiers quoted by psycopg; the policy's tables must exist."""
    limits = limits or LoginLimits()
    ident = sql.Identifier(role)
    attributes = sql.SQL(
        "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT {}"
    ).format(sql.Literal(int(limits.connection_limit)))
    if password_verifier is not None:
        attributes = sql.SQL("{} PASSWORD {}").format(attributes, sql.Literal(password_verifier))
    schema = sql.Identifier(SCHEMA)
    statements: list[sql.Composable] = [
        sql.SQL(
            "DO $grant$ BEGIN IF NOT EXISTS "
            "(SELECT FROM pg_catalog.pg_roles WHERE rolname = {}) "
            "THEN CREATE ROLE {}; END IF; END $grant$"
        ).format(sql.Literal(role), ident),
        sql.SQL("ALTER ROLE {} WITH {}").format(ident, attributes),
        *(
            sql.SQL("ALTER ROLE {} SET {} = {}").format(
                ident, sql.SQL(name), sql.Literal(f"{int(seconds)}s")
            )
            for name, seconds in (
                ("statement_timeout", limits.statement_timeout_s),
                ("lock_timeout", limits.lock_timeout_s),
                ("idle_in_transaction_session_timeout", limits.idle_in_transaction_s),
            )
        ),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), ident),
        # No TEMPORARY of its own (PUBLIC's is the owner's business: see the module).
        sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM {}").format(sql.Identifier(database), ident),
        # Before PostgreSQL 15 every role could create objects in "public" through PUBLIC;
        # revoking it from PUBLIC is the only way to deny DDL there (a no-op from 15 on).
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(schema),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM {}").format(schema, ident),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, ident),
        # Start from nothing, so that a privilege granted by hand earlier does not linger.
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(schema, ident),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(schema, ident),
    ]
    # Tables with the same privileges share one GRANT; a column-limited table gets its
    # table privileges, then UPDATE on its columns.
    for (privileges, columns), group in groupby(
        policy.grants, key=lambda g: (g.privileges, g.update_columns)
    ):
        tables = [grant.table for grant in group]
        statements.append(
            sql.SQL("GRANT {} ON TABLE {} TO {}").format(
                _privileges(privileges), _table_list(tables), ident
            )
        )
        if columns:
            statements.append(
                sql.SQL("GRANT UPDATE ({}) ON TABLE {} TO {}").format(
                    sql.SQL(", ").join(sql.Identifier(c) for c in columns),
                    _table_list(tables),
                    ident,
                )
            )
    if sequences:
        statements.append(
            sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {} TO {}").format(
                _table_list(sequences), ident
            )
        )
    return statements


def public_temp_note(cursor: Any, database: str) -> str:
    """A French SQL comment when PUBLIC (so every role) may create temporary tables."""
    cursor.execute(
        "SELECT has_database_privilege('public', %s, 'TEMPORARY')"
        " FROM pg_catalog.pg_database WHERE datname = %s",
        (database, database),
    )
    row = cursor.fetchone()
    if not row or not row[0]:
        return ""
    quoted = sql.Identifier(database).as_string(cursor.connection)
    return (
        "-- Note : tous les rôles (PUBLIC, donc aussi celui-ci) peuvent créer des tables\n"
        "-- temporaires dans cette base, comme PostgreSQL le permet par défaut. Pour l'interdire\n"
        "-- (à tous, le site compris : vérifiez qu'il n'en a pas besoin), le propriétaire lance :\n"
        f"--   REVOKE TEMPORARY ON DATABASE {quoted} FROM PUBLIC;\n"
    )


def grant_postgres(
    engine: Engine,
    role: str,
    password: str | None,
    execute: bool,
    limits: LoginLimits | None = None,
) -> str:
    """Create or update the role on PostgreSQL; returns the SQL (see ``grant_role``)."""
    check_account_name(role, MAX_ROLE_NAME)
    limits = limits or LoginLimits()
    limits.check()
    with engine.begin() as connection:
        policy = read_policy(connection, SCHEMA)
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            sequences = _owned_sequences(cursor, policy.tables())
            verifier = None
            if password is not None:
                verifier = raw.pgconn.encrypt_password(
                    password.encode("utf-8"), role.encode("utf-8"), None
                ).decode("ascii")
            statements = render_postgres(policy, role, raw.info.dbname, sequences, verifier, limits)
            if execute:
                for statement in statements:
                    cursor.execute(statement)
            rendered = [statement.as_string(raw) for statement in statements]
            note = public_temp_note(cursor, raw.info.dbname)
    return ";\n".join(rendered) + ";\n" + note
