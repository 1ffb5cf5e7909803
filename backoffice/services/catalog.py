"""Products: the Produits tab's list, form, stock adjustment, bulk actions and deletion.

Every function is ``fn(session, actor, ...)``; none commits: the caller's ``session_scope``
commits (or rolls back) the change together with its audit rows. Multi-row changes run in
a SAVEPOINT so that a failure leaves the session as it was (all-or-nothing even when the
caller goes on using the session).

Concurrency: the website edits the same rows. A form save is a compare-and-set on
the values read with the product (not on a timestamp), see :func:`update_product`;
stock moves are done in SQL (``stock = stock + :delta``), see :func:`adjust_stock`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    delete,
    func,
    not_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

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
from backoffice.services.catalog_text import (
    format_characteristics,
    format_images,
    parse_characteristics,
    parse_images,
)
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
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    count_rows,
    fetch_page,
    sql_text,
)
from backoffice.services.permissions import Permission, Staff, mutation, require
from backoffice.services.slugs import SLUG_MAX_LENGTH, is_valid_slug, suggest_free_slug
from backoffice.sql_compat import french_sorted, update_returning, word_search

DEFAULT_LOW_STOCK_THRESHOLD = 5
MONEY_MAX = Decimal("99999999.99")  # NUMERIC(10, 2)
STOCK_MAX = 2_147_483_647  # INTEGER
CENT = Decimal("0.01")
_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits

# ---------------------------------------------------------------------------------------
# The list
# ---------------------------------------------------------------------------------------

# These must read like the trigram index expressions (backoffice.migrations.trigram:
# nom, slug, coalesce(description_courte, ''), under lower(backoffice_unaccent(…)) or
# lower(…)) for PostgreSQL to use them. PostgreSQL matches parsed expressions, so the table
# prefix is fine, but the '' must be a literal (a bound parameter would not match), hence
# sql_text.
SEARCH_EXPRESSIONS = (
    sql_text("produits.nom"),
    sql_text("produits.slug"),
    sql_text("coalesce(produits.description_courte, '')"),
)
# The columns of the ix_produits_search_ft FULLTEXT index (MySQL/MariaDB, migration 0004).
SEARCH_FULLTEXT = (Produit.nom, Produit.slug, Produit.description_courte)

STOCK_LEVELS = ("rupture", "faible", "ok")


def category_subtree_ids(category_id: int) -> Select[Any]:
    """``SELECT id`` of ``category_id`` and all its descendants (a recursive CTE).

    ``UNION`` (not ``UNION ALL``) keeps it finite even if bad data made a cycle.
    """
    tree = (
        select(Categorie.id)
        .where(Categorie.id == category_id)
        .cte("sous_categories", recursive=True)
    )
    child = aliased(Categorie)
    tree = tree.union(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


def _search(words: Sequence[str]) -> ColumnElement[bool]:
    return word_search(words, SEARCH_EXPRESSIONS, fulltext=SEARCH_FULLTEXT)


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "oui", "vrai", "yes")
    return bool(value)


def _promo_condition() -> ColumnElement[bool]:
    return and_(Produit.prix_promo.is_not(None), Produit.prix_promo < Produit.prix)


def _stock_filter(value: Any) -> ColumnElement[bool] | None:
    """``"rupture"`` | ``"faible"`` | ``"ok"``, or ``(level, threshold)``."""
    threshold = DEFAULT_LOW_STOCK_THRESHOLD
    if isinstance(value, tuple | list):
        value, threshold = value[0], int(value[1])
    level = str(value).strip().lower()
    if level == "rupture":
        return Produit.stock <= 0
    if level == "faible":
        return and_(Produit.stock >= 1, Produit.stock <= threshold)
    if level == "ok":
        return Produit.stock > threshold
    raise ValueError(f"unknown stock level {value!r}; expected one of {STOCK_LEVELS}")


def _category_filter(value: Any) -> ColumnElement[bool]:
    return Produit.id_categorie.in_(category_subtree_ids(int(value)))


def _no_category_filter(value: Any) -> ColumnElement[bool] | None:
    return Produit.id_categorie.is_(None) if _bool(value) else None


_FILTERS = {
    "categorie": _category_filter,
    "sans_categorie": _no_category_filter,
    "est_actif": lambda value: Produit.est_actif.is_(_bool(value)),
    "est_featured": lambda value: Produit.est_featured.is_(_bool(value)),
    "en_promotion": lambda value: _promo_condition() if _bool(value) else not_(_promo_condition()),
    "stock": _stock_filter,
}

_SORTABLE: dict[str, ColumnElement[Any]] = {
    "id": Produit.id,
    "image_url": Produit.image_url,
    # French order; the lower(nom) COLLATE "fr-x-icu" index (PostgreSQL, migration 0004) and
    # the plain nom index (MariaDB) serve the default sort.
    "nom": french_sorted(Produit.nom),
    "categorie": french_sorted(Categorie.nom, outer_joined=True),
    "prix": Produit.prix,
    "prix_promo": Produit.prix_promo,
    "stock": Produit.stock,
    "est_actif": Produit.est_actif,
    "est_featured": Produit.est_featured,
    "updated_at": Produit.updated_at,
    "slug": Produit.slug,
}


def _base() -> Select[Any]:
    return select(
        Produit.id.label("id"),
        Produit.image_url.label("image_url"),
        Produit.nom.label("nom"),
        Categorie.nom.label("categorie"),
        Produit.prix.label("prix"),
        Produit.prix_promo.label("prix_promo"),
        Produit.stock.label("stock"),
        Produit.est_actif.label("est_actif"),
        Produit.est_featured.label("est_featured"),
        Produit.updated_at.label("updated_at"),
        Produit.slug.label("slug"),
    ).outerjoin(Categorie, Categorie.id == Produit.id_categorie)


PRODUCTS = ListSource(
    base=_base,
    id_column=Produit.id,
    sortable=_SORTABLE,
    default_sort="nom",
    search=_search,
    filters=_FILTERS,
    # PostgreSQL's own NULL order, so that the lower(nom)/updated_at indexes serve the sort
    # and a first page stops after 200 rows instead of sorting 100 000.
    nulls_ascending="last",
)
"""The Produits list. Row keys: id, image_url, nom, categorie (category name), prix,
prix_promo, stock, est_actif, est_featured, updated_at, slug.

