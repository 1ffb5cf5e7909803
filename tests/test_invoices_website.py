"""Invoicing on a website-made schema (PG ENUM types and naive Paris times, MariaDB
DATETIME to the second): the website's invoices are adopted, numbering continues after
them, new invoices and credit notes are issued and verified (issue 11)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from backoffice import cli
from backoffice.db import make_engine
from backoffice.models import Commande, Facture, FactureInstantane, ParametreBoutique
from backoffice.services.errors import ServiceError
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.documents import get_stored_document
from backoffice.services.invoices.hooks import on_order_status_changed
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.numbering import numbering_year
from backoffice.services.invoices.snapshot import DocumentKind
from backoffice.services.invoices.verify import verify_documents
from tests.factories import make_staff
from tests.invoice_helpers import IDENTITY
from tests.website_db import website_mariadb_database, website_pg_database

VARIANTS = ["pg_enum", pytest.param("mariadb", marks=pytest.mark.mariadb)]


@pytest.fixture(params=VARIANTS)
def site(request: pytest.FixtureRequest) -> Iterator[Engine]:
    context: Any = (
        website_mariadb_database()
        if request.param == "mariadb"
        else website_pg_database(request.param, server_timezone="Europe/Paris")
    )
    with context as url:
        assert cli.main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


def test_website_invoices_are_adopted_and_the_series_continues(site: Engine) -> None:
    with Session(site) as session:
        website = list(
            session.execute(select(Facture.id, Facture.numero_facture).order_by(Facture.id))
        )
        assert website, "the fixture has invoices"
        for key, value in IDENTITY.items():
            session.add(ParametreBoutique(cle=key, valeur=value))
        session.commit()
        actor = make_staff(session, "manager")
        session.commit()
        # An order the website left at « validée » reaches « en préparation » here.
        order = session.scalars(
            select(Commande).where(Commande.statut == "validee").order_by(Commande.id)
        ).first()
        if order is None:  # pragma: no cover - the fixtures have one
            pytest.skip("no validated order in the fixture")
        invoice_id = on_order_status_changed(session, actor, order.id, "validee", "en_preparation")
        assert invoice_id is not None
        session.commit()
        # The website's invoices were adopted first, reconstituted, in the chain.
        adopted = session.scalars(
            select(FactureInstantane.reconstitue).where(
                FactureInstantane.id_facture.in_([i for i, _ in website])
            )
        ).all()
        assert adopted and all(adopted)
        stored = get_stored_document(session, actor, DocumentKind.FACTURE, invoice_id)
        assert stored.rang == len(website) + 1
        assert stored.snapshot.totaux.total_ttc == order.montant_total
        # Numbers continue after the website's highest of the year, if it used our format.
        year = numbering_year(stored.snapshot.date_emission)
        ours = [n for _, n in website if n.startswith(f"FA-{year}-")]
        expected = max((int(n.rsplit("-", 1)[1]) for n in ours), default=0) + 1
        assert stored.snapshot.numero == f"FA-{year}-{expected:06d}"
        credit = issue_credit_note(session, actor, invoice_id, "Geste", amount=Decimal("1.00"))
        session.commit()
        assert credit > 0
        report = verify_documents(session)
        session.commit()
        assert report.ok, report.problems[:3]
        # Issued at the second: the website's DATETIME / timestamp keeps it whole.
        raw = session.execute(
            text("SELECT date_emission FROM factures WHERE id = :i"), {"i": invoice_id}
        ).scalar()
        assert raw is not None
        order.statut = "en_preparation"  # what the orders service writes with the hook
        session.flush()
        with pytest.raises(ServiceError, match="déjà une facture"):
            issue_invoice(session, actor, order.id)


def test_adoption_installs_the_triggers_and_the_first_verify_chains(site: Engine) -> None:
    from backoffice.migrations.immutable import present

    url = site.url.render_as_string(hide_password=False)
    with site.connect() as connection:
        # db upgrade (adoption) made the tables with their refusals, from the start.
        assert all(
            present(connection, t) for t in ("factures_instantanes", "avoirs", "avoirs_lignes")
        )
        count = connection.execute(text("SELECT count(*) FROM factures")).scalar()
    assert cli.main(["invoices", "verify", "--quiet", "--database-url", url]) == 0
    with site.connect() as connection:
        assert all(
            present(connection, t) for t in ("factures_instantanes", "avoirs", "avoirs_lignes")
        )
        chained = connection.execute(text("SELECT count(*) FROM factures_instantanes")).scalar()
        assert chained == count
        with pytest.raises(Exception, match="immuable"):
            connection.execute(text("UPDATE factures_instantanes SET rang = rang + 1000"))
    assert cli.main(["invoices", "verify", "--quiet", "--database-url", url]) == 0
