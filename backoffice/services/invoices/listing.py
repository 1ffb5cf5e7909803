"""The Factures tab's lists: invoices, or credit notes (a filter switches between them).

See :mod:`backoffice.services.invoices.reading` for the row keys, filters and sorts.

**Paging** reads ``factures`` (``avoirs``) alone: the order reference, the customer's name
and the snapshot flag are correlated subqueries on primary keys, which the deferred join of
``listing.page_statements`` computes for the page's rows only. Joined in the base select,
they made MariaDB start from ``utilisateurs`` and sort every invoice through a temporary
table for the first page (over 30 s on 924 000 invoices); the ids of a page now come from
an index on the number, newest first (``(numero_facture, id)`` on MariaDB, migration
0012). Sorting by order reference or customer joins those tables for that sort only
(``sort_joins``).

**Search**: every word must match, case and accents ignored, either the document's number
(the whole word: an exact match on its unique index), or the order reference (all the
words, the orders' trigram index on PostgreSQL, from its start on MariaDB as in the
Commandes tab), or the customer (all the words against name, first name, e-mail and city,
the Clients tab's own indexed expression). With a session the matching numbers, orders by
reference and customers are looked up first and the documents then found by ``id_commande
IN (…)`` on ``(id_commande, numero_facture)`` (the customers' orders as a semi-join), as the
Commandes tab does: a join searched as ``numero LIKE … OR nom LIKE …`` read every invoice
(4–7 s on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    case,
    cast,
    false,
    func,
    literal,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from backoffice.models import Avoir, Commande, Facture, FactureInstantane, Utilisateur
from backoffice.services.customers import SEARCH_EXPRESSION, SEARCH_FULLTEXT
from backoffice.services.invoices.snapshot import CreditState, DocumentKind
from backoffice.services.listing import ListQuery, ListSource, Page, fetch_page, filtered
from backoffice.services.permissions import Permission, Staff, require
from backoffice.shop_time import shop_timezone
from backoffice.sql_compat import case_folded, prefix_search, word_search

# Ids found by a first query, or the subquery selecting them.
Matched = list[Any] | Select[Any]
# Beyond this many matching customers or orders, the documents are found by a subquery
# rather than by a list of ids (a one-letter search matches most of them).
MAX_MATCHED_IDS = 5000


def day_start(day: date) -> datetime:
    """Midnight of ``day`` in the shop's zone (periods are the shop's calendar days)."""
    return datetime.combine(day, time(0), shop_timezone())


def period_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """[start 00:00, end + 1 day 00:00) in the shop's zone; None for an open side."""
    return (
        day_start(start) if start else None,
        day_start(end + timedelta(days=1)) if end else None,
    )


def _customer_name(customer: Any = Utilisateur) -> ColumnElement[Any]:
    return func.coalesce(customer.prenom + " ", "") + func.coalesce(customer.nom, "")


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


def _reference_of(order_id: ColumnElement[Any]) -> ColumnElement[Any]:
    return select(Commande.reference).where(Commande.id == order_id).scalar_subquery()


def _client_of(order_id: ColumnElement[Any]) -> ColumnElement[Any]:
    return (
        select(_customer_name())
        .select_from(Commande)
        .join(Utilisateur, Utilisateur.id == Commande.id_utilisateur)
        .where(Commande.id == order_id)
        .scalar_subquery()
    )


def _invoices_base() -> Select[Any]:
    reconstituted = (
        select(FactureInstantane.reconstitue)
        .where(FactureInstantane.id_facture == Facture.id)
        .scalar_subquery()
    )
    return select(
        Facture.id.label("id"),
        Facture.numero_facture.label("numero"),
        Facture.date_emission.label("date_emission"),
        _reference_of(Facture.id_commande).label("reference_commande"),
        Facture.id_commande.label("id_commande"),
        _client_of(Facture.id_commande).label("client"),
        Facture.montant_ht.label("montant_ht"),
        Facture.montant_tva.label("montant_tva"),
        Facture.montant_ttc.label("montant_ttc"),
        credit_state_of(Facture.id, Facture.montant_ttc).label("etat"),
        cast(null(), String).label("numero_facture"),
        func.coalesce(reconstituted, False).label("reconstitue"),
    )


