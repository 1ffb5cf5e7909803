"""Commandes on databases the shop's website made (ENUM types, VARCHAR + CHECK, naive Paris
times, MariaDB DATETIME with second precision): the list, its search and counts, the order
window's detail, a status change and a cancellation, times written as the website would."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from backoffice import cli
from backoffice.db import make_engine
from backoffice.models import Commande, HistoriqueCommande, Produit
from backoffice.services import orders
from backoffice.services.auth import ClientInfo, SignedIn, sign_in
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.ui.formatting import format_datetime
from tests.website_db import (
    PARIS,
    WEBSITE_PASSWORDS,
    website_mariadb_database,
    website_pg_database,
)

CASES = [("pg_enum", "Europe/Paris"), ("pg_check", "UTC"), ("mariadb", None)]


@pytest.fixture(scope="module", params=CASES, ids=[f"{v}-{tz or 'default'}" for v, tz in CASES])
def site(request: pytest.FixtureRequest) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    variant, server_timezone = request.param
    website = (
        website_mariadb_database()
        if variant == "mariadb"
        else website_pg_database(variant, server_timezone=server_timezone)
    )
    with website as url:
        assert cli.main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            yield engine, sessionmaker(bind=engine, expire_on_commit=False)
        finally:
            engine.dispose()


def _admin(factory: sessionmaker[Session]) -> Staff:
    with factory() as session:
        result = sign_in(
            session,
            "admin@site.test",
            WEBSITE_PASSWORDS["admin@site.test"],
            ClientInfo(ip="192.0.2.10", user_agent="Back-office/test (Linux)"),
        )
        session.commit()
    assert isinstance(result, SignedIn)
    return result.staff


def _raw(engine: Engine, sql: str, **params: Any) -> Any:
    with engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def test_orders_on_the_websites_schema(site: tuple[Engine, sessionmaker[Session]]) -> None:
    engine, factory = site
    admin = _admin(factory)
    with factory() as session:
        page = orders.list_orders(session, admin, ListQuery())
        references = [r["reference"] for r in page.rows]
        assert len(references) == 8
        assert references[:2] == ["CMD-2026-0005", "CMD-2026-0004"]  # the newest first
        # Naive Paris times read as the website shows them, even on the DST night.
        assert format_datetime(page.rows[0]["date_commande"]) == "25/10/2026 03:40"
        counts = orders.count_orders_by_status(session, admin, ListQuery())
        assert counts["livree"] == 3 and counts["en_attente"] == 1 and sum(counts.values()) == 8
        found = orders.list_orders(session, admin, ListQuery(search="CMD-2026-0004"))
        assert [r["reference"] for r in found.rows] == ["CMD-2026-0004"]
        by_status = orders.list_orders(session, admin, ListQuery(filters={"statut": "validee"}))
        assert [r["reference"] for r in by_status.rows] == ["CMD-2026-0004"]
        invoiced = next(r for r in page.rows if r["reference"] == "CMD-2026-0001")
        assert invoiced["facture"] == "FAC-2026-0001" and invoiced["articles"] == 3
        # The cursor of a naive DATETIME goes back as it came: page 2 follows page 1.
        first = orders.list_orders(session, admin, ListQuery(limit=3))
        rest = orders.list_orders(session, admin, ListQuery(limit=10).continued(first.after))
        assert [r["reference"] for r in first.rows + rest.rows] == references

        detail = orders.get_order(session, admin, 1)
        assert detail["adds_up"] and len(detail["lines"]) == 2
        assert detail["invoices"][0]["numero_facture"] == "FAC-2026-0001"

        change = orders.advance_order(session, admin, 5, "en_attente", "validee")
        assert change.new == "validee"
        stock = session.scalar(select(Produit.stock).where(Produit.id == 5))
        orders.cancel_order(session, admin, 4, "validee", "Demande du client", "Par téléphone")
        assert session.scalar(select(Produit.stock).where(Produit.id == 5)) == stock + 1
        statuses = dict(session.execute(select(Commande.id, Commande.statut)).all())
        assert (statuses[5], statuses[4]) == ("validee", "annulee")
        history = session.execute(
            select(HistoriqueCommande.details, HistoriqueCommande.id)
            .where(HistoriqueCommande.id_commande == 5)
            .order_by(HistoriqueCommande.id.desc())
        ).first()
        assert history is not None
        assert json.loads(history[0])["nouveau_statut"] == "validee"
        session.commit()
    # Written in the shop's wall-clock time, as the website writes it.
    cast = (
        "CAST(date_action AS CHAR)"
        if engine.dialect.name in ("mysql", "mariadb")
        else "CAST(date_action AS TEXT)"
    )
    stored = _raw(engine, f"SELECT {cast} FROM historique_commande WHERE id = :id", id=history[1])
    if "+" not in stored[10:]:
        paris_now = datetime.now(UTC).astimezone(PARIS).replace(tzinfo=None)
        assert abs(datetime.fromisoformat(stored[:19]) - paris_now) < timedelta(minutes=2)
    assert (
        _raw(engine, "SELECT motif_annulation FROM commandes WHERE id = 4") == "Demande du client"
    )
