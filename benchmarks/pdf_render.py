"""Invoice PDF rendering speed, on one core (issue 11: ≥ 100 invoices per second).

Usage::

    .venv/bin/python benchmarks/pdf_render.py [--count N] [--lines L] [--database-url URL]

Without a database it renders ``N`` (default 300) invoice snapshots built here — ``L``
product lines (default 3) plus shipping, French names with accents, « », œ and € — the
way the application does (``backoffice.documents.invoice.render``), pinned to one CPU
(Linux ``sched_setaffinity``), one process, after a warm-up:

* **one file each**: one PDF per invoice (the export's and « Un fichier par document »'s
  case: each file embeds its own font subset);
* **one PDF**: the ``N`` invoices in a single PDF (« Un seul PDF », printing a selection);
* a long invoice (100 lines, several pages).

Wall time and process CPU time are both printed (the CPU time is the figure to compare
with the goal on a machine busy with other work). With ``--database-url`` it also renders
the first ``N`` stored snapshots of that base through ``render_invoices`` (the read from
the database included), one file each.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backoffice.documents import invoice
from backoffice.services.invoices.snapshot import (
    Buyer,
    DocumentKind,
    DocumentSnapshot,
    LineInput,
    LineKind,
    Mentions,
    Payment,
    Seller,
    vat_breakdown,
)

SELLER = Seller(
    raison_sociale="Maison Lumière & Fils",
    forme_juridique="SAS",
    capital="10 000 €",
    adresse="12 rue de la Paix\n75002 Paris",
    siren="123456789",
    siret="12345678900012",
    rcs_ville="Paris",
    tva_intracommunautaire="FR32123456789",
    email="contact@maison-lumiere.fr",
    telephone="01 23 45 67 89",
)
MENTIONS = Mentions(
    nature_operation="Livraison de biens",
    conditions_paiement="Paiement comptant à la commande",
    penalites_retard="trois fois le taux d'intérêt légal",
    indemnite_recouvrement="Indemnité forfaitaire pour frais de recouvrement : 40 €.",
    exoneration_tva="",
)
NAMES = ("Émilie Dupont", "Jérôme Lefèvre", "Zoé Œuvray", "François Gaël", "Inès Mercier")
ITEMS = ("Bol en grès « œuf »", "Poêle en fonte 28 cm", "Théière émaillée", "Crème brûlée kit")


def snapshot(n: int, lines: int) -> DocumentSnapshot:
    inputs = [
        LineInput(
            LineKind.PRODUIT,
            f"{ITEMS[(n + i) % len(ITEMS)]} — modèle {n % 97}-{i}",
            Decimal(1 + (n + i) % 3),
            Decimal("12.90") + Decimal(i * 3 + n % 11),
            Decimal("20.00"),
            id_commande_produit=i,
            id_produit=1000 + i,
            reference_produit=f"produit-{n % 500}-{i}",
        )
        for i in range(lines)
    ]
    inputs.append(
        LineInput(
            LineKind.LIVRAISON, "Livraison Colissimo", Decimal(1), Decimal("6.90"), Decimal(20)
        )
    )
    items, rates, totals = vat_breakdown(inputs)
    issued = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(minutes=17 * n)
    name = NAMES[n % len(NAMES)]
    return DocumentSnapshot(
        type=DocumentKind.FACTURE,
        numero=f"FA-2026-{n + 1:06d}",
        date_emission=issued,
        date_vente=date(2026, 1, 1) + timedelta(days=n % 300),
        id_commande=n,
        reference_commande=f"CMD-2026-{n + 1:06d}",
        vendeur=SELLER,
        acheteur=Buyer(
            id_client=n,
            nom=name,
            email="client@example.fr",
            telephone="",
            adresse_facturation=f"{n % 120} rue des Lilas\n69003 Lyon",
            adresse_livraison=f"{n % 80} avenue Foch\n13008 Marseille" if n % 3 else "",
            pays_livraison="France",
            mode_livraison="Colissimo",
        ),
        lignes=items,
        ventilation_tva=rates,
        totaux=totals,
        paiement=Payment("carte", issued, totals.total_ttc),
        mentions=MENTIONS,
    )


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


def timed(label: str, count: int, work: Callable[[], object]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"{label:<42} {count:>5} invoices  wall {wall:6.2f} s = {count / wall:6.1f}/s"
        f"   cpu {cpu:6.2f} s = {count / cpu:6.1f}/s  ({cpu / count * 1000:.1f} ms each)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--lines", type=int, default=3)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    try:
        import _rl_accel  # noqa: F401

        accel = "rl-accel present"
    except ImportError:
        accel = "rl-accel ABSENT (pure Python reportlab)"
    print(f"pdf_render: {pin_one_core()}, {accel}, load average {os.getloadavg()[0]:.1f}")
    documents = [snapshot(n, args.lines) for n in range(args.count)]
    for document in documents[:5]:  # warm-up: fonts registered, caches filled
        invoice.render([document])
    sizes: list[int] = []
    timed(
        f"one file each ({args.lines} lines + shipping)",
        args.count,
        lambda: sizes.extend(len(invoice.render([d])) for d in documents),
    )
    print(f"{'':<42} mean file size {sum(sizes) / len(sizes) / 1024:.0f} KiB")
    timed("one PDF of them all", args.count, lambda: invoice.render(documents))
    long = snapshot(0, 100)
    timed(
        "a long invoice (100 lines), × 20", 20, lambda: [invoice.render([long]) for _ in range(20)]
    )
    if args.database_url:
        return from_database(args.database_url, args.count)
    return 0


def from_database(url: str, count: int) -> int:
    from sqlalchemy import select

    from backoffice.db import make_engine, make_session_factory
    from backoffice.models import FactureInstantane
    from backoffice.services.documents import render_invoices
    from backoffice.services.permissions import Staff

    factory = make_session_factory(make_engine(url))
    actor = Staff(id=0, email="bench@local", role="manager")
    with factory() as session:
        ids = list(
            session.scalars(
                select(FactureInstantane.id_facture).order_by(FactureInstantane.rang).limit(count)
            )
        )
        if not ids:
            print("no stored snapshot in this database (seed it with the invoicing demo data)")
            return 1
        timed(
            "from the database, one file each",
            len(ids),
            lambda: [render_invoices(session, actor, [i]) for i in ids],
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
