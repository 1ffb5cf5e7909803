"""The listing service (paging, stable order, search, filters) on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from backoffice.models import Commande
from backoffice.services.customers import count_customers, customer_detail, list_customers
from backoffice.services.errors import NotFound, PermissionDenied
from backoffice.services.listing import ListQuery, like_pattern
from backoffice.services.permissions import Staff
from tests.factories import make_staff, make_user


def _tag() -> str:
    # Other tests may have committed customers: each test searches its own marker only.
    return "t" + uuid.uuid4().hex[:8]


def _ids(session: Session, actor: Staff, query: ListQuery) -> list[int]:
    return [r["id"] for r in list_customers(session, actor, query).rows]


def test_pages_cover_everything_once(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    made = [make_user(db_session, nom=f"{tag} {i}").id for i in range(5)]
    seen: list[int] = []
    more = []
    for offset in (0, 2, 4):
        page = list_customers(db_session, actor, ListQuery(search=tag, offset=offset, limit=2))
        assert page.offset == offset
        seen += [r["id"] for r in page.rows]
        more.append(page.has_more)
    assert more == [True, True, False]
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    assert count_customers(db_session, actor, ListQuery(search=tag, offset=4, limit=2)) == 5


def test_exact_page_size_has_no_more(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    for i in range(4):
        make_user(db_session, nom=f"{tag}{i}")
    page = list_customers(db_session, actor, ListQuery(search=tag, limit=4))
    assert len(page.rows) == 4 and not page.has_more


def test_ties_are_broken_by_id_both_ways(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    made = [make_user(db_session, nom=tag, ville="Lyon").id for _ in range(6)]
    asc = ListQuery(search=tag, sort="nom", limit=4)
    assert _ids(db_session, actor, asc) + _ids(db_session, actor, asc.page(4)) == made
    desc = ListQuery(search=tag, sort="ville", descending=True, limit=4)
    got = _ids(db_session, actor, desc) + _ids(db_session, actor, desc.page(4))
    assert got == made[::-1]


def test_sort_keys_and_unknown_sort_falls_back(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    a = make_user(
        db_session,
        nom=f"{tag} b",
        points_fidelite=5,
        date_inscription=datetime(2024, 1, 1, tzinfo=UTC),
    )
    b = make_user(
        db_session,
        nom=f"{tag} a",
        points_fidelite=50,
        date_inscription=datetime(2025, 1, 1, tzinfo=UTC),
    )
    db_session.add(
        Commande(id_utilisateur=a.id, montant_total=Decimal("10.00"), reference=f"{tag}-1")
    )
    db_session.add(
        Commande(id_utilisateur=a.id, montant_total=Decimal("12.00"), reference=f"{tag}-2")
    )
    db_session.flush()

    def ids(sort: str, descending: bool = False) -> list[int]:
        return _ids(db_session, actor, ListQuery(search=tag, sort=sort, descending=descending))

    assert ids("nom") == [b.id, a.id]
    assert ids("points_fidelite", True) == [b.id, a.id]
    assert ids("date_inscription") == [a.id, b.id]
    assert ids("nb_commandes", True) == [a.id, b.id]
    assert ids("password") == [b.id, a.id]  # not sortable: the default sort, not an error
    rows = list_customers(db_session, actor, ListQuery(search=tag, sort="nb_commandes")).rows
    assert [r["nb_commandes"] for r in rows] == [0, 2]


def test_like_wildcards_are_literal(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    pct = make_user(db_session, nom=f"{tag} 100% coton")
    make_user(db_session, nom=f"{tag} 1000 coton")
    under = make_user(db_session, nom=f"{tag} a_b")
    make_user(db_session, nom=f"{tag} axb")
    back = make_user(db_session, nom=f"{tag} c\\d")
    make_user(db_session, nom=f"{tag} cd")
    assert _ids(db_session, actor, ListQuery(search=f"{tag} 100%")) == [pct.id]
    assert _ids(db_session, actor, ListQuery(search=f"{tag} a_b")) == [under.id]
    assert _ids(db_session, actor, ListQuery(search=f"{tag} _")) == [under.id]
    assert _ids(db_session, actor, ListQuery(search=f"{tag} c\\d")) == [back.id]
    assert like_pattern("50%_x\\") == "%50\\%\\_x\\\\%"


def test_search_needs_every_word_in_any_field(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    paris = make_user(db_session, nom="Dupont", prenom=tag, ville="Paris")
    make_user(db_session, nom="Dupont", prenom=tag, ville="Lyon")
    mail = make_user(db_session, nom="Martin", prenom=tag, email=f"{tag}@boutique.test")
    assert _ids(db_session, actor, ListQuery(search=f"  DUPONT   paris {tag} ")) == [paris.id]
    assert _ids(db_session, actor, ListQuery(search=f"{tag}@boutique")) == [mail.id]
    assert _ids(db_session, actor, ListQuery(search=f"{tag} inconnu")) == []
    assert count_customers(db_session, actor, ListQuery(search=f"dupont {tag}")) == 2


def test_filters_and_staff_are_not_customers(db_session: Session) -> None:
    actor = make_staff(db_session, nom="Staffeur")
    tag = _tag()
    lyon = make_user(db_session, nom=tag, ville="Lyon")
    make_user(db_session, nom=tag, ville="Paris")
    make_staff(db_session, nom=tag)  # an employee: never in the Clients list
    query = ListQuery(search=tag, filters={"ville": "LYON"})
    assert _ids(db_session, actor, query) == [lyon.id]
    assert count_customers(db_session, actor, ListQuery(search=tag)) == 2
    assert len(_ids(db_session, actor, ListQuery(search=tag, filters={"ville": None}))) == 2
    with pytest.raises(ValueError, match="unknown filter"):
        list_customers(db_session, actor, ListQuery(filters={"pays": "FR"}))


def test_customers_need_permission(db_session: Session) -> None:
    customer = make_user(db_session)
    outsider = Staff(id=customer.id, email=customer.email, role="client")
    with pytest.raises(PermissionDenied):
        list_customers(db_session, outsider, ListQuery())
    with pytest.raises(PermissionDenied):
        count_customers(db_session, outsider, ListQuery())


def test_customer_detail(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    customer = make_user(db_session, nom=tag, ville="Nantes")
    for i in range(12):
        db_session.add(
            Commande(
                id_utilisateur=customer.id,
                montant_total=Decimal("9.90"),
                reference=f"{tag}-{i:02d}",
                date_commande=datetime(2026, 1, 1 + i, tzinfo=UTC),
            )
        )
    db_session.flush()
    detail = customer_detail(db_session, actor, customer.id)
    assert detail["ville"] == "Nantes" and detail["nb_commandes"] == 12
    assert [o["reference"] for o in detail["orders"]][:2] == [f"{tag}-11", f"{tag}-10"]
    assert len(detail["orders"]) == 10
    with pytest.raises(NotFound):
        customer_detail(db_session, actor, actor.id)  # a staff member is not a customer


def test_customers_without_city_sort_last_then_first(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    nowhere = make_user(db_session, nom=tag, ville=None)
    lyon = make_user(db_session, nom=tag, ville="Lyon")
    paris = make_user(db_session, nom=tag, ville="paris")
    asc = ListQuery(search=tag, sort="ville")
    assert _ids(db_session, actor, asc) == [lyon.id, paris.id, nowhere.id]
    desc = ListQuery(search=tag, sort="ville", descending=True)
    assert _ids(db_session, actor, desc) == [nowhere.id, paris.id, lyon.id]


def test_deep_page_columns_match_first_page_columns(db_session: Session) -> None:
    """The deferred join returns the same columns and order at any offset."""
    actor = make_staff(db_session)
    tag = _tag()
    for i in range(7):
        make_user(db_session, nom=f"{tag} {i % 3}", points_fidelite=i)
    query = ListQuery(search=tag, sort="nom", descending=True, limit=3)
    pages = [list_customers(db_session, actor, query.page(o)).rows for o in (0, 3, 6)]
    every = list_customers(db_session, actor, ListQuery(search=tag, sort="nom", descending=True))
    assert [r for page in pages for r in page] == every.rows
    assert set(pages[2][0]) == set(every.rows[0])
