"""What services report they changed (services/changes.py), on SQLite.

The Session events see ORM writes (with their ids after the flush) and every statement
given to ``Session.execute``, Core ``update()``/``delete()`` included.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from backoffice.models import HistoriqueAction, Produit, RoleName
from backoffice.services import catalog, categories, changes
from backoffice.services.changes import Changes
from tests.factories import make_category, make_product, make_staff


def test_changes_value_merges_and_answers() -> None:
    a = Changes(tables={"produits": {12, 13}})
    b = Changes(tables={"produits": {14}, "categories": None})
    merged = a.merge(b)
    assert merged == Changes({"produits": {12, 13, 14}, "categories": None})
    assert merged.touches("categories") and not merged.touches("commandes")
    assert merged.touches_row("produits", 14) and not merged.touches_row("produits", 15)
    assert merged.touches_row("categories", 999)  # rows unknown: any may have changed
    assert merged.ids("produits") == {12, 13, 14} and merged.ids("commandes") == frozenset()
    assert not Changes() and merged
    # Unknown rows win over known ones; rows added (empty set) touch the table only.
    assert a.merge(Changes({"produits": None})).ids("produits") is None
    added = Changes({"produits": set()})
    assert added.touches("produits") and not added.touches_row("produits", 12)


def test_orm_writes_are_recorded_with_their_ids(sqlite_session: Session) -> None:
    category = make_category(sqlite_session, "Maison")
    product = make_product(sqlite_session, "Bol", prix=Decimal("5"), categorie=category)
    assert changes.pending(sqlite_session) == Changes(
        {"categories": {category.id}, "produits": {product.id}}
    )
    changes.discard(sqlite_session)
    product.nom = "Grand bol"
    sqlite_session.flush()
    assert changes.pending(sqlite_session) == Changes({"produits": {product.id}})
    changes.discard(sqlite_session)
    sqlite_session.delete(product)
    sqlite_session.flush()
    assert changes.pending(sqlite_session) == Changes({"produits": {product.id}})


def test_core_statements_are_recorded(sqlite_session: Session) -> None:
    category = make_category(sqlite_session, "Maison")
    p1 = make_product(sqlite_session, "Bol", prix=Decimal("5"), categorie=category)
    p2 = make_product(sqlite_session, "Tasse", prix=Decimal("4"), categorie=category)
    changes.discard(sqlite_session)

    def run(statement: object, params: object = None) -> Changes:
        changes.discard(sqlite_session)
        sqlite_session.execute(statement, params)  # type: ignore[arg-type]
        return changes.pending(sqlite_session)

    by_id = (
        update(Produit)
        .where(Produit.id == p1.id, Produit.stock >= 0)
        .values(stock=3)
        .execution_options(synchronize_session=False)
    )
    assert run(by_id) == Changes({"produits": {p1.id}})
    in_ids = update(Produit.__table__).where(Produit.__table__.c.id.in_([p1.id, p2.id]))
    assert run(in_ids.values(stock=1)) == Changes({"produits": {p1.id, p2.id}})
    by_category = update(Produit).where(Produit.id_categorie == category.id).values(stock=2)
    assert run(by_category.execution_options(synchronize_session=False)) == Changes(
        {"produits": None}
    )
    bulk = [{"id": p1.id, "stock": 7}, {"id": p2.id, "stock": 8}]
    assert run(update(Produit), bulk) == Changes({"produits": {p1.id, p2.id}})
    row = {"type_action": "test", "details": "{}", "date_action": p1.created_at}
    assert run(insert(HistoriqueAction).values(**row)) == Changes({"historique_actions": set()})
    gone = delete(Produit).where(Produit.id == p2.id).execution_options(synchronize_session=False)
    assert run(gone) == Changes({"produits": {p2.id}})


def test_a_rollback_forgets_the_changes(sqlite_session: Session) -> None:
    make_category(sqlite_session, "Maison")
    assert changes.pending(sqlite_session)
    sqlite_session.rollback()
    assert not changes.pending(sqlite_session)


def test_catalogue_mutations_report_their_rows(sqlite_session: Session) -> None:
    actor = make_staff(sqlite_session, RoleName.ADMIN)
    maison = make_category(sqlite_session, "Maison")
    jardin = make_category(sqlite_session, "Jardin")
    product = make_product(sqlite_session, "Bol", prix=Decimal("5"), categorie=maison, stock=4)
    other = make_product(sqlite_session, "Pelle", prix=Decimal("9"), categorie=jardin)

    def reported(fn: object, *args: object, **kwargs: object) -> Changes:
        changes.discard(sqlite_session)
        fn(sqlite_session, actor, *args, **kwargs)  # type: ignore[operator]
        return changes.pending(sqlite_session)

    read = catalog.get_product(sqlite_session, actor, product.id)
    got = reported(catalog.update_product, product.id, replace(read, nom="Grand bol"), read)
    assert got.ids("produits") == {product.id} and got.touches("historique_actions")
    got = reported(catalog.adjust_stock, product.id, delta=3, reason="Réception")
    assert got.ids("produits") == {product.id}
    got = reported(catalog.set_active, [product.id, other.id], False)
    assert got.ids("produits") == {product.id, other.id}
    got = reported(catalog.move_to_category, [other.id], maison.id)
    assert got.ids("produits") == {other.id}
    got = reported(catalog.delete_product, other.id)
    assert got.touches_row("produits", other.id)
    got = reported(categories.move_category, jardin.id, maison.id)
    assert got.ids("categories") == {jardin.id}
    created = catalog.create_product
    new = reported(created, replace(read, nom="Tasse", slug="tasse", prix=Decimal("3")))
    assert new.touches("produits") and len(new.ids("produits") or ()) == 1
