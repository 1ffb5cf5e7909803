"""The Produits list: its :class:`ListSource` (columns, filters, search, sort) and the
list and count services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, not_, select
from sqlalchemy.orm import Session, aliased

from backoffice.models import Categorie, Produit
from backoffice.services.catalog.stock import DEFAULT_LOW_STOCK_THRESHOLD, stock_condition
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    count_rows,
    fetch_page,
    sql_text,
)
from backoffice.services.permissions import Permission, Staff, require
from backoffice.sql_compat import french_sorted, word_search

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
    """``"rupture"`` | ``"faible"`` | ``"ok"``, or ``(level, threshold)``: the rule of
    :func:`~backoffice.services.catalog.stock.stock_level`, in SQL."""
    threshold = DEFAULT_LOW_STOCK_THRESHOLD
    if isinstance(value, tuple | list):
        value, threshold = value[0], int(value[1])
    return stock_condition(Produit.stock, str(value).strip().lower(), threshold)


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
