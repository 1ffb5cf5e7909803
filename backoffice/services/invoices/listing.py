"""The Factures tab's lists: invoices, or credit notes (a filter switches between them).

See :mod:`backoffice.services.invoices.reading` for the row keys, filters and sorts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, cast, func, literal, null, select
from sqlalchemy.orm import Session, aliased

from backoffice.models import Avoir, Commande, Facture, FactureInstantane, Utilisateur
from backoffice.services.invoices.snapshot import CreditState, DocumentKind
from backoffice.services.listing import ListQuery, ListSource, Page, count_rows, fetch_page
from backoffice.services.permissions import Permission, Staff, require
from backoffice.shop_time import shop_timezone
from backoffice.sql_compat import case_folded, word_search


def day_start(day: date) -> datetime:
    """Midnight of ``day`` in the shop's zone (periods are the shop's calendar days)."""
    return datetime.combine(day, time(0), shop_timezone())


def period_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """[start 00:00, end + 1 day 00:00) in the shop's zone; None for an open side."""
    return (
        day_start(start) if start else None,
        day_start(end + timedelta(days=1)) if end else None,
    )


def _customer_name() -> ColumnElement[Any]:
    return func.coalesce(Utilisateur.prenom + " ", "") + func.coalesce(Utilisateur.nom, "")


def credited_total(invoice_id: ColumnElement[Any]) -> ColumnElement[Any]:
    """What the credit notes of an invoice add up to (TTC), 0 when none."""
    return (
        select(func.coalesce(func.sum(Avoir.montant_ttc), 0))
        .where(Avoir.id_facture == invoice_id)
        .scalar_subquery()
    )


def credit_state_of(
    invoice_id: ColumnElement[Any], total: ColumnElement[Any]
) -> ColumnElement[str]:
    credited = credited_total(invoice_id)
    return case(
        (credited == 0, literal(CreditState.EMISE.value)),
        (credited >= total, literal(CreditState.CREDITEE.value)),
        else_=literal(CreditState.PARTIELLEMENT_CREDITEE.value),
    )


def _period(column: Any, bound: str) -> Callable[[Any], ColumnElement[bool] | None]:
    def condition(value: Any) -> ColumnElement[bool] | None:
        if not value:
            return None
        start, end = period_bounds(
            value if bound == "debut" else None, value if bound == "fin" else None
        )
        return column >= start if bound == "debut" else column < end

    return condition


def _search(
    columns: Sequence[ColumnElement[Any]],
) -> Callable[[Sequence[str]], ColumnElement[bool]]:
    return lambda words: word_search(words, list(columns))


def _invoices_base() -> Select[Any]:
    return (
        select(
            Facture.id.label("id"),
            Facture.numero_facture.label("numero"),
            Facture.date_emission.label("date_emission"),
            Commande.reference.label("reference_commande"),
            Facture.id_commande.label("id_commande"),
            _customer_name().label("client"),
            Facture.montant_ht.label("montant_ht"),
            Facture.montant_tva.label("montant_tva"),
            Facture.montant_ttc.label("montant_ttc"),
            credit_state_of(Facture.id, Facture.montant_ttc).label("etat"),
            cast(null(), String).label("numero_facture"),
            func.coalesce(FactureInstantane.reconstitue, False).label("reconstitue"),
        )
        .join(Commande, Commande.id == Facture.id_commande)
        .join(Utilisateur, Utilisateur.id == Commande.id_utilisateur)
        .outerjoin(FactureInstantane, FactureInstantane.id_facture == Facture.id)
    )


_credited = aliased(Facture)


def _credit_notes_base() -> Select[Any]:
    return (
        select(
            Avoir.id.label("id"),
            Avoir.numero_avoir.label("numero"),
            Avoir.date_emission.label("date_emission"),
            Commande.reference.label("reference_commande"),
            Avoir.id_commande.label("id_commande"),
            _customer_name().label("client"),
            Avoir.montant_ht.label("montant_ht"),
            Avoir.montant_tva.label("montant_tva"),
            Avoir.montant_ttc.label("montant_ttc"),
            cast(null(), String).label("etat"),
            _credited.numero_facture.label("numero_facture"),
            literal(False).label("reconstitue"),
        )
        .join(Commande, Commande.id == Avoir.id_commande)
        .join(Utilisateur, Utilisateur.id == Commande.id_utilisateur)
        .join(_credited, _credited.id == Avoir.id_facture)
    )


def _state_filter(value: Any) -> ColumnElement[bool] | None:
    if not value:
        return None
    return credit_state_of(Facture.id, Facture.montant_ttc) == str(CreditState(value))


INVOICES = ListSource(
    base=_invoices_base,
    id_column=Facture.id,
    sortable={
        # Numbers of a series have one length, so their text order is their order.
        "numero": Facture.numero_facture,
        "date_emission": Facture.date_emission,
        "reference_commande": Commande.reference,
        "client": case_folded(Utilisateur.nom),
        "montant_ttc": Facture.montant_ttc,
    },
    default_sort="numero",
    default_descending=True,
    search=_search((Facture.numero_facture, Commande.reference, _customer_name())),
    filters={
        "debut": _period(Facture.date_emission, "debut"),
        "fin": _period(Facture.date_emission, "fin"),
        "etat": _state_filter,
    },
    nulls_ascending="last",
)

CREDIT_NOTES = ListSource(
    base=_credit_notes_base,
    id_column=Avoir.id,
    sortable={
        "numero": Avoir.numero_avoir,
        "date_emission": Avoir.date_emission,
        "reference_commande": Commande.reference,
        "client": case_folded(Utilisateur.nom),
        "montant_ttc": Avoir.montant_ttc,
    },
    default_sort="numero",
    default_descending=True,
    search=_search(
        (Avoir.numero_avoir, _credited.numero_facture, Commande.reference, _customer_name())
    ),
    filters={
        "debut": _period(Avoir.date_emission, "debut"),
        "fin": _period(Avoir.date_emission, "fin"),
    },
    nulls_ascending="last",
)


def documents_source(kind: DocumentKind) -> ListSource:
    """The ListSource of invoices (``facture``) or credit notes (``avoir``)."""
    return INVOICES if DocumentKind(kind) is DocumentKind.FACTURE else CREDIT_NOTES


def list_documents(session: Session, actor: Staff, kind: DocumentKind, query: ListQuery) -> Page:
    """One page of invoices or credit notes (``invoices.view``)."""
    require(actor, Permission.INVOICES_VIEW)
    return fetch_page(session, documents_source(kind), query)


def count_documents(session: Session, actor: Staff, kind: DocumentKind, query: ListQuery) -> int:
    """How many invoices or credit notes match the query's search and filters."""
    require(actor, Permission.INVOICES_VIEW)
    return count_rows(session, documents_source(kind), query)
