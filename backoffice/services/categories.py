"""Categories: the Catégories tab's lazily loaded tree, form, moves and deletion.

``categories.parent_id`` makes a tree; the tree view loads one level at a time with
:func:`children`. Counts include sub-categories (a recursive CTE, PostgreSQL and SQLite).
Recursive queries use ``UNION`` rather than ``UNION ALL`` so they stay finite even if the
website ever wrote a cycle. Like the product services, nothing here commits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from backoffice.models import Categorie, Produit, utcnow
from backoffice.services.audit import audit, changed_fields
from backoffice.services.catalog import category_subtree_ids, next_version
from backoffice.services.concurrency import (
    conflict,
    differing,
    raw_values,
    unchanged_since_read,
)
from backoffice.services.errors import (
    ConflictError,
    FieldErrors,
    NotFound,
    ServiceError,
    ValidationError,
)
from backoffice.services.permissions import Permission, Staff, mutation, read_only, require
from backoffice.services.slugs import (
    SLUG_MAX_LENGTH,
    fold,
    is_valid_slug,
    suggest_free_slug,
)
from backoffice.sql_compat import french_sorted, transaction_lock

PATH_SEPARATOR = " › "
# Serialises category moves on PostgreSQL: two concurrent moves (A under B, B under A)
# would each pass the cycle check alone and make a cycle together.
_MOVE_LOCK_KEY = 0x6361_7465  # "cate"


@dataclass(frozen=True)
class CategoryNode:
    """One row of the category tree (one level is loaded at a time)."""

    id: int
    nom: str
    slug: str
    parent_id: int | None
    est_actif: bool
    has_children: bool
    nb_produits: int  # products in it and in all its sub-categories
    nb_produits_actifs: int  # of which active
    image_url: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class CategoryChoice:
    """A category in the searchable picker: ``chemin`` is e.g. ``"Maison › Cuisine › Poêles"``."""

    id: int
    nom: str
    chemin: str
    est_actif: bool


@dataclass
class CategoryData:
    """A category as the form edits it; ``id`` and ``updated_at`` are read-only."""

    nom: str = ""
    slug: str = ""
    description: str | None = None
    image_url: str | None = None
    est_actif: bool = True
    parent_id: int | None = None
    id: int | None = None
    updated_at: datetime | None = None

    def editable(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CATEGORY_FIELDS}


CATEGORY_FIELDS = ("nom", "slug", "description", "image_url", "est_actif", "parent_id")
CATEGORY_FIELD_LABELS: dict[str, str] = {
    "nom": "Nom",
    "slug": "Slug",
    "description": "Description",
    "image_url": "Image",
    "est_actif": "Active",
    "parent_id": "Catégorie parente",
}


class DeactivationNeedsConfirmation(ServiceError):
    """Deactivating the category would hide ``active_products`` active products: ask first,
    then call :func:`update_category` again with ``confirm_deactivation=True``."""

    def __init__(self, nom: str, active_products: int) -> None:
        plural = "s" if active_products > 1 else ""
        super().__init__(
            f"La catégorie « {nom} » et ses sous-catégories contiennent {active_products} "
            f"produit{plural} actif{plural}. Ils ne seront plus visibles dans cette catégorie "
            "sur le site. Confirmez-vous la désactivation ?"
        )
        self.active_products = active_products


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------


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
        f"La catégorie n° {category_id} n'existe plus (elle a peut-être été supprimée)."
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


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None


def validate_category(
    data: CategoryData, *, session: Session | None = None, category_id: int | None = None
) -> FieldErrors:
    """One French message per wrong field; with ``session`` also slug uniqueness (a slug
    taken gets a free variant in ``suggestions["slug"]``), parent existence and the
    absence of a cycle."""
    errors = FieldErrors()
    nom = (data.nom or "").strip()
    if not nom:
        errors["nom"] = "Le nom est obligatoire."
    elif len(nom) > 150:
        errors["nom"] = f"Le nom ne doit pas dépasser 150 caractères (actuellement {len(nom)})."
    slug = (data.slug or "").strip()
    if not slug:
        errors["slug"] = "Le slug est obligatoire."
    elif len(slug) > SLUG_MAX_LENGTH:
        errors["slug"] = f"Le slug ne doit pas dépasser {SLUG_MAX_LENGTH} caractères."
    elif not is_valid_slug(slug):
        errors["slug"] = (
            "Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres "
            "et des tirets, sans tiret au début ni à la fin (ex. « petit-electromenager »)."
        )
    elif session is not None:
        owner = session.execute(
            select(Categorie.id, Categorie.nom).where(Categorie.slug == slug)
        ).first()
        if owner is not None and owner.id != category_id:
            free = suggest_free_slug(session, slug, Categorie, exclude_id=category_id)
            errors.suggest(
                "slug",
                f"Ce slug est déjà utilisé par la catégorie « {owner.nom} ». "
                f"Slug libre proposé : « {free} ».",
                free,
            )
    image_url = _blank(data.image_url)
    if image_url is not None and len(image_url) > 500:
        errors["image_url"] = (
            f"L'adresse de l'image ne doit pas dépasser 500 caractères (actuellement "
            f"{len(image_url)})."
        )
    if session is not None and data.parent_id is not None:
        if session.get(Categorie, data.parent_id) is None:
            errors["parent_id"] = "La catégorie parente n'existe plus."
        elif category_id is not None and data.parent_id in _descendant_ids(session, category_id):
            errors["parent_id"] = _cycle_message()
    return errors


def _cycle_message() -> str:
    return (
        "Une catégorie ne peut pas être placée sous elle-même ni sous l'une de ses sous-catégories."
    )


def _clean(data: CategoryData) -> CategoryData:
    return replace(
        data,
        nom=(data.nom or "").strip(),
        slug=(data.slug or "").strip(),
        description=data.description if data.description and data.description.strip() else None,
        image_url=_blank(data.image_url),
        est_actif=bool(data.est_actif),
    )


def _lock_moves(session: Session) -> None:
    # One move at a time, so that two simultaneous moves cannot make a cycle together.
    transaction_lock(session, _MOVE_LOCK_KEY, select(Categorie.id).order_by(Categorie.id))


def _slug_taken(exc: IntegrityError) -> ValidationError:
    if "slug" in str(exc.orig).lower():
        return ValidationError({"slug": "Ce slug vient d'être pris par une autre catégorie."})
    return ValidationError({"parent_id": "La catégorie parente n'existe plus."})


@mutation(Permission.CATALOG_EDIT)
def create_category(session: Session, actor: Staff, data: CategoryData) -> int:
    """Insert the category; its id. Audited as ``categorie.creation``."""
    errors = validate_category(data, session=session)
    if errors:
        raise ValidationError(errors)
    clean = _clean(data)
    now = utcnow()
    category = Categorie(**clean.editable(), created_at=now, updated_at=now)
    try:
        with session.begin_nested():
            session.add(category)
            session.flush()
    except IntegrityError as exc:
        raise _slug_taken(exc) from exc
    audit(
        session,
        actor,
        "categorie.creation",
        {"id_categorie": category.id, "nom": clean.nom},
        after=clean.editable(),
    )
    return category.id


@mutation(Permission.CATALOG_EDIT)
def update_category(
    session: Session,
    actor: Staff,
    category_id: int,
    data: CategoryData,
    read: CategoryData | None = None,
    *,
    confirm_deactivation: bool = False,
) -> CategoryData:
    """Save the category form; the saved category.

    * Deactivating a category whose subtree holds active products raises
      :class:`DeactivationNeedsConfirmation` unless ``confirm_deactivation``.
    * A new ``parent_id`` goes through the same cycle check as :func:`move_category`.
    * With ``read`` (the category as the form loaded it) the save is a compare-and-set on
      the values read (see :mod:`backoffice.services.concurrency`) and raises
      :class:`ConflictError` (``current`` holds the current values, ``differences`` the
      fields that differ from ``data``) if the category changed meanwhile; without it,
      the save overwrites.

    Only changed fields are written; audited as ``categorie.modification``.
    """
    current_row = _row(session, category_id)
    if current_row is None:
        raise _not_found(category_id)
    moving = data.parent_id != current_row.parent_id
    if moving:
        _lock_moves(session)
    errors = validate_category(data, session=session, category_id=category_id)
    if errors:
        raise ValidationError(errors)
    current_row = _row(session, category_id, lock=True)
    if current_row is None:
        raise _not_found(category_id)
    current = _data(current_row)
    clean = _clean(data)
    if read is not None and differing(read.editable(), current.editable(), CATEGORY_FIELDS):
        raise _conflict(current, clean)
    before, after = changed_fields(current.editable(), clean.editable())
    if not after:
        return current
    if current.est_actif and not clean.est_actif and not confirm_deactivation:
        active = _count_products_under(session, category_id, active_only=True)
        if active:
            raise DeactivationNeedsConfirmation(current.nom, active)

    conditions = [Categorie.id == category_id]
    if read is not None:
        columns = [getattr(Categorie, name) for name in CATEGORY_FIELDS]
        conditions += unchanged_since_read(raw_values(current_row, columns))
    stmt = (
        update(Categorie)
        .where(*conditions)
        .values(**after, updated_at=next_version(current.updated_at))
        .execution_options(synchronize_session=False)
    )
    try:
        with session.begin_nested():
            result = session.execute(stmt)
    except IntegrityError as exc:
        raise _slug_taken(exc) from exc
    if result.rowcount != 1:  # type: ignore[attr-defined]
        latest = _row(session, category_id)
        if latest is None:
            raise _not_found(category_id)
        raise _conflict(_data(latest), clean)
    audit(
        session,
        actor,
        "categorie.modification",
        {"id_categorie": category_id, "nom": clean.nom},
        before=before,
        after=after,
    )
    return _data(_row(session, category_id))


def _conflict(current: CategoryData, mine: CategoryData) -> ConflictError:
    return conflict(
        f"La catégorie « {current.nom} »",
        current.editable() | {"updated_at": current.updated_at},
        mine.editable(),
        CATEGORY_FIELDS,
        labels=CATEGORY_FIELD_LABELS,
        feminine=True,
    )


@mutation(Permission.CATALOG_EDIT)
def move_category(
    session: Session, actor: Staff, category_id: int, new_parent_id: int | None
) -> None:
    """Move the category (with its subtree) under ``new_parent_id`` (``None``: top level).

    Refused (:class:`ValidationError` on ``parent_id``) when the new parent is the
    category itself or one of its descendants. Audited as ``categorie.deplacement``.
    """
    _lock_moves(session)
    row = _row(session, category_id, lock=True)
    if row is None:
        raise _not_found(category_id)
    if new_parent_id == row.parent_id:
        return
    if new_parent_id is not None:
        if session.get(Categorie, new_parent_id) is None:
            raise ValidationError({"parent_id": "La catégorie parente n'existe plus."})
        if new_parent_id in _descendant_ids(session, category_id):
            raise ValidationError({"parent_id": _cycle_message()})
    session.execute(
        update(Categorie)
        .where(Categorie.id == category_id)
        .values(parent_id=new_parent_id, updated_at=next_version(row.updated_at))
        .execution_options(synchronize_session=False)
    )
    audit(
        session,
        actor,
        "categorie.deplacement",
        {"id_categorie": category_id, "nom": row.nom},
        before={"parent_id": row.parent_id},
        after={"parent_id": new_parent_id},
    )


@mutation(Permission.CATALOG_EDIT)
def delete_category(session: Session, actor: Staff, category_id: int) -> None:
    """Delete an empty category: refused (:class:`ServiceError`, saying why) when it has
    sub-categories or products. Audited as ``categorie.suppression``."""
    row = _row(session, category_id, lock=True)
    if row is None:
        raise _not_found(category_id)
    subs = int(
        session.scalar(select(func.count(Categorie.id)).where(Categorie.parent_id == category_id))
        or 0
    )
    products = int(
        session.scalar(select(func.count(Produit.id)).where(Produit.id_categorie == category_id))
        or 0
    )
    reasons = []
    if products:
        reasons.append(f"contient {products} produit{'s' if products > 1 else ''}")
    if subs:
        reasons.append(f"a {subs} sous-catégorie{'s' if subs > 1 else ''}")
    if reasons:
        raise ServiceError(
            f"Impossible de supprimer « {row.nom} » : elle {' et '.join(reasons)}. "
            "Déplacez-les ou supprimez-les d'abord."
        )
    try:
        with session.begin_nested():
            session.execute(
                delete(Categorie)
                .where(Categorie.id == category_id)
                .execution_options(synchronize_session=False)
            )
    except IntegrityError as exc:
        raise ServiceError(
            f"Impossible de supprimer « {row.nom} » : un produit ou une sous-catégorie "
            "vient d'y être ajouté."
        ) from exc
    audit(
        session,
        actor,
        "categorie.suppression",
        {"id_categorie": category_id, "nom": row.nom},
        before=_data(row).editable(),
    )


__all__ = [
    "CATEGORY_FIELDS",
    "CATEGORY_FIELD_LABELS",
    "CategoryChoice",
    "CategoryData",
    "CategoryNode",
    "DeactivationNeedsConfirmation",
    "category_path",
    "children",
    "count_active_products_under",
    "create_category",
    "delete_category",
    "get_category",
    "move_category",
    "search_categories",
    "update_category",
    "validate_category",
]
