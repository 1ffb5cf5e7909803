"""MySQL/MariaDB drivers compared: PyMySQL (the one we ship), mysqlclient, mysql-connector.

Fetches 200 000 rows × 10 columns (ints, texts, DECIMAL, DATETIME(6), a boolean) with each
driver's plain DB-API cursor, and a page of 200 rows as the lists ask for it (the median
of 50). Run it in a scratch virtualenv that has the drivers you want to compare (the ones
missing are skipped):

    python -m venv /tmp/drivers && /tmp/drivers/bin/pip install PyMySQL mysqlclient \\
        mysql-connector-python
    /tmp/drivers/bin/python benchmarks/mysql_drivers.py [--host 127.0.0.1 --user root]

mysqlclient needs a C compiler and the MariaDB/MySQL client headers to install from
source (``libmariadb-dev`` and ``pkg-config`` here), which a shop's Windows machine will
not have; mysql-connector ships wheels with a C extension (``use_pure=False``).

Measured on MariaDB 10.11, 2 cores, Python 3.11 (PyMySQL 1.2.4, mysqlclient 2.3.2,
mysql-connector-python 26.10.0, whose C extension was not available from its wheel here):

    driver                       200 000 rows   page of 200 (median)
    PyMySQL                           3177 ms                2.90 ms
    mysqlclient                       1019 ms                0.94 ms
    mysql-connector (pure)            4840 ms                6.83 ms

The lists fetch one page of 200 rows at a time, never a whole table: PyMySQL's 2 ms more
per page is invisible beside the 30 ms goal, and it installs and bundles everywhere.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

DATABASE = "backoffice_bench_drivers"
ROWS = 200_000
PAGE = 200
PAGE_RUNS = 50


def _connectors(host: str, port: int, user: str, password: str) -> dict[str, Callable[[], Any]]:
    found: dict[str, Callable[[], Any]] = {}
    common = {"host": host, "port": port, "user": user, "password": password}
    try:
        import pymysql

        found["PyMySQL"] = lambda: pymysql.connect(**common, database=DATABASE, charset="utf8mb4")
    except ImportError:
        pass
    try:
        import MySQLdb

        found["mysqlclient"] = lambda: MySQLdb.connect(
            host=host, port=port, user=user, passwd=password, db=DATABASE, charset="utf8mb4"
        )
    except ImportError:
        pass
    try:
        import mysql.connector

        found["mysql-connector (C ext)"] = lambda: mysql.connector.connect(
            **common, database=DATABASE, charset="utf8mb4", use_pure=False
        )
        found["mysql-connector (pure)"] = lambda: mysql.connector.connect(
            **common, database=DATABASE, charset="utf8mb4", use_pure=True
        )
    except ImportError:
        pass
    return found


def _prepare(connect_server: Callable[[], Any]) -> None:
    connection = connect_server()
    cursor = connection.cursor()
    cursor.execute(f"CREATE DATABASE IF NOT EXISTS {DATABASE} CHARACTER SET utf8mb4")
    cursor.execute(f"USE {DATABASE}")
    cursor.execute("SHOW TABLES LIKE 'lignes'")
    if cursor.fetchone() is None:
        cursor.execute(
            "CREATE TABLE lignes (id INT PRIMARY KEY AUTO_INCREMENT, nom VARCHAR(100),"
            " prenom VARCHAR(100), email VARCHAR(255), ville VARCHAR(100),"
            " prix DECIMAL(10,2), stock INT, actif TINYINT(1), cree DATETIME(6),"
            " description VARCHAR(500)) ENGINE=InnoDB"
        )
        batch = [
            (
                f"Nom{i}",
                f"Prénom{i}",
                f"client{i}@exemple.fr",
                "Besançon",
                f"{i % 1000}.{i % 100:02d}",
                i % 50,
                i % 2,
                "2026-11-30 12:34:56.123456",
                "Une description courte, avec des accents : é è à ç œ. " * 2,
            )
            for i in range(10_000)
        ]
        for _ in range(ROWS // len(batch)):
            cursor.executemany(
                "INSERT INTO lignes (nom, prenom, email, ville, prix, stock, actif, cree,"
                " description) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                batch,
            )
        connection.commit()
    connection.close()


def _timed(connect: Callable[[], Any], sql: str) -> tuple[float, int]:
    connection = connect()
    cursor = connection.cursor()
    start = time.perf_counter()
    cursor.execute(sql)
    rows = cursor.fetchall()
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3306)
    parser.add_argument("--user", default="root")
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    import pymysql

    _prepare(
        lambda: pymysql.connect(
            host=args.host, port=args.port, user=args.user, password=args.password
        )
    )
    connectors = _connectors(args.host, args.port, args.user, args.password)
    everything = "SELECT * FROM lignes"
    # Keyset, so that the server's part is small and the driver's shows.
    page = f"SELECT * FROM lignes WHERE id > 100000 ORDER BY id LIMIT {PAGE}"
    print(f"{'driver':<26} {'200 000 rows':>14} {'page of 200 (median)':>22}")
    for name, connect in connectors.items():
        try:
            _timed(connect, page)  # warm the buffer pool
        except ImportError as exc:  # e.g. mysql-connector without its C extension here
            print(f"{name:<26} skipped: {exc}")
            continue
        full = min(_timed(connect, everything)[0] for _ in range(3))
        connection = connect()
        cursor = connection.cursor()
        pages = []
        for _ in range(PAGE_RUNS):
            start = time.perf_counter()
            cursor.execute(page)
            cursor.fetchall()
            pages.append(time.perf_counter() - start)
        connection.close()
        print(f"{name:<26} {full * 1000:>11.0f} ms {statistics.median(pages) * 1000:>19.2f} ms")


if __name__ == "__main__":
    main()
