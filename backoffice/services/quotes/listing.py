"""The Devis queue: its :class:`ListSource` (columns, filters, search, sort), the list and
count services, and the counts per status for the status buttons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, select, union
from sqlalchemy.orm import Session

from backoffice.models import Devis, DevisNumero, Service, StatutDevis, Utilisateur, utcnow
from backoffice.services.customers.listing import SEARCH_EXPRESSION as CUSTOMER_SEARCH
from backoffice.services.customers.listing import SEARCH_FULLTEXT as CUSTOMER_FULLTEXT
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    count_by,
    count_rows,
    fetch_page,
    sql_text,
)
from backoffice.services.permissions import Permission, Staff, require
from backoffice.sql_compat import french_sorted, word_search

EXCERPT_LENGTH = 140  # the request's first words in the queue, not the whole text
UNANSWERED = (StatutDevis.EN_ATTENTE.value, StatutDevis.EN_COURS.value)
# As the ix_devis_description_trgm index reads it (migrations.trigram): a literal '', not a
# bound parameter, for PostgreSQL to match the expression. The FULLTEXT index's column.
REQUEST_SEARCH = sql_text("coalesce(devis.description_demande, '')")
REQUEST_FULLTEXT = (Devis.description_demande,)


def _client_name() -> ColumnElement[Any]:
    # « Prénom Nom », the e-mail for a customer without a name (SQL: || or concat()).
    name = func.trim(
        func.coalesce(Utilisateur.prenom, literal("")) + " " + func.coalesce(Utilisateur.nom, "")
    )
    return func.coalesce(func.nullif(name, ""), Utilisateur.email)


def _base() -> Select[Any]:
    return (
        select(
            Devis.id.label("id"),
            Devis.date_demande.label("date_demande"),
            _client_name().label("client"),
            Utilisateur.email.label("email"),
            Devis.id_utilisateur.label("id_utilisateur"),
            Service.nom.label("service"),
            func.substr(Devis.description_demande, 1, EXCERPT_LENGTH).label("extrait"),
            Devis.montant_estime.label("montant_estime"),
            Devis.statut.label("statut"),
            Devis.date_reponse.label("date_reponse"),
            DevisNumero.numero.label("numero"),
        )
        # Outer: every quote has its customer (a foreign key), and an outer join to a unique
        # key lets the server leave it out of the page's inner select (ids only).
        .outerjoin(Utilisateur, Utilisateur.id == Devis.id_utilisateur)
        .outerjoin(Service, Service.id == Devis.id_service)
        .outerjoin(DevisNumero, DevisNumero.id_devis == Devis.id)
    )


def _search(words: Sequence[str]) -> ColumnElement[bool]:
    """Every word in the customer's name or e-mail (through the customers' own indexed
    search), the service's name, or the request's text; accents and case ignored.

    Each word is the union of three id lists, each read through its own index (the
    customers' trigram/FULLTEXT index then ``devis.id_utilisateur``, the services, the
    request's trigram/FULLTEXT index): one OR over the three would make every server
    scan the quotes and fold the accents of each request (0.5 s on 100 000)."""
    conditions = []
    for word in words:
        customers = select(Utilisateur.id).where(
            word_search([word], (CUSTOMER_SEARCH,), fulltext=CUSTOMER_FULLTEXT)
        )
        services = select(Service.id).where(word_search([word], (Service.nom,)))
        matching = union(
            select(Devis.id).where(Devis.id_utilisateur.in_(customers)),
            select(Devis.id).where(Devis.id_service.in_(services)),
            select(Devis.id).where(
                word_search([word], (REQUEST_SEARCH,), fulltext=REQUEST_FULLTEXT)
            ),
        )
        # IN (SELECT id FROM (… UNION …)): MariaDB runs « IN (… UNION …) » as a dependent
        # subquery for every quote (seconds); from a derived table it materialises once.
        found = matching.subquery("devis_trouves")
        conditions.append(Devis.id.in_(select(found.c.id)))
    return and_(*conditions)


def _days(value: Any) -> int | None:
    try:
        days = int(value)
    except (TypeError, ValueError):
        return None
    return days if days >= 0 else None


def _period(value: Any) -> ColumnElement[bool] | None:
    """Requests of the last N days."""
    days = _days(value)
    if days is None:
        return None
    return Devis.date_demande >= utcnow() - timedelta(days=days)


def _unanswered_for(value: Any) -> ColumnElement[bool] | None:
    """« Sans réponse depuis plus de N jours »: not answered, asked more than N days ago."""
    days = _days(value)
    if days is None:
        return None
    return and_(
        Devis.statut.in_(UNANSWERED),
        Devis.date_reponse.is_(None),
        Devis.date_demande < utcnow() - timedelta(days=days),
    )


QUOTES = ListSource(
    base=_base,
    id_column=Devis.id,
    sortable={
        "date_demande": Devis.date_demande,
        "client": french_sorted(Utilisateur.nom, outer_joined=True),
        "service": french_sorted(Service.nom, outer_joined=True),
        "montant_estime": Devis.montant_estime,
        "statut": Devis.statut,
        "date_reponse": Devis.date_reponse,
        "numero": DevisNumero.numero,
        "id": Devis.id,
    },
    default_sort="date_demande",
    search=_search,
    filters={
        "statut": lambda value: Devis.statut == str(value),
        "id_service": lambda value: Devis.id_service == int(value),
        "periode": _period,
        "sans_reponse_depuis": _unanswered_for,
    },
    # The (statut, date_demande) index serves the default view, oldest first.
    nulls_ascending="last",
)
"""The queue. Row keys: id, date_demande, client, email, id_utilisateur, service, extrait
(the request's first characters), montant_estime, statut, date_reponse, numero.

Filters: ``statut`` (one status), ``id_service``, ``periode`` (asked in the last N days),
``sans_reponse_depuis`` (unanswered and asked more than N days ago). Search: see
:func:`_search`. Default sort: the request date, oldest first."""


# The same rows without the joins, for counting: every filter and the search read the
# quotes' own columns, so a count needs no customer, service or number. MariaDB reads each
# quote's row to follow even the joins it then eliminates (2.5 s for the status counts on
# 100 000 quotes, 0.09 s on the (statut, date_demande) index alone).
QUOTES_COUNTED = replace(QUOTES, base=lambda: select(Devis.id.label("id"), Devis.statut))


def list_quotes(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.QUOTES_VIEW)
    return fetch_page(session, QUOTES, query)


def count_quotes(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.QUOTES_VIEW)
    return count_rows(session, QUOTES_COUNTED, query)


def count_quotes_by_status(session: Session, actor: Staff, query: ListQuery) -> dict[str, int]:
    """How many quotes of each status match the query's search and other filters (the
    status filter itself left out), every status present (0 when none); ``""``: all."""
    require(actor, Permission.QUOTES_VIEW)
    others = {k: v for k, v in query.filters.items() if k != "statut"}
    # One GROUP BY on the quotes alone (their (statut, date_demande) index).
    found = count_by(session, QUOTES_COUNTED, replace(query, filters=others), Devis.statut)
    counts = {status.value: 0 for status in StatutDevis}
    for status, n in found.items():
        counts[str(status)] = counts.get(str(status), 0) + int(n)
    counts[""] = sum(n for key, n in counts.items() if key)
    return counts
