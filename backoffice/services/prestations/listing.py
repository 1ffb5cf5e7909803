"""The Services list: its :class:`ListSource` and the list, count and choice services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from backoffice.models import Devis, Service
from backoffice.services.listing import ListQuery, ListSource, Page, count_rows, fetch_page
from backoffice.services.permissions import Permission, Staff, require
from backoffice.sql_compat import french_sorted, word_search


def _quote_count() -> Any:
    return (
        select(func.count(Devis.id))
        .where(Devis.id_service == Service.id)
        .correlate(Service)
        .scalar_subquery()
    )


def _base() -> Select[Any]:
    return select(
        Service.id.label("id"),
        Service.image_url.label("image_url"),
        Service.nom.label("nom"),
        Service.prix_base.label("prix_base"),
        Service.est_actif.label("est_actif"),
        _quote_count().label("nb_devis"),
        Service.updated_at.label("updated_at"),
    )


def _search(words: Sequence[str]) -> ColumnElement[bool]:
    return word_search(words, (Service.nom, func.coalesce(Service.description, "")))


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "oui", "vrai", "yes")
    return bool(value)


SERVICES = ListSource(
    base=_base,
    id_column=Service.id,
    sortable={
        "nom": french_sorted(Service.nom),
        "prix_base": Service.prix_base,
        "est_actif": Service.est_actif,
        "nb_devis": _quote_count(),
        "updated_at": Service.updated_at,
        "image_url": Service.image_url,
    },
    default_sort="nom",
    search=_search,
    filters={"est_actif": lambda value: Service.est_actif.is_(_bool(value))},
    nulls_ascending="last",
)
"""The Services list. Row keys: id, image_url, nom, prix_base, est_actif, nb_devis (quotes
asking for it), updated_at. Filter ``est_actif``; search in the name and description."""


def list_services(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.CATALOG_VIEW)
    return fetch_page(session, SERVICES, query)


def count_services(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.CATALOG_VIEW)
    return count_rows(session, SERVICES, query)


def service_choices(session: Session, actor: Staff) -> list[tuple[int, str]]:
    """Every service by name (a catalogue of tens) for the queue's filter; inactive ones
    too, since old quotes ask for them."""
    require(actor, Permission.QUOTES_VIEW)
    rows = session.execute(select(Service.id, Service.nom).order_by(french_sorted(Service.nom)))
    return [(row.id, row.nom) for row in rows]