_credited = aliased(Facture)


def _credit_notes_base() -> Select[Any]:
    credited_number = (
        select(_credited.numero_facture).where(_credited.id == Avoir.id_facture).scalar_subquery()
    )
    return select(
        Avoir.id.label("id"),
        Avoir.numero_avoir.label("numero"),
        Avoir.date_emission.label("date_emission"),
        _reference_of(Avoir.id_commande).label("reference_commande"),
        Avoir.id_commande.label("id_commande"),
        _client_of(Avoir.id_commande).label("client"),
        Avoir.montant_ht.label("montant_ht"),
        Avoir.montant_tva.label("montant_tva"),
        Avoir.montant_ttc.label("montant_ttc"),
        cast(null(), String).label("etat"),
        credited_number.label("numero_facture"),
        literal(False).label("reconstitue"),
    )


def _state_filter(value: Any) -> ColumnElement[bool] | None:
    if not value:
        return None
    return credit_state_of(Facture.id, Facture.montant_ttc) == str(CreditState(value))


# --- Search ---------------------------------------------------------------------------------


def _numbers(words: Sequence[str]) -> list[str]:
    """A number is one word: as typed and in capitals (on the unique index, any collation)."""
    if len(words) != 1:
        return []
    return sorted({words[0], words[0].upper()})


def _ids_or_subquery(session: Session | None, stmt: Select[Any]) -> Matched:
    """The ids ``stmt`` selects, or ``stmt`` itself without a session or when too many."""
    if session is None:
        return stmt
    ids = session.scalars(stmt.limit(MAX_MATCHED_IDS + 1)).all()
    return list(ids) if len(ids) <= MAX_MATCHED_IDS else stmt


def _in(column: ColumnElement[Any], ids: Matched) -> ColumnElement[bool] | None:
    if isinstance(ids, list):
        return column.in_(ids) if ids else None
    return column.in_(ids)


def _matching_orders(session: Session | None, words: Sequence[str]) -> list[Matched]:
    """The orders whose reference, and those whose customer, matches every word: their
    ids (or a subquery of them), one entry per side that matches anything."""
    by_reference = _ids_or_subquery(
        session, select(Commande.id).where(prefix_search(words, Commande.reference))
    )
    customers = _ids_or_subquery(
        session,
        select(Utilisateur.id).where(
            word_search(words, [SEARCH_EXPRESSION], fulltext=SEARCH_FULLTEXT)
        ),
    )
    found = [by_reference]
    customer_condition = _in(Commande.id_utilisateur, customers)
    if customer_condition is not None:
        # Their orders as a subquery of the documents' search, not a list: one semi-join
        # from the orders' (id_utilisateur, …, id) index to the documents' id_commande one.
        found.append(select(Commande.id).where(customer_condition))
    return [ids for ids in found if not isinstance(ids, list) or ids]


def _document_search(
    session: Session | None,
    id_column: ColumnElement[Any],
    order_column: ColumnElement[Any],
    by_number: Callable[[list[str]], ColumnElement[bool]],
) -> Callable[[Sequence[str]], ColumnElement[bool]]:
    def search(words: Sequence[str]) -> ColumnElement[bool]:
        numbers = _numbers(words)
        number_condition = by_number(numbers) if numbers else None
        if number_condition is not None and session is not None:
            # A whole document number is not also a reference or a name: its documents
            # alone, so that no OR makes the server read every row.
            ids = session.scalars(select(id_column).where(number_condition)).all()
            if ids:
                return id_column.in_(list(ids))
            number_condition = None
        orders = _matching_orders(session, words)
        conditions = [] if number_condition is None else [number_condition]
        if orders and all(isinstance(ids, list) for ids in orders):
            # One IN list (the reference's and the customers' orders together): one lookup
            # on the documents' id_commande index.
            merged = sorted({i for ids in orders for i in ids})  # type: ignore[union-attr]
            conditions.append(order_column.in_(merged))
        else:
            conditions += [order_column.in_(ids) for ids in orders]
        return or_(*conditions) if conditions else false()

    return search


def _invoice_numbers(numbers: list[str]) -> ColumnElement[bool]:
    return Facture.numero_facture.in_(numbers)


