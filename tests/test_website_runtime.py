"""The back office at work on databases the shop's website made (issue 7).

Each hand-written fixture of ``tests/website_db.py`` is adopted with ``backoffice db
upgrade`` and then used as staff would use it: sign-in, Clients, Produits (list, filter,
edit, stock, delete), Sécurité, the ENUM statuses, and the times the website wrote (Paris
wall-clock time, on both sides of the DST changes), with the server's own ``TimeZone`` set
to Europe/Paris and to UTC: the results must be the same.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice import cli, schema_profile
from backoffice.db import make_engine
from backoffice.models import Commande, Utilisateur
from backoffice.services import auth, catalog, customers, security
from backoffice.services.auth import ClientInfo, SignedIn
from backoffice.services.catalog import ProductConflict
from backoffice.services.errors import ServiceError
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.ui.formatting import format_datetime
from tests.website_db import (
    PARIS,
    WEBSITE_EXPECTED_TIMES,
    WEBSITE_PASSWORDS,
    website_mariadb_database,
    website_pg_database,
)

DESK = ClientInfo(ip="192.0.2.10", user_agent="Back-office/test (Linux)")

# (variant, the server's TimeZone for new sessions; None = the server's default)
CASES = [
    ("pg_enum", "Europe/Paris"),
    ("pg_enum", "UTC"),
    ("pg_check", "Europe/Paris"),
    ("pg_check", "UTC"),
    ("mariadb", None),
]


@dataclass
class Site:
    variant: str
    url: str
    engine: Engine
    factory: sessionmaker[Session]

    def raw(self, sql: str, **params: Any) -> Any:
        """A value as the website's own SQL sees it (text, no conversion by our types)."""
        with self.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def wall_clock(self, table: str, column: str, row_id: int) -> str:
        """The stored value as text, the way the website's PHP reads it."""
        cast = "CAST({c} AS CHAR)" if self.is_mysql else "CAST({c} AS TEXT)"
        value = self.raw(
            f"SELECT {cast.format(c=column)} FROM {table} WHERE id = :id",
            id=row_id,
        )
        return str(value)[:19]

    @property
    def is_mysql(self) -> bool:
        return self.engine.dialect.name in ("mysql", "mariadb")


def _website(variant: str, server_timezone: str | None) -> Any:
    if variant == "mariadb":
        return website_mariadb_database()
    return website_pg_database(variant, server_timezone=server_timezone)


@pytest.fixture(scope="module", params=CASES, ids=[f"{v}-{tz or 'default'}" for v, tz in CASES])
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    variant, server_timezone = request.param
    with _website(variant, server_timezone) as url:
        assert cli.main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            yield Site(variant, url, engine, sessionmaker(bind=engine, expire_on_commit=False))
        finally:
            engine.dispose()


def sign_in(site: Site, email: str = "admin@site.test") -> Staff:
    with site.factory() as session:
        result = auth.sign_in(session, email, WEBSITE_PASSWORDS[email], DESK)
        session.commit()
    assert isinstance(result, SignedIn)
    return result.staff


def paris_now() -> datetime:
    return datetime.now(UTC).astimezone(PARIS).replace(tzinfo=None)


def close_to_now(text_value: str) -> bool:
    stored = datetime.fromisoformat(text_value)
    return abs(stored - paris_now()) < timedelta(minutes=2)


# --- sign-in -----------------------------------------------------------------------------


def test_sign_in_with_the_websites_hashes_and_times(site: Site) -> None:
    staff = sign_in(site)
    assert staff.role == "admin"
    user_id = staff.id
    # What the app wrote is the website's wall-clock time, whatever the server's TimeZone.
    assert close_to_now(site.wall_clock("utilisateurs", "derniere_connexion", user_id))
    attempt_id = site.raw("SELECT max(id) FROM historique_connexions")
    assert close_to_now(site.wall_clock("historique_connexions", "date_connexion", attempt_id))
    with site.factory() as session, pytest.raises(ServiceError):
        auth.sign_in(session, "admin@site.test", "mauvais", DESK)
    with site.factory() as session, pytest.raises(ServiceError):
        # A customer of the website cannot sign in here.
        auth.sign_in(
            session, "alice.martin@site.test", WEBSITE_PASSWORDS["alice.martin@site.test"], DESK
        )


