"""Demo database: fills an empty, migrated shop database with consistent French demo data.

``seed_demo`` serves two scales with one generator (:mod:`backoffice.services.demo_generate`):

* ``small`` — a few thousand rows, loaded on the first ``backoffice --demo`` start and in
  tests (SQLite or PostgreSQL, a few seconds);
* ``large`` — 100 000 products, 200 000 customers, 1 000 000 orders (~2.5 M lines) for
  benchmarks; PostgreSQL loads it through ``COPY``, MariaDB/MySQL through ``LOAD DATA
  LOCAL INFILE`` or multi-row inserts (:mod:`backoffice.services.demo_load_mysql`), each in
  a few minutes.

Everything is written in one transaction: a failure leaves the database empty.

Decisions worth knowing when reading the data:

* Invoices (``factures``) exist for orders that reached ``en_preparation`` (so also
  ``expediee`` and ``livree``); the invoice is issued when preparation starts. Orders are
  cancelled only before that point (from ``en_attente`` or ``validee``), so cancelled orders
  have no invoice (a cancelled paid order has a ``refunded`` payment instead).
* Invoice numbers are ``FA-<year>-<NNNNNN>``: the counter restarts at 1 each calendar year
  of the emission date and is continuous, without gaps, in emission-date order within it.
* Payments exist for every order that reached ``validee`` (payment confirms the order).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

import bcrypt
from sqlalchemy import Engine, text

from backoffice.models import Base
from backoffice.models.enums import RoleName
from backoffice.services.demo_accounts import DEMO_ACCOUNTS, DEMO_TOTP_SECRET
from backoffice.services.demo_generate import COLUMNS, SCALES, DemoGenerator
from backoffice.services.demo_load_mysql import seed_mysql
from backoffice.services.errors import ServiceError
from backoffice.sql_compat import is_mysql

STAFF_BCRYPT_COST = 10
# Every generated customer shares this password and ONE precomputed hash: bcrypt at cost
# 10 takes ~70 ms per hash, so hashing 200 000 distinct passwords would take hours.
CUSTOMER_PASSWORD = "Client-demo-2026"  # noqa: S105 - public demo password
CUSTOMER_BCRYPT_COST = 10
SQLITE_CHUNK = 5_000

# Tables checked before seeding: the demo goes into an empty database only.
_MUST_BE_EMPTY = ("commandes", "produits", "utilisateurs")
# Load order: parents before children (SQLite checks foreign keys row by row).
_TABLES = (
    "roles",
    "utilisateurs",
    "adresses",
    "categories",
    "produits",
    "services",
    "commandes",
    "commande_produit",
    "historique_commande",
    "paiements",
    "factures",
    "devis",
    "conversations",
    "messages",
    "avis",
    "listes_souhaits",
    "listes_souhaits_produits",
    "panier",
    "panier_temp",
)


class DemoDataRefused(ServiceError):
    """The database is not empty: demo data would mix with real data."""


def php_password_hash(password: str, cost: int) -> str:
    """A hash as PHP's password_hash(PASSWORD_BCRYPT) writes it: the ``$2y$`` prefix."""
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(cost)).decode()
    return "$2y$" + hashed[4:]


class _Sink(Protocol):
    """Where generated rows go; returns the number of rows written per table."""

    def write(self, table: str, rows: Iterable[tuple[object, ...]]) -> int: ...


