"""Triggers that make issued documents immutable: UPDATE and DELETE refused, on every server.

Used by migration 0007 (our own schema), by adoption for the tables it creates (a table
whose ``info["immutable"]`` is set) and by the tests. TRUNCATE is not refused (it fires no
row trigger on PostgreSQL or MariaDB): only the database owner may run it, and
``invoices verify`` names what it removed.

A superuser can still disable a trigger (``ALTER TABLE … DISABLE TRIGGER``, or drop it):
the chain of hashes (``services.invoices.verify``) is what then tells.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

MESSAGE = "backoffice: document émis, immuable (corriger par un avoir)"
PG_FUNCTION = "backoffice_immuable"


def trigger_names(table: str) -> tuple[str, str]:
    return (f"trg_{table}_immuable_maj", f"trg_{table}_immuable_suppr")


def create_statements(dialect_name: str, table: str) -> list[str]:
    """The SQL that installs the refusal on ``table`` (idempotent)."""
    update_name, delete_name = trigger_names(table)
    if dialect_name == "postgresql":
        return [
            f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{MESSAGE} (%)', TG_TABLE_NAME "
            "USING ERRCODE = 'restrict_violation'; END $$",
            f'DROP TRIGGER IF EXISTS {update_name} ON "{table}"',
            f'CREATE TRIGGER {update_name} BEFORE UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()",
        ]
    if dialect_name in ("mysql", "mariadb"):
        return [
            f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} ON `{table}` FOR EACH ROW "
            f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{MESSAGE}'"
            for name, event in ((update_name, "UPDATE"), (delete_name, "DELETE"))
        ]
    return [
        f'CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        for name, event in ((update_name, "UPDATE"), (delete_name, "DELETE"))
    ]


def drop_statements(dialect_name: str, table: str) -> list[str]:
    update_name, delete_name = trigger_names(table)
    if dialect_name == "postgresql":
        return [f'DROP TRIGGER IF EXISTS {update_name} ON "{table}"']
    return [f"DROP TRIGGER IF EXISTS {name}" for name in (update_name, delete_name)]


def present(connection: Connection, table: str) -> bool:
    """Whether ``table`` has its refusal triggers (both events on MySQL and SQLite)."""
    dialect = connection.dialect.name
    names = list(trigger_names(table))
    if dialect == "postgresql":
        found = connection.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname = :n AND NOT tgisinternal"),
            {"n": names[0]},
        ).scalar()
        return bool(found)
    if dialect in ("mysql", "mariadb"):
        sql = (
            "SELECT count(*) FROM information_schema.TRIGGERS "
            "WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME IN (:a, :b)"
        )
    else:
        sql = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"
    return connection.execute(text(sql), {"a": names[0], "b": names[1]}).scalar() == 2


def install_missing(connection: Connection, tables: tuple[str, ...]) -> list[str]:
    """Install the triggers on those of ``tables`` that lack them (a base adopted from the
    website: adoption creates our tables from the models, without triggers); the tables
    done. Needs the owner's rights (CREATE TRIGGER); commit after."""
    done = []
    for table in tables:
        if not present(connection, table):
            for statement in create_statements(connection.dialect.name, table):
                connection.execute(text(statement))
            done.append(table)
    return done
