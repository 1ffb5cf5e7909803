"""Customers (``utilisateurs`` whose role is ``client``): the Clients tab's data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from backoffice.models import Commande, Role, RoleName, Utilisateur
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    contains,
    count_rows,
    fetch_page,
    sql_text,
)
from backoffice.services.permissions import Permission, Staff, require

# Must read exactly like the expression of the ix_utilisateurs_search_trgm index
# (migration 0001) for PostgreSQL to use it.
SEARCH_EXPRESSION = sql_text(
    "(coalesce(utilisateurs.nom, '') || ' ' || coalesce(utilisateurs.prenom, '') || ' '"
    " || utilisateurs.email || ' ' || coalesce(utilisateurs.ville, ''))"
)

_order_count = (
    select(func.count(Commande.id))
    .where(Commande.id_utilisateur == Utilisateur.id)
    .correlate(Utilisateur)
    .scalar_subquery()
)
_client_role_id = select(Role.id).where(Role.libelle == RoleName.CLIENT).scalar_subquery()


def _base() -> Select[Any]:
    return select(
        Utilisateur.id.label("id"),
        Utilisateur.nom.label("nom"),
        Utilisateur.prenom.label("prenom"),
        Utilisateur.email.label("email"),
        Utilisateur.ville.label("ville"),
        Utilisateur.date_inscription.label("date_inscription"),
        Utilisateur.points_fidelite.label("points_fidelite"),
        _order_count.label("nb_commandes"),
    ).where(Utilisateur.idRole == _client_role_id)


CUSTOMERS = ListSource(
    base=_base,
    id_column=Utilisateur.id,
    sortable={
        "nom": func.lower(Utilisateur.nom),
        "prenom": func.lower(Utilisateur.prenom),
        "email": func.lower(Utilisateur.email),
        "ville": func.lower(Utilisateur.ville),
        "date_inscription": Utilisateur.date_inscription,
        "points_fidelite": Utilisateur.points_fidelite,
        "nb_commandes": _order_count,
    },
    default_sort="nom",
    search=lambda word: contains(SEARCH_EXPRESSION, word),
    filters={
        "ville": lambda value: func.lower(Utilisateur.ville) == str(value).lower(),
    },
)


def list_customers(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.CUSTOMERS_VIEW)
    return fetch_page(session, CUSTOMERS, query)


def count_customers(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.CUSTOMERS_VIEW)
    return count_rows(session, CUSTOMERS, query)