def test_column_names_adapt_to_the_websites_case(site: Site) -> None:
    renamed = schema_profile.profile(site.engine).renamed_columns
    assert renamed == ({"idRole": "idrole"} if site.variant == "pg_check" else {})
    with site.factory() as session:
        roles = dict(session.execute(select(Utilisateur.email, Utilisateur.idRole)).all())
    assert roles["admin@site.test"] == 1


# --- times -------------------------------------------------------------------------------


def test_times_read_as_the_website_shows_them(site: Site) -> None:
    staff = sign_in(site)
    with site.factory() as session:
        page = customers.list_customers(session, staff, ListQuery(sort="id", limit=50))
        detail = customers.customer_detail(session, staff, 7)
    by_id = {row["id"]: row for row in page.rows}
    for expected in WEBSITE_EXPECTED_TIMES:
        if expected.table != "utilisateurs" or expected.column != "date_inscription":
            continue
        value = by_id[expected.row_id]["date_inscription"]
        assert value.tzinfo is not None
        assert value == expected.local.replace(tzinfo=PARIS), expected.note
        assert format_datetime(value) == expected.local.strftime("%d/%m/%Y %H:%M")
    # 28/02 at 23:59 in Paris stays on the 28th (not 01/03 as a UTC reading would say).
    assert format_datetime(by_id[5]["date_inscription"]).startswith("28/02/2026")
    orders = {o["id"]: o for o in detail["orders"]}
    assert detail["derniere_connexion"] == datetime(2026, 3, 29, 3, 31, tzinfo=PARIS)
    assert orders.get(3) is None or orders[3]["date_commande"].utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    ("instant", "wall_clock"),
    [
        # Either side of the spring change (Paris goes from UTC+1 to UTC+2 on 29/03 at 2:00).
        (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), "2026-03-28 23:30:00"),
        (datetime(2026, 3, 29, 1, 31, tzinfo=UTC), "2026-03-29 03:31:00"),
        # Either side of the autumn change (back to UTC+1 on 25/10 at 3:00).
        (datetime(2026, 10, 24, 23, 30, tzinfo=UTC), "2026-10-25 01:30:00"),
        (datetime(2026, 10, 25, 2, 30, tzinfo=UTC), "2026-10-25 03:30:00"),
    ],
)
def test_times_written_as_the_website_would(site: Site, instant: datetime, wall_clock: str) -> None:
    with site.factory() as session:
        session.execute(
            update(Utilisateur).where(Utilisateur.id == 9).values(derniere_connexion=instant)
        )
        session.commit()
        assert site.wall_clock("utilisateurs", "derniere_connexion", 9) == wall_clock
        read = session.scalar(select(Utilisateur.derniere_connexion).where(Utilisateur.id == 9))
    assert read == instant


# --- statuses (ENUM types or VARCHAR + CHECK) --------------------------------------------


def test_enum_statuses_filter_update_sort(site: Site) -> None:
    with site.factory() as session:
        validated = session.scalars(
            select(Commande.id).where(Commande.statut == "validee").order_by(Commande.id)
        ).all()
        assert validated
        several = session.scalars(
            select(Commande.id).where(Commande.statut.in_(["en_attente", "annulee"]))
        ).all()
        assert several
        order_id = validated[0]
        result = session.execute(
            update(Commande)
            .where(Commande.id == order_id, Commande.statut == "validee")
            .values(statut="en_preparation")
        )
        assert result.rowcount == 1
        statuses = session.scalars(select(Commande.statut).order_by(Commande.statut)).all()
        assert "en_preparation" in statuses and len(statuses) == 8
        session.rollback()


# --- Produits ----------------------------------------------------------------------------


