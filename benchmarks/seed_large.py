"""Create a fresh database, migrate it, load the large demo data set and time it.

    .venv/bin/python benchmarks/seed_large.py                # -> backoffice_bench_large
    .venv/bin/python benchmarks/seed_large.py --replace      # drop and rebuild it
    .venv/bin/python benchmarks/seed_large.py --name tmp_bench --drop-after
    .venv/bin/python benchmarks/seed_large.py --admin-url mysql+pymysql://root@127.0.0.1:3306/

The server comes from ``--admin-url``: PostgreSQL (default: ``BACKOFFICE_TEST_POSTGRES_URL``
or the local server as ``postgres``) or MariaDB/MySQL (``mysql://``, ``mariadb://``, with or
without ``+pymysql``; ``--mariadb`` takes ``BACKOFFICE_TEST_MARIADB_URL`` or the local server
as ``root``). The benchmark database is created next to it. Prints the time of each phase and
the row count of every table.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from backoffice import migrations
from backoffice.db import make_engine, normalize_url
from backoffice.models import Base
from backoffice.services.demo import seed_demo
from backoffice.sql_compat import MYSQL_DIALECTS

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DEFAULT_MARIADB_ADMIN_URL = "mysql+pymysql://root@127.0.0.1:3306/"
TIME_LIMIT_S = 300  # the large seed must stay under five minutes on a 2-core machine


def _is_mysql(url: URL) -> bool:
    return url.get_backend_name() in MYSQL_DIALECTS


def _database_exists(connection: Connection, url: URL, name: str) -> bool:
    sql = (
        "SELECT 1 FROM information_schema.schemata WHERE schema_name = :n"
        if _is_mysql(url)
        else "SELECT 1 FROM pg_database WHERE datname = :n"
    )
    return connection.execute(text(sql), {"n": name}).first() is not None


def _drop_database_sql(url: URL, name: str) -> str:
    if _is_mysql(url):
        return f"DROP DATABASE IF EXISTS `{name}`"
    return f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'


def _create_database_sql(url: URL, name: str) -> str:
    if _is_mysql(url):
        return f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"
    return f'CREATE DATABASE "{name}"'


def _database_size_sql(url: URL) -> str:
    if _is_mysql(url):
        return (
            "SELECT CONCAT(ROUND(SUM(data_length + index_length) / 1048576), ' MB') "
            "FROM information_schema.tables WHERE table_schema = DATABASE()"
        )
    return "SELECT pg_size_pretty(pg_database_size(current_database()))"


def _default_admin_url(argv: list[str] | None) -> str:
    if "--mariadb" in (sys.argv[1:] if argv is None else argv):
        return os.environ.get("BACKOFFICE_TEST_MARIADB_URL", DEFAULT_MARIADB_ADMIN_URL)
    return os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_ADMIN_URL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--admin-url",
        default=_default_admin_url(argv),
        help="URL of a database on the server, used to create the benchmark database",
    )
    parser.add_argument(
        "--mariadb",
        action="store_true",
        help="without --admin-url: BACKOFFICE_TEST_MARIADB_URL or the local MariaDB as root",
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
        if _database_exists(connection, admin_url, name) and not args.replace:
            print(f"La base {name} existe déjà (utilisez --replace pour la recréer).")
            return 2
        connection.execute(text(_drop_database_sql(admin_url, name)))
        connection.execute(text(_create_database_sql(admin_url, name)))
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
            quote = engine.dialect.identifier_preparer.quote
            for table in Base.metadata.sorted_tables:
                count = connection.execute(
                    text(f"SELECT count(*) FROM {quote(table.name)}")
                ).scalar()
                print(f"  {table.name:<28} {count:>12,}")
            size = connection.execute(text(_database_size_sql(admin_url))).scalar()
            print(f"Taille de la base : {size}")
    finally:
        engine.dispose()
        if args.drop_after:
            with admin.connect() as connection:
                connection.execute(text(_drop_database_sql(admin_url, name)))
        admin.dispose()
    scheme = "mysql" if _is_mysql(admin_url) else "postgresql"
    print(f"URL : {normalize_url(url).set(drivername=scheme).render_as_string()}")
    if args.scale == "large" and seeded - migrated > TIME_LIMIT_S:
        print(f"ATTENTION : plus de {TIME_LIMIT_S} s, au-delà de l'objectif.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
