"""Databases as the shop's PHP website made them, for adoption and runtime-adaptation tests.

The SQL in ``tests/website_schemas/`` is written by hand from the shop's ER diagram (shared
seed 000), never generated from ``backoffice.models``: the point is to test the back-office
against a schema it did not create. Three variants:

* ``pg_enum``  — PostgreSQL, ENUM types, SERIAL keys, quoted ``"idRole"``, an ``updated_at``
  trigger on ``produits`` and ``categories``;
* ``pg_check`` — PostgreSQL, identity keys, VARCHAR + CHECK, unquoted ``idRole`` (real
  column ``idrole``), other lengths, site-named constraints and indexes, two timestamptz;
* ``mariadb``  — MariaDB/MySQL, InnoDB utf8mb4, native ENUM, DATETIME/TIMESTAMP, TINYINT(1).

Each ``<variant>.sql`` (schema) has a ``<variant>_data.sql`` (the same rows in each variant),
so a test can also ask for an empty website schema (``with_data=False``).

Import as ``from tests.website_db import ...`` (``tests`` is a package; pytest puts the
project root, not ``tests/``, on ``sys.path``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import NullPool

SCHEMA_DIR = Path(__file__).parent / "website_schemas"
PG_VARIANTS: tuple[str, ...] = ("pg_enum", "pg_check")
ALL_VARIANTS: tuple[str, ...] = (*PG_VARIANTS, "mariadb")
DB_PREFIX = "bo_site_"
DEFAULT_PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
DEFAULT_MARIADB_ADMIN_URL = "mysql+pymysql://root@127.0.0.1:3306/"
PARIS = ZoneInfo("Europe/Paris")

# The 20 tables of seed 000, in creation (foreign-key) order. Seed-003 tables (avis,
# listes_souhaits, listes_souhaits_produits) and back-office tables are absent on purpose.
SEED_TABLES: tuple[str, ...] = (
    "roles",
    "utilisateurs",
    "adresses",
    "categories",
    "produits",
    "commandes",
    "commande_produit",
    "factures",
    "paiements",
    "historique_commande",
    "services",
    "devis",
    "conversations",
    "messages",
    "pieces_jointes",
    "panier",
    "panier_temp",
    "historique_actions",
    "historique_connexions",
    "sessions",
)

# Clear passwords of the fixture accounts; the SQL holds PHP password_hash() bcrypt
# hashes ($2y$10$) of them.
WEBSITE_PASSWORDS: dict[str, str] = {
    "admin@site.test": "Admin-site-2026",
    "manager@site.test": "Manager-site-2026",
    "employe@site.test": "Employe-site-2026",
    "support@site.test": "Support-site-2026",
    "alice.martin@site.test": "Alice-client-2026",
    "bruno.durand@site.test": "Bruno-client-2026",
    "chloe.bernard@site.test": "Chloe-client-2026",
    "david.petit@site.test": "David-client-2026",
    "emma.robert@site.test": "Emma-client-2026",
    "francois.leroy@site.test": "Francois-client-2026",
}

# e-mail -> (utilisateurs.id, roles.libelle), as inserted by the data files.
WEBSITE_USERS: dict[str, tuple[int, str]] = {
    "admin@site.test": (1, "admin"),
    "manager@site.test": (2, "manager"),
    "employe@site.test": (3, "employe"),
    "support@site.test": (4, "support"),
    "alice.martin@site.test": (5, "client"),
    "bruno.durand@site.test": (6, "client"),
    "chloe.bernard@site.test": (7, "client"),
    "david.petit@site.test": (8, "client"),
    "emma.robert@site.test": (9, "client"),
    "francois.leroy@site.test": (10, "client"),
}

# Orders as inserted: id -> (reference, statut, id_utilisateur).
WEBSITE_ORDERS: dict[int, tuple[str, str, int]] = {
    1: ("CMD-2026-0001", "livree", 5),
    2: ("CMD-2026-0002", "expediee", 6),
    3: ("CMD-2026-0003", "en_preparation", 7),
    4: ("CMD-2026-0004", "validee", 8),
    5: ("CMD-2026-0005", "en_attente", 9),
    6: ("CMD-2026-0006", "livree", 10),
    7: ("CMD-2026-0007", "annulee", 5),
    8: ("CMD-2026-0008", "livree", 6),
}


@dataclass(frozen=True)
class ExpectedTime:
    """A stored time and the Paris wall-clock time the back-office must display for it.

    ``local`` is naive Paris time: exactly what a naive column holds, and what a
    timestamptz column (pg_check's historique_connexions / sessions) holds once converted
    to Europe/Paris.
    """

    table: str
    row_id: int
    column: str
    local: datetime
    note: str

    @property
    def utc(self) -> datetime:
        return self.local.replace(tzinfo=PARIS).astimezone(ZoneInfo("UTC"))


def _t(value: str) -> datetime:
    return datetime.fromisoformat(value)


# Spring 2026: 2026-03-29 02:00 CET -> 03:00 CEST. Autumn: 2026-10-25 03:00 CEST -> 02:00 CET.
# No value sits in the missing hour nor in the repeated one, so each is unambiguous.
WEBSITE_EXPECTED_TIMES: tuple[ExpectedTime, ...] = (
    ExpectedTime(
        "utilisateurs",
        5,
        "date_inscription",
        _t("2026-02-28 23:59:00"),
        "last minute of February (UTC 22:59 the same day)",
    ),
    ExpectedTime(
        "utilisateurs",
        6,
        "date_inscription",
        _t("2026-03-28 23:30:00"),
        "before the spring change, UTC+1 (UTC 22:30)",
    ),
    ExpectedTime(
        "utilisateurs",
        7,
        "date_inscription",
        _t("2026-03-29 03:30:00"),
        "after the spring change, UTC+2 (UTC 01:30)",
    ),
    ExpectedTime(
        "utilisateurs",
        7,
        "derniere_connexion",
        _t("2026-03-29 03:31:00"),
        "after the spring change, UTC+2",
    ),
    ExpectedTime(
        "utilisateurs",
        8,
        "date_inscription",
        _t("2026-10-25 01:30:00"),
        "before the autumn change, UTC+2 (UTC 2026-10-24 23:30, the previous day)",
    ),
    ExpectedTime(
        "utilisateurs",
        9,
        "date_inscription",
        _t("2026-10-25 03:30:00"),
        "after the autumn change, UTC+1 (UTC 02:30)",
    ),
    ExpectedTime(
        "commandes",
        2,
        "date_commande",
        _t("2026-03-29 01:45:00"),
        "before the spring change (UTC 00:45); only 30 real minutes before order 3",
    ),
    ExpectedTime(
        "commandes",
        3,
        "date_commande",
        _t("2026-03-29 03:15:00"),
        "after the spring change (UTC 01:15)",
    ),
    ExpectedTime(
        "commandes",
        4,
        "date_commande",
        _t("2026-10-25 01:50:00"),
        "before the autumn change (UTC 2026-10-24 23:50)",
    ),
    ExpectedTime(
        "commandes",
        5,
        "date_commande",
        _t("2026-10-25 03:40:00"),
        "after the autumn change (UTC 02:40); 2 h 50 min of real time after order 4",
    ),
    ExpectedTime(
        "factures",
        1,
        "date_emission",
        _t("2026-03-01 10:20:00"),
        "the only invoice (seed DATETIME column)",
    ),
    ExpectedTime(
        "historique_connexions",
        2,
        "date_connexion",
        _t("2026-03-29 03:31:00"),
        "timestamptz in pg_check (stored 01:31 UTC), naive elsewhere",
    ),
)


def schema_files(variant: str) -> tuple[Path, Path]:
    """(schema, data) SQL files of a variant."""
    if variant not in ALL_VARIANTS:
        raise ValueError(f"unknown website schema variant {variant!r}; known: {ALL_VARIANTS}")
    return SCHEMA_DIR / f"{variant}.sql", SCHEMA_DIR / f"{variant}_data.sql"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true")


def _unavailable(reason: str) -> NoReturn:
    """Skip locally, fail under CI: a CI run must never silently skip server tests."""
    if _in_ci():
        pytest.fail(f"CI requires this server. {reason}")
    pytest.skip(reason)


def _new_name() -> str:
    return f"{DB_PREFIX}{uuid.uuid4().hex[:12]}"


# --- PostgreSQL -------------------------------------------------------------------------


def _pg_connect(url: URL, **kwargs: Any) -> psycopg.Connection:
    query = {k: v for k, v in url.query.items() if isinstance(v, str)}
    return psycopg.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        dbname=url.database or "postgres",
        connect_timeout=5,
        **query,
        **kwargs,
    )


@contextmanager
def website_pg_database(
    variant: str, *, server_timezone: str | None = None, with_data: bool = True
) -> Iterator[str]:
    """A fresh PostgreSQL database holding website variant ``variant`` (pg_enum/pg_check).

    ``server_timezone`` (e.g. "Europe/Paris", "UTC") becomes the database's TimeZone for
    new connections, as a hosting provider's server setting would. Yields a SQLAlchemy
    URL string; the database is dropped on exit.
    """
    if variant not in PG_VARIANTS:
        raise ValueError(f"not a PostgreSQL variant: {variant!r}; known: {PG_VARIANTS}")
    admin_url = make_url(os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_PG_ADMIN_URL))
    try:
        admin = _pg_connect(admin_url, autocommit=True)
    except psycopg.OperationalError as exc:
        _unavailable(f"PostgreSQL unreachable at {admin_url.render_as_string()}: {exc}")
    name = _new_name()
    try:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            if server_timezone is not None:
                admin.execute(
                    sql.SQL("ALTER DATABASE {} SET timezone = {}").format(
                        sql.Identifier(name), sql.Literal(server_timezone)
                    )
                )
            db_url = admin_url.set(drivername="postgresql+psycopg", database=name)
            schema, data = schema_files(variant)
            with _pg_connect(db_url, autocommit=True) as conn:
                # No parameters: psycopg sends each file as one simple-protocol query,
                # so functions with $$ bodies need no statement splitting, and the file
                # runs as one implicit transaction (all or nothing).
                conn.execute(schema.read_text(encoding="utf-8").encode())
                if with_data:
                    conn.execute(data.read_text(encoding="utf-8").encode())
            yield db_url.render_as_string(hide_password=False)
        finally:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
    finally:
        admin.close()


# --- MariaDB ----------------------------------------------------------------------------


def split_sql_statements(script: str) -> list[str]:
    """Split a MySQL script into statements: ';' outside quotes and comments ends one.

    Handles '...', "...", `...` (with doubled or backslash-escaped quotes), -- and #
    line comments, /* */ comments and mysql-client ``DELIMITER`` lines, so that a future
    trigger or procedure body can be added without changing the loader.
    """
    statements: list[str] = []
    delimiter = ";"
    current: list[str] = []
    i, n = 0, len(script)
    at_line_start = True
    while i < n:
        if at_line_start:
            line_end = script.find("\n", i)
            line = script[i : n if line_end < 0 else line_end]
            if line.strip().upper().startswith("DELIMITER "):
                delimiter = line.strip().split(None, 1)[1]
                i = n if line_end < 0 else line_end + 1
                continue
        at_line_start = False
        ch = script[i]
        if ch in "'\"`":
            j = i + 1
            while j < n:
                if script[j] == "\\" and ch != "`":
                    j += 2
                    continue
                if script[j] == ch:
                    if j + 1 < n and script[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            current.append(script[i : j + 1])
            i = j + 1
            continue
        line_comment = script.startswith("--", i) and (i + 2 >= n or script[i + 2] in " \t\r\n")
        if line_comment or ch == "#":
            j = script.find("\n", i)
            i = n if j < 0 else j
            continue
        if script.startswith("/*", i):
            j = script.find("*/", i + 2)
            i = n if j < 0 else j + 2
            current.append(" ")
            continue
        if script.startswith(delimiter, i):
            statement = "".join(current).strip()
            if statement:
                statements.append(statement)
            current = []
            i += len(delimiter)
            continue
        if ch == "\n":
            at_line_start = True
        current.append(ch)
        i += 1
    statement = "".join(current).strip()
    if statement:
        statements.append(statement)
    return statements


@contextmanager
def website_mariadb_database(*, with_data: bool = True) -> Iterator[str]:
    """A fresh MariaDB/MySQL database (utf8mb4) holding the ``mariadb`` website variant.

    Yields ``mysql+pymysql://…/<name>?charset=utf8mb4``; the database is dropped on exit.
    """
    try:
        import pymysql
    except ImportError as exc:
        _unavailable(f"PyMySQL is not installed: {exc}")
    admin_url = make_url(os.environ.get("BACKOFFICE_TEST_MARIADB_URL", DEFAULT_MARIADB_ADMIN_URL))

    def connect(database: str | None) -> Any:
        return pymysql.connect(
            host=admin_url.host or "127.0.0.1",
            port=admin_url.port or 3306,
            user=admin_url.username or "root",
            password=admin_url.password or "",
            database=database,
            charset="utf8mb4",
            autocommit=True,
            connect_timeout=5,
        )

    try:
        admin = connect(None)
    except pymysql.err.OperationalError as exc:
        _unavailable(f"MariaDB unreachable at {admin_url.render_as_string()}: {exc}")
    name = _new_name()
    try:
        with admin.cursor() as cur:
            cur.execute(
                f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
            )
        try:
            schema, data = schema_files("mariadb")
            files = [schema, data] if with_data else [schema]
            conn = connect(name)
            try:
                with conn.cursor() as cur:
                    for path in files:
                        for statement in split_sql_statements(path.read_text(encoding="utf-8")):
                            cur.execute(statement)
            finally:
                conn.close()
            db_url = admin_url.set(
                drivername="mysql+pymysql", database=name, query={"charset": "utf8mb4"}
            )
            yield db_url.render_as_string(hide_password=False)
        finally:
            with admin.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    finally:
        admin.close()


# --- Snapshot ---------------------------------------------------------------------------


def _rows(conn: Connection, sql_text: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(text(sql_text), params)]


def _pg_table(conn: Connection, table: str) -> dict[str, Any]:
    oid = conn.execute(
        text(
            "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relname = :t"
        ),
        {"t": table},
    ).scalar_one()
    columns: dict[str, Any] = {}
    for col in _rows(
        conn,
        "SELECT column_name, data_type, udt_name, is_nullable, column_default, "
        "character_maximum_length, numeric_precision, numeric_scale, datetime_precision, "
        "is_identity, identity_generation "
        "FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position",
        t=table,
    ):
        name = col.pop("column_name")
        # An enum's labels belong to the column's type: ALTER TYPE … ADD VALUE must show.
        col["enum_values"] = (
            conn.execute(
                text(
                    "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                    "JOIN pg_namespace n ON n.oid = t.typnamespace "
                    "WHERE t.typname = :u AND n.nspname = current_schema() ORDER BY e.enumsortorder"
                ),
                {"u": col["udt_name"]},
            )
            .scalars()
            .all()
            or None
        )
        columns[name] = col
    constraints = {
        r["conname"]: {"type": r["contype"], "definition": r["def"]}
        for r in _rows(
            conn,
            "SELECT conname, contype::text AS contype, pg_get_constraintdef(oid) AS def "
            "FROM pg_constraint WHERE conrelid = :oid ORDER BY conname",
            oid=oid,
        )
    }
    indexes = {
        r["indexname"]: r["indexdef"]
        for r in _rows(
            conn,
            "SELECT indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() AND tablename = :t ORDER BY indexname",
            t=table,
        )
    }
    triggers = {
        r["tgname"]: {"definition": r["def"], "function": r["fn"]}
        for r in _rows(
            conn,
            "SELECT tgname, pg_get_triggerdef(oid) AS def, pg_get_functiondef(tgfoid) AS fn "
            "FROM pg_trigger WHERE tgrelid = :oid AND NOT tgisinternal ORDER BY tgname",
            oid=oid,
        )
    }
    pk = (
        conn.execute(
            text(
                "SELECT a.attname FROM pg_constraint c "
                "CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) "
                "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
                "WHERE c.conrelid = :oid AND c.contype = 'p' ORDER BY k.ord"
            ),
            {"oid": oid},
        )
        .scalars()
        .all()
    )
    return {
        "columns": columns,
        "constraints": constraints,
        "indexes": indexes,
        "triggers": triggers,
        "options": {},
        "primary_key": list(pk),
    }


def _mysql_table(conn: Connection, table: str) -> dict[str, Any]:
    where = "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t"
    columns: dict[str, Any] = {}
    for col in _rows(
        conn,
        "SELECT COLUMN_NAME AS column_name, DATA_TYPE AS data_type, COLUMN_TYPE AS udt_name, "
        "IS_NULLABLE AS is_nullable, COLUMN_DEFAULT AS column_default, "
        "CHARACTER_MAXIMUM_LENGTH AS character_maximum_length, "
        "NUMERIC_PRECISION AS numeric_precision, NUMERIC_SCALE AS numeric_scale, "
        "DATETIME_PRECISION AS datetime_precision, EXTRA AS extra, "
        "CHARACTER_SET_NAME AS character_set, COLLATION_NAME AS collation "
        f"FROM information_schema.COLUMNS WHERE {where} ORDER BY ORDINAL_POSITION",
        t=table,
    ):
        columns[col.pop("column_name")] = col
    constraints: dict[str, Any] = {}
    for c in _rows(
        conn,
        "SELECT CONSTRAINT_NAME AS name, CONSTRAINT_TYPE AS type "
        "FROM information_schema.TABLE_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :t ORDER BY CONSTRAINT_NAME",
        t=table,
    ):
        keys = _rows(
            conn,
            "SELECT COLUMN_NAME AS col, REFERENCED_TABLE_NAME AS ref_table, "
            "REFERENCED_COLUMN_NAME AS ref_col FROM information_schema.KEY_COLUMN_USAGE "
            f"WHERE {where} AND CONSTRAINT_NAME = :n ORDER BY ORDINAL_POSITION",
            t=table,
            n=c["name"],
        )
        entry: dict[str, Any] = {"type": c["type"], "columns": [k["col"] for k in keys]}
        if c["type"] == "FOREIGN KEY":
            rules = _rows(
                conn,
                "SELECT UPDATE_RULE AS on_update, DELETE_RULE AS on_delete "
                "FROM information_schema.REFERENTIAL_CONSTRAINTS "
                "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :t "
                "AND CONSTRAINT_NAME = :n",
                t=table,
                n=c["name"],
            )
            entry["references"] = [(k["ref_table"], k["ref_col"]) for k in keys]
            entry.update(rules[0] if rules else {})
        if c["type"] == "CHECK":
            entry["definition"] = conn.execute(
                text(
                    "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                    "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :t "
                    "AND CONSTRAINT_NAME = :n"
                ),
                {"t": table, "n": c["name"]},
            ).scalar()
        constraints[c["name"]] = entry
    indexes: dict[str, Any] = {}
    for r in _rows(
        conn,
        "SELECT INDEX_NAME AS name, NON_UNIQUE AS non_unique, COLUMN_NAME AS col, "
        "SUB_PART AS sub_part, INDEX_TYPE AS index_type FROM information_schema.STATISTICS "
        f"WHERE {where} ORDER BY INDEX_NAME, SEQ_IN_INDEX",
        t=table,
    ):
        index = indexes.setdefault(
            r["name"],
            {"unique": not r["non_unique"], "type": r["index_type"], "columns": []},
        )
        index["columns"].append((r["col"], r["sub_part"]))
    triggers = {
        r["name"]: r
        for r in _rows(
            conn,
            "SELECT TRIGGER_NAME AS name, ACTION_TIMING AS timing, "
            "EVENT_MANIPULATION AS event, ACTION_STATEMENT AS statement "
            "FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = DATABASE() "
            "AND EVENT_OBJECT_TABLE = :t ORDER BY TRIGGER_NAME",
            t=table,
        )
    }
    options = _rows(
        conn,
        "SELECT ENGINE AS engine, TABLE_COLLATION AS collation "
        f"FROM information_schema.TABLES WHERE {where}",
        t=table,
    )[0]
    primary = constraints.get("PRIMARY", {}).get("columns", [])
    return {
        "columns": columns,
        "constraints": constraints,
        "indexes": indexes,
        "triggers": triggers,
        "options": options,
        "primary_key": list(primary),
    }


def dump_website_tables(url: str) -> dict[str, object]:
    """A comparable snapshot of the seed tables present in the database at ``url``.

    ``{table: {"columns", "constraints", "indexes", "triggers", "options", "primary_key",
    "rows"}}`` for each of SEED_TABLES that exists (absent ones do not appear); rows are
    dicts sorted by primary key. Two snapshots compare with ``==``, so a test can assert
    that adoption changed no website column, type, constraint, index, trigger or row.
    """
    sa_url = make_url(url)
    backend = sa_url.get_backend_name()
    if backend not in ("postgresql", "mysql", "mariadb"):
        raise ValueError(f"unsupported database for a website dump: {backend}")
    engine = create_engine(sa_url, poolclass=NullPool)  # no pooled connection blocks DROP
    try:
        with engine.connect() as conn:
            if backend == "postgresql":
                present_sql = (
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                )
                describe = _pg_table
            else:
                present_sql = (
                    "SELECT TABLE_NAME FROM information_schema.TABLES "
                    "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
                )
                describe = _mysql_table
            present = set(conn.execute(text(present_sql)).scalars())
            quote = conn.dialect.identifier_preparer.quote
            dump: dict[str, object] = {}
            for table in SEED_TABLES:
                if table not in present:
                    continue
                info = describe(conn, table)
                order = info["primary_key"] or list(info["columns"])
                order_by = ", ".join(quote(c) for c in order)
                info["rows"] = _rows(conn, f"SELECT * FROM {quote(table)} ORDER BY {order_by}")
                dump[table] = info
            return dump
    finally:
        engine.dispose()
