"""The Commandes list: its source (columns, sorts, filters, search), pages, count and the
counts per status.

The list joins the customer (an outer join on its primary key: where no customer column is
used — the ids of a page, a count — PostgreSQL and MariaDB drop the join) and computes the
line, payment and invoice columns as correlated subqueries, which the deferred join of
``listing.page_statements`` runs for one page's rows only.

**Search**: every word must match, case and accents ignored, either the reference (all the
words) or the customer (all the words against name, first name, e-mail and city, the
Clients tab's own indexed expression). The matching customers are found first, through
their own trigram (PostgreSQL) or FULLTEXT (MariaDB) index, and their orders then by
``id_utilisateur IN (…)`` on the orders' index: one condition the planner can answer with two
index lookups, where a join searched as ``reference LIKE … OR nom LIKE …`` reads every order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Commande, CommandeProduit, Facture, Paiement, Utilisateur
from backoffice.money import MoneyError, parse_money
from backoffice.services import periods
from backoffice.services.customers import SEARCH_EXPRESSION, SEARCH_FULLTEXT
from backoffice.services.errors import ValidationError
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    count_by,
    fetch_page,
    filtered,
)
from backoffice.services.orders.workflow import FORWARD, OPEN_STATUSES
from backoffice.services.permissions import Permission, Staff, require
from backoffice.services.shop_settings import get_shop_settings
from backoffice.shop_time import shop_timezone
from backoffice.sql_compat import french_sorted, prefix_search, word_search

# The filter keys (ListQuery.filters) and the period values.
STATUS_FILTER = "statut"
PERIODS = ("today", "7d", "30d", "month")
PERIOD_DATES = periods.PERIOD_DATES
# Beyond this many customers matching a search, their orders are found by a subquery
# rather than by a list of ids (a one-letter search matches most customers).
MAX_CUSTOMER_IDS = 2000

# paiements.statut values, by the state the list shows (others: en_attente).
PAID_STATUSES = ("succeeded", "paid", "regle", "réglé", "complete", "completed")
REFUNDED_STATUSES = ("refunded", "partially_refunded", "rembourse", "remboursé")
PAYMENT_STATES = {3: "rembourse", 2: "regle", 1: "en_attente"}
STATUS_ORDER = (*FORWARD, "annulee")

_articles = (
    select(func.coalesce(func.sum(CommandeProduit.quantite), 0))
    .where(CommandeProduit.id_commande == Commande.id)
    .correlate(Commande)
    .scalar_subquery()
)
# 3 refunded, 2 paid, 1 waiting (NULL: no payment row): the most advanced state wins.
_payment_rank = (
    select(
        func.max(
            case(
                (Paiement.statut.in_(REFUNDED_STATUSES), 3),
                (Paiement.statut.in_(PAID_STATUSES), 2),
                else_=1,
            )
        )
    )
    .where(Paiement.id_commande == Commande.id)
    .correlate(Commande)
    .scalar_subquery()
)
_invoice_number = (
    select(func.min(Facture.numero_facture))
    .where(Facture.id_commande == Commande.id)
    .correlate(Commande)
    .scalar_subquery()
)
# Sorting by number of articles: the quantities summed once for every order, joined,
# instead of the correlated sum run for each of a million orders.
_articles_per_order = (
    select(
        CommandeProduit.id_commande.label("id_commande"),
        func.sum(CommandeProduit.quantite).label("n"),
    )
    .group_by(CommandeProduit.id_commande)
    .cte("articles_per_order")
    .prefix_with("MATERIALIZED", dialect="postgresql")
)
_client_name = func.trim(
    func.coalesce(Utilisateur.nom, "") + " " + func.coalesce(Utilisateur.prenom, "")
)
# The customer's columns as subqueries on its primary key, not a join: the ids of a page,
# the count and the counts per status then read the orders alone (MariaDB kept a joined
# customer table in a GROUP BY over a million orders: 12 s instead of 0.5 s).
_client = (
    select(_client_name)
    .where(Utilisateur.id == Commande.id_utilisateur)
    .correlate(Commande)
    .scalar_subquery()
)
_email = (
    select(Utilisateur.email)
    .where(Utilisateur.id == Commande.id_utilisateur)
    .correlate(Commande)
    .scalar_subquery()
)
# Sorting by status follows the workflow (en attente first, annulée last). A rank rather
# than the column: MariaDB sorts a native ENUM by its position but compares it as text,
# so the next page's cursor would not follow the order.
_status_rank = case(
    *((Commande.statut == status, rank) for rank, status in enumerate(STATUS_ORDER, start=1)),
    else_=len(STATUS_ORDER) + 1,
)
# Sorting by customer: the customer joined for that sort only.
_sort_customer = Utilisateur.__table__.alias("client_trie")


def _base() -> Select[Any]:
    return select(
        Commande.id.label("id"),
        Commande.reference.label("reference"),
        Commande.date_commande.label("date_commande"),
        Commande.statut.label("statut"),
        Commande.id_utilisateur.label("id_utilisateur"),
        _client.label("client"),
        _email.label("email"),
        _articles.label("articles"),
        Commande.montant_total.label("montant_total"),
        Commande.methode_paiement.label("methode_paiement"),
        _payment_rank.label("paiement_rang"),
        Commande.mode_livraison.label("mode_livraison"),
        Commande.pays_livraison.label("pays_livraison"),
        Commande.point_relais_nom.label("point_relais_nom"),
        _invoice_number.label("facture"),
    )


def period_condition(value: Any, now: datetime | None = None) -> ColumnElement[bool] | None:
    """The orders' dates within the « Période » chosen (``services.periods``)."""
    return periods.period_condition(Commande.date_commande, value, now)


