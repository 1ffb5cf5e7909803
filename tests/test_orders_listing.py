"""The Commandes list on SQLite, PostgreSQL and MariaDB: columns, search (reference or
customer, every word, accents ignored), filters, sorts, counts per status against
``GROUP BY``, keyset paging while orders are inserted, the order's detail and its notes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backoffice.models import Commande
from backoffice.models.enums import RoleName
from backoffice.services.errors import ConflictError, PermissionDenied, ValidationError
from backoffice.services.listing import ListQuery
from backoffice.services.orders import (
    count_orders,
    count_orders_by_status,
    get_order,
    list_orders,
    period_condition,
    update_order_notes,
)
from backoffice.shop_time import shop_timezone
from tests.factories import make_product, make_staff, make_user
from tests.orders_factories import make_order


@pytest.fixture
def data(db_session: Session) -> dict[str, object]:
    admin = make_staff(db_session)
    eric = make_user(db_session, nom="Léger", prenom="Éric", email="eric.leger@exemple.fr")
    anne = make_user(db_session, nom="Dupont", prenom="Anne", email="anne@exemple.fr")
    bol = make_product(db_session, "Bol", prix=Decimal("10.00"))
    orders = []
    statuses = ["en_attente", "validee", "en_preparation", "expediee", "livree", "annulee"]
    for i in range(12):
        orders.append(
            make_order(
                db_session,
                eric if i % 2 else anne,
                statuses[i % 6],
                [(bol, 1 + i % 3)],
                reference=f"CMD-2026-{i + 1:06d}",
                date=datetime(2026, 11, 1, 8, tzinfo=UTC) + timedelta(days=i),
                paid="succeeded" if i % 6 else None,
                mode_livraison="point_relais" if i % 4 == 0 else "colissimo",
                methode_paiement="paypal" if i % 3 == 0 else "carte",
            )
        )
    db_session.flush()
    return {"admin": admin, "orders": orders, "eric": eric}


def _refs(page: object) -> list[str]:
    return [r["reference"] for r in page.rows]  # type: ignore[attr-defined]


def test_columns_and_default_sort(db_session: Session, data: dict[str, object]) -> None:
    admin = data["admin"]
    page = list_orders(db_session, admin, ListQuery())  # type: ignore[arg-type]
    assert _refs(page)[:3] == ["CMD-2026-000012", "CMD-2026-000011", "CMD-2026-000010"]
    row = page.rows[0]
    assert row["client"] == "Léger Éric" and row["email"] == "eric.leger@exemple.fr"
    assert row["articles"] == 3 and row["montant_total"] == Decimal("34.90")
    assert row["paiement_etat"] == "regle" and row["statut"] == "annulee"
    assert page.rows[5]["paiement_etat"] is None  # no payment row


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("CMD-2026-000007", ["CMD-2026-000007"]),
        ("eric", [f"CMD-2026-{i:06d}" for i in (12, 10, 8, 6, 4, 2)]),  # accents ignored
        ("LÉGER éric", [f"CMD-2026-{i:06d}" for i in (12, 10, 8, 6, 4, 2)]),
        ("anne@exemple.fr", [f"CMD-2026-{i:06d}" for i in (11, 9, 7, 5, 3, 1)]),
        ("dupont eric", []),  # every word must match the same customer
        ("zzzz", []),
    ],
)
def test_search(
    db_session: Session, data: dict[str, object], search: str, expected: list[str]
) -> None:
    admin = data["admin"]
    page = list_orders(db_session, admin, ListQuery(search=search))  # type: ignore[arg-type]
    assert _refs(page) == expected
    assert count_orders(db_session, admin, ListQuery(search=search)) == len(expected)  # type: ignore[arg-type]


def test_filters(db_session: Session, data: dict[str, object]) -> None:
    admin = data["admin"]

    def refs(**filters: object) -> list[str]:
        return _refs(list_orders(db_session, admin, ListQuery(filters=filters)))  # type: ignore[arg-type]

    assert refs(statut="validee") == ["CMD-2026-000008", "CMD-2026-000002"]
    assert refs(mode_livraison="point_relais") == [
        "CMD-2026-000009",
        "CMD-2026-000005",
        "CMD-2026-000001",
    ]
    assert len(refs(methode_paiement="paypal")) == 4
    assert refs(montant_min="30", montant_max="34,90") == [
        f"CMD-2026-{i:06d}" for i in (12, 9, 6, 3)
    ]
    with pytest.raises(ValidationError):
        refs(montant_min="trente")
    first, last = datetime(2026, 11, 3).date(), datetime(2026, 11, 4).date()
    assert refs(periode=("dates", last, first)) == ["CMD-2026-000004", "CMD-2026-000003"]
    # « En retard »: still open (en_attente, validee, en_preparation) after 3 days.
    late = refs(en_retard=True)
    assert late and all(r in {f"CMD-2026-{i:06d}" for i in (1, 2, 3, 7, 8, 9)} for r in late)


def test_periods_in_the_shop_zone() -> None:
    now = datetime(2026, 11, 15, 0, 30, tzinfo=shop_timezone())  # just after midnight
    condition = period_condition("today", now)
    bound = condition.right.value  # type: ignore[attr-defined]
    assert bound == datetime(2026, 11, 15, tzinfo=shop_timezone())
    assert period_condition("month", now).right.value.day == 1  # type: ignore[attr-defined]
    assert period_condition("7d", now).right.value.day == 9  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sort",
    [
        "reference",
        "date_commande",
        "client",
        "statut",
        "articles",
        "montant_total",
        "paiement",
        "livraison",
        "facture",
    ],
)
def test_every_sort_pages_by_keyset(
    db_session: Session, data: dict[str, object], sort: str
) -> None:
    admin = data["admin"]
    for descending in (False, True):
        query = ListQuery(sort=sort, descending=descending, limit=5)
        seen: list[int] = []
        page = list_orders(db_session, admin, query)  # type: ignore[arg-type]
        seen += [r["id"] for r in page.rows]
        while page.has_more:
            page = list_orders(db_session, admin, query.continued(page.after))  # type: ignore[arg-type]
            seen += [r["id"] for r in page.rows]
        assert sorted(seen) == sorted(o.id for o in data["orders"])  # type: ignore[attr-defined]


def test_keyset_paging_returns_each_row_once_while_orders_arrive(
    db_session: Session, data: dict[str, object]
) -> None:
    admin, eric = data["admin"], data["eric"]
    query = ListQuery(limit=4)
    page = list_orders(db_session, admin, query)  # type: ignore[arg-type]
    seen = [r["id"] for r in page.rows]
    while page.has_more:
        # The website takes new orders between two pages (newer and older than the cursor).
        make_order(db_session, eric, date=datetime(2026, 12, 1, tzinfo=UTC))  # type: ignore[arg-type]
        make_order(db_session, eric, date=datetime(2026, 10, 1, tzinfo=UTC))  # type: ignore[arg-type]
        page = list_orders(db_session, admin, query.continued(page.after))  # type: ignore[arg-type]
        seen += [r["id"] for r in page.rows]
    assert len(seen) == len(set(seen))
    assert {o.id for o in data["orders"]} <= set(seen)  # type: ignore[attr-defined]


def test_counts_match_group_by(db_session: Session, data: dict[str, object]) -> None:
    admin = data["admin"]
    expected = dict(
        db_session.execute(select(Commande.statut, func.count()).group_by(Commande.statut)).all()
    )
    counts = count_orders_by_status(db_session, admin, ListQuery(filters={"statut": "livree"}))  # type: ignore[arg-type]
    assert counts == {str(k): v for k, v in expected.items()}  # its own status filter ignored
    eric = count_orders_by_status(db_session, admin, ListQuery(search="eric"))  # type: ignore[arg-type]
    assert sum(eric.values()) == 6


def test_detail_and_notes(db_session: Session, data: dict[str, object]) -> None:
    admin = data["admin"]
    order = data["orders"][0]  # type: ignore[index]
    detail = get_order(db_session, admin, order.id)  # type: ignore[arg-type]
    assert detail["reference"] == "CMD-2026-000001" and detail["adds_up"]
    assert detail["lines"][0]["nom"] == "Bol" and detail["lines"][0]["total"] == Decimal("10.00")
    assert detail["history"][0]["action"] == "creation"
    assert detail["history"][0]["who"] == "Anne Dupont"
    assert (
        update_order_notes(db_session, admin, order.id, "  Appeler avant  ", None)
        == "Appeler avant"
    )  # type: ignore[arg-type]
    # A colleague (or the website) changes them meanwhile: nothing is overwritten.
    db_session.execute(update(Commande).where(Commande.id == order.id).values(notes="Autre"))
    with pytest.raises(ConflictError) as caught:
        update_order_notes(db_session, admin, order.id, "Les miennes", "Appeler avant")  # type: ignore[arg-type]
    assert caught.value.current == {"notes": "Autre"} and caught.value.differences == ["notes"]
    assert db_session.scalar(select(Commande.notes).where(Commande.id == order.id)) == "Autre"
    support = make_staff(db_session, RoleName.SUPPORT)
    assert get_order(db_session, support, order.id)["reference"] == "CMD-2026-000001"
    with pytest.raises(PermissionDenied):
        update_order_notes(db_session, support, order.id, "x", "Autre")
