"""Reading the categories: the lazily loaded tree (one level at a time, with product counts
including sub-categories), one category, full paths and the picker's search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Categorie, Produit
from backoffice.services.catalog.listing import category_subtree_ids
from backoffice.services.categories.data import (
    PATH_SEPARATOR,
    CategoryChoice,
    CategoryData,
    CategoryNode,
)
from backoffice.services.errors import NotFound
from backoffice.services.permissions import Permission, Staff, read_only, require
from backoffice.services.slugs import fold
from backoffice.sql_compat import french_sorted


@read_only
def children(session: Session, actor: Staff, parent_id: int | None) -> list[CategoryNode]:
    """The direct children of ``parent_id`` (``None``: the top level), sorted by name, each
    with ``has_children`` and its product counts including all sub-categories."""
    require(actor, Permission.CATALOG_VIEW)
    level = select(Categorie).where(
        Categorie.parent_id.is_(None) if parent_id is None else Categorie.parent_id == parent_id
    )
    # tree(root_id, id): each child of this level, paired with itself and every descendant.
    roots = level.with_only_columns(Categorie.id.label("root_id"), Categorie.id.label("id")).cte(
        "arbre", recursive=True
    )
    child = aliased(Categorie)
    tree = roots.union(select(roots.c.root_id, child.id).where(child.parent_id == roots.c.id))
    # Aggregate products per category first (a few dozen groups), then roll the groups up
    # to each root: about twice as fast as joining every product to the tree.
    per_category = (
        select(
            Produit.id_categorie.label("id_categorie"),
            func.count(Produit.id).label("total"),
            # count(CASE …) rather than FILTER (WHERE …), which MySQL/MariaDB lack.
            func.count(case((Produit.est_actif.is_(True), Produit.id))).label("actifs"),
        )
        .where(Produit.id_categorie.in_(select(tree.c.id)))
        .group_by(Produit.id_categorie)
        .subquery("par_categorie")
    )
    counts = (
        select(
            tree.c.root_id,
            func.sum(per_category.c.total).label("total"),
            func.sum(per_category.c.actifs).label("actifs"),
        )
        .select_from(tree)
        .join(per_category, per_category.c.id_categorie == tree.c.id)
        .group_by(tree.c.root_id)
        .subquery("compte")
    )
    sub = aliased(Categorie)
    has_children = select(sub.id).where(sub.parent_id == Categorie.id).exists()
    stmt = (
        level.with_only_columns(
            Categorie.id,
            Categorie.nom,
            Categorie.slug,
            Categorie.parent_id,
            Categorie.est_actif,
            Categorie.image_url,
            Categorie.description,
            has_children.label("has_children"),
            func.coalesce(counts.c.total, 0).label("total"),
            func.coalesce(counts.c.actifs, 0).label("actifs"),
        )
        .outerjoin(counts, counts.c.root_id == Categorie.id)
        .order_by(french_sorted(Categorie.nom), Categorie.id)
    )
    return [
        CategoryNode(
            id=row.id,
            nom=row.nom,
            slug=row.slug,
            parent_id=row.parent_id,
            est_actif=bool(row.est_actif),
            has_children=bool(row.has_children),
            nb_produits=int(row.total),
            nb_produits_actifs=int(row.actifs),
            image_url=row.image_url,
            description=row.description,
        )
        for row in session.execute(stmt)
    ]


def _row(session: Session, category_id: int, *, lock: bool = False) -> Any:
    stmt = select(
        Categorie.id,
        Categorie.nom,
        Categorie.slug,
        Categorie.description,
        Categorie.image_url,
        Categorie.est_actif,
        Categorie.parent_id,
        Categorie.updated_at,
    ).where(Categorie.id == category_id)
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).first()


def _not_found(category_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP(
            "categories", "La catégorie n° {id} n'existe plus (elle a peut-être été supprimée)."
        ).format(id=category_id)
    )


def _data(row: Any) -> CategoryData:
    return CategoryData(
        id=row.id,
        nom=row.nom,
        slug=row.slug,
        description=row.description,
        image_url=row.image_url,
        est_actif=bool(row.est_actif),
        parent_id=row.parent_id,
        updated_at=row.updated_at,
    )


def get_category(session: Session, actor: Staff, category_id: int) -> CategoryData:
    require(actor, Permission.CATALOG_VIEW)
    row = _row(session, category_id)
    if row is None:
        raise _not_found(category_id)
    return _data(row)


def _all_paths(session: Session) -> dict[int, tuple[str, str, bool]]:
    """Every category's full path. Categories number in the hundreds, so one query and a
    walk in Python beat a recursive query, and allow accent-insensitive matching."""
    rows = session.execute(
        select(Categorie.id, Categorie.nom, Categorie.parent_id, Categorie.est_actif)
    ).all()
    by_id = {row.id: row for row in rows}
    paths: dict[int, tuple[str, str, bool]] = {}
    for row in rows:
        names = [row.nom]
        seen = {row.id}
        parent = row.parent_id
        while parent is not None and parent in by_id and parent not in seen:
            seen.add(parent)
            names.append(by_id[parent].nom)
            parent = by_id[parent].parent_id
        paths[row.id] = (row.nom, PATH_SEPARATOR.join(reversed(names)), bool(row.est_actif))
    return paths


@read_only
def category_path(session: Session, actor: Staff, category_id: int) -> str:
    """``"Maison › Cuisine › Poêles"`` for a category id."""
    require(actor, Permission.CATALOG_VIEW)
    path = _all_paths(session).get(category_id)
    if path is None:
        raise _not_found(category_id)
    return path[1]


@read_only
def search_categories(
    session: Session, actor: Staff, text: str, limit: int = 50
) -> list[CategoryChoice]:
    """Categories whose path contains every word of ``text`` (accents and case ignored),
    sorted by path; all of them (up to ``limit``) when ``text`` is blank."""
    require(actor, Permission.CATALOG_VIEW)
    words = fold(text or "").split()
    found = [
        CategoryChoice(id=cid, nom=nom, chemin=path, est_actif=active)
        for cid, (nom, path, active) in _all_paths(session).items()
        if all(word in fold(path) for word in words)
    ]
    found.sort(key=lambda c: (fold(c.chemin), c.id))
    return found[: max(0, limit)]


def count_active_products_under(session: Session, actor: Staff, category_id: int) -> int:
    """Active products in the category and all its sub-categories."""
    require(actor, Permission.CATALOG_VIEW)
    return _count_products_under(session, category_id, active_only=True)


def _count_products_under(session: Session, category_id: int, *, active_only: bool) -> int:
    stmt = select(func.count(Produit.id)).where(
        Produit.id_categorie.in_(category_subtree_ids(category_id))
    )
    if active_only:
        stmt = stmt.where(Produit.est_actif.is_(True))
    return int(session.scalar(stmt) or 0)


def _descendant_ids(session: Session, category_id: int) -> set[int]:
    return set(session.scalars(category_subtree_ids(category_id)))
