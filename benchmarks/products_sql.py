"""Produits / Catégories tabs: bare SQL timings on a large PostgreSQL database.

Usage::

    .venv/bin/python benchmarks/products_sql.py [URL] [--repeat N] [--explain]

URL defaults to ``$BACKOFFICE_BENCH_URL`` or
``postgresql://postgres@127.0.0.1:5432/backoffice_bench_large`` (100 000 products, seeded by
``benchmarks/seed_large.py``).

Each measurement runs the catalog service (``list_products``, ``count_products``,
``children``, ``export_products_csv``) in one Session, so it is the SQL plus row conversion,
without any UI. p50/p95 over ``--repeat`` runs after one warm-up run. Searches use a
different word per run, taken from real product names, so the cache of one query does not
serve the next. ``--explain`` prints the plan of the main queries (to check the trigram
and btree indexes are used).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from backoffice.db import make_engine, make_session_factory
from backoffice.models import Categorie, Produit
from backoffice.services.catalog import PRODUCTS, count_products, list_products
from backoffice.services.catalog.csv_export import export_products_csv
from backoffice.services.categories import children
from backoffice.services.listing import ListQuery, filtered, ordered
from backoffice.services.permissions import Staff

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large"
ACTOR = Staff(id=0, email="bench@boutique.test", role="admin")


def pct(values: list[float], q: float) -> float:
    ordered_values = sorted(values)
    return ordered_values[min(len(ordered_values) - 1, round(q * (len(ordered_values) - 1)))]


def measure(fn: Callable[[int], Any], repeat: int) -> tuple[float, float]:
    fn(0)  # warm-up: connection, plan, caches
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return pct(times, 0.5), pct(times, 0.95)


def search_words(session: Session, length: int, count: int, rng: random.Random) -> list[str]:
    """``count`` lowercase substrings of ``length`` letters found in product names."""
    names = session.scalars(select(Produit.nom).order_by(Produit.id).limit(5000)).all()
    words: list[str] = []
    while len(words) < count:
        token = rng.choice(rng.choice(names).lower().split())
        letters = "".join(c for c in token if c.isalpha())
        if len(letters) >= length:
            start = rng.randrange(len(letters) - length + 1)
            words.append(letters[start : start + length])
    return words


def explain(session: Session, title: str, query: ListQuery) -> None:
    stmt = ordered(PRODUCTS, query, filtered(PRODUCTS, query)).limit(201)
    dialect = session.get_bind().dialect  # the engine's: it knows the server's text support
    compiled = stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    analyze = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)" if dialect.name == "postgresql" else "ANALYZE"
    plan = session.execute(text(f"{analyze} {compiled}"))
    print(f"\n--- {title}")
    for line in plan:
        print("   ", line[0] if len(line) == 1 else tuple(line))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("BACKOFFICE_BENCH_URL"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    engine = make_engine(args.url or DEFAULT_URL)
    factory = make_session_factory(engine)
    rng = random.Random(args.seed)
    report: list[tuple[str, float, float]] = []

    with factory() as session:
        total = session.scalar(text("SELECT count(*) FROM produits"))
        search_indexes = [i["name"] for i in inspect(session.connection()).get_indexes("produits")]
        found = [n for n in search_indexes if n.endswith(("_trgm", "_ft", "_fr"))]
        print(f"{total} products; search and sort indexes on produits: {', '.join(found)}\n")
        top = session.execute(
            select(Categorie.id, Categorie.nom)
            .where(Categorie.parent_id.is_(None))
            .order_by(Categorie.id)
        ).all()
        words = {n: search_words(session, n, args.repeat + 1, rng) for n in (1, 3, 6)}

        def add(name: str, fn: Callable[[int], Any]) -> None:
            p50, p95 = measure(fn, args.repeat)
            report.append((name, p50, p95))

        add("first page (sort nom)", lambda i: list_products(session, ACTOR, ListQuery()))
        add(
            "first page (sort updated_at desc)",
            lambda i: list_products(session, ACTOR, ListQuery(sort="updated_at", descending=True)),
        )
        add(
            "first page (sort prix)",
            lambda i: list_products(session, ACTOR, ListQuery(sort="prix")),
        )
        add("count (no filter)", lambda i: count_products(session, ACTOR, ListQuery()))
        cat_query = ListQuery(filters={"categorie": top[0].id})
        add(
            f"first page, category « {top[0].nom} » subtree",
            lambda i: list_products(session, ACTOR, cat_query),
        )
        add(
            f"count, category « {top[0].nom} » subtree",
            lambda i: count_products(session, ACTOR, cat_query),
        )
        stock_query = ListQuery(filters={"stock": "faible", "est_actif": True})
        add(
            "first page, stock faible + actif", lambda i: list_products(session, ACTOR, stock_query)
        )
        add("count, stock faible + actif", lambda i: count_products(session, ACTOR, stock_query))
        for n, terms in words.items():
            add(
                f"search {n} letter(s): first page",
                lambda i, terms=terms: list_products(session, ACTOR, ListQuery(search=terms[i])),
            )
            add(
                f"search {n} letter(s): count",
                lambda i, terms=terms: count_products(session, ACTOR, ListQuery(search=terms[i])),
            )
        add("category tree: first level + counts", lambda i: children(session, ACTOR, None))
        add(
            f"category tree: children of « {top[0].nom} »",
            lambda i: children(session, ACTOR, top[0].id),
        )

        def export_all(_: int) -> None:
            export_products_csv(session, ACTOR, ListQuery(), io.BytesIO())

        start = time.perf_counter()
        export_all(0)
        export_s = time.perf_counter() - start

        if args.explain:
            explain(session, "first page (sort nom)", ListQuery())
            explain(session, "category subtree", cat_query)
            explain(session, f"search '{words[3][0]}'", ListQuery(search=words[3][0]))
            explain(session, f"search '{words[1][0]}'", ListQuery(search=words[1][0]))

    width = max(len(name) for name, _, _ in report)
    print(f"{'measure':<{width}}  {'p50':>9}  {'p95':>9}")
    for name, p50, p95 in report:
        print(f"{name:<{width}}  {p50 * 1000:7.1f}ms  {p95 * 1000:7.1f}ms")
    print(f"{'CSV export of all products (once)':<{width}}  {export_s * 1000:7.0f}ms")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