def _amount(key: str) -> Callable[[Any], Decimal]:
    def parse(value: Any) -> Decimal:
        try:
            amount = parse_money(value)
        except MoneyError:
            amount = None
        if amount is None:
            raise ValidationError(
                {
                    key: QT_TRANSLATE_NOOP("orders", "Montant illisible : « {text} ».").format(
                        text=str(value)
                    )
                }
            )
        return amount

    return parse


def _customer_condition(
    session: Session | None, words: Sequence[str]
) -> ColumnElement[bool] | None:
    """The orders of the customers matching every word (``None``: no customer matches)."""
    customers = select(Utilisateur.id).where(
        word_search(words, [SEARCH_EXPRESSION], fulltext=SEARCH_FULLTEXT)
    )
    if session is not None:
        ids = session.scalars(customers.limit(MAX_CUSTOMER_IDS + 1)).all()
        if len(ids) <= MAX_CUSTOMER_IDS:
            return Commande.id_utilisateur.in_(list(ids)) if ids else None
    return Commande.id_utilisateur.in_(customers)


def _search(session: Session | None) -> Callable[[Sequence[str]], ColumnElement[bool]]:
    def search(words: Sequence[str]) -> ColumnElement[bool]:
        by_reference = prefix_search(words, Commande.reference)
        by_customer = _customer_condition(session, words)
        if session is None:
            return by_reference if by_customer is None else or_(by_reference, by_customer)
        # Each side alone is one index lookup (the customers' orders are even read from
        # the (id_utilisateur, date) index alone); their OR makes the server fetch every
        # matching row to sort it (MariaDB: 2 s for a common surname). A word rarely
        # matches both a reference and a customer: ask whether any reference matches.
        if by_customer is None:
            return by_reference
        has_reference = session.scalar(select(Commande.id).where(by_reference).limit(1))
        return by_customer if has_reference is None else or_(by_reference, by_customer)

    return search