def _credit_note_numbers(numbers: list[str]) -> ColumnElement[bool]:
    credited = select(Facture.id).where(Facture.numero_facture.in_(numbers))
    return or_(Avoir.numero_avoir.in_(numbers), Avoir.id_facture.in_(credited))


# --- Sources --------------------------------------------------------------------------------

# Sorting by order reference or by customer: those tables joined for that sort only.
_sort_order = aliased(Commande, name="commande_triee")
_sort_customer = aliased(Utilisateur, name="client_trie")


def _sort_joins(
    order_column: ColumnElement[Any],
) -> dict[str, Callable[[Select[Any]], Select[Any]]]:
    def by_order(stmt: Select[Any]) -> Select[Any]:
        return stmt.join(_sort_order, _sort_order.id == order_column)

    def by_customer(stmt: Select[Any]) -> Select[Any]:
        return by_order(stmt).join(_sort_customer, _sort_customer.id == _sort_order.id_utilisateur)

    return {"reference_commande": by_order, "client": by_customer}


def invoices_source(session: Session | None = None) -> ListSource:
    """The invoices' source; with ``session`` the search looks its matches up first."""
    return ListSource(
        base=_invoices_base,
        id_column=Facture.id,
        sortable={
            # Numbers of a series have one length, so their text order is their order.
            "numero": Facture.numero_facture,
            "date_emission": Facture.date_emission,
            "reference_commande": _sort_order.reference,
            "client": case_folded(_sort_customer.nom),
            "montant_ttc": Facture.montant_ttc,
        },
        sort_joins=_sort_joins(Facture.id_commande),
        default_sort="numero",
        default_descending=True,
        search=_document_search(session, Facture.id, Facture.id_commande, _invoice_numbers),
        filters={
            "debut": _period(Facture.date_emission, "debut"),
            "fin": _period(Facture.date_emission, "fin"),
            "etat": _state_filter,
        },
        nulls_ascending="last",
    )


def credit_notes_source(session: Session | None = None) -> ListSource:
    """The credit notes' source; with ``session`` the search looks its matches up first."""
    return ListSource(
        base=_credit_notes_base,
        id_column=Avoir.id,
        sortable={
            "numero": Avoir.numero_avoir,
            "date_emission": Avoir.date_emission,
            "reference_commande": _sort_order.reference,
            "client": case_folded(_sort_customer.nom),
            "montant_ttc": Avoir.montant_ttc,
        },
        sort_joins=_sort_joins(Avoir.id_commande),
        default_sort="numero",
        default_descending=True,
        search=_document_search(session, Avoir.id, Avoir.id_commande, _credit_note_numbers),
        filters={
            "debut": _period(Avoir.date_emission, "debut"),
            "fin": _period(Avoir.date_emission, "fin"),
        },
        nulls_ascending="last",
    )


INVOICES = invoices_source()
CREDIT_NOTES = credit_notes_source()


def documents_source(kind: DocumentKind, session: Session | None = None) -> ListSource:
    """The ListSource of invoices (``facture``) or credit notes (``avoir``); with
    ``session``, its search resolves the matching customers, orders and numbers first."""
    if DocumentKind(kind) is DocumentKind.FACTURE:
        return invoices_source(session) if session is not None else INVOICES
    return credit_notes_source(session) if session is not None else CREDIT_NOTES


def list_documents(session: Session, actor: Staff, kind: DocumentKind, query: ListQuery) -> Page:
    """One page of invoices or credit notes (``invoices.view``)."""
    require(actor, Permission.INVOICES_VIEW)
    return fetch_page(session, documents_source(kind, session), query)


def count_documents(session: Session, actor: Staff, kind: DocumentKind, query: ListQuery) -> int:
    """How many invoices or credit notes match the query's search and filters:
    ``count(*)`` over the documents alone (the computed columns left out: MariaDB would
    compute them for every row of a counted subquery)."""
    require(actor, Permission.INVOICES_VIEW)
    stmt = filtered(documents_source(kind, session), query).with_only_columns(
        func.count(), maintain_column_froms=True
    )
    return int(session.execute(stmt.order_by(None)).scalar_one())
