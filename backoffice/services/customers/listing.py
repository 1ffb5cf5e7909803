"""Customers (``utilisateurs`` whose role is ``client``): the Clients list and sheet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Adresse, Commande, Role, RoleName, Utilisateur
from backoffice.services.errors import NotFound
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    count_rows,
    fetch_page,
    sql_text,
)
from backoffice.services.permissions import Permission, Staff, require
from backoffice.sql_compat import case_folded, french_sorted, word_search

# Must read exactly like the expression of the ix_utilisateurs_search_trgm index
# (migrations 0001 and 0004, backoffice.migrations.trigram) for PostgreSQL to use it.
SEARCH_EXPRESSION = sql_text(
    "(coalesce(utilisateurs.nom, '') || ' ' || coalesce(utilisateurs.prenom, '') || ' '"
    " || utilisateurs.email || ' ' || coalesce(utilisateurs.ville, ''))"
)
# The columns of the ix_utilisateurs_search_ft FULLTEXT index (MySQL/MariaDB, migration 0004).
SEARCH_FULLTEXT = (Utilisateur.nom, Utilisateur.prenom, Utilisateur.email, Utilisateur.ville)

_order_count = (
    select(func.count(Commande.id))
    .where(Commande.id_utilisateur == Utilisateur.id)
    .correlate(Utilisateur)
    .scalar_subquery()
)
# Sorting by order count: one aggregate over all orders joined once (a hash aggregate,
# ~0.3 s on a million orders) instead of the correlated count run once per customer
# (~5 s on 200 000 customers). Displayed counts still use the correlated form, which the
# deferred join of ``listing.page_statement`` runs for one page's rows only.
_orders_per_customer = (
    select(Commande.id_utilisateur.label("id_utilisateur"), func.count().label("n"))
    .group_by(Commande.id_utilisateur)
    # Computed once: as a plain subquery, each parallel worker rebuilt the whole aggregate
    # (three passes over a million orders instead of one).
    .cte("orders_per_customer")
    .prefix_with("MATERIALIZED", dialect="postgresql")
)
client_role_id = select(Role.id).where(Role.libelle == RoleName.CLIENT).scalar_subquery()


def _base_for(is_client: ColumnElement[bool]) -> Callable[[], Select[Any]]:
    def base() -> Select[Any]:
        return select(
            Utilisateur.id.label("id"),
            Utilisateur.nom.label("nom"),
            Utilisateur.prenom.label("prenom"),
            Utilisateur.email.label("email"),
            Utilisateur.ville.label("ville"),
            Utilisateur.date_inscription.label("date_inscription"),
            Utilisateur.points_fidelite.label("points_fidelite"),
            _order_count.label("nb_commandes"),
        ).where(is_client)

    return base


def _source(is_client: ColumnElement[bool]) -> ListSource:
    return ListSource(
        base=_base_for(is_client),
        id_column=Utilisateur.id,
        sortable={
            # French order; the lower(nom/ville) COLLATE "fr-x-icu" indexes (PostgreSQL,
            # migration 0004) and the plain column indexes (MariaDB) serve it.
            "nom": french_sorted(Utilisateur.nom),
            "prenom": french_sorted(Utilisateur.prenom),
            # E-mails are ASCII: lower(email) (its index also serves the sign-in lookup).
            "email": case_folded(Utilisateur.email),
            "ville": french_sorted(Utilisateur.ville),
            "date_inscription": Utilisateur.date_inscription,
            "points_fidelite": Utilisateur.points_fidelite,
            "nb_commandes": func.coalesce(_orders_per_customer.c.n, 0),
        },
        sort_joins={
            "nb_commandes": lambda stmt: stmt.outerjoin(
                _orders_per_customer, _orders_per_customer.c.id_utilisateur == Utilisateur.id
            ),
        },
        default_sort="nom",
        search=lambda words: word_search(words, [SEARCH_EXPRESSION], fulltext=SEARCH_FULLTEXT),
        filters={
            "ville": lambda value: case_folded(Utilisateur.ville) == str(value).lower(),
        },
        # Customers without a name or city at the end; and the lower(nom) index serves the
        # default sort, so the first page does not sort the whole table.
        nulls_ascending="last",
    )


# The role found by a subquery: right everywhere, but see customers_source().
CUSTOMERS = _source(Utilisateur.idRole == client_role_id)


def customers_source(session: Session) -> ListSource:
    """CUSTOMERS with the client role's id as a value the planner can read.

    Behind a subquery the id is unknown when PostgreSQL plans, so it guessed that one row in
    five is a client (it is nearly all of them) and, for a search, walked the idRole index
    filtering 200 000 rows (300 ms) instead of asking the trigram index (10 ms).
    """
    role_id = session.scalar(select(Role.id).where(Role.libelle == RoleName.CLIENT))
    return _source(Utilisateur.idRole == (role_id if role_id is not None else -1))


def list_customers(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.CUSTOMERS_VIEW)
    return fetch_page(session, customers_source(session), query)


def count_customers(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.CUSTOMERS_VIEW)
    return count_rows(session, customers_source(session), query)


RECENT_ORDERS_LIMIT = 10


def customer_detail(
    session: Session, actor: Staff, customer_id: int, *, orders_limit: int = RECENT_ORDERS_LIMIT
) -> dict[str, Any]:
    """One customer's fields and their latest orders (read-only view), as plain data.

    Raises ``NotFound`` when the id is not a customer's.
    """
    require(actor, Permission.CUSTOMERS_VIEW)
    row = (
        session.execute(
            select(
                Utilisateur.id,
                Utilisateur.nom,
                Utilisateur.prenom,
                Utilisateur.email,
                Utilisateur.telephone,
                Utilisateur.adresse,
                Utilisateur.code_postal,
                Utilisateur.ville,
                Utilisateur.date_inscription,
                Utilisateur.derniere_connexion,
                Utilisateur.points_fidelite,
            ).where(Utilisateur.id == customer_id, Utilisateur.idRole == client_role_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("customers", "Ce client n'existe pas ou plus."))
    orders = session.execute(
        select(
            Commande.id,
            Commande.reference,
            Commande.date_commande,
            Commande.statut,
            Commande.montant_total,
        )
        .where(Commande.id_utilisateur == customer_id)
        .order_by(Commande.date_commande.desc(), Commande.id.desc())
        .limit(orders_limit)
    ).mappings()
    total_orders = session.execute(
        select(func.count(Commande.id)).where(Commande.id_utilisateur == customer_id)
    ).scalar_one()
    addresses = list_customer_addresses(session, actor, customer_id)
    return {
        **dict(row),
        "orders": [dict(o) for o in orders],
        "nb_commandes": int(total_orders),
        "addresses": addresses,
    }


# --- editing a customer's own fields and addresses ----------------------------------------
# Only these columns are ever read for an edit or written: never the password, the
# two-factor secret or flag, the backup code or the role.
CUSTOMER_COLUMNS = (
    Utilisateur.nom,
    Utilisateur.prenom,
    Utilisateur.email,
    Utilisateur.telephone,
    Utilisateur.adresse,
    Utilisateur.code_postal,
    Utilisateur.ville,
)
CUSTOMER_FIELDS = tuple(column.key for column in CUSTOMER_COLUMNS)
ADDRESS_COLUMNS = (
    Adresse.nom_adresse,
    Adresse.nom_complet,
    Adresse.rue,
    Adresse.complement,
    Adresse.code_postal,
    Adresse.ville,
    Adresse.pays,
    Adresse.telephone,
    Adresse.is_default,
)
ADDRESS_FIELDS = tuple(column.key for column in ADDRESS_COLUMNS)


def list_customer_addresses(
    session: Session, actor: Staff, customer_id: int
) -> list[dict[str, Any]]:
    """The customer's addresses, the default one first."""
    require(actor, Permission.CUSTOMERS_VIEW)
    rows = session.execute(
        select(Adresse.id, *ADDRESS_COLUMNS)
        .where(Adresse.id_utilisateur == customer_id)
        .order_by(Adresse.is_default.desc(), Adresse.id)
    ).mappings()
    return [{**dict(r), "is_default": bool(r["is_default"])} for r in rows]