def orders_source(session: Session | None = None) -> ListSource:
    """The list's source; with ``session``, the search resolves its customers first (see the
    module docstring) and « en retard » reads the shop's delay."""

    def late(value: Any) -> ColumnElement[bool] | None:
        if not value:
            return None
        days = get_shop_settings(session).jours_retard_commande if session is not None else 3
        limit = datetime.now(shop_timezone()) - timedelta(days=days)
        return and_(Commande.statut.in_(sorted(OPEN_STATUSES)), Commande.date_commande < limit)

    minimum, maximum = _amount("montant_min"), _amount("montant_max")
    return ListSource(
        base=_base,
        id_column=Commande.id,
        sortable={
            "reference": Commande.reference,
            "date_commande": Commande.date_commande,
            "client": french_sorted(_sort_customer.c.nom, outer_joined=True),
            "statut": _status_rank,
            "articles": func.coalesce(_articles_per_order.c.n, 0),
            "montant_total": Commande.montant_total,
            "paiement": Commande.methode_paiement,
            "livraison": Commande.mode_livraison,
            "facture": _invoice_number,
        },
        sort_joins={
            "client": lambda stmt: stmt.outerjoin(
                _sort_customer, _sort_customer.c.id == Commande.id_utilisateur
            ),
            "articles": lambda stmt: stmt.outerjoin(
                _articles_per_order, _articles_per_order.c.id_commande == Commande.id
            ),
        },
        default_sort="date_commande",
        default_descending=True,
        search=_search(session),
        filters={
            STATUS_FILTER: lambda value: Commande.statut == str(value),
            "periode": period_condition,
            "montant_min": lambda value: Commande.montant_total >= minimum(value),
            "montant_max": lambda value: Commande.montant_total <= maximum(value),
            "mode_livraison": lambda value: Commande.mode_livraison == str(value),
            "pays": lambda value: Commande.pays_livraison == str(value),
            "methode_paiement": lambda value: Commande.methode_paiement == str(value),
            "en_retard": late,
            "client": lambda value: Commande.id_utilisateur == int(value),
        },
        nulls_ascending="last",
    )


ORDERS = orders_source()


def _with_states(page: Page) -> Page:
    for row in page.rows:
        rank = row.pop("paiement_rang", None)
        row["paiement_etat"] = PAYMENT_STATES.get(int(rank)) if rank is not None else None
    return page


def list_orders(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.ORDERS_VIEW)
    return _with_states(fetch_page(session, orders_source(session), query))


def count_orders(session: Session, actor: Staff, query: ListQuery) -> int:
    """The orders of ``query``: ``count(*)`` over the orders alone (the list's computed
    columns left out: MariaDB computed them for every row of a counted subquery, 8 s)."""
    require(actor, Permission.ORDERS_VIEW)
    stmt = filtered(orders_source(session), query).with_only_columns(
        func.count(), maintain_column_froms=True
    )
    return int(session.execute(stmt.order_by(None)).scalar_one())


def count_orders_by_status(session: Session, actor: Staff, query: ListQuery) -> dict[str, int]:
    """Orders per status for ``query`` (its status filter ignored): one ``GROUP BY``."""
    require(actor, Permission.ORDERS_VIEW)
    filters = {k: v for k, v in query.filters.items() if k != STATUS_FILTER}
    unfiltered = ListQuery(search=query.search, filters=filters)
    counts = count_by(session, orders_source(session), unfiltered, Commande.statut)
    return {str(status): n for status, n in counts.items()}


# Recent orders tell which delivery modes, countries and payment methods are in use,
# without reading a million rows for a filter's choices (the date index gives them).
RECENT_FOR_CHOICES = 5000


def _recent_values(session: Session, column: Any) -> list[str]:
    recent = (
        select(column.label("value"))
        .order_by(Commande.date_commande.desc())
        .limit(RECENT_FOR_CHOICES)
        .subquery()
    )
    values = session.scalars(select(recent.c.value).where(recent.c.value.is_not(None)).distinct())
    return sorted({str(v) for v in values if str(v).strip()})


def get_order_filter_values(session: Session, actor: Staff) -> Mapping[str, list[str]]:
    """The delivery modes, countries and payment methods of recent orders, for the filters."""
    require(actor, Permission.ORDERS_VIEW)
    return {
        "mode_livraison": _recent_values(session, Commande.mode_livraison),
        "pays": _recent_values(session, Commande.pays_livraison),
        "methode_paiement": _recent_values(session, Commande.methode_paiement),
    }


__all__ = [
    "MAX_CUSTOMER_IDS",
    "ORDERS",
    "PAYMENT_STATES",
    "PERIODS",
    "PERIOD_DATES",
    "STATUS_FILTER",
    "count_orders",
    "count_orders_by_status",
    "get_order_filter_values",
    "list_orders",
    "orders_source",
    "period_condition",
]