Filters (``ListQuery.filters``; ``None``/``""`` means "no filter"):

* ``categorie``: a category id; that category and all its sub-categories.
* ``sans_categorie``: ``True`` → products without a category.
* ``est_actif``, ``est_featured``: ``True``/``False``.
* ``en_promotion``: ``True`` → ``prix_promo`` set and below ``prix``; ``False`` → the others.
* ``stock``: ``"rupture"`` (≤ 0), ``"faible"`` (1…threshold), ``"ok"`` (> threshold), or a
  tuple ``(level, threshold)``. The threshold is also read from the ``seuil_stock`` filter
  (default :data:`DEFAULT_LOW_STOCK_THRESHOLD`).

Search: every word must appear in the name, the slug or the short description.
Sort: any row key.
"""


def normalize_query(query: ListQuery) -> ListQuery:
    """Fold the ``seuil_stock`` filter into the ``stock`` one (filters are independent)."""
    filters = dict(query.filters)
    if "seuil_stock" not in filters:
        return query
    threshold = filters.pop("seuil_stock")
    level = filters.get("stock")
    if (
        level not in (None, "")
        and not isinstance(level, tuple | list)
        and threshold
        not in (
            None,
            "",
        )
    ):
        filters["stock"] = (level, int(threshold))
    return replace(query, filters=filters)


def list_products(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.CATALOG_VIEW)
    return fetch_page(session, PRODUCTS, normalize_query(query))


def count_products(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.CATALOG_VIEW)
    return count_rows(session, PRODUCTS, normalize_query(query))


# ---------------------------------------------------------------------------------------
# One product: data, validation, read, create, update
# ---------------------------------------------------------------------------------------


@dataclass
class ProductData:
    """A product as the form edits it.

    ``images_supplementaires`` and ``caracteristiques`` are parsed (see
    :mod:`backoffice.services.catalog_text`); money is :class:`~decimal.Decimal`.
    ``id``, ``categorie`` (the category's name), ``created_at`` and ``updated_at`` are
    read-only; pass the whole product as read back to :func:`update_product`.
    """

    nom: str = ""
    slug: str = ""
    prix: Decimal = Decimal("0.00")
    prix_promo: Decimal | None = None
    stock: int = 0
    id_categorie: int | None = None
    description_courte: str | None = None
    description: str | None = None
    image_url: str | None = None
    images_supplementaires: list[str] = field(default_factory=list)
    caracteristiques: dict[str, str] = field(default_factory=dict)
    est_actif: bool = True
    est_featured: bool = False
    id: int | None = None
    categorie: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def editable(self) -> dict[str, Any]:
        """The editable fields only (what a save writes, what an audit compares)."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


EDITABLE_FIELDS: tuple[str, ...] = (
    "nom",
    "slug",
    "prix",
    "prix_promo",
    "stock",
    "id_categorie",
    "description_courte",
    "description",
    "image_url",
    "images_supplementaires",
    "caracteristiques",
    "est_actif",
    "est_featured",
)

FIELD_LABELS: dict[str, str] = {
    "nom": "Nom",
    "slug": "Slug",
    "prix": "Prix",
    "prix_promo": "Prix promotionnel",
    "stock": "Stock",
    "id_categorie": "Catégorie",
    "description_courte": "Description courte",
    "description": "Description",
    "image_url": "Image",
    "images_supplementaires": "Images supplémentaires",
    "caracteristiques": "Caractéristiques",
    "est_actif": "Actif",
    "est_featured": "Mis en avant",
}


class ProductConflict(ConflictError):
    """Someone (another employee or the website) saved the product since it was read.

    A :class:`ConflictError` like any other (``current``: every field of the product as it
    is now; ``differences``: the editable fields where the user's values differ), built by
    :func:`product_conflict`. ``current_data`` and ``mine`` hold the same as typed
    :class:`ProductData`: to overwrite, call :func:`update_product` again with
    ``read=current_data``; to take theirs, reload the form from it.
    """

    def __init__(
        self,
        message: str,
        current: Mapping[str, Any],
        differences: Sequence[str],
        *,
        current_data: ProductData,
        mine: ProductData,
    ) -> None:
        super().__init__(message, current, differences)
        self.current_data = current_data
        self.mine = mine


def product_conflict(current: ProductData, mine: ProductData) -> ProductConflict:
    """The conflict of a save of ``mine`` over a product that is now ``current``."""
    error = conflict(
        f"Le produit « {current.nom} »",
        asdict(current),
        asdict(mine),
        EDITABLE_FIELDS,
        labels=FIELD_LABELS,
        error=ProductConflict,
        extra={"current_data": current, "mine": mine},
    )
    assert isinstance(error, ProductConflict)
    return error


_MONEY_CLEAN = re.compile(r"[\s\u00a0\u202f€]")


def parse_money(text: str | Decimal | int | None) -> Decimal | None:
    """``"1 234,50 €"``, ``"19.99"``, ``Decimal("3")`` → ``Decimal``; blank → ``None``.

    Raises :class:`ValueError` when the text is not a number (the caller says which field).
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool | float):
        raise ValueError("money must be given as text or Decimal")
    if isinstance(text, int):
        return Decimal(text)
    cleaned = _MONEY_CLEAN.sub("", text).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return value


def format_money(value: Decimal | None) -> str:
    """French display: ``Decimal("1234.5")`` → ``"1 234,50"`` (no currency sign)."""
    if value is None:
        return ""
    return f"{value.quantize(CENT):,.2f}".replace(",", "\u202f").replace(".", ",")


def _money_error(value: Any, label: str) -> str | None:
    if value is None:
        return f"{label} est obligatoire."
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return f"{label} doit être un nombre décimal (ex. 19,99)."
    value = Decimal(value)
    if not value.is_finite():
        return f"{label} doit être un nombre décimal (ex. 19,99)."
    if value < 0:
        return f"{label} ne peut pas être négatif."
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        return f"{label} ne peut pas avoir plus de 2 décimales."
    if value > MONEY_MAX:
        return f"{label} ne peut pas dépasser 99 999 999,99 €."
    return None


def _length_error(value: str | None, limit: int, label: str) -> str | None:
    if value is not None and len(value) > limit:
        return f"{label} ne doit pas dépasser {limit} caractères (actuellement {len(value)})."
    return None


def validate_product(
    data: ProductData, *, session: Session | None = None, product_id: int | None = None
) -> FieldErrors:
    """One French message per wrong field (empty dict: valid). Writes nothing.

    Without ``session`` only the values themselves are checked; with it, also that the slug
    is free (``product_id``, the product being edited, may keep its own; a slug taken gets
    a free variant in ``suggestions["slug"]``) and that the category exists.
    """
    errors = FieldErrors()
    nom = (data.nom or "").strip()
    if not nom:
        errors["nom"] = "Le nom est obligatoire."
    elif message := _length_error(nom, 255, "Le nom"):
        errors["nom"] = message

    slug = (data.slug or "").strip()
    if not slug:
        errors["slug"] = "Le slug est obligatoire."
    elif len(slug) > SLUG_MAX_LENGTH:
        errors["slug"] = _length_error(slug, SLUG_MAX_LENGTH, "Le slug") or ""
    elif not is_valid_slug(slug):
        errors["slug"] = (
            "Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres "
            "et des tirets, sans tiret au début ni à la fin (ex. « creme-brulee-500g »)."
        )
    elif session is not None:
        owner = session.execute(select(Produit.id, Produit.nom).where(Produit.slug == slug)).first()
        if owner is not None and owner.id != product_id:
            free = suggest_free_slug(session, slug, Produit, exclude_id=product_id)
            errors.suggest(
                "slug",
                f"Ce slug est déjà utilisé par le produit « {owner.nom} ». "
                f"Slug libre proposé : « {free} ».",
                free,
            )

    if message := _money_error(data.prix, "Le prix"):
        errors["prix"] = message
    if data.prix_promo is not None:
        if message := _money_error(data.prix_promo, "Le prix promotionnel"):
            errors["prix_promo"] = message
        elif "prix" not in errors and Decimal(data.prix_promo) >= Decimal(data.prix):
            errors["prix_promo"] = (
                "Le prix promotionnel doit être inférieur au prix "
                f"({format_money(Decimal(data.prix))} €)."
            )

    if isinstance(data.stock, bool) or not isinstance(data.stock, int):
        errors["stock"] = "Le stock doit être un nombre entier."
    elif data.stock < 0:
        errors["stock"] = "Le stock ne peut pas être négatif."
    elif data.stock > STOCK_MAX:
        errors["stock"] = "Le stock est trop grand."

    if message := _length_error(_blank(data.image_url), 500, "L'adresse de l'image"):
        errors["image_url"] = message
    if message := _length_error(_blank(data.description_courte), 500, "La description courte"):
        errors["description_courte"] = message
    for url in data.images_supplementaires or []:
        if message := _length_error(url, 500, "Chaque adresse d'image supplémentaire"):
            errors["images_supplementaires"] = message
            break

    if session is not None and data.id_categorie is not None:
        exists = session.scalar(select(Categorie.id).where(Categorie.id == data.id_categorie))
        if exists is None:
            errors["id_categorie"] = "Cette catégorie n'existe plus ; choisissez-en une autre."
    return errors


def _blank(value: str | None) -> str | None:
    """Empty text is stored as NULL, as the website does for optional columns."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def clean_product(data: ProductData) -> ProductData:
    """The values as they will be stored (trimmed, blanks as None, money to the cent)."""
    return replace(
        data,
        nom=(data.nom or "").strip(),
        slug=(data.slug or "").strip(),
        prix=Decimal(data.prix).quantize(CENT),
        prix_promo=None if data.prix_promo is None else Decimal(data.prix_promo).quantize(CENT),
        description_courte=_blank(data.description_courte),
        description=data.description if data.description and data.description.strip() else None,
        image_url=_blank(data.image_url),
        images_supplementaires=parse_images(format_images(data.images_supplementaires or [])),
        caracteristiques=parse_characteristics(format_characteristics(data.caracteristiques or {})),
    )


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
    return NotFound(f"Le produit n° {product_id} n'existe plus (il a peut-être été supprimé).")


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
        return ValidationError({"slug": "Ce slug vient d'être pris par un autre produit."})
    if "categorie" in text:
        return ValidationError({"id_categorie": "Cette catégorie n'existe plus."})
    return ValidationError({"nom": "L'enregistrement a été refusé par la base de données."})


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


# ---------------------------------------------------------------------------------------
# Stock
# ---------------------------------------------------------------------------------------


@mutation(Permission.CATALOG_EDIT)
def adjust_stock(
    session: Session,
    actor: Staff,
    product_id: int,
    *,
    new_quantity: int | None = None,
    delta: int | None = None,
    expected_stock: int | None = None,
    reason: str,
) -> int:
    """Set the stock to ``new_quantity`` or move it by ``delta``; the new stock.

    A ``delta`` is applied in SQL (``stock = stock + :delta … AND stock + :delta >= 0``),
    so sales the website records meanwhile are never overwritten. ``new_quantity``
    replaces the stock outright: pass ``expected_stock`` (the stock the user saw) and the
    write becomes a compare-and-set (``… WHERE stock = :expected``), raising
    :class:`ConflictError` (French message with the current stock, ``current["stock"]``)
    when the stock moved since, e.g. a sale on the website. Without ``expected_stock`` the
    new quantity is written whatever the stock is now (an inventory count). ``reason`` is
    required. Audited as ``produit.stock``; ``updated_at`` moves, so an open form notices
    the change.
    """
    errors: dict[str, str] = {}
    if not (reason or "").strip():
        errors["reason"] = "Indiquez le motif de l'ajustement de stock."
    if (new_quantity is None) == (delta is None):
        errors["stock"] = "Indiquez soit la nouvelle quantité, soit la variation du stock."
    elif new_quantity is not None and (
        isinstance(new_quantity, bool) or not isinstance(new_quantity, int) or new_quantity < 0
    ):
        errors["stock"] = "La nouvelle quantité doit être un nombre entier positif ou nul."
    elif delta is not None and (isinstance(delta, bool) or not isinstance(delta, int)):
        errors["stock"] = "La variation doit être un nombre entier."
    if expected_stock is not None and (
        isinstance(expected_stock, bool) or not isinstance(expected_stock, int)
    ):
        errors["stock"] = "Le stock attendu doit être un nombre entier."
    if errors:
        raise ValidationError(errors)

    row = _read_row(session, product_id, lock=True)
    if row is None:
        raise _not_found(product_id)
    if new_quantity is not None:
        stmt = update(Produit).where(Produit.id == product_id).values(stock=new_quantity)
        if expected_stock is not None:
            stmt = stmt.where(Produit.stock == expected_stock)
    else:
        assert delta is not None
        stmt = (
            update(Produit)
            .where(Produit.id == product_id, Produit.stock + delta >= 0)
            .values(stock=Produit.stock + delta)
        )
    stmt = stmt.values(updated_at=next_version(row.updated_at))
    new_stock = update_returning(
        session,
        stmt.execution_options(synchronize_session=False),
        Produit.stock,
        Produit.id == product_id,
    )
    if new_stock is None:
        current = session.scalar(select(Produit.stock).where(Produit.id == product_id))
        if new_quantity is not None:
            raise conflict(
                f"Le stock de « {row.nom} »",
                {"stock": current},
                {"stock": expected_stock},
                ["stock"],
                message=f"Le stock de « {row.nom} » a changé depuis que vous l'avez consulté "
                f"(par exemple une vente sur le site) : il est maintenant de {current}, et "
                f"non plus de {expected_stock}. Vérifiez la nouvelle quantité puis "
                "réessayez.",
            )
        raise ServiceError(
            f"Le stock ne peut pas devenir négatif : il est de {current} et vous retirez "
            f"{-int(delta or 0)}."
        )
    old_stock = new_stock - delta if delta is not None else row.stock
    audit(
        session,
        actor,
        "produit.stock",
        {"id_produit": product_id, "nom": row.nom, "motif": reason.strip(), "variation": delta},
        before={"stock": old_stock},
        after={"stock": new_stock},
    )
    return int(new_stock)


# ---------------------------------------------------------------------------------------
# Bulk actions: all-or-nothing, one audit row per product changed
# ---------------------------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _lock_products(session: Session, ids: Iterable[int]) -> dict[int, Any]:
    wanted = list(dict.fromkeys(int(i) for i in ids))
    rows: dict[int, Any] = {}
    for chunk in _chunks(wanted):
        stmt = (
            select(
                Produit.id,
                Produit.nom,
                Produit.prix,
                Produit.prix_promo,
                Produit.est_actif,
                Produit.est_featured,
                Produit.id_categorie,
                Produit.updated_at,
            )
            .where(Produit.id.in_(chunk))
            .with_for_update()
        )
        rows.update({row.id: row for row in session.execute(stmt)})
    missing = [i for i in wanted if i not in rows]
    if missing:
        shown = ", ".join(str(i) for i in missing[:10])
        raise NotFound(
            f"{len(missing)} des produits sélectionnés n'existent plus (n° {shown}). "
            "Rien n'a été modifié ; actualisez la liste."
        )
    # In the order asked, so that audit rows follow the user's selection.
    return {i: rows[i] for i in wanted}


def _apply_bulk(
    session: Session,
    actor: Staff,
    type_action: str,
    rows: Mapping[int, Any],
    new_values: Mapping[int, Mapping[str, Any]],
    details: Mapping[str, Any],
) -> int:
    """Write ``new_values[id]`` where they differ from ``rows[id]``; audit each; the count."""
    params: list[dict[str, Any]] = []
    for product_id, values in new_values.items():
        row = rows[product_id]
        before, after = changed_fields({k: getattr(row, k) for k in values}, values)
        if not after:
            continue
        params.append({"id": product_id, **after, "updated_at": next_version(row.updated_at)})
        audit(
            session,
            actor,
            type_action,
            {**details, "id_produit": product_id, "nom": row.nom},
            before=before,
            after=after,
        )
    # Group by the set of columns written: a bulk UPDATE by primary key needs uniform keys.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for param in params:
        groups.setdefault(tuple(sorted(param)), []).append(param)
    for group in groups.values():
        session.execute(update(Produit), group)
    return len(params)


def _bulk(
    session: Session,
    actor: Staff,
    ids: Iterable[int],
    type_action: str,
    details: Mapping[str, Any],
    compute: Any,
) -> int:
    # The public callers are @mutation: the permission is already checked.
    with session.begin_nested():
        rows = _lock_products(session, ids)
        new_values = {product_id: compute(row) for product_id, row in rows.items()}
        return _apply_bulk(session, actor, type_action, rows, new_values, details)


@mutation(Permission.CATALOG_EDIT)
def set_active(session: Session, actor: Staff, ids: Iterable[int], active: bool) -> int:
    """Activate or deactivate the products; how many changed."""
    return _bulk(
        session,
        actor,
        ids,
        "produit.activation" if active else "produit.desactivation",
        {"action": "groupee"},
        lambda row: {"est_actif": bool(active)},
    )


@mutation(Permission.CATALOG_EDIT)
def set_featured(session: Session, actor: Staff, ids: Iterable[int], featured: bool) -> int:
    """Feature (mettre en avant) or unfeature the products; how many changed."""
    return _bulk(
        session,
        actor,
        ids,
        "produit.mise_en_avant",
        {"action": "groupee"},
        lambda row: {"est_featured": bool(featured)},
    )


@mutation(Permission.CATALOG_EDIT)
def move_to_category(
    session: Session, actor: Staff, ids: Iterable[int], category_id: int | None
) -> int:
    """Put the products in ``category_id`` (``None``: no category); how many changed."""
    if category_id is not None and session.get(Categorie, category_id) is None:
        raise ValidationError({"id_categorie": "Cette catégorie n'existe plus."})
    return _bulk(
        session,
        actor,
        ids,
        "produit.changement_categorie",
        {"action": "groupee"},
        lambda row: {"id_categorie": category_id},
    )


def promotion_price(prix: Decimal, percent: Decimal) -> Decimal:
    """``prix × (1 − percent/100)`` rounded half up to the cent."""
    return (prix * (Decimal(100) - percent) / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)


@mutation(Permission.CATALOG_EDIT)
def apply_promotion_percent(
    session: Session, actor: Staff, ids: Iterable[int], percent: Decimal
) -> int:
    """Set ``prix_promo`` to the price less ``percent`` % (0 < percent < 100); how many changed.

    Refused as a whole (:class:`ValidationError`) when a product's price is so low that
    the rounded promotion would not be below it (e.g. 0,01 €).
    """
    if isinstance(percent, bool) or not isinstance(percent, Decimal | int):
        raise ValidationError({"percent": "Le pourcentage doit être un nombre (ex. 15)."})
    percent = Decimal(percent)
    if not percent.is_finite() or not Decimal(0) < percent < Decimal(100):
        raise ValidationError(
            {"percent": "Le pourcentage doit être strictement compris entre 0 et 100."}
        )

    def compute(row: Any) -> dict[str, Any]:
        return {"prix_promo": promotion_price(row.prix, percent)}

    with session.begin_nested():
        rows = _lock_products(session, ids)
        new_values = {product_id: compute(row) for product_id, row in rows.items()}
        too_cheap = [rows[i].nom for i, v in new_values.items() if v["prix_promo"] >= rows[i].prix]
        if too_cheap:
            raise ValidationError(
                {
                    "percent": "Prix trop bas pour cette remise (le prix promotionnel ne serait "
                    "pas inférieur au prix) : " + ", ".join(too_cheap[:10]) + "."
                }
            )
        return _apply_bulk(
            session,
            actor,
            "produit.promotion",
            rows,
            new_values,
            {"action": "groupee", "pourcentage": percent},
        )


@mutation(Permission.CATALOG_EDIT)
def remove_promotion(session: Session, actor: Staff, ids: Iterable[int]) -> int:
    """Clear ``prix_promo``; how many changed."""
    return _bulk(
        session,
        actor,
        ids,
        "produit.fin_promotion",
        {"action": "groupee"},
        lambda row: {"prix_promo": None},
    )


# ---------------------------------------------------------------------------------------
# Deletion
# ---------------------------------------------------------------------------------------


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
        plural = "s" if orders > 1 else ""
        raise ServiceError(
            f"Impossible de supprimer « {row.nom} » : ce produit figure dans {orders} "
            f"commande{plural} ; vous pouvez le désactiver."
        )
    if refs["avis"]:
        plural = "s" if refs["avis"] > 1 else ""
        raise ServiceError(
            f"Impossible de supprimer « {row.nom} » : ce produit a {refs['avis']} avis "
            f"client{plural} ; vous pouvez le désactiver."
        )
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
            f"Impossible de supprimer « {row.nom} » : il vient d'être commandé ; "
            "vous pouvez le désactiver."
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


__all__ = [
    "DEFAULT_LOW_STOCK_THRESHOLD",
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "PRODUCTS",
    "READ_COLUMNS",
    "ProductConflict",
    "ProductData",
    "adjust_stock",
    "apply_promotion_percent",
    "category_subtree_ids",
    "clean_product",
    "conflicting_fields",
    "count_products",
    "create_product",
    "delete_product",
    "format_money",
    "get_product",
    "list_products",
    "move_to_category",
    "next_version",
    "normalize_query",
    "parse_money",
    "product_columns",
    "product_conflict",
    "product_from_row",
    "promotion_price",
    "remove_promotion",
    "set_active",
    "set_featured",
    "unchanged_product",
    "update_product",
    "validate_product",
]
