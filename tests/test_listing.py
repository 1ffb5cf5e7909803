"""The listing service (keyset and offset paging, stable order, search, filters) on SQLite,
PostgreSQL and MariaDB."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from backoffice.models import Commande, Produit, Utilisateur
from backoffice.services.catalog import PRODUCTS, list_products
from backoffice.services.customers import (
    CUSTOMERS,
    count_customers,
    customer_detail,
    customers_source,
    list_customers,
)
from backoffice.services.errors import NotFound, PermissionDenied
from backoffice.services.listing import ListQuery, ListSource, Page, fetch_page, like_pattern
from backoffice.services.permissions import Staff
from tests.factories import ensure_roles, make_category, make_product, make_staff, make_user


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


# --- Keyset paging ----------------------------------------------------------------------
# Every sortable key of customers and products, both directions, with NULLs and ties, in
# pages of 3: the pages read by cursor are exactly the one-shot list, and the OFFSET pages.

D1 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
D2 = datetime(2025, 7, 14, 18, 0, 0, 123456, tzinfo=UTC)
_CUSTOMERS = [  # nom, prenom, ville, date_inscription, points, orders
    ("Martin", "Anne", "Lyon", D1, 5, 0),
    ("martin", None, "lyon", D1, 5, 2),
    (None, "Zoé", None, None, 0, 0),
    ("MARTIN", "anne", "LYON", D2, 5, 1),
    ("Dupont", "Éric", None, D2, 10, 2),
    (None, None, "Paris", D1, 0, 0),
    ("Zola", "Émile", "paris", None, 10, 1),
    ("Dupont", "eric", "Lyon", D1, 0, 2),
    ("Abel", "Anne", None, D2, 5, 0),
    ("Martin", "Anne", "Lyon", D1, 5, 0),
]


def _tagged(source: ListSource, column: Any) -> ListSource:
    """``source`` with a ``tag`` filter on ``column`` and no search: the sort expressions
    stay plain (a selective search wraps them in coalesce(x, x), see listing.ordered)."""
    return replace(source, filters={"tag": lambda tag: column.like(f"{tag}%")})


def _walk(fetch: Callable[[ListQuery], Page], query: ListQuery) -> list[dict[str, Any]]:
    """All the pages of ``query``, each from the previous one's cursor (as the model does)."""
    page = fetch(query)
    rows = list(page.rows)
    for _ in range(100):
        if not page.has_more:
            return rows
        assert page.after is not None and len(page.rows) == query.limit
        page = fetch(query.continued(page.after))
        assert page.offset == 0
        rows += page.rows
    raise AssertionError("no end")


def _by_offset(fetch: Callable[[ListQuery], Page], query: ListQuery) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    while True:
        page = fetch(query.page(len(rows)))
        rows += page.rows
        if not page.has_more:
            return rows


def _assert_pages_match(fetch: Callable[[ListQuery], Page], query: ListQuery, n: int) -> None:
    every = fetch(replace(query, limit=1000)).rows
    assert len(every) == n
    walked = _walk(fetch, query)
    label = f"{query.sort} {'desc' if query.descending else 'asc'}"
    assert [r["id"] for r in walked] == [r["id"] for r in every], label
    assert walked == every  # the same columns too (the hidden sort value is not among them)
    assert [r["id"] for r in _by_offset(fetch, query)] == [r["id"] for r in every], label


def _make_customers(session: Session, tag: str) -> list[int]:
    made = []
    for i, (nom, prenom, ville, since, points, orders) in enumerate(_CUSTOMERS):
        user = make_user(
            session,
            email=f"{tag}.{i}@example.test",
            nom=nom,
            prenom=prenom,
            ville=ville,
            date_inscription=since,
            points_fidelite=points,
        )
        for k in range(orders):
            session.add(
                Commande(
                    id_utilisateur=user.id, montant_total=Decimal("5.00"), reference=f"{tag}{i}-{k}"
                )
            )
        made.append(user.id)
    session.flush()
    return made


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_keyset_pages_of_customers_every_sort(db_session: Session, descending: bool) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    made = _make_customers(db_session, tag)
    source = _tagged(customers_source(db_session), Utilisateur.email)
    for key in CUSTOMERS.sortable:
        query = ListQuery(filters={"tag": tag}, sort=key, descending=descending, limit=3)
        _assert_pages_match(lambda q: fetch_page(db_session, source, q), query, len(made))
        searched = ListQuery(search=tag, sort=key, descending=descending, limit=3)
        _assert_pages_match(lambda q: list_customers(db_session, actor, q), searched, len(made))


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_keyset_pages_of_products_every_sort(db_session: Session, descending: bool) -> None:
    admin = make_staff(db_session)
    tag = _tag()
    meubles = make_category(db_session, "Meubles")
    autres = make_category(db_session, "meubles")  # the same name but for case: a tie
    specs = [  # nom, prix, prix_promo, stock, categorie, image, actif, featured, updated
        ("Chaise", "10.00", None, 0, meubles, None, True, False, D1),
        ("chaise", "10.00", "8.00", 3, None, "a.jpg", False, False, D1),
        ("Table", "99.90", None, 3, autres, "a.jpg", True, True, None),
        ("CHAISE", "10.00", "8.00", 0, meubles, None, True, False, D2),
        ("Écran", "249.00", None, 12, None, "b.png", True, True, D2),
        ("Armoire", "99.90", "79.00", 3, autres, None, False, False, None),
        ("Table", "5.50", None, 1, meubles, "a.jpg", True, False, D1),
    ]
    made = []
    for i, (nom, prix, promo, stock, category, image, actif, featured, updated) in enumerate(specs):
        product = make_product(
            db_session,
            nom,
            prix=Decimal(prix),
            categorie=category,
            slug=f"{tag}-{i}",
            prix_promo=None if promo is None else Decimal(promo),
            stock=stock,
            image_url=image,
            est_actif=actif,
            est_featured=featured,
        )
        product.updated_at = updated
        made.append(product.id)
    db_session.flush()
    source = _tagged(PRODUCTS, Produit.slug)
    for key in PRODUCTS.sortable:
        query = ListQuery(filters={"tag": tag}, sort=key, descending=descending, limit=3)
        _assert_pages_match(lambda q: fetch_page(db_session, source, q), query, len(made))
        searched = ListQuery(search=tag, sort=key, descending=descending, limit=3)
        _assert_pages_match(lambda q: list_products(db_session, admin, q), searched, len(made))


