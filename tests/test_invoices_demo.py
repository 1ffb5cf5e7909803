"""The demo's invoices are issued like real ones: `invoices verify` passes on a fresh demo
database and a demo invoice prints (issue 11)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from backoffice import migrations
from backoffice.db import make_engine
from backoffice.models import Facture, FactureInstantane
from backoffice.services.demo import seed_demo
from backoffice.services.invoices.documents import get_document
from backoffice.services.invoices.snapshot import DocumentKind
from backoffice.services.invoices.verify import verify_documents
from backoffice.services.shop_settings import get_shop_settings
from backoffice.services.shop_settings.edit import missing_identity_fields
from backoffice.shop_time import shop_timezone
from tests.factories import make_staff


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    migrations.upgrade(f"sqlite:///{path}")
    engine = make_engine(f"sqlite:///{path}")
    seed_demo(engine, out=lambda _line: None, now=datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    yield engine
    engine.dispose()


def test_a_fresh_demo_database_verifies(demo: Engine) -> None:
    with Session(demo) as session:
        invoices = session.scalar(select(func.count()).select_from(Facture))
        snapshots = session.scalar(select(func.count()).select_from(FactureInstantane))
        assert invoices and invoices == snapshots
        report = verify_documents(session, adopt=False)
        assert report.ok, report.problems[:3]
        assert report.checked[DocumentKind.FACTURE] == invoices
        assert missing_identity_fields(get_shop_settings(session)) == []


def test_a_demo_invoice_is_a_real_one_and_prints(demo: Engine) -> None:
    with Session(demo) as session:
        actor = make_staff(session, "manager")
        invoice = session.scalars(select(Facture).order_by(Facture.id.desc())).first()
        assert invoice is not None
        snapshot = get_document(session, actor, DocumentKind.FACTURE, invoice.id)
        assert snapshot.numero == invoice.numero_facture
        assert snapshot.totaux.total_ttc == invoice.montant_ttc
        assert snapshot.vendeur.raison_sociale == "Boutique Démo"
        assert sum(line.total_ht for line in snapshot.lignes) == invoice.montant_ht
        session.rollback()
    render = pytest.importorskip("backoffice.documents.invoice").render
    pypdf = pytest.importorskip("pypdf")
    import io

    text = "".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render([snapshot]))).pages
    )
    assert snapshot.numero in text and "Boutique Démo" in text


def test_export_of_a_thousand_invoices_with_the_journal(demo: Engine, tmp_path: Path) -> None:
    import csv
    from decimal import Decimal

    from backoffice import cli
    from backoffice.services.invoices.listing import period_bounds

    with Session(demo) as session:
        dates = sorted(d for (d,) in session.execute(select(Facture.date_emission)))
    zone = shop_timezone()
    start, end = dates[-1000].astimezone(zone).date(), dates[-1].astimezone(zone).date()
    low, high = period_bounds(start, end)
    with Session(demo) as session:
        expected = list(
            session.execute(
                select(Facture.numero_facture, Facture.montant_ttc).where(
                    Facture.date_emission >= low, Facture.date_emission < high
                )
            )
        )
    assert len(expected) >= 1000
    url = demo.url.render_as_string(hide_password=False)
    args = ["invoices", "export", "--from", f"{start}", "--to", f"{end:%d/%m/%Y}"]
    assert cli.main([*args, "--output", str(tmp_path), "--database-url", url]) == 0
    pdfs = sorted(p.stem for p in tmp_path.glob("*.pdf"))
    assert pdfs == sorted(n for n, _ in expected)  # a PDF per invoice (documents.invoice)
    journal = next(tmp_path.glob("journal-des-ventes_*.csv"))
    rows = list(csv.reader(journal.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == len(expected) + 2
    total = Decimal(rows[-1][-1].replace(",", "."))
    assert total == sum((ttc for _, ttc in expected), Decimal(0))
