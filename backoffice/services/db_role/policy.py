"""What the desktop's least-privilege account may do, written once for every server.

:func:`read_policy` looks at the shop's database (which tables exist, the real names of
the columns of ``utilisateurs``) and gives a :class:`GrantPolicy`: table by table, the
privileges to grant. Each server renders it in its own SQL (``postgres.render_postgres``,
``mysql.render_mysql``); nothing here depends on the server.

The rules:

* read and write (SELECT, INSERT, UPDATE, DELETE) the application's tables;
* ``utilisateurs``: UPDATE only on the columns the application writes — never ``id`` nor
  ``password`` (the website owns the hashes; the back-office only verifies them);
* ``historique_actions``, ``historique_connexions`` and ``connexions_motifs`` (why a
  sign-in failed): SELECT and INSERT only, so that a member cannot erase their tracks;
* ``alembic_version`` (when present): SELECT only, to tell whether the schema is current;
* nothing else: no DDL, no other table, no other database;
* limits set in the database for the login itself (:class:`LoginLimits`), not only by the
  application: a statement time limit, a lock wait limit, an idle-in-transaction limit
  (PostgreSQL) and a maximum number of simultaneous connections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, inspect

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Base
from backoffice.services.errors import ServiceError

READ_WRITE: tuple[str, ...] = ("SELECT", "INSERT", "UPDATE", "DELETE")
APPEND_ONLY: tuple[str, ...] = ("SELECT", "INSERT")
READ_ONLY: tuple[str, ...] = ("SELECT",)
# Tables with column-limited UPDATE: these on the table, UPDATE on some columns only.
COLUMN_LIMITED: tuple[str, ...] = ("SELECT", "INSERT", "DELETE")

# devis_numeros: a quote's number, once given, is never changed nor reused (continuity).
APPEND_ONLY_TABLES = frozenset(
    {"historique_actions", "historique_connexions", "connexions_motifs", "devis_numeros"}
)
# Columns the application never writes: UPDATE is granted on the table's other columns.
NEVER_UPDATED: dict[str, frozenset[str]] = {"utilisateurs": frozenset({"id", "password"})}
# The database identities' tables (services/db_security) are written by their routines
# only: a shared login reads them, never writes them.
READ_ONLY_TABLES = frozenset(
    {
        "alembic_version",
        "journal_base",
        "identites_base",
        "sessions_base",
        "defis_connexion",
        "securite_base",
    }
)
# Issued invoices, their snapshots, credit notes and their lines: never changed nor
# deleted (a correction is a credit note); triggers refuse it too (migration 0007).
IMMUTABLE_DOCUMENTS = frozenset({"factures", "factures_instantanes", "avoirs", "avoirs_lignes"})

# Plain identifiers only: besides being quoted, a name cannot close a quote or a
# PostgreSQL dollar quote, nor surprise whoever types it in a SQL console later.
_ACCOUNT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


DEFAULT_CONNECTION_LIMIT = 30


@dataclass(frozen=True)
class LoginLimits:
    """What the server itself imposes on the login, whatever the client does.

    The connection limit is enforced. The time limits are the login's defaults: they
    apply to whatever connects with it (psql, a script) without choosing its own; a
    client may still change them for its session (neither server can forbid that for
    these settings), so they are a safety net, not a barrier. The application sets its
    own (30 s per statement, 4 s per lock wait)."""

    statement_timeout_s: int = 30
    lock_timeout_s: int = 10
    idle_in_transaction_s: int = 300
    connection_limit: int = DEFAULT_CONNECTION_LIMIT

    def check(self) -> None:
        if not 1 <= self.connection_limit <= 10_000:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "db_role",
                    "Le nombre maximal de connexions doit être entre 1 et 10 000 "
                    "(chaque poste en ouvre jusqu'à 6).",
                )
            )


@dataclass(frozen=True)
class TableGrant:
    """The privileges on one table; ``update_columns``: UPDATE on these columns only."""

    table: str
    privileges: tuple[str, ...]
    update_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class GrantPolicy:
    """Every table the account may use, read-write first, then column-limited, then
    append-only, then read-only (each group in name order)."""

    grants: tuple[TableGrant, ...]

    def tables(self) -> list[str]:
        return [grant.table for grant in self.grants]


def app_tables() -> list[str]:
    return sorted(table.name for table in Base.metadata.sorted_tables)


def _model_columns(table: str) -> list[str]:
    return [column.name for column in Base.metadata.tables[table].columns]


def policy_for(existing: dict[str, list[str]]) -> GrantPolicy:
    """The policy for a database whose tables hold ``existing`` columns (table → column
    names as the database spells them). Raises :class:`ServiceError` (French) when an
    application table is missing."""
    wanted = app_tables()
    missing = [table for table in wanted if table not in existing]
    if missing:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_role",
                "Le schéma de la base n'est pas à jour (tables absentes : {tables}). "
                "Lancez d'abord « backoffice db upgrade » avec le compte propriétaire.",
            ).format(tables=", ".join(missing))
        )
    read_write: list[TableGrant] = []
    limited: list[TableGrant] = []
    append_only: list[TableGrant] = []
    for table in wanted:
        if table in READ_ONLY_TABLES:
            continue  # granted below
        if table in APPEND_ONLY_TABLES or table in IMMUTABLE_DOCUMENTS:
            append_only.append(TableGrant(table, APPEND_ONLY))
        elif table in NEVER_UPDATED:
            columns = _updatable_columns(table, existing[table])
            limited.append(TableGrant(table, COLUMN_LIMITED, columns))
        else:
            read_write.append(TableGrant(table, READ_WRITE))
    read_only = [TableGrant(t, READ_ONLY) for t in sorted(READ_ONLY_TABLES) if t in existing]
    return GrantPolicy((*read_write, *limited, *append_only, *read_only))


def _updatable_columns(table: str, actual: list[str]) -> tuple[str, ...]:
    # The model's columns, less those never updated, under the database's own spelling: a
    # website that wrote ``idRole`` unquoted on PostgreSQL has a column ``idrole``. The
    # website's own extra columns are left alone: the application does not write them.
    by_folded = {name.lower(): name for name in actual}
    never = {name.lower() for name in NEVER_UPDATED[table]}
    return tuple(
        by_folded[name.lower()]
        for name in _model_columns(table)
        if name.lower() not in never and name.lower() in by_folded
    )


def read_policy(connection: Connection, schema: str | None) -> GrantPolicy:
    """The policy for the database behind ``connection``; ``schema`` None: the connection's
    default (MySQL's current database)."""
    inspector = inspect(connection)
    names = set(inspector.get_table_names(schema=schema))
    existing: dict[str, list[str]] = {name: [] for name in names}
    for table in NEVER_UPDATED:
        if table in names:
            existing[table] = [c["name"] for c in inspector.get_columns(table, schema=schema)]
    return policy_for(existing)


def check_account_name(name: str, max_length: int) -> None:
    """Letters, digits and ``_``, not starting with a digit, at most ``max_length``."""
    if not (_ACCOUNT_NAME.fullmatch(name or "") and len(name) <= max_length):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "db_role",
                "Nom de rôle invalide : lettres, chiffres et « _ » seulement "
                "({max_length} au plus), sans commencer par un chiffre.",
            ).format(max_length=max_length)
        )
