"""One product: read, create, update (a compare-and-set on the values read) and delete.

Every function is ``fn(session, actor, ...)``; none commits: the caller's ``session_scope``
commits (or rolls back) the change together with its audit rows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import (
    Avis,
    Categorie,
    CommandeProduit,
    ListeSouhaitsProduit,
    Panier,
    PanierTemp,
    Produit,
    utcnow,
)
from backoffice.schema_profile import has_table
from backoffice.services.audit import audit, changed_fields
from backoffice.services.catalog.data import EDITABLE_FIELDS, ProductData, product_conflict
from backoffice.services.catalog.text import (
    format_characteristics,
    format_images,
    parse_characteristics,
    parse_images,
)
from backoffice.services.catalog.validation import clean_product, validate_product
from backoffice.services.concurrency import differing, raw_values, unchanged_since_read
from backoffice.services.errors import NotFound, ServiceError, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, require

READ_COLUMNS = (
    Produit.id,
    Produit.nom,
    Produit.slug,
    Produit.prix,
    Produit.prix_promo,
    Produit.stock,
    Produit.id_categorie,
    Produit.description_courte,
    Produit.description,
    Produit.image_url,
    Produit.images_supplementaires,
    Produit.caracteristiques,
    Produit.est_actif,
    Produit.est_featured,
    Produit.created_at,
    Produit.updated_at,
    Categorie.nom.label("categorie"),
)


def _read_row(session: Session, product_id: int, *, lock: bool = False) -> Any:
    stmt = (
        select(*READ_COLUMNS)
        .outerjoin(Categorie, Categorie.id == Produit.id_categorie)
        .where(Produit.id == product_id)
    )
    if lock:
        # Row lock on PostgreSQL (ignored by SQLite, whose writers are serialised anyway).
        stmt = stmt.with_for_update(of=Produit)
    return session.execute(stmt).first()


def product_from_row(row: Any) -> ProductData:
    return ProductData(
        id=row.id,
        nom=row.nom,
        slug=row.slug,
        prix=row.prix,
        prix_promo=row.prix_promo,
        stock=row.stock,
        id_categorie=row.id_categorie,
        description_courte=row.description_courte,
        description=row.description,
        image_url=row.image_url,
        images_supplementaires=parse_images(row.images_supplementaires),
        caracteristiques=parse_characteristics(row.caracteristiques),
        est_actif=row.est_actif,
        est_featured=row.est_featured,
        categorie=row.categorie,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _not_found(product_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP(
            "catalog", "Le produit n° {id} n'existe plus (il a peut-être été supprimé)."
        ).format(id=product_id)
    )


def get_product(session: Session, actor: Staff, product_id: int) -> ProductData:
    require(actor, Permission.CATALOG_VIEW)
    row = _read_row(session, product_id)
    if row is None:
        raise _not_found(product_id)
    return product_from_row(row)


def next_version(previous: datetime | None) -> datetime:
    """The new ``updated_at``: now, but strictly after ``previous`` even if clocks disagree."""
    now = utcnow()
    if previous is not None and now <= previous:
        return previous + timedelta(microseconds=1)
    return now


def product_columns(data: ProductData) -> dict[str, Any]:
    """ProductData (cleaned) → the ``produits`` columns it writes."""
    values = {name: getattr(data, name) for name in EDITABLE_FIELDS}
    values["images_supplementaires"] = format_images(data.images_supplementaires)
    values["caracteristiques"] = format_characteristics(data.caracteristiques)
    return values


def _integrity_as_validation(exc: IntegrityError) -> ValidationError:
    text = str(exc.orig).lower()
    if "slug" in text:
        return ValidationError(
            {
                "slug": QT_TRANSLATE_NOOP(
                    "catalog", "Ce slug vient d'être pris par un autre produit."
                )
            }
        )
    if "categorie" in text:
        return ValidationError(
            {"id_categorie": QT_TRANSLATE_NOOP("catalog", "Cette catégorie n'existe plus.")}
        )
    return ValidationError(
        {
            "nom": QT_TRANSLATE_NOOP(
                "catalog", "L'enregistrement a été refusé par la base de données."
            )
        }
    )


@mutation(Permission.CATALOG_EDIT)
def create_product(session: Session, actor: Staff, data: ProductData) -> int:
    """Insert the product; its id. Raises :class:`ValidationError` (nothing written)."""
    errors = validate_product(data, session=session)
    if errors:
        raise ValidationError(errors)
    clean = clean_product(data)
    now = utcnow()
    product = Produit(**product_columns(clean), created_at=now, updated_at=now)
    try:
        with session.begin_nested():
            session.add(product)
            session.flush()
    except IntegrityError as exc:
        raise _integrity_as_validation(exc) from exc
    audit(
        session,
        actor,
        "produit.creation",
        {"id_produit": product.id, "nom": clean.nom, "slug": clean.slug},
        after=clean.editable(),
    )
    return product.id


# The produits columns behind the editable fields, compared with the values read.
CHECKED_COLUMNS: tuple[Any, ...] = tuple(getattr(Produit, name) for name in EDITABLE_FIELDS)


def conflicting_fields(
    read: ProductData, current: ProductData, *, stock_written: bool
) -> list[str]:
    """The fields someone else changed since ``read``: every editable field, the stock only
    when this save writes it (the website's sales change it all day)."""
    names = [n for n in EDITABLE_FIELDS if n != "stock" or stock_written]
    return differing(read.editable(), current.editable(), names)


def unchanged_product(row: Any, *, stock_written: bool) -> list[Any]:
    """WHERE conditions: the product's row still holds the raw values of ``row``."""
    columns = [c for c in CHECKED_COLUMNS if c.key != "stock" or stock_written]
    return unchanged_since_read(raw_values(row, columns))


@mutation(Permission.CATALOG_EDIT)
def update_product(
    session: Session,
    actor: Staff,
    product_id: int,
    data: ProductData,
    read: ProductData | None,
) -> ProductData:
    """Save the form, unless the product changed since it was read; the saved product.

    ``read`` is the product as the form loaded it (``None``: overwrite without checking).
    The save is a compare-and-set on the values read, not on ``updated_at``: the row is
    locked, every editable field is compared with ``read`` and the ``UPDATE`` repeats the
    comparison in SQL; any difference raises :class:`ProductConflict` with the current
    values and nothing is written. A website that changes a column without touching
    ``updated_at``, or two writes within the same second, are detected all the same.

    The stock is special: the website's orders decrement it all day. If the user left it
    as read, the column is not written at all (sales during the edit are kept) and its
    changes are no conflict; if they changed it, the save requires it to be still the one
    read.

    Only changed fields are written and audited (``produit.modification``); a save with
    no change writes nothing and returns the product as it is.
    """
    row = _read_row(session, product_id, lock=True)
    if row is None:
        raise _not_found(product_id)
    errors = validate_product(data, session=session, product_id=product_id)
    if errors:
        raise ValidationError(errors)
    clean = clean_product(data)
    current = product_from_row(row)
    stock_written = read is None or clean.stock != read.stock
    if read is not None and conflicting_fields(read, current, stock_written=stock_written):
        raise product_conflict(current, replace(clean, id=product_id))

    if not stock_written:
        clean = replace(clean, stock=current.stock)
    before, after = changed_fields(current.editable(), clean.editable())
    if not after:
        return current

    values = product_columns(clean)
    values = {name: values[name] for name in after}
    stmt = (
        update(Produit)
        .where(Produit.id == product_id, *unchanged_product(row, stock_written=stock_written))
        .values(**values, updated_at=next_version(current.updated_at))
        .execution_options(synchronize_session=False)
    )
    try:
        with session.begin_nested():
            result = session.execute(stmt)
    except IntegrityError as exc:
        raise _integrity_as_validation(exc) from exc
    if result.rowcount != 1:  # type: ignore[attr-defined]
        # Changed between our read and our write (possible where rows are not locked).
        latest = _read_row(session, product_id)
        if latest is None:
            raise _not_found(product_id)
        raise product_conflict(product_from_row(latest), replace(clean, id=product_id))
    audit(
        session,
        actor,
        "produit.modification",
        {"id_produit": product_id, "nom": clean.nom},
        before=before,
        after=after,
    )
    saved = _read_row(session, product_id)
    return product_from_row(saved)


def product_references(session: Session, product_id: int) -> dict[str, int]:
    """How many rows of each table refer to the product."""
    counts = {}
    for name, model in (
        ("commandes", CommandeProduit),
        ("avis", Avis),
        ("paniers", Panier),
        ("paniers_temporaires", PanierTemp),
        ("listes_souhaits", ListeSouhaitsProduit),
    ):
        if not has_table(session, model.__tablename__):
            # A website without reviews or wish lists (seed 003) has nothing referring to it.
            counts[name] = 0
            continue
        counts[name] = int(
            session.scalar(select(func.count()).where(model.id_produit == product_id)) or 0
        )
    return counts


@mutation(Permission.CATALOG_EDIT)
def delete_product(session: Session, actor: Staff, product_id: int) -> None:
    """Delete a product that was never ordered and has no review.

    Ordered (``commande_produit``) or reviewed (``avis``) products are refused with a
    :class:`ServiceError` suggesting deactivation: orders and invoices must keep their
    lines, reviews are customers' content. Cart lines (``panier``, ``panier_temp``) and
    wishlist entries are removed with the product (audited with their counts).
    """
    row = _read_row(session, product_id, lock=True)
    if row is None:
        raise _not_found(product_id)
    refs = product_references(session, product_id)
    orders = int(
        session.scalar(
            select(func.count(func.distinct(CommandeProduit.id_commande))).where(
                CommandeProduit.id_produit == product_id
            )
        )
        or 0
    )
    if orders:
        one = QT_TRANSLATE_NOOP(
            "catalog",
            "Impossible de supprimer « {name} » : ce produit figure dans {count} "
            "commande ; vous pouvez le désactiver.",
        )
        many = QT_TRANSLATE_NOOP(
            "catalog",
            "Impossible de supprimer « {name} » : ce produit figure dans {count} "
            "commandes ; vous pouvez le désactiver.",
        )
        raise ServiceError((many if orders > 1 else one).format(name=row.nom, count=orders))
    if refs["avis"]:
        one = QT_TRANSLATE_NOOP(
            "catalog",
            "Impossible de supprimer « {name} » : ce produit a {count} avis "
            "client ; vous pouvez le désactiver.",
        )
        many = QT_TRANSLATE_NOOP(
            "catalog",
            "Impossible de supprimer « {name} » : ce produit a {count} avis "
            "clients ; vous pouvez le désactiver.",
        )
        reviews = refs["avis"]
        raise ServiceError((many if reviews > 1 else one).format(name=row.nom, count=reviews))
    before = product_from_row(row).editable()
    try:
        with session.begin_nested():
            for model in (Panier, PanierTemp, ListeSouhaitsProduit):
                if not has_table(session, model.__tablename__):
                    continue
                session.execute(
                    delete(model)
                    .where(model.id_produit == product_id)
                    .execution_options(synchronize_session=False)
                )
            session.execute(
                delete(Produit)
                .where(Produit.id == product_id)
                .execution_options(synchronize_session=False)
            )
    except IntegrityError as exc:
        # An order was placed between our check and the delete.
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "catalog",
                "Impossible de supprimer « {name} » : il vient d'être commandé ; "
                "vous pouvez le désactiver.",
            ).format(name=row.nom)
        ) from exc
    audit(
        session,
        actor,
        "produit.suppression",
        {
            "id_produit": product_id,
            "nom": row.nom,
            "paniers_retires": refs["paniers"] + refs["paniers_temporaires"],
            "listes_souhaits_retirees": refs["listes_souhaits"],
        },
        before=before,
    )
