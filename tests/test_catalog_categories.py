"""Categories: lazy tree with subtree counts, form, moves (no cycles), deactivation
confirmation, deletion rules, picker search, audit and permissions."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Categorie, HistoriqueAction, RoleName
from backoffice.services.categories import (
    CategoryData,
    DeactivationNeedsConfirmation,
    category_path,
    children,
    count_active_products_under,
    create_category,
    delete_category,
    get_category,
    move_category,
    search_categories,
    update_category,
)
from backoffice.services.errors import (
    ConflictError,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from backoffice.services.permissions import Staff
from tests.factories import make_category, make_product, make_staff


def audit_rows(session: Session, type_action: str) -> list[dict[str, Any]]:
    session.flush()
    return [
        json.loads(d or "{}")
        for d in session.scalars(
            select(HistoriqueAction.details)
            .where(HistoriqueAction.type_action == type_action)
            .order_by(HistoriqueAction.id)
        )
    ]


@pytest.fixture
def admin(db_session: Session) -> Staff:
    return make_staff(db_session, RoleName.ADMIN)


@pytest.fixture
def tree(db_session: Session) -> dict[str, Categorie]:
    maison = make_category(db_session, "Maison")
    cuisine = make_category(db_session, "Cuisine", parent=maison)
    poeles = make_category(db_session, "Poêles", parent=cuisine)
    salon = make_category(db_session, "Salon", parent=maison)
    jardin = make_category(db_session, "Jardin")
    make_product(db_session, "P1", categorie=poeles)
    make_product(db_session, "P2", categorie=poeles, est_actif=False)
    make_product(db_session, "C1", categorie=cuisine)
    make_product(db_session, "M1", categorie=maison)
    make_product(db_session, "J1", categorie=jardin, est_actif=False)
    return {
        "maison": maison,
        "cuisine": cuisine,
        "poeles": poeles,
        "salon": salon,
        "jardin": jardin,
    }


def test_children_counts_include_subcategories(
    db_session: Session, admin: Staff, tree: dict[str, Categorie]
) -> None:
    top = {n.nom: n for n in children(db_session, admin, None)}
    assert set(top) >= {"Maison", "Jardin"}
    maison = top["Maison"]
    assert (maison.has_children, maison.nb_produits, maison.nb_produits_actifs) == (True, 4, 3)
    jardin = top["Jardin"]
    assert (jardin.has_children, jardin.nb_produits, jardin.nb_produits_actifs) == (False, 1, 0)
    level = children(db_session, admin, tree["maison"].id)
    assert [(n.nom, n.nb_produits, n.nb_produits_actifs, n.has_children) for n in level] == [
        ("Cuisine", 3, 2, True),
        ("Salon", 0, 0, False),
    ]
    assert [n.nom for n in children(db_session, admin, tree["poeles"].id)] == []
    assert count_active_products_under(db_session, admin, tree["maison"].id) == 3
    assert count_active_products_under(db_session, admin, tree["jardin"].id) == 0


def test_search_categories_with_paths(
    db_session: Session, admin: Staff, tree: dict[str, Categorie]
) -> None:
    found = search_categories(db_session, admin, "poele")
    assert [(c.nom, c.chemin) for c in found] == [("Poêles", "Maison › Cuisine › Poêles")]
    assert [c.nom for c in search_categories(db_session, admin, "maison cuis")] == [
        "Cuisine",
        "Poêles",
    ]
    assert len(search_categories(db_session, admin, "", limit=2)) == 2
    assert category_path(db_session, admin, tree["salon"].id) == "Maison › Salon"


def test_create_update_validate_audit(db_session: Session, admin: Staff) -> None:
    parent = make_category(db_session, "Maison")
    category_id = create_category(
        db_session,
        admin,
        CategoryData(nom=" Arts de la table ", slug="arts-de-la-table", parent_id=parent.id),
    )
    data = get_category(db_session, admin, category_id)
    assert (data.nom, data.parent_id, data.est_actif) == ("Arts de la table", parent.id, True)
    (created,) = audit_rows(db_session, "categorie.creation")
    assert created["apres"]["slug"] == "arts-de-la-table"

    with pytest.raises(ValidationError) as caught:
        create_category(db_session, admin, CategoryData(nom="", slug="Arts De La Table"))
    assert set(caught.value.errors) == {"nom", "slug"}
    with pytest.raises(ValidationError) as caught:
        create_category(db_session, admin, CategoryData(nom="Doublon", slug="arts-de-la-table"))
    assert caught.value.errors["slug"] == (
        "Ce slug est déjà utilisé par la catégorie « Arts de la table ». "
        "Slug libre proposé : « arts-de-la-table-2 »."
    )
    assert caught.value.suggestions == {"slug": "arts-de-la-table-2"}

    saved = update_category(
        db_session, admin, category_id, replace(data, description="Vaisselle"), data
    )
    assert saved.description == "Vaisselle"
    (modified,) = audit_rows(db_session, "categorie.modification")
    assert modified["avant"] == {"description": None}
    assert modified["apres"] == {"description": "Vaisselle"}
    with pytest.raises(ConflictError) as conflict:
        update_category(db_session, admin, category_id, replace(data, nom="Autre"), data)
    assert conflict.value.current["description"] == "Vaisselle"
    # Same shape as a product's conflict: the fields where the current row differs.
    assert conflict.value.differences == ["nom", "description"]
    assert "modifiée par quelqu'un d'autre" in conflict.value.message
    assert "Nom, Description" in conflict.value.message


def test_move_refuses_cycles(db_session: Session, admin: Staff, tree: dict[str, Categorie]) -> None:
    message = (
        "Une catégorie ne peut pas être placée sous elle-même ni sous l'une de ses sous-catégories."
    )
    for target in ("maison", "cuisine", "poeles"):
        with pytest.raises(ValidationError) as caught:
            move_category(db_session, admin, tree["maison"].id, tree[target].id)
        assert caught.value.errors == {"parent_id": message}
    # Through the form too.
    data = get_category(db_session, admin, tree["cuisine"].id)
    with pytest.raises(ValidationError) as caught:
        update_category(
            db_session, admin, tree["cuisine"].id, replace(data, parent_id=tree["poeles"].id)
        )
    assert caught.value.errors == {"parent_id": message}

    move_category(db_session, admin, tree["cuisine"].id, tree["jardin"].id)
    assert category_path(db_session, admin, tree["poeles"].id) == "Jardin › Cuisine › Poêles"
    move_category(db_session, admin, tree["cuisine"].id, None)
    assert category_path(db_session, admin, tree["poeles"].id) == "Cuisine › Poêles"
    moves = audit_rows(db_session, "categorie.deplacement")
    assert [(m["avant"]["parent_id"], m["apres"]["parent_id"]) for m in moves] == [
        (tree["maison"].id, tree["jardin"].id),
        (tree["jardin"].id, None),
    ]


def test_deactivation_asks_for_confirmation(
    db_session: Session, admin: Staff, tree: dict[str, Categorie]
) -> None:
    data = get_category(db_session, admin, tree["cuisine"].id)
    with pytest.raises(DeactivationNeedsConfirmation) as caught:
        update_category(db_session, admin, tree["cuisine"].id, replace(data, est_actif=False))
    assert caught.value.active_products == 2
    assert "2 produits actifs" in caught.value.message
    assert get_category(db_session, admin, tree["cuisine"].id).est_actif is True
    saved = update_category(
        db_session,
        admin,
        tree["cuisine"].id,
        replace(data, est_actif=False),
        confirm_deactivation=True,
    )
    assert saved.est_actif is False
    # No active product under it: no question asked.
    salon = get_category(db_session, admin, tree["salon"].id)
    assert not update_category(
        db_session, admin, tree["salon"].id, replace(salon, est_actif=False)
    ).est_actif


def test_delete_only_empty_leaf(
    db_session: Session, admin: Staff, tree: dict[str, Categorie]
) -> None:
    with pytest.raises(ServiceError) as caught:
        delete_category(db_session, admin, tree["maison"].id)
    assert caught.value.message == (
        "Impossible de supprimer « Maison » : elle contient 1 produit et a 2 sous-catégories. "
        "Déplacez-les ou supprimez-les d'abord."
    )
    with pytest.raises(ServiceError) as caught:
        delete_category(db_session, admin, tree["poeles"].id)
    assert "contient 2 produits" in caught.value.message
    delete_category(db_session, admin, tree["salon"].id)
    assert db_session.get(Categorie, tree["salon"].id) is None or (
        db_session.scalar(select(func.count()).where(Categorie.id == tree["salon"].id)) == 0
    )
    (deleted,) = audit_rows(db_session, "categorie.suppression")
    assert deleted["nom"] == "Salon"


MUTATIONS: list[tuple[str, Callable[[Session, Staff, int], Any]]] = [
    ("create_category", lambda s, a, cid: create_category(s, a, CategoryData(nom="X", slug="x"))),
    ("update_category", lambda s, a, cid: update_category(s, a, cid, CategoryData(nom="X", slug="x"))),
    ("move_category", lambda s, a, cid: move_category(s, a, cid, None)),
    ("delete_category", lambda s, a, cid: delete_category(s, a, cid)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "call"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_support_cannot_mutate(
    db_session: Session, name: str, call: Callable[[Session, Staff, int], Any]
) -> None:
    support = make_staff(db_session, RoleName.SUPPORT)
    parent = make_category(db_session, "Parent")
    category = make_category(db_session, "Feuille", parent=parent)
    assert children(db_session, support, parent.id)[0].nom == "Feuille"
    with pytest.raises(PermissionDenied):
        call(db_session, support, category.id)
    assert get_category(db_session, support, category.id).parent_id == parent.id
    assert db_session.scalar(select(func.count()).select_from(HistoriqueAction)) == 0


def test_two_simultaneous_moves_cannot_make_a_cycle(
    server_committed: sessionmaker[Session],
) -> None:
    """A under B and B under A at the same instant: the moves are serialised, so the
    second sees the first and is refused."""
    with server_committed() as setup:
        admin = make_staff(setup)
        a, b = make_category(setup, "A"), make_category(setup, "B")
        setup.commit()
        a_id, b_id = a.id, b.id
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def move(index: int, category_id: int, parent_id: int) -> None:
        with server_committed() as session:
            session.connection()
            barrier.wait(timeout=20)
            try:
                move_category(session, admin, category_id, parent_id)
                session.commit()
                results[index] = "moved"
            except ValidationError as exc:
                results[index] = exc

    threads = [
        threading.Thread(target=move, args=(0, a_id, b_id)),
        threading.Thread(target=move, args=(1, b_id, a_id)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(map(str, map(type, results))) == sorted([str(str), str(ValidationError)]), results
    with server_committed() as check:
        parents = dict(check.execute(select(Categorie.id, Categorie.parent_id)).all())
    assert parents[a_id] is None or parents[b_id] is None