class _CopySink(_Sink):
    """PostgreSQL: ``COPY … FROM STDIN`` through psycopg 3, the fastest way in."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def write(self, table: str, rows: Iterable[tuple[object, ...]]) -> int:
        columns = ", ".join(f'"{c}"' for c in COLUMNS[table])
        count = 0
        with self.cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)
                count += 1
        return count


class _CoreSink(_Sink):
    """Other databases (SQLite): Core ``executemany`` in chunks, through the column types."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def write(self, table: str, rows: Iterable[tuple[object, ...]]) -> int:
        statement = Base.metadata.tables[table].insert()
        columns = COLUMNS[table]
        count = 0
        chunk: list[dict[str, object]] = []
        for row in rows:
            chunk.append(dict(zip(columns, row, strict=True)))
            if len(chunk) >= SQLITE_CHUNK:
                self.connection.execute(statement, chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            self.connection.execute(statement, chunk)
            count += len(chunk)
        return count


def _refuse_if_not_empty(execute: Callable[[str], Any], quote: Callable[[str], str]) -> None:
    for table in _MUST_BE_EMPTY:
        if execute(f"SELECT 1 FROM {quote(table)} LIMIT 1"):
            what = {
                "commandes": "des commandes",
                "produits": "des produits",
                "utilisateurs": "des comptes utilisateurs",
            }[table]
            raise DemoDataRefused(
                f"La base contient déjà {what} : les données de démonstration ne peuvent être "
                "chargées que dans une base vide (créez une nouvelle base puis "
                "« backoffice db upgrade »)."
            )


def _generate(gen: DemoGenerator, sink: _Sink, existing_roles: dict[str, int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    counts["roles"] = sink.write("roles", gen.roles_rows(existing_roles))
    counts["utilisateurs"] = sink.write("utilisateurs", gen.users_rows())
    counts["adresses"] = sink.write("adresses", gen.addresses_rows())
    counts["categories"] = sink.write("categories", gen.categories_rows())
    counts["produits"] = sink.write("produits", gen.products_rows())
    counts["services"] = sink.write("services", gen.services_rows())
    counts["commandes"] = sink.write("commandes", gen.orders_rows())
    counts["commande_produit"] = sink.write("commande_produit", _drain(gen.order_lines))
    counts["historique_commande"] = sink.write("historique_commande", _drain(gen.order_history))
    counts["paiements"] = sink.write("paiements", _drain(gen.payments))
    counts["factures"] = sink.write("factures", gen.invoices_rows())
    counts["devis"] = sink.write("devis", gen.devis_rows())
    counts["conversations"] = sink.write("conversations", gen.conversations_rows())
    counts["messages"] = sink.write("messages", _drain(gen.conversation_messages))
    counts["avis"] = sink.write("avis", gen.reviews_rows())
    counts["listes_souhaits"] = sink.write("listes_souhaits", gen.wishlists_rows())
    counts["listes_souhaits_produits"] = sink.write(
        "listes_souhaits_produits", _drain(gen.wishlist_items)
    )
    counts["panier"] = sink.write("panier", gen.carts_rows())
    counts["panier_temp"] = sink.write("panier_temp", gen.anonymous_carts_rows())
    return counts


def _drain(buffer: list[tuple[object, ...]]) -> Iterable[tuple[object, ...]]:
    """Yield a buffer's rows and free it as it goes (millions of rows at the large scale)."""
    buffer.reverse()
    pop = buffer.pop
    while buffer:
        yield pop()


def seed_demo(
    engine: Engine,
    *,
    scale: str = "small",
    seed: int = 20261121,
    out: Callable[[str], None] = print,
    now: datetime | None = None,
) -> None:
    """Fill an empty, migrated database with demo data; refuse a database that holds data.

    The data's dates lead up to ``now`` (default: this minute); the same ``seed`` and
    ``now`` give the same rows on every server.
    """
    if scale not in SCALES:
        raise ValueError(f"Échelle inconnue : {scale!r} (attendu : {', '.join(SCALES)}).")
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(second=0, microsecond=0)
    accounts = tuple(
        (a.role, a.email, DEMO_TOTP_SECRET if a.role is RoleName.MANAGER else a.totp_secret)
        for a in DEMO_ACCOUNTS
    )

    def make_generator(existing_roles: dict[str, int]) -> DemoGenerator:
        # Called once the database is known to be empty, so a refusal is immediate.
        # Hash once per staff account and once for all customers (see CUSTOMER_PASSWORD).
        staff_hashes = {
            a.role: php_password_hash(a.password, STAFF_BCRYPT_COST) for a in DEMO_ACCOUNTS
        }
        customer_hash = php_password_hash(CUSTOMER_PASSWORD, CUSTOMER_BCRYPT_COST)
        return DemoGenerator(
            SCALES[scale],
            seed,
            now,
            staff_password_hashes=staff_hashes,
            customer_password_hash=customer_hash,
            demo_accounts=accounts,
            role_ids=dict(existing_roles),
        )

    # Millions of long-lived tuples: the cyclic GC would rescan them again and again.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        counts = _loader(engine)(engine, make_generator, out)
    finally:
        if gc_was_enabled:
            gc.enable()
    _print_summary(counts, time.perf_counter() - started, out)


MakeGenerator = Callable[[dict[str, int]], DemoGenerator]
Loader = Callable[[Engine, MakeGenerator, Callable[[str], None]], dict[str, int]]


def _loader(engine: Engine) -> Loader:
    """The bulk-load path of the engine's server (COPY, LOAD DATA, else Core inserts)."""
    if engine.dialect.name == "postgresql":
        return _seed_postgresql
    if is_mysql(engine.dialect):
        return _seed_mysql
    return _seed_generic


def _seed_generic(
    engine: Engine, make_generator: MakeGenerator, _out: Callable[[str], None]
) -> dict[str, int]:
    quote = engine.dialect.identifier_preparer.quote
    with engine.begin() as connection:
        _refuse_if_not_empty(lambda sql: connection.execute(text(sql)).first(), quote)
        existing = {
            r.libelle: r.id for r in connection.execute(text("SELECT id, libelle FROM roles"))
        }
        return _generate(make_generator(existing), _CoreSink(connection), existing)


def _seed_postgresql(
    engine: Engine, make_generator: MakeGenerator, out: Callable[[str], None]
) -> dict[str, int]:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()

        def first(sql: str) -> Any:
            cursor.execute(sql)
            return cursor.fetchone()

        _refuse_if_not_empty(first, engine.dialect.identifier_preparer.quote)
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cursor.execute("SELECT libelle, id FROM roles")
        existing = dict(cursor.fetchall())
        # Bulk-load recipe: without secondary indexes and foreign keys during COPY, then
        # rebuild them once (a sorted index build and one join per key are far cheaper than
        # millions of per-row updates and checks). DDL is transactional in PostgreSQL, so a
        # failure rolls all of it back.
        deferred = _drop_indexes_and_foreign_keys(cursor)
        step = time.perf_counter()
        counts = _generate(make_generator(existing), _CopySink(cursor), existing)
        out(f"  Lignes générées et copiées en {time.perf_counter() - step:.0f} s.")
        step = time.perf_counter()
        for statement in deferred:
            cursor.execute(statement)
        out(f"  Index et clés étrangères reconstruits en {time.perf_counter() - step:.0f} s.")
        for table in _TABLES:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'COALESCE(MAX(id), 0) + 1, false) FROM "{table}"'
            )
        raw.commit()
        step = time.perf_counter()
        raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        try:
            # VACUUM too, as autovacuum would have on a live shop: it sets the visibility
            # map that lets counts use index-only scans (orders per customer: 3 s → 0.5 s).
            cursor.execute("VACUUM (ANALYZE)")
        finally:
            raw.driver_connection.autocommit = False  # type: ignore[union-attr]
        out(f"  Nettoyage et statistiques (VACUUM ANALYZE) en {time.perf_counter() - step:.0f} s.")
        return counts
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()


def _seed_mysql(
    engine: Engine, make_generator: MakeGenerator, out: Callable[[str], None]
) -> dict[str, int]:
    quote = engine.dialect.identifier_preparer.quote
    return seed_mysql(
        engine,
        tables=_TABLES,
        refuse_if_not_empty=lambda first: _refuse_if_not_empty(first, quote),
        generate=lambda existing, sink: _generate(make_generator(existing), sink, existing),
        out=out,
    )


def _drop_indexes_and_foreign_keys(cursor: Any) -> list[str]:
    """Drop the loaded tables' foreign keys and plain indexes; return the SQL recreating them.

    Indexes backing a constraint (primary keys, UNIQUE) stay: they guard the data.
    """
    cursor.execute(
        """
        SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace
          AND c.relname = ANY(%s)
        ORDER BY c.relname, k.conname
        """,
        (list(_TABLES),),
    )
    foreign_keys = cursor.fetchall()
    cursor.execute(
        """
        SELECT ic.relname, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_class ic ON ic.oid = i.indexrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        ORDER BY ic.relname
        """,
        (list(_TABLES),),
    )
    indexes = cursor.fetchall()
    recreate: list[str] = []
    for table, name, definition in foreign_keys:
        cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        recreate.append(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
    for name, definition in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
        recreate.insert(0, definition)  # indexes first: they speed up the key checks
    return recreate


def _print_summary(counts: dict[str, int], seconds: float, out: Callable[[str], None]) -> None:
    labels = (
        ("utilisateurs", "comptes (personnel et clients)"),
        ("produits", "produits"),
        ("categories", "catégories"),
        ("commandes", "commandes"),
        ("commande_produit", "lignes de commande"),
        ("factures", "factures"),
        ("paiements", "paiements"),
        ("devis", "devis"),
        ("conversations", "conversations"),
        ("messages", "messages"),
        ("avis", "avis"),
    )
    out(f"Données de démonstration chargées en {seconds:.1f} s :")
    for table, label in labels:
        out(f"  {counts.get(table, 0):>10,} {label}".replace(",", "\u202f"))
    out("Comptes de démonstration (identifiant / mot de passe) :")
    for account in DEMO_ACCOUNTS:
        out(f"  {account.role.value:<8} {account.email} / {account.password}")
    out(f"Secret TOTP du compte manager (double authentification) : {DEMO_TOTP_SECRET}")
    out(f"Les clients générés partagent le mot de passe : {CUSTOMER_PASSWORD}")
