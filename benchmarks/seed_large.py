"""Create a fresh PostgreSQL database, migrate it, load the large demo data set and time it.

    .venv/bin/python benchmarks/seed_large.py                # -> backoffice_bench_large
    .venv/bin/python benchmarks/seed_large.py --replace      # drop and rebuild it
    .venv/bin/python benchmarks/seed_large.py --name tmp_bench --drop-after

The server comes from ``--admin-url`` (default: ``BACKOFFICE_TEST_POSTGRES_URL`` or the local
server as ``postgres``); the benchmark database is created next to it. Prints the time of each
phase and the row count of every table.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from backoffice import migrations
from backoffice.db import make_engine, normalize_url
from backoffice.models import Base
from backoffice.services.demo import seed_demo

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
TIME_LIMIT_S = 300  # the large seed must stay under five minutes on a 2-core machine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--admin-url",
        default=os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_ADMIN_URL),
        help="URL of a database on the server, used to create the benchmark database",
    )
    parser.add_argument("--name", default="backoffice_bench_large", help="database to create")
    parser.add_argument("--scale", choices=["small", "large"], default="large")
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--replace", action="store_true", help="drop the database if it exists")
    parser.add_argument("--drop-after", action="store_true", help="drop the database at the end")
    args = parser.parse_args(argv)

    admin_url = normalize_url(args.admin_url)
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT", statement_timeout_ms=None)
    name = args.name
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).first()
        if exists and not args.replace:
            print(f"La base {name} existe déjà (utilisez --replace pour la recréer).")
            return 2
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name).render_as_string(hide_password=False)

    started = time.perf_counter()
    migrations.upgrade(url)
    migrated = time.perf_counter()
    print(f"Migration : {migrated - started:.1f} s")

    engine = make_engine(url, statement_timeout_ms=None)
    try:
        seed_demo(engine, scale=args.scale, seed=args.seed, out=print)
        seeded = time.perf_counter()
        print(f"Chargement ({args.scale}) : {seeded - migrated:.1f} s")
        print(f"Total (migration + chargement) : {seeded - started:.1f} s")
        with engine.connect() as connection:
            print("Lignes par table :")
            for table in Base.metadata.sorted_tables:
                count = connection.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar()
                print(f"  {table.name:<28} {count:>12,}")
            size = connection.execute(
                text("SELECT pg_size_pretty(pg_database_size(current_database()))")
            ).scalar()
            print(f"Taille de la base : {size}")
    finally:
        engine.dispose()
        if args.drop_after:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(f"URL : {normalize_url(url).set(drivername='postgresql').render_as_string()}")
    if args.scale == "large" and seeded - migrated > TIME_LIMIT_S:
        print(f"ATTENTION : plus de {TIME_LIMIT_S} s, au-delà de l'objectif.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