def test_keyset_nulls_follow_the_sort_rules(db_session: Session) -> None:
    """The cursor walks NULLs where the one-shot order puts them: last ascending, first
    descending (``nulls_ascending="last"``), ties by id both ways."""
    tag = _tag()
    made = _make_customers(db_session, tag)
    source = _tagged(customers_source(db_session), Utilisateur.email)
    nulls = [made[i] for i, spec in enumerate(_CUSTOMERS) if spec[2] is None]
    asc = _walk(
        lambda q: fetch_page(db_session, source, q),
        ListQuery(filters={"tag": tag}, sort="ville", limit=3),
    )
    assert [r["id"] for r in asc[-len(nulls) :]] == nulls
    desc = _walk(
        lambda q: fetch_page(db_session, source, q),
        ListQuery(filters={"tag": tag}, sort="ville", descending=True, limit=3),
    )
    assert [r["id"] for r in desc[: len(nulls)]] == nulls[::-1]


def test_cursor_must_match_the_sort(db_session: Session) -> None:
    actor = make_staff(db_session)
    make_user(db_session)
    page = list_customers(db_session, actor, ListQuery(sort="nom", limit=1))
    assert page.after is not None and page.after.sort == "nom"
    with pytest.raises(ValueError, match="cursor"):
        list_customers(db_session, actor, ListQuery(sort="ville").continued(page.after))
    with pytest.raises(ValueError, match="offset"):
        list_customers(
            db_session, actor, replace(ListQuery(sort="nom", offset=3), after=page.after)
        )


@pytest.mark.parametrize(
    ("sort", "descending"),
    [("nom", False), ("nom", True), ("ville", False), ("ville", True), ("nb_commandes", True)],
)
def test_keyset_pages_while_rows_come_and_go(
    db_session: Session, sort: str, descending: bool
) -> None:
    """Rows inserted before the cursor are not seen, rows inserted after it are, deleted
    ones vanish (the cursor's own row included); none comes twice, none that stayed is
    missed, and the order is the list's."""
    rng = random.Random(f"{sort}{descending}")
    tag = _tag()
    ensure_roles(db_session)  # before customers_source() reads the client role's id
    source = _tagged(customers_source(db_session), Utilisateur.email)
    query = ListQuery(filters={"tag": tag}, sort=sort, descending=descending, limit=3)
    names = [None, "Abel", "martin", "Martin", "Zola"]
    towns = [None, "Lyon", "LYON", "Paris"]
    made = 0

    def add(nom: str | None, ville: str | None) -> int:
        nonlocal made
        made += 1
        user = make_user(db_session, email=f"{tag}.{made}@example.test", nom=nom, ville=ville)
        for k in range(rng.randrange(3)):
            db_session.add(
                Commande(
                    id_utilisateur=user.id, montant_total=Decimal(1), reference=f"{tag}{made}-{k}"
                )
            )
        db_session.flush()
        return user.id

    def order() -> list[int]:
        return [r["id"] for r in fetch_page(db_session, source, replace(query, limit=1000)).rows]

    stayed = {add(rng.choice(names), rng.choice(towns)) for _ in range(12)}
    page = fetch_page(db_session, source, query)
    seen = [r["id"] for r in page.rows]
    expected, never = set(stayed), set()
    for step in range(50):
        if not page.has_more:
            break
        assert page.after is not None
        last = page.rows[-1]
        if step < 6:
            for nom, ville in [
                (last["nom"], last["ville"]),
                (None, None),
                (rng.choice(names), rng.choice(towns)),
            ]:
                new = add(nom, ville)
                ids = order()
                if ids.index(new) > ids.index(last["id"]):
                    expected.add(new)  # after the cursor: must come
                else:
                    never.add(new)  # before it: must not come
        ids = order()
        unseen = sorted(set(ids) - set(seen))
        victims = {rng.choice(unseen)} if unseen else set()
        if step % 2:
            victims.add(last["id"])  # the cursor's own row: the cursor holds values, not it
        # SQLite gives the highest id again once its row is deleted: keep that one.
        victims.discard(max(ids))
        for victim in victims:
            db_session.execute(delete(Commande).where(Commande.id_utilisateur == victim))
            db_session.execute(delete(Utilisateur).where(Utilisateur.id == victim))
            if victim not in seen:
                never.add(victim)
            expected.discard(victim)
            stayed.discard(victim)
        db_session.flush()
        page = fetch_page(db_session, source, query.continued(page.after))
        seen += [r["id"] for r in page.rows]
    else:
        raise AssertionError("no end")
    assert len(seen) == len(set(seen)), "a row came twice"
    assert stayed <= set(seen), "a row that existed throughout was skipped"
    assert expected <= set(seen) and not never & set(seen)
    final = order()
    assert [i for i in seen if i in final] == [i for i in final if i in seen], "out of order"
