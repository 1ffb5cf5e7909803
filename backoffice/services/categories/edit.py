"""Writing the categories: validation, create, update (a compare-and-set on the values
read, checked by default), move (one at a time, never under itself) and delete. Like the
product services, nothing here commits."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Categorie, Produit, utcnow
from backoffice.services.audit import audit, changed_fields
from backoffice.services.catalog.products import next_version
from backoffice.services.categories.data import (
    CATEGORY_FIELD_LABELS,
    CATEGORY_FIELDS,
    CategoryData,
    DeactivationNeedsConfirmation,
)
from backoffice.services.categories.tree import (
    _count_products_under,
    _data,
    _descendant_ids,
    _not_found,
    _row,
)
from backoffice.services.concurrency import (
    conflict,
    differing,
    raw_values,
    unchanged_since_read,
)
from backoffice.services.errors import ConflictError, FieldErrors, ServiceError, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.slugs import SLUG_MAX_LENGTH, is_valid_slug, suggest_free_slug
from backoffice.sql_compat import transaction_lock

# Serialises category moves on PostgreSQL: two concurrent moves (A under B, B under A)
# would each pass the cycle check alone and make a cycle together.
_MOVE_LOCK_KEY = 0x6361_7465  # "cate"


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
        errors["nom"] = QT_TRANSLATE_NOOP("categories", "Le nom est obligatoire.")
    elif len(nom) > 150:
        errors["nom"] = QT_TRANSLATE_NOOP(
            "categories", "Le nom ne doit pas dépasser 150 caractères (actuellement {length})."
        ).format(length=len(nom))
    slug = (data.slug or "").strip()
    if not slug:
        errors["slug"] = QT_TRANSLATE_NOOP("categories", "Le slug est obligatoire.")
    elif len(slug) > SLUG_MAX_LENGTH:
        errors["slug"] = QT_TRANSLATE_NOOP(
            "categories", "Le slug ne doit pas dépasser {limit} caractères."
        ).format(limit=SLUG_MAX_LENGTH)
    elif not is_valid_slug(slug):
        errors["slug"] = QT_TRANSLATE_NOOP(
            "categories",
            "Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres "
            "et des tirets, sans tiret au début ni à la fin (ex. « petit-electromenager »).",
        )
    elif session is not None:
        owner = session.execute(
            select(Categorie.id, Categorie.nom).where(Categorie.slug == slug)
        ).first()
        if owner is not None and owner.id != category_id:
            free = suggest_free_slug(session, slug, Categorie, exclude_id=category_id)
            errors.suggest(
                "slug",
                QT_TRANSLATE_NOOP(
                    "categories",
                    "Ce slug est déjà utilisé par la catégorie « {name} ». "
                    "Slug libre proposé : « {free} ».",
                ).format(name=owner.nom, free=free),
                free,
            )
    image_url = _blank(data.image_url)
    if image_url is not None and len(image_url) > 500:
        errors["image_url"] = QT_TRANSLATE_NOOP(
            "categories",
            "L'adresse de l'image ne doit pas dépasser 500 caractères (actuellement {length}).",
        ).format(length=len(image_url))
    if session is not None and data.parent_id is not None:
        if session.get(Categorie, data.parent_id) is None:
            errors["parent_id"] = _PARENT_GONE
        elif category_id is not None and data.parent_id in _descendant_ids(session, category_id):
            errors["parent_id"] = _cycle_message()
    return errors


_PARENT_GONE = QT_TRANSLATE_NOOP("categories", "La catégorie parente n'existe plus.")


def _cycle_message() -> str:
    return QT_TRANSLATE_NOOP(
        "categories",
        "Une catégorie ne peut pas être placée sous elle-même ni sous l'une de ses "
        "sous-catégories.",
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
        return ValidationError(
            {
                "slug": QT_TRANSLATE_NOOP(
                    "categories", "Ce slug vient d'être pris par une autre catégorie."
                )
            }
        )
    return ValidationError({"parent_id": _PARENT_GONE})


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
        QT_TRANSLATE_NOOP("categories", "La catégorie « {name} »").format(name=current.nom),
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
            raise ValidationError({"parent_id": _PARENT_GONE})
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
        has_products = (
            QT_TRANSLATE_NOOP("categories", "contient {count} produits")
            if products > 1
            else QT_TRANSLATE_NOOP("categories", "contient {count} produit")
        )
        reasons.append(has_products.format(count=products))
    if subs:
        has_subs = (
            QT_TRANSLATE_NOOP("categories", "a {count} sous-catégories")
            if subs > 1
            else QT_TRANSLATE_NOOP("categories", "a {count} sous-catégorie")
        )
        reasons.append(has_subs.format(count=subs))
    if reasons:
        both = QT_TRANSLATE_NOOP("categories", "{first} et {second}")
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "categories",
                "Impossible de supprimer « {name} » : elle {reasons}. "
                "Déplacez-les ou supprimez-les d'abord.",
            ).format(
                name=row.nom,
                reasons=both.format(first=reasons[0], second=reasons[1])
                if len(reasons) == 2
                else reasons[0],
            )
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
            QT_TRANSLATE_NOOP(
                "categories",
                "Impossible de supprimer « {name} » : un produit ou une sous-catégorie "
                "vient d'y être ajouté.",
            ).format(name=row.nom)
        ) from exc
    audit(
        session,
        actor,
        "categorie.suppression",
        {"id_categorie": category_id, "nom": row.nom},
        before=_data(row).editable(),
    )
