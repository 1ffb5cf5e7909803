"""The packing slip (issue 10): the read service on every server and on website-made
schemas, and the PDF's text: every line, the delivery, the instructions, the hostile names
printed literally; and a website's own invoice printed once adopted."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session, sessionmaker

from backoffice import cli
from backoffice.db import make_engine
from backoffice.models import Commande, CommandeProduit, RoleName
from backoffice.services.documents import (
    PACKING_SLIPS,
    Cancelled,
    packing_slip_data,
    render_invoices,
    render_packing_slips,
)
from backoffice.services.errors import PermissionDenied, ServiceError
from backoffice.services.permissions import Staff
from tests.factories import make_product, make_staff, make_user
from tests.website_db import website_mariadb_database, website_pg_database

HOSTILE = 'S&P </para> <img src="http://127.0.0.1:9/x.png"> <font color="[[[x]]]">'


def make_order(
    session: Session, statut: str = "validee", *, n_lines: int = 2, **fields: object
) -> Commande:
    customer = make_user(session, nom=fields.pop("nom", "Dupont"), prenom="Émilie")
    order = Commande(
        id_utilisateur=customer.id,
        montant_total=Decimal("42.00"),
        reference=fields.pop("reference", f"CMD-T-{customer.id}"),
        date_commande=datetime(2026, 11, 21, 13, 5, tzinfo=UTC),
        statut=statut,
        **fields,
    )
    session.add(order)
    session.flush()
    for i in range(n_lines):
        product = make_product(session, f"Bol n°{i} {HOSTILE}", slug=f"bol-{order.id}-{i}")
        session.add(
            CommandeProduit(
                id_commande=order.id,
                id_produit=product.id,
                quantite=i + 1,
                prix_unitaire=Decimal("10.00"),
            )
        )
    session.flush()
    return order


def text_of(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return "\n".join(p.extract_text() for p in pages).replace("\n", " ")


def test_packing_slip_data_keeps_the_order_given_and_names_the_others(
    db_session: Session,
) -> None:
    actor = make_staff(db_session, RoleName.EMPLOYE)
    a = make_order(db_session, "en_preparation", n_lines=3)
    b = make_order(db_session, "validee", n_lines=1, mode_livraison="point_relais")
    shipped = make_order(db_session, "expediee")
    data = packing_slip_data(db_session, actor, [b.id, shipped.id, a.id, b.id, 999_999])
    assert [s.order_id for s in data.slips] == [b.id, a.id]
    assert [line.quantity for line in data.slips[1].lines] == [1, 2, 3]
    assert data.slips[1].lines[0].reference == f"bol-{a.id}-0"
    assert data.slips[0].delivery_mode == "Point relais"
    assert data.slips[0].customer_name == "Émilie Dupont"
    assert data.slips[1].status_label == "En préparation"
    assert data.skipped == (
        f"{shipped.reference} : Expédiée, rien à préparer",
        "Commande n° 999999 : introuvable",
    )


def test_the_pdf_shows_every_line_and_the_hostile_texts_literally(db_session: Session) -> None:
    actor = make_staff(db_session, RoleName.SUPPORT)
    order = make_order(
        db_session,
        n_lines=30,
        nom=f"Dupont {HOSTILE}",
        adresse_livraison=f"12 rue de l'Œuf\n69001 Lyon {HOSTILE}",
        instructions_livraison=f"Sonner deux fois {HOSTILE}",
        point_relais_id="RL42",
        point_relais_nom=f"Tabac {HOSTILE}",
        pays_livraison="France",
        mode_livraison="point_relais",
    )
    steps: list[tuple[int, int]] = []
    rendered = render_packing_slips(
        db_session, actor, [order.id], lambda d, t: steps.append((d, t))
    )
    assert rendered.count == 1 and rendered.skipped == ()
    assert rendered.file_name == f"Bon de préparation {order.reference}.pdf"
    assert steps[-1] == (1, 1)
    text = text_of(rendered.data)
    assert "Bon de préparation" in text and order.reference in text
    assert "21/11/2026 à 14:05" in text  # shop time (Paris)
    for i in range(30):
        assert f"Bol n°{i} {HOSTILE}" in text
        assert f"bol-{order.id}-{i}" in text
    assert f"Émilie Dupont {HOSTILE}" in text
    assert f"Tabac {HOSTILE} (n° RL42)" in text
    assert "12 rue de l'Œuf 69001 Lyon" in text
    assert f"Sonner deux fois {HOSTILE}" in text
    assert "Total : 465 articles (30 références)" in text
    assert "Nombre de colis" in text
    pages = len(PdfReader(io.BytesIO(rendered.data)).pages)
    assert pages > 1
    assert all(f"Page {n} / {pages}" in text for n in range(1, pages + 1))


def test_a_batch_is_one_pdf_and_can_be_cancelled(db_session: Session) -> None:
    actor = make_staff(db_session, RoleName.ADMIN)
    orders = [make_order(db_session, n_lines=1) for _ in range(3)]
    ids = [o.id for o in orders]
    rendered = PACKING_SLIPS.render(db_session, actor, ids, None)
    assert rendered.count == 3 and rendered.file_name == "Bons de préparation (3 commandes).pdf"
    reader = PdfReader(io.BytesIO(rendered.data))
    assert len(reader.pages) == 3
    for page, order in zip(reader.pages, orders, strict=True):
        assert order.reference in page.extract_text()
        assert "Page 1 / 1" in page.extract_text()

    def cancel(done: int, _total: int) -> None:
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        render_packing_slips(db_session, actor, ids, cancel)


def test_nothing_to_prepare_and_permission(db_session: Session) -> None:
    actor = make_staff(db_session, RoleName.EMPLOYE)
    shipped = make_order(db_session, "livree")
    with pytest.raises(ServiceError, match="Aucune de ces commandes"):
        render_packing_slips(db_session, actor, [shipped.id])
    stranger = Staff(id=actor.id, email=actor.email, role="client")
    with pytest.raises(PermissionDenied):
        packing_slip_data(db_session, stranger, [shipped.id])


# --- on a website-made schema (ENUM statuses, naive Paris times, DATETIME) ---------------


@pytest.fixture(scope="module", params=["pg_enum", "pg_check", "mariadb"])
def website(request: pytest.FixtureRequest) -> Iterator[sessionmaker[Session]]:
    variant = request.param
    made = (
        website_mariadb_database()
        if variant == "mariadb"
        else website_pg_database(variant, server_timezone="UTC")
    )
    with made as url:
        assert cli.main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            yield sessionmaker(bind=engine, expire_on_commit=False)
        finally:
            engine.dispose()


def test_packing_slips_of_a_websites_orders(website: sessionmaker[Session]) -> None:
    actor = Staff(id=1, email="admin@site.test", role=RoleName.ADMIN)
    with website() as session:
        data = packing_slip_data(session, actor, [3, 2, 4])
        assert [s.reference for s in data.slips] == ["CMD-2026-0003", "CMD-2026-0004"]
        assert data.skipped == ("CMD-2026-0002 : Expédiée, rien à préparer",)
        rendered = render_packing_slips(session, actor, [3, 4])
    text = text_of(rendered.data)
    # The website's wall-clock times, across the DST changes, as the website shows them.
    assert "Commande CMD-2026-0003 du 29/03/2026 à 03:15 · En préparation" in text
    assert "Commande CMD-2026-0004 du 25/10/2026 à 01:50 · Validée" in text
    assert "8 avenue Jean Jaurès, 13001 Marseille" in text


def test_a_websites_invoice_prints_once_adopted(website: sessionmaker[Session]) -> None:
    """The website's own invoice, adopted by ``invoices verify`` (snapshot reconstituted
    from its order), prints with its own number, date and amounts."""
    url = website.kw["bind"].url.render_as_string(hide_password=False)
    cli.main(["invoices", "verify", "--database-url", url])
    actor = Staff(id=1, email="admin@site.test", role=RoleName.ADMIN)
    with website() as session:
        rendered = render_invoices(session, actor, [1])
    text = text_of(rendered.data).replace("\u00a0", " ").replace("\u202f", " ")
    assert "Facture n° FAC-2026-0001" in text
    assert "Date d'émission 01/03/2026" in text
    assert "Total TTC 99,20 €" in text
    assert "Document reconstitué à partir de la commande" in text
