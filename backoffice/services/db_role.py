"""A least-privilege PostgreSQL role for the desktop application (``backoffice db grant``).

The application should not connect as the website's owner account: a stolen laptop or a
bug would then be able to rewrite the audit trail or drop tables. The role made here can

* log in and connect to the shop's database, and use the ``public`` schema;
* read and write (SELECT, INSERT, UPDATE, DELETE) the application's tables, except that
  ``utilisateurs.password`` cannot be updated (the website owns the hashes);
* only read and append to ``historique_actions`` and ``historique_connexions`` (SELECT,
  INSERT: no UPDATE, no DELETE, so a member cannot erase their tracks);
* use the sequences behind those tables' ids;
* read ``alembic_version`` (to tell whether the schema is up to date);

and nothing else: no CREATE on the schema (no DDL; ``backoffice db upgrade`` is run by the
owner account), no TRUNCATE, no access to tables the back-office does not know about.

Re-running it is safe and is how privileges follow a schema upgrade: it creates the role if
needed, resets its attributes, revokes its table privileges and grants them afresh.

The password is never sent in clear: the SCRAM verifier is computed by libpq on this side
(``PQencryptPasswordConn``, the algorithm of the server's ``password_encryption``) and only
the verifier appears in the SQL, which is therefore safe to print with ``--print``.

Must be run by a superuser or the tables' owner with CREATEROLE.
"""

from __future__ import annotations

import re
from typing import Any

from psycopg import sql
from sqlalchemy import Engine

from backoffice.models import Base
from backoffice.services.errors import ServiceError

APPEND_ONLY_TABLES = frozenset({"historique_actions", "historique_connexions"})
# Columns the application never writes: UPDATE is granted on the table's other columns
# only. The website owns password hashes; the back-office only verifies them.
NEVER_UPDATED: dict[str, frozenset[str]] = {"utilisateurs": frozenset({"id", "password"})}
READ_ONLY_TABLES = frozenset({"alembic_version"})
SCHEMA = "public"

# Plain identifiers only: besides being quoted, a name cannot close the DO block's
# dollar quote or surprise whoever types it in psql later.
_ROLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def app_tables() -> list[str]:
    return sorted(table.name for table in Base.metadata.sorted_tables)


def _existing_tables(cursor: Any, names: list[str]) -> set[str]:
    cursor.execute(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = %s AND tablename = ANY(%s)",
        (SCHEMA, names),
    )
    return {row[0] for row in cursor.fetchall()}


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


def build_statements(
    role: str,
    database: str,
    tables: list[str],
    sequences: list[str],
    password_verifier: str | None,
) -> list[sql.Composable]:
    """The statements, identifiers quoted by psycopg; ``tables`` must exist."""
    ident = sql.Identifier(role)
    attributes = sql.SQL("LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS")
    if password_verifier is not None:
        attributes = sql.SQL("{} PASSWORD {}").format(attributes, sql.Literal(password_verifier))
    read_write = [
        t for t in tables if t not in APPEND_ONLY_TABLES | READ_ONLY_TABLES | set(NEVER_UPDATED)
    ]
    column_limited = [t for t in tables if t in NEVER_UPDATED]
    append_only = [t for t in tables if t in APPEND_ONLY_TABLES]
    read_only = [t for t in tables if t in READ_ONLY_TABLES]
    statements: list[sql.Composable] = [
        sql.SQL(
            "DO $grant$ BEGIN IF NOT EXISTS "
            "(SELECT FROM pg_catalog.pg_roles WHERE rolname = {}) "
            "THEN CREATE ROLE {}; END IF; END $grant$"
        ).format(sql.Literal(role), ident),
        sql.SQL("ALTER ROLE {} WITH {}").format(ident, attributes),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), ident),
        # Before PostgreSQL 15 every role could create objects in "public" through PUBLIC;
        # revoking it from PUBLIC is the only way to deny DDL there (a no-op from 15 on).
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(sql.Identifier(SCHEMA)),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM {}").format(sql.Identifier(SCHEMA), ident),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), ident),
        # Start from nothing, so that a privilege granted by hand earlier does not linger.
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(
            sql.Identifier(SCHEMA), ident
        ),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(
            sql.Identifier(SCHEMA), ident
        ),
    ]
    if read_write:
        statements.append(
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {} TO {}").format(
                _table_list(read_write), ident
            )
        )
    for table in column_limited:
        columns = [
            c.name
            for c in Base.metadata.tables[table].columns
            if c.name not in NEVER_UPDATED[table]
        ]
        statements.append(
            sql.SQL("GRANT SELECT, INSERT, DELETE ON TABLE {} TO {}").format(
                sql.Identifier(SCHEMA, table), ident
            )
        )
        statements.append(
            sql.SQL("GRANT UPDATE ({}) ON TABLE {} TO {}").format(
                sql.SQL(", ").join(sql.Identifier(c) for c in columns),
                sql.Identifier(SCHEMA, table),
                ident,
            )
        )
    if append_only:
        statements.append(
            sql.SQL("GRANT SELECT, INSERT ON TABLE {} TO {}").format(
                _table_list(append_only), ident
            )
        )
    if read_only:
        statements.append(
            sql.SQL("GRANT SELECT ON TABLE {} TO {}").format(_table_list(read_only), ident)
        )
    if sequences:
        statements.append(
            sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {} TO {}").format(
                _table_list(sequences), ident
            )
        )
    return statements


def grant_role(engine: Engine, role: str, password: str | None = None, execute: bool = True) -> str:
    """Create or update the application's least-privilege role; returns the SQL.

    With ``execute=False`` nothing is changed (the database is only read, to list the
    tables and sequences that exist). Raises :class:`ServiceError` (French) on a bad role
    name, a non-PostgreSQL database, or a schema that is not migrated yet.
    """
    if not _ROLE_NAME.fullmatch(role or ""):
        raise ServiceError(
            "Nom de rôle invalide : lettres, chiffres et « _ » seulement (63 au plus), "
            "sans commencer par un chiffre."
        )
    if engine.dialect.name != "postgresql":
        raise ServiceError("Le rôle à privilèges minimaux n'existe que pour PostgreSQL.")
    wanted = app_tables()
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            existing = _existing_tables(cursor, [*wanted, *READ_ONLY_TABLES])
            missing = [t for t in wanted if t not in existing]
            if missing:
                raise ServiceError(
                    "Le schéma de la base n'est pas à jour (tables absentes : "
                    + ", ".join(missing)
                    + "). Lancez d'abord « backoffice db upgrade » avec le compte propriétaire."
                )
            tables = [*wanted, *sorted(t for t in READ_ONLY_TABLES if t in existing)]
            sequences = _owned_sequences(cursor, wanted)
            verifier = None
            if password is not None:
                verifier = raw.pgconn.encrypt_password(
                    password.encode("utf-8"), role.encode("utf-8"), None
                ).decode("ascii")
            statements = build_statements(role, raw.info.dbname, tables, sequences, verifier)
            if execute:
                for statement in statements:
                    cursor.execute(statement)
            rendered = [statement.as_string(raw) for statement in statements]
    return ";\n".join(rendered) + ";\n"
