"""``invoices verify`` over the large demo data (~920 000 invoices), beside bare SQL.

    .venv/bin/python benchmarks/invoices_verify.py [--url postgresql://postgres@127.0.0.1:5432/backoffice_bench_large]

Measures: the service's walk of the invoices' chain (read every snapshot, recompute its
hash, compare the ``factures`` row, numbering, head), then bare SQL reading the same rows
(PostgreSQL: and hashing them with ``sha256()`` in the server), so that the difference is
what Python's checks add.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from sqlalchemy.orm import Session

from backoffice.db import make_engine, normalize_url
from backoffice.services.invoices.verify import verify_documents

DEFAULT = "postgresql://postgres@127.0.0.1:5432/backoffice_bench_large"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default=DEFAULT)
    args = parser.parse_args()
    engine = make_engine(normalize_url(args.url), statement_timeout_ms=None)
    with Session(engine) as session:
        started = time.perf_counter()
        report = verify_documents(session, adopt=False)
        walk = time.perf_counter() - started
        session.rollback()
    print(
        f"verify: {report.checked} in {walk:.1f} s, ok={report.ok}, "
        f"{report.checked.get('facture', 0) / walk:,.0f} invoices/s"
    )
    bare = [
        "SELECT count(*), sum(length(s.contenu)) FROM factures_instantanes s "
        "LEFT JOIN factures f ON f.id = s.id_facture",
    ]
    if engine.dialect.name == "postgresql":
        bare.append(
            "SELECT count(encode(sha256(convert_to(contenu, 'UTF8')), 'hex')) "
            "FROM factures_instantanes"
        )
    else:
        bare.append("SELECT count(sha2(contenu, 256)) FROM factures_instantanes")
    with engine.connect() as connection:
        for sql in bare:
            started = time.perf_counter()
            value = connection.execute(text(sql)).first()
            seconds = time.perf_counter() - started
            print(f"bare SQL {seconds:.1f} s: {sql[:60]}… → {tuple(value or ())}")
    engine.dispose()
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