def test_products_list_filter_edit_stock_delete(site: Site) -> None:
    staff = sign_in(site)
    with site.factory() as session:
        everything = catalog.count_products(session, staff, ListQuery())
        active = catalog.list_products(session, staff, ListQuery(filters={"est_actif": True}))
        out = catalog.list_products(session, staff, ListQuery(filters={"stock": "rupture"}))
        by_date = catalog.list_products(session, staff, ListQuery(sort="updated_at"))
    assert everything >= 10
    assert all(row["est_actif"] for row in active.rows) and len(active.rows) < everything
    assert [row["id"] for row in out.rows] == [4]
    assert len(by_date.rows) == everything

    with site.factory() as session:
        data = catalog.get_product(session, staff, 1)
        saved = catalog.update_product(
            session, staff, 1, replace(data, prix=data.prix + Decimal("1.00")), data
        )
        session.commit()
    assert saved.prix == data.prix + Decimal("1.00")
    assert close_to_now(site.wall_clock("produits", "updated_at", 1))

    with site.factory() as session:
        stock = catalog.adjust_stock(session, staff, 3, delta=-1, reason="casse")
        session.commit()
    assert stock == site.raw("SELECT stock FROM produits WHERE id = 3")

    with site.factory() as session:
        catalog.delete_product(session, staff, 10)  # never ordered
        session.commit()
        with pytest.raises(ServiceError, match="commande"):
            catalog.delete_product(session, staff, 1)
    assert site.raw("SELECT count(*) FROM produits WHERE id = 10") == 0


def test_same_second_edits_are_a_conflict(site: Site) -> None:
    """Two saves within one second (a DATETIME column cannot tell them apart), and a
    website change that leaves updated_at alone: both detected, by the values."""
    staff = sign_in(site)
    with site.factory() as first, site.factory() as second:
        mine = catalog.get_product(first, staff, 2)
        theirs = catalog.get_product(second, staff, 2)
        first.commit()
        second.commit()
        catalog.update_product(first, staff, 2, replace(mine, nom="Portable 15 pouces"), mine)
        first.commit()
        with pytest.raises(ProductConflict) as caught:
            catalog.update_product(
                second, staff, 2, replace(theirs, prix=Decimal("950.00")), theirs
            )
        second.rollback()
    assert caught.value.differences == ["nom", "prix"]

    with site.factory() as session:
        read = catalog.get_product(session, staff, 5)
        session.commit()
    with site.engine.begin() as website:
        # The website's own UPDATE, without touching updated_at (pg_check has no trigger).
        website.execute(text("UPDATE produits SET description_courte = 'Par le site' WHERE id = 5"))
    with site.factory() as session, pytest.raises(ProductConflict):
        catalog.update_product(session, staff, 5, replace(read, nom="Écran 27"), read)


def test_concurrent_saves_from_two_desks(site: Site) -> None:
    """Two desks save the same product at the same moment: exactly one wins."""
    staff = sign_in(site)
    with site.factory() as session:
        read = catalog.get_product(session, staff, 6)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(name: str) -> None:
        with site.factory() as session:
            barrier.wait()
            try:
                catalog.update_product(session, staff, 6, replace(read, nom=name), read)
                session.commit()
                outcomes.append("saved")
            except ProductConflict:
                session.rollback()
                outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(f"Bouilloire {n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["conflict", "saved"]


# --- Sécurité ----------------------------------------------------------------------------


def test_security_tab_lists(site: Site) -> None:
    staff = sign_in(site)
    with site.factory() as session:
        attempts = security.list_sign_in_attempts(session, staff, ListQuery())
        sessions = security.list_active_sessions(session, staff, ListQuery())
        members = security.list_staff_members(session, staff, ListQuery())
    assert attempts.rows and sessions.rows
    assert {row["email"] for row in members.rows} >= {"admin@site.test", "support@site.test"}
    newest = max(attempts.rows, key=lambda row: row["id"])
    assert abs(newest["date_connexion"] - datetime.now(UTC)) < timedelta(minutes=2)
