"""Demo database: fills an empty, migrated shop database with consistent French demo data.

``seed_demo`` serves two scales with one generator (:mod:`.generator`):

* ``small`` — a few thousand rows, loaded on the first ``backoffice --demo`` start and in
  tests (SQLite or PostgreSQL, a few seconds);
* ``large`` — 100 000 products, 200 000 customers, 1 000 000 orders (~2.5 M lines) for
  benchmarks; PostgreSQL loads it through ``COPY`` (:mod:`.load_copy`), MariaDB/MySQL
  through ``LOAD DATA LOCAL INFILE`` or multi-row inserts (:mod:`.load_mysql`), each in a
  few minutes.

Everything is written in one transaction: a failure leaves the database empty.

Decisions worth knowing when reading the data:

* Invoices (``factures``) exist for orders that reached ``en_preparation`` (so also
  ``expediee`` and ``livree``); the invoice is issued when preparation starts. Orders are
  cancelled only before that point (from ``en_attente`` or ``validee``), so cancelled orders
  have no invoice (a cancelled paid order has a ``refunded`` payment instead).
* Invoice numbers are ``FA-<year>-<NNNNNN>``: the counter restarts at 1 each calendar year
  of the emission date and is continuous, without gaps, in emission-date order within it.
  Each invoice has its snapshot and its place in the chain (``services.demo.invoicing``),
  so ``backoffice invoices verify`` passes on a fresh demo database.
* Payments exist for every order that reached ``validee`` (payment confirms the order).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import bcrypt
from sqlalchemy import Engine

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models.enums import RoleName
from backoffice.services.demo.accounts import DEMO_ACCOUNTS, DEMO_TOTP_SECRET
from backoffice.services.demo.base import SCALES
from backoffice.services.demo.generator import DemoGenerator
from backoffice.services.demo.load_copy import seed_generic, seed_postgresql
from backoffice.services.demo.load_mysql import seed_mysql
from backoffice.services.demo.tables import TABLES, Row, Sink
from backoffice.services.errors import ServiceError
from backoffice.sql_compat import is_mysql

STAFF_BCRYPT_COST = 10
# Every generated customer shares this password and ONE precomputed hash: bcrypt at cost
# 10 takes ~70 ms per hash, so hashing 200 000 distinct passwords would take hours.
CUSTOMER_PASSWORD = "Client-demo-2026"  # noqa: S105 - public demo password
CUSTOMER_BCRYPT_COST = 10

# Tables checked before seeding: the demo goes into an empty database only.
_MUST_BE_EMPTY = ("commandes", "produits", "utilisateurs")


class DemoDataRefused(ServiceError):
    """The database is not empty: demo data would mix with real data."""


def php_password_hash(password: str, cost: int) -> str:
    """A hash as PHP's password_hash(PASSWORD_BCRYPT) writes it: the ``$2y$`` prefix."""
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(cost)).decode()
    return "$2y$" + hashed[4:]


def _refuse_if_not_empty(execute: Callable[[str], Any], quote: Callable[[str], str]) -> None:
    for table in _MUST_BE_EMPTY:
        if execute(f"SELECT 1 FROM {quote(table)} LIMIT 1"):
            what = {
                "commandes": QT_TRANSLATE_NOOP("demo", "des commandes"),
                "produits": QT_TRANSLATE_NOOP("demo", "des produits"),
                "utilisateurs": QT_TRANSLATE_NOOP("demo", "des comptes utilisateurs"),
            }[table]
            raise DemoDataRefused(
                QT_TRANSLATE_NOOP(
                    "demo",
                    "La base contient déjà {what} : les données de démonstration ne peuvent "
                    "être chargées que dans une base vide (créez une nouvelle base puis "
                    "« backoffice db upgrade »).",
                ).format(what=what)
            )


def generate(gen: DemoGenerator, sink: Sink, existing_roles: dict[str, int]) -> dict[str, int]:
    """Every table's rows into ``sink``, in load order (the generator's draws depend on it)."""
    counts: dict[str, int] = {}
    counts["parametres_boutique"] = sink.write("parametres_boutique", gen.shop_settings_rows())
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
    counts["factures_instantanes"] = sink.write(
        "factures_instantanes", gen.invoice_snapshots_rows()
    )
    counts["compteurs_documents"] = sink.write("compteurs_documents", gen.counters_rows())
    counts["chaines_documents"] = sink.write("chaines_documents", gen.chains_rows())
    counts["devis"] = sink.write("devis", gen.devis_rows())
    counts["devis_numeros"] = sink.write("devis_numeros", gen.quote_numbers_rows())
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


def _drain(buffer: list[Row]) -> Iterable[Row]:
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
        counts = _loader(engine, make_generator)(out)
    finally:
        if gc_was_enabled:
            gc.enable()
    if scale == "conversations":
        from backoffice.services.demo.conversations_bench import add_conversation_volume

        for table, n in add_conversation_volume(engine, seed=seed, out=out).items():
            counts[table] = counts.get(table, 0) + n
    _print_summary(counts, time.perf_counter() - started, out)


def _loader(
    engine: Engine, make_generator: Callable[[dict[str, int]], DemoGenerator]
) -> Callable[[Callable[[str], None]], dict[str, int]]:
    """The bulk-load path of the engine's server (COPY, LOAD DATA, else Core inserts)."""
    quote = engine.dialect.identifier_preparer.quote

    def refuse(first: Callable[[str], Any]) -> None:
        _refuse_if_not_empty(first, quote)

    def run(existing: dict[str, int], sink: Sink) -> dict[str, int]:
        return generate(make_generator(existing), sink, existing)

    def load(out: Callable[[str], None]) -> dict[str, int]:
        if engine.dialect.name == "postgresql":
            return seed_postgresql(
                engine, tables=TABLES, refuse_if_not_empty=refuse, generate=run, out=out
            )
        if is_mysql(engine.dialect):
            return seed_mysql(
                engine, tables=TABLES, refuse_if_not_empty=refuse, generate=run, out=out
            )
        return seed_generic(engine, refuse_if_not_empty=refuse, generate=run, out=out)

    return load


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


__all__ = ["CUSTOMER_PASSWORD", "DemoDataRefused", "generate", "php_password_hash", "seed_demo"]
