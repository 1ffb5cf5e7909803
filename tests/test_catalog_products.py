"""Products: list, validation, compare-and-set saves, stock, bulk actions, deletion, audit,
permissions. On SQLite and PostgreSQL unless noted."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine
from backoffice.models import (
    Avis,
    Categorie,
    Commande,
    CommandeProduit,
    HistoriqueAction,
    ListeSouhaits,
    ListeSouhaitsProduit,
    Panier,
    Produit,
    RoleName,
)
from backoffice.services import catalog
from backoffice.services.catalog import (
    ProductConflict,
    ProductData,
    adjust_stock,
    apply_promotion_percent,
    count_products,
    create_product,
    delete_product,
    get_product,
    list_products,
    move_to_category,
    parse_money,
    promotion_price,
    remove_promotion,
    set_active,
    set_featured,
    update_product,
    validate_product,
)
from backoffice.services.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from tests.factories import make_category, make_product, make_staff, make_user


def audit_rows(session: Session, type_action: str) -> list[dict[str, Any]]:
    session.flush()
    details = session.scalars(
        select(HistoriqueAction.details)
        .where(HistoriqueAction.type_action == type_action)
        .order_by(HistoriqueAction.id)
    ).all()
    return [json.loads(d or "{}") for d in details]


def valid_data(**changes: Any) -> ProductData:
    base = ProductData(
        nom="Poêle en fonte",
        slug="poele-en-fonte",
        prix=Decimal("39.90"),
        stock=4,
        description_courte="Pour toutes les cuisines",
        caracteristiques={"Matière": "Fonte"},
        images_supplementaires=["b.jpg"],
    )
    return replace(base, **changes)


@pytest.fixture
def admin(db_session: Session) -> Staff:
    return make_staff(db_session, RoleName.ADMIN)


# ----- list ------------------------------------------------------------------------------


def _names(page: Any) -> list[str]:
    return [row["nom"] for row in page.rows]


def test_list_rows_filters_search_sort(db_session: Session, admin: Staff) -> None:
    maison = make_category(db_session, "Maison")
    cuisine = make_category(db_session, "Cuisine", parent=maison)
    poeles = make_category(db_session, "Poêles", parent=cuisine)
    jardin = make_category(db_session, "Jardin")
    make_product(db_session, "Poêle 24", categorie=poeles, stock=0, prix=Decimal("20.00"))
    make_product(
        db_session,
        "Casserole",
        categorie=cuisine,
        stock=3,
        prix=Decimal("30.00"),
        prix_promo=Decimal("25.00"),
        description_courte="Inox brossé",
    )
    make_product(db_session, "Tondeuse", categorie=jardin, stock=50, est_featured=True)
    make_product(db_session, "Nappe", categorie=maison, stock=6, est_actif=False)
    make_product(db_session, "Orphelin", stock=5, prix=Decimal("9.00"), prix_promo=Decimal("9"))

    page = list_products(db_session, admin, ListQuery())
    assert set(page.rows[0]) == {
        "id", "image_url", "nom", "categorie", "prix", "prix_promo", "stock", "est_actif",
        "est_featured", "updated_at", "slug",
    }  # fmt: skip
    assert _names(page) == ["Casserole", "Nappe", "Orphelin", "Poêle 24", "Tondeuse"]
    assert page.rows[0]["categorie"] == "Cuisine"
    assert page.rows[0]["prix_promo"] == Decimal("25.00")

    def names(**filters: Any) -> list[str]:
        query = ListQuery(filters=filters)
        result = _names(list_products(db_session, admin, query))
        assert count_products(db_session, admin, query) == len(result)
        return result

    # The category filter takes the whole subtree.
    assert names(categorie=maison.id) == ["Casserole", "Nappe", "Poêle 24"]
    assert names(categorie=cuisine.id) == ["Casserole", "Poêle 24"]
    assert names(categorie=poeles.id) == ["Poêle 24"]
    assert names(sans_categorie=True) == ["Orphelin"]
    assert names(est_actif=False) == ["Nappe"]
    assert names(est_featured=True) == ["Tondeuse"]
    # prix_promo equal to prix is not a promotion.
    assert names(en_promotion=True) == ["Casserole"]
    assert names(en_promotion=False) == ["Nappe", "Orphelin", "Poêle 24", "Tondeuse"]
    assert names(stock="rupture") == ["Poêle 24"]
    assert names(stock="faible") == ["Casserole", "Orphelin"]
    assert names(stock="ok") == ["Nappe", "Tondeuse"]
    assert names(stock="faible", seuil_stock=10) == ["Casserole", "Nappe", "Orphelin"]
    assert names(stock=("ok", 10)) == ["Tondeuse"]
    assert names(categorie=maison.id, stock="rupture") == ["Poêle 24"]

    def search(words: str) -> list[str]:
        return _names(list_products(db_session, admin, ListQuery(search=words)))

    assert search("POÊLE") == ["Poêle 24"]
    assert search("inox") == ["Casserole"]  # short description
    assert len(search("produit-")) == 5  # the factories name slugs produit-N-…
    assert search("casserole brossé") == ["Casserole"]
    assert search("casserole tondeuse") == []
    assert search("100%") == []

    by_price = list_products(db_session, admin, ListQuery(sort="prix", descending=True))
    assert [r["prix"] for r in by_price.rows] == sorted(
        (r["prix"] for r in by_price.rows), reverse=True
    )
    by_category = list_products(db_session, admin, ListQuery(sort="categorie"))
    # No category sorts last ascending (PostgreSQL's own NULL order, which its indexes serve).
    assert _names(by_category)[-1] == "Orphelin"
    for key in by_price.rows[0]:
        list_products(db_session, admin, ListQuery(sort=key))


def test_search_by_slug(db_session: Session, admin: Staff) -> None:
    make_product(db_session, "Quelconque", slug="ref-xz-991")
    assert _names(list_products(db_session, admin, ListQuery(search="xz-99"))) == ["Quelconque"]


# ----- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"nom": "  "}, "nom", "Le nom est obligatoire."),
        ({"nom": "x" * 256}, "nom", "Le nom ne doit pas dépasser 255 caractères (actuellement 256)."),
        ({"slug": ""}, "slug", "Le slug est obligatoire."),
        ({"slug": "Poêle"}, "slug", "Le slug ne peut contenir que des lettres minuscules"),
        ({"slug": "a--b"}, "slug", "Le slug ne peut contenir que"),
        ({"slug": "-ab"}, "slug", "Le slug ne peut contenir que"),
        ({"slug": "a" * 192}, "slug", "Le slug ne doit pas dépasser 191 caractères"),
        ({"prix": None}, "prix", "Le prix est obligatoire."),
        ({"prix": Decimal("-1")}, "prix", "Le prix ne peut pas être négatif."),
        ({"prix": Decimal("1.999")}, "prix", "Le prix ne peut pas avoir plus de 2 décimales."),
        ({"prix": Decimal("NaN")}, "prix", "Le prix doit être un nombre décimal (ex. 19,99)."),
        ({"prix": 12.5}, "prix", "Le prix doit être un nombre décimal (ex. 19,99)."),
        ({"prix": Decimal("100000000")}, "prix", "Le prix ne peut pas dépasser 99 999 999,99 €."),
        ({"prix_promo": Decimal("-0.01")}, "prix_promo", "Le prix promotionnel ne peut pas être négatif."),
        ({"prix_promo": Decimal("1.001")}, "prix_promo", "Le prix promotionnel ne peut pas avoir plus de 2 décimales."),
        ({"prix_promo": Decimal("39.90")}, "prix_promo", "Le prix promotionnel doit être inférieur au prix (39,90 €)."),
        ({"prix_promo": Decimal("45")}, "prix_promo", "Le prix promotionnel doit être inférieur au prix"),
        ({"stock": -1}, "stock", "Le stock ne peut pas être négatif."),
        ({"stock": 1.5}, "stock", "Le stock doit être un nombre entier."),
        ({"stock": True}, "stock", "Le stock doit être un nombre entier."),
        ({"image_url": "h" * 501}, "image_url", "L'adresse de l'image ne doit pas dépasser 500 caractères"),
        ({"description_courte": "d" * 501}, "description_courte", "La description courte ne doit pas dépasser 500"),
    ],
)  # fmt: skip
def test_validation_messages(changes: dict[str, Any], field: str, message: str) -> None:
    errors = validate_product(valid_data(**changes))
    assert list(errors) == [field]
    assert errors[field].startswith(message)


def test_validation_accepts_valid_and_edge_values() -> None:
    assert validate_product(valid_data()) == {}
    assert validate_product(valid_data(prix=Decimal("0"), prix_promo=None, stock=0)) == {}
    assert validate_product(valid_data(prix=Decimal("10.50"), prix_promo=Decimal("0"))) == {}
    assert validate_product(valid_data(prix=Decimal("10.500"))) == {}
    assert validate_product(valid_data(prix=10)) == {}


def test_validation_slug_taken_offers_free_one(db_session: Session) -> None:
    existing = make_product(db_session, "Théière", slug="theiere")
    errors = validate_product(valid_data(slug="theiere"), session=db_session)
    assert errors == {
        "slug": "Ce slug est déjà utilisé par le produit « Théière ». "
        "Slug libre proposé : « theiere-2 »."
    }
    # The free variant is data too: the form offers it without reading the message.
    assert errors.suggestions == {"slug": "theiere-2"}
    assert ValidationError(errors).suggestions == {"slug": "theiere-2"}
    assert (
        validate_product(valid_data(slug="theiere"), session=db_session, product_id=existing.id)
        == {}
    )
    errors = validate_product(valid_data(id_categorie=999_999), session=db_session)
    assert errors == {"id_categorie": "Cette catégorie n'existe plus ; choisissez-en une autre."}


def test_parse_money() -> None:
    assert parse_money("1 234,50 €") == Decimal("1234.50")
    assert parse_money("19.99") == Decimal("19.99")
    assert parse_money("  ") is None
    with pytest.raises(ValueError, match="pas un montant"):
        parse_money("douze")


# ----- create / read / update ------------------------------------------------------------


def test_create_get_update_audit(db_session: Session, admin: Staff) -> None:
    category = make_category(db_session, "Cuisine")
    product_id = create_product(
        db_session, admin, valid_data(id_categorie=category.id, image_url="  ")
    )
    data = get_product(db_session, admin, product_id)
    assert data.id == product_id
    assert data.categorie == "Cuisine"
    assert data.image_url is None
    assert data.caracteristiques == {"Matière": "Fonte"}
    assert data.images_supplementaires == ["b.jpg"]
    assert data.updated_at is not None and data.updated_at.tzinfo is not None
    stored = db_session.execute(
        select(Produit.caracteristiques, Produit.images_supplementaires).where(
            Produit.id == product_id
        )
    ).one()
    assert json.loads(stored[0]) == {"Matière": "Fonte"}
    assert json.loads(stored[1]) == ["b.jpg"]
    (created,) = audit_rows(db_session, "produit.creation")
    assert created["id_produit"] == product_id
    assert created["apres"]["prix"] == "39.90"

    saved = update_product(
        db_session,
        admin,
        product_id,
        replace(data, nom="Poêle en fonte émaillée", prix=Decimal("42.00")),
        data,
    )
    assert saved.nom == "Poêle en fonte émaillée"
    assert saved.updated_at is not None and saved.updated_at > data.updated_at
    (modified,) = audit_rows(db_session, "produit.modification")
    assert modified["avant"] == {"nom": "Poêle en fonte", "prix": "39.90"}
    assert modified["apres"] == {"nom": "Poêle en fonte émaillée", "prix": "42.00"}

    # Saving again with no change writes nothing.
    again = update_product(db_session, admin, product_id, saved, saved)
    assert again.updated_at == saved.updated_at
    assert len(audit_rows(db_session, "produit.modification")) == 1

    # The values of the first read are stale now: refused.
    with pytest.raises(ProductConflict) as caught:
        update_product(db_session, admin, product_id, replace(data, stock=9), data)
    conflict = caught.value
    assert conflict.current_data.nom == "Poêle en fonte émaillée"
    assert conflict.current["prix"] == Decimal("42.00")
    assert set(conflict.differences) == {"nom", "prix", "stock"}
    assert "modifié par quelqu'un d'autre" in conflict.message
    # Overwriting = saving again against the current values.
    mine = update_product(db_session, admin, product_id, conflict.mine, conflict.current_data)
    assert mine.stock == 9 and mine.nom == "Poêle en fonte"


def test_update_validation_and_missing(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "A")
    data = get_product(db_session, admin, product.id)
    with pytest.raises(ValidationError) as caught:
        update_product(db_session, admin, product.id, replace(data, nom=""), data)
    assert caught.value.errors == {"nom": "Le nom est obligatoire."}
    with pytest.raises(NotFound):
        get_product(db_session, admin, 999_999)
    with pytest.raises(NotFound):
        update_product(db_session, admin, 999_999, data, data)


def test_updated_at_strictly_increases_even_if_clock_is_behind(
    db_session: Session, admin: Staff
) -> None:
    future = datetime.now(UTC) + timedelta(hours=1)
    product = make_product(db_session, "Futur", updated_at=future)
    data = get_product(db_session, admin, product.id)
    saved = update_product(db_session, admin, product.id, replace(data, stock=1), data)
    assert saved.updated_at == future + timedelta(microseconds=1)


def test_expected_stock_keeps_website_sales(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "Vendu", stock=10)
    data = get_product(db_session, admin, product.id)
    # The website sells 3 without touching updated_at.
    db_session.execute(text("UPDATE produits SET stock = 7 WHERE id = :id"), {"id": product.id})
    saved = update_product(db_session, admin, product.id, replace(data, nom="Vendu !"), data)
    assert saved.stock == 7 and saved.nom == "Vendu !"
    # Changing the stock from a stale value is a conflict.
    with pytest.raises(ProductConflict):
        update_product(
            db_session, admin, product.id, replace(saved, stock=20), replace(saved, stock=10)
        )


def test_sqlite_current_timestamp_spelling_matches(sqlite_session: Session) -> None:
    """A row inserted by DEFAULT CURRENT_TIMESTAMP ("YYYY-MM-DD HH:MM:SS", no fraction)
    must still compare equal to the token read from it."""
    admin = make_staff(sqlite_session)
    sqlite_session.execute(
        text(
            "INSERT INTO produits (nom, slug, prix, stock, est_actif, est_featured) "
            "VALUES ('Site', 'site-web', '5.00', 1, 1, 0)"
        )
    )
    raw = sqlite_session.execute(
        text("SELECT id, updated_at FROM produits WHERE slug = 'site-web'")
    ).one()
    assert "." not in raw.updated_at  # the website-like spelling
    data = get_product(sqlite_session, admin, raw.id)
    saved = update_product(sqlite_session, admin, raw.id, replace(data, stock=2), data)
    assert saved.stock == 2
    # And the 'T' separator some tools write.
    sqlite_session.execute(
        text("UPDATE produits SET updated_at = '2026-01-02T03:04:05.123456' WHERE id = :id"),
        {"id": raw.id},
    )
    data = get_product(sqlite_session, admin, raw.id)
    saved = update_product(sqlite_session, admin, raw.id, replace(data, stock=3), data)
    assert saved.stock == 3


def test_null_updated_at_is_a_usable_token(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "Ancien")
    db_session.execute(
        text("UPDATE produits SET updated_at = NULL WHERE id = :id"), {"id": product.id}
    )
    data = get_product(db_session, admin, product.id)
    assert data.updated_at is None
    saved = update_product(db_session, admin, product.id, replace(data, stock=3), data)
    assert saved.updated_at is not None


# ----- two real sessions: no lost update -------------------------------------------------


def _two_session_conflict(factory: sessionmaker[Session]) -> None:
    with factory() as setup:
        admin = make_staff(setup)
        product_id = create_product(setup, admin, valid_data(slug="conflit"))
        setup.commit()
    alice, bob = factory(), factory()
    try:
        a = get_product(alice, admin, product_id)
        b = get_product(bob, admin, product_id)
        alice.commit()
        bob.commit()
        update_product(alice, admin, product_id, replace(a, prix=Decimal("50.00")), a)
        alice.commit()
        with pytest.raises(ProductConflict) as caught:
            update_product(bob, admin, product_id, replace(b, stock=99), b)
        bob.rollback()
        conflict = caught.value
        assert conflict.current_data.prix == Decimal("50.00")
        assert conflict.current_data.stock == 4
        assert conflict.mine.stock == 99
        assert set(conflict.differences) == {"prix", "stock"}
        # Bob chooses to keep his stock but take Alice's price.
        merged = replace(conflict.current_data, stock=99)
        saved = update_product(bob, admin, product_id, merged, conflict.current_data)
        bob.commit()
        assert (saved.prix, saved.stock) == (Decimal("50.00"), 99)
    finally:
        alice.close()
        bob.close()
    with factory() as check:
        row = check.execute(
            select(Produit.prix, Produit.stock).where(Produit.id == product_id)
        ).one()
        assert (row.prix, row.stock) == (Decimal("50.00"), 99)
        assert (
            check.scalar(
                select(func.count()).where(HistoriqueAction.type_action == "produit.modification")
            )
            == 2
        )


@pytest.mark.postgres
def test_two_sessions_conflict_postgresql(pg_committed: sessionmaker[Session]) -> None:
    _two_session_conflict(pg_committed)


@pytest.mark.mariadb
def test_two_sessions_conflict_mariadb(mariadb_committed: sessionmaker[Session]) -> None:
    _two_session_conflict(mariadb_committed)


def test_simultaneous_stock_decrements_never_go_negative(
    server_committed: sessionmaker[Session],
) -> None:
    """Two members take the last item at the same instant: one wins, the stock stays 0."""
    with server_committed() as setup:
        admin = make_staff(setup)
        product = make_product(setup, "Dernier", stock=1)
        setup.commit()
        product_id = product.id
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def take(index: int) -> None:
        with server_committed() as session:
            session.connection()
            barrier.wait(timeout=20)
            try:
                results[index] = adjust_stock(session, admin, product_id, delta=-1, reason="Vente")
                session.commit()
            except ServiceError as exc:
                results[index] = exc

    threads = [threading.Thread(target=take, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(map(type, results), key=str) == sorted([int, ServiceError], key=str), results
    with server_committed() as check:
        assert check.scalar(select(Produit.stock).where(Produit.id == product_id)) == 0


@pytest.fixture
def sqlite_file_factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    url = f"sqlite:///{tmp_path / 'conflict.db'}"
    migrations.upgrade(url)
    engine = make_engine(url)
    try:
        yield sessionmaker(bind=engine, expire_on_commit=False)
    finally:
        engine.dispose()


def test_two_sessions_conflict_sqlite(sqlite_file_factory: sessionmaker[Session]) -> None:
    _two_session_conflict(sqlite_file_factory)


# ----- stock -----------------------------------------------------------------------------


def test_adjust_stock(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "Stocké", stock=5)
    before = get_product(db_session, admin, product.id).updated_at
    assert adjust_stock(db_session, admin, product.id, delta=-2, reason="Casse") == 3
    assert adjust_stock(db_session, admin, product.id, new_quantity=12, reason="Inventaire") == 12
    assert adjust_stock(db_session, admin, product.id, delta=3, reason="Réception") == 15
    data = get_product(db_session, admin, product.id)
    assert data.stock == 15
    assert data.updated_at is not None and before is not None and data.updated_at > before
    with pytest.raises(ServiceError) as caught:
        adjust_stock(db_session, admin, product.id, delta=-16, reason="Erreur")
    assert caught.value.message == (
        "Le stock ne peut pas devenir négatif : il est de 15 et vous retirez 16."
    )
    assert get_product(db_session, admin, product.id).stock == 15
    with pytest.raises(ValidationError) as invalid:
        adjust_stock(db_session, admin, product.id, delta=1, reason="  ")
    assert invalid.value.errors == {"reason": "Indiquez le motif de l'ajustement de stock."}
    with pytest.raises(ValidationError):
        adjust_stock(db_session, admin, product.id, delta=1, new_quantity=2, reason="x")
    with pytest.raises(ValidationError):
        adjust_stock(db_session, admin, product.id, new_quantity=-1, reason="x")
    rows = audit_rows(db_session, "produit.stock")
    assert [(r["avant"]["stock"], r["apres"]["stock"]) for r in rows] == [
        (5, 3),
        (3, 12),
        (12, 15),
    ]
    assert rows[0]["motif"] == "Casse" and rows[0]["variation"] == -2


def test_adjust_stock_new_quantity_checks_the_stock_the_user_saw(
    db_session: Session, admin: Staff
) -> None:
    product = make_product(db_session, "Vendu en ligne", stock=5)
    # The user opened the dialog at 5; the website sells 2 meanwhile.
    db_session.execute(
        update(Produit).where(Produit.id == product.id).values(stock=Produit.stock - 2)
    )
    with pytest.raises(ConflictError) as caught:
        adjust_stock(
            db_session, admin, product.id, new_quantity=12, expected_stock=5, reason="Inventaire"
        )
    assert "a changé" in caught.value.message
    assert "maintenant de 3" in caught.value.message
    assert caught.value.current == {"stock": 3}
    assert get_product(db_session, admin, product.id).stock == 3
    assert audit_rows(db_session, "produit.stock") == []
    # With the stock now seen, the new quantity is written.
    assert (
        adjust_stock(
            db_session, admin, product.id, new_quantity=12, expected_stock=3, reason="Inventaire"
        )
        == 12
    )
    rows = audit_rows(db_session, "produit.stock")
    assert [(r["avant"]["stock"], r["apres"]["stock"]) for r in rows] == [(3, 12)]
    # The delta path ignores expected_stock's absence as before.
    assert adjust_stock(db_session, admin, product.id, delta=-1, reason="Casse") == 11


# ----- bulk ------------------------------------------------------------------------------


def test_promotion_rounding() -> None:
    assert promotion_price(Decimal("19.99"), Decimal("15")) == Decimal("16.99")
    assert promotion_price(Decimal("0.05"), Decimal("50")) == Decimal("0.03")
    assert promotion_price(Decimal("10.00"), Decimal("33.33")) == Decimal("6.67")
    assert promotion_price(Decimal("0.10"), Decimal("25")) == Decimal("0.08")  # 0.075 → 0.08


def test_bulk_actions(db_session: Session, admin: Staff) -> None:
    a = make_product(db_session, "A", prix=Decimal("19.99"))
    b = make_product(db_session, "B", prix=Decimal("0.05"), est_featured=True)
    c = make_product(db_session, "C", prix=Decimal("100.00"), est_actif=False)
    ids = [a.id, b.id, c.id]
    assert apply_promotion_percent(db_session, admin, ids, Decimal("15")) == 3
    promos = {r["nom"]: r["prix_promo"] for r in list_products(db_session, admin, ListQuery()).rows}
    assert promos == {"A": Decimal("16.99"), "B": Decimal("0.04"), "C": Decimal("85.00")}
    assert apply_promotion_percent(db_session, admin, [b.id], Decimal("50")) == 1
    assert get_product(db_session, admin, b.id).prix_promo == Decimal("0.03")
    assert len(audit_rows(db_session, "produit.promotion")) == 4
    assert remove_promotion(db_session, admin, ids) == 3
    assert remove_promotion(db_session, admin, ids) == 0
    assert set_active(db_session, admin, ids, True) == 1  # only C changed
    assert set_featured(db_session, admin, [*ids, a.id], True) == 2
    category = make_category(db_session, "Nouvelle")
    assert move_to_category(db_session, admin, ids, category.id) == 3
    assert move_to_category(db_session, admin, ids, None) == 3
    assert len(audit_rows(db_session, "produit.activation")) == 1
    (moved, *_rest) = audit_rows(db_session, "produit.changement_categorie")
    assert moved["avant"] == {"id_categorie": None}
    assert moved["apres"] == {"id_categorie": category.id}
    assert moved["id_produit"] == a.id
    with pytest.raises(ValidationError):
        apply_promotion_percent(db_session, admin, ids, Decimal("100"))
    with pytest.raises(ValidationError):
        apply_promotion_percent(db_session, admin, ids, Decimal("0"))
    with pytest.raises(ValidationError):
        move_to_category(db_session, admin, ids, 999_999)


def test_bulk_is_all_or_nothing(db_session: Session, admin: Staff) -> None:
    a = make_product(db_session, "A", prix=Decimal("10.00"))
    cheap = make_product(db_session, "Bonbon", prix=Decimal("0.01"))
    audits_before = len(audit_rows(db_session, "produit.promotion"))
    # 10 % of 0.01 rounds back to 0.01: not a promotion, so nothing is applied.
    with pytest.raises(ValidationError) as caught:
        apply_promotion_percent(db_session, admin, [a.id, cheap.id], Decimal("10"))
    assert "Bonbon" in caught.value.errors["percent"]
    # A vanished id refuses the whole action too.
    with pytest.raises(NotFound):
        set_active(db_session, admin, [a.id, 999_999], False)
    db_session.expire_all()
    assert get_product(db_session, admin, a.id).prix_promo is None
    assert get_product(db_session, admin, a.id).est_actif is True
    assert len(audit_rows(db_session, "produit.promotion")) == audits_before
    assert audit_rows(db_session, "produit.desactivation") == []


# ----- delete ----------------------------------------------------------------------------


def test_delete_refused_for_ordered_product(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "Commandé")
    client = make_user(db_session)
    for n in range(2):
        order = Commande(
            id_utilisateur=client.id,
            montant_total=Decimal("10.00"),
            reference=f"CMD-T{n}-{product.id}",
        )
        db_session.add(order)
        db_session.flush()
        db_session.add(
            CommandeProduit(
                id_commande=order.id,
                id_produit=product.id,
                quantite=1,
                prix_unitaire=Decimal("10.00"),
            )
        )
    db_session.flush()
    with pytest.raises(ServiceError) as caught:
        delete_product(db_session, admin, product.id)
    assert caught.value.message == (
        "Impossible de supprimer « Commandé » : ce produit figure dans 2 commandes ; "
        "vous pouvez le désactiver."
    )
    assert get_product(db_session, admin, product.id).nom == "Commandé"


def test_delete_refused_for_reviewed_product(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "Noté")
    client = make_user(db_session)
    db_session.add(Avis(id_utilisateur=client.id, id_produit=product.id, note=5))
    db_session.flush()
    with pytest.raises(ServiceError) as caught:
        delete_product(db_session, admin, product.id)
    assert caught.value.message == (
        "Impossible de supprimer « Noté » : ce produit a 1 avis client ; vous pouvez le désactiver."
    )
    assert audit_rows(db_session, "produit.suppression") == []


def test_delete_removes_carts_and_wishlists(db_session: Session, admin: Staff) -> None:
    product = make_product(db_session, "Éphémère")
    client = make_user(db_session)
    db_session.add(Panier(id_utilisateur=client.id, id_produit=product.id, quantite=2))
    wishlist = ListeSouhaits(id_utilisateur=client.id, nom="Envies")
    db_session.add(wishlist)
    db_session.flush()
    db_session.add(ListeSouhaitsProduit(id_liste=wishlist.id, id_produit=product.id))
    db_session.flush()
    delete_product(db_session, admin, product.id)
    with pytest.raises(NotFound):
        get_product(db_session, admin, product.id)
    assert db_session.scalar(select(func.count()).select_from(Panier)) == 0
    (deleted,) = audit_rows(db_session, "produit.suppression")
    assert deleted["nom"] == "Éphémère"
    assert deleted["paniers_retires"] == 1 and deleted["listes_souhaits_retirees"] == 1
    assert deleted["avant"]["nom"] == "Éphémère"


# ----- permissions -----------------------------------------------------------------------

MUTATIONS: list[tuple[str, Callable[[Session, Staff, int], Any]]] = [
    ("create_product", lambda s, a, pid: create_product(s, a, valid_data(slug="interdit"))),
    ("update_product", lambda s, a, pid: update_product(s, a, pid, valid_data(), None)),
    ("adjust_stock", lambda s, a, pid: adjust_stock(s, a, pid, delta=1, reason="x")),
    ("set_active", lambda s, a, pid: set_active(s, a, [pid], False)),
    ("set_featured", lambda s, a, pid: set_featured(s, a, [pid], True)),
    ("move_to_category", lambda s, a, pid: move_to_category(s, a, [pid], None)),
    ("apply_promotion_percent", lambda s, a, pid: apply_promotion_percent(s, a, [pid], Decimal(10))),
    ("remove_promotion", lambda s, a, pid: remove_promotion(s, a, [pid])),
    ("delete_product", lambda s, a, pid: delete_product(s, a, pid)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "call"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_support_cannot_mutate(
    db_session: Session, name: str, call: Callable[[Session, Staff, int], Any]
) -> None:
    support = make_staff(db_session, RoleName.SUPPORT)
    product = make_product(db_session, "Protégé", stock=3)
    # Support may look…
    assert get_product(db_session, support, product.id).nom == "Protégé"
    assert count_products(db_session, support, ListQuery()) >= 1
    # …but not touch.
    with pytest.raises(PermissionDenied):
        call(db_session, support, product.id)
    db_session.expire_all()
    assert get_product(db_session, support, product.id).stock == 3
    assert db_session.scalar(select(func.count()).select_from(HistoriqueAction)) == 0


def test_all_mutations_are_covered_by_permission_test() -> None:
    public = {n for n in catalog.__all__ if callable(getattr(catalog, n))}
    mutating = {
        "create_product", "update_product", "adjust_stock", "set_active", "set_featured",
        "move_to_category", "apply_promotion_percent", "remove_promotion", "delete_product",
    }  # fmt: skip
    assert mutating <= public
    assert mutating == {name for name, _ in MUTATIONS}


def test_client_cannot_even_list(db_session: Session) -> None:
    client = make_staff(db_session, RoleName.CLIENT)
    with pytest.raises(PermissionDenied):
        list_products(db_session, client, ListQuery())


def test_change_that_leaves_updated_at_alone_is_a_conflict(
    db_session: Session, admin: Staff
) -> None:
    """A website (or a trigger-less script) may change a column without moving updated_at,
    or twice within one second of a DATETIME column: values are compared, not the clock."""
    product = make_product(db_session, "Lampe")
    data = get_product(db_session, admin, product.id)
    db_session.execute(
        text("UPDATE produits SET description_courte = 'Par le site' WHERE id = :id"),
        {"id": product.id},
    )
    with pytest.raises(ProductConflict) as caught:
        update_product(db_session, admin, product.id, replace(data, nom="Lampe bleue"), data)
    assert caught.value.current_data.description_courte == "Par le site"
    assert set(caught.value.differences) == {"nom", "description_courte"}
    assert get_product(db_session, admin, product.id).nom == "Lampe"
    # Against the current values the save goes through and keeps the website's text.
    saved = update_product(
        db_session,
        admin,
        product.id,
        replace(caught.value.current_data, nom="Lampe bleue"),
        caught.value.current_data,
    )
    assert (saved.nom, saved.description_courte) == ("Lampe bleue", "Par le site")


def test_sql_guard_repeats_the_comparison(db_session: Session, admin: Staff) -> None:
    """The UPDATE itself compares the values read: a row changed after the check (where
    rows are not locked) updates nothing."""
    product = make_product(db_session, "Vase")
    row = db_session.execute(
        select(*catalog.READ_COLUMNS)
        .outerjoin(Categorie, Categorie.id == Produit.id_categorie)
        .where(Produit.id == product.id)
    ).one()
    db_session.execute(text("UPDATE produits SET prix = 1 WHERE id = :id"), {"id": product.id})
    result = db_session.execute(
        update(Produit)
        .where(Produit.id == product.id, *catalog.unchanged_product(row, stock_written=False))
        .values(nom="Vase bleu")
        .execution_options(synchronize_session=False)
    )
    assert result.rowcount == 0
    fresh = db_session.execute(
        select(*catalog.READ_COLUMNS)
        .outerjoin(Categorie, Categorie.id == Produit.id_categorie)
        .where(Produit.id == product.id)
    ).one()
    result = db_session.execute(
        update(Produit)
        .where(Produit.id == product.id, *catalog.unchanged_product(fresh, stock_written=True))
        .values(nom="Vase bleu")
        .execution_options(synchronize_session=False)
    )
    assert result.rowcount == 1
