"""The support agents' inbox: conversations as a paged, searched, filtered list.

Rows (one per conversation): subject, customer, type, status, the linked order's reference
or quote, last activity, the number of the customer's unread messages, the agent handling
it. Views (filter ``vue``, see :data:`VIEWS`): « À traiter » (open or waiting with an
unread customer message: the default, the oldest activity first), « Mes conversations »,
« Non assignées », each status, « Toutes »; :func:`view_counts` counts each in a few
indexed queries. The search matches every word against the subject, the customer's name
and e-mail, the order reference and the words of the messages, accents ignored
(``sql_compat.word_search``).

Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.orm import Session, aliased

from backoffice.models import (
    AssignationConversation,
    Commande,
    Conversation,
    DevisNumero,
    Message,
    StatutConversation,
    Utilisateur,
)
from backoffice.services import periods
from backoffice.services.customers.listing import SEARCH_EXPRESSION, SEARCH_FULLTEXT
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    count_rows,
    fetch_page,
    filtered,
)
from backoffice.services.permissions import Permission, Staff, read_only, require
from backoffice.sql_compat import case_folded, french_sorted, prefix_search, word_search

STATUSES: tuple[str, ...] = tuple(s.value for s in StatutConversation)
OPEN_STATUSES: tuple[str, ...] = (StatutConversation.OUVERT, StatutConversation.EN_ATTENTE)
VIEWS: tuple[str, ...] = ("a_traiter", "mes", "non_assignees", *STATUSES, "toutes")
DEFAULT_VIEW = "a_traiter"
# Filter « Période » (the last activity), as the orders' list has it.
PERIODS: tuple[str, ...] = ("today", "7d", "30d", "month")
PERIOD_DATES = periods.PERIOD_DATES

Agent = aliased(Utilisateur, name="agent")
# « À traiter » does not depend on who asks.
_NOBODY = Staff(id=0, email="", role="")


def unread_condition(conversation_id: Any = Conversation.id) -> ColumnElement[bool]:
    """The customer's unread messages of a conversation (``ix_messages_non_lus``)."""
    return and_(
        Message.is_client == true(),
        Message.lu == false(),
        Message.id_conversation == conversation_id,
    )


_unread_count = (
    select(func.count(Message.id))
    .where(unread_condition())
    .correlate(Conversation)
    .scalar_subquery()
)


def _base() -> Select[Any]:
    return (
        select(
            Conversation.id.label("id"),
            Conversation.sujet.label("sujet"),
            Conversation.type.label("type"),
            Conversation.statut.label("statut"),
            Conversation.reference_commande.label("id_commande"),
            Commande.reference.label("commande_reference"),
            Conversation.reference_devis.label("id_devis"),
            DevisNumero.numero.label("devis_numero"),
            Conversation.date_creation.label("date_creation"),
            Conversation.date_derniere_activite.label("date_derniere_activite"),
            Conversation.id_utilisateur.label("id_client"),
            Utilisateur.prenom.label("client_prenom"),
            Utilisateur.nom.label("client_nom"),
            Utilisateur.email.label("client_email"),
            _unread_count.label("non_lus"),
            AssignationConversation.id_agent.label("id_agent"),
            Agent.prenom.label("agent_prenom"),
            Agent.nom.label("agent_nom"),
        )
        # Outer joins only (every conversation has its customer, by foreign key): the page's
        # inner select then starts from conversations and walks an activity index; with an
        # inner join MariaDB started from the 20 000 customers and sorted (4.6 s).
        .outerjoin(Utilisateur, Utilisateur.id == Conversation.id_utilisateur)
        .outerjoin(Commande, Commande.id == Conversation.reference_commande)
        .outerjoin(DevisNumero, DevisNumero.id_devis == Conversation.reference_devis)
        .outerjoin(
            AssignationConversation, AssignationConversation.id_conversation == Conversation.id
        )
        .outerjoin(Agent, Agent.id == AssignationConversation.id_agent)
    )


def _word_matches(word: str) -> ColumnElement[bool]:
    """Conversations matching one word: each branch is answered by its own index (trigram
    or FULLTEXT on the subject, the customers, the order references, the messages), the
    union of their ids then filters the inbox — an OR across the joined tables would read
    every conversation instead."""
    words = [word]
    by_subject = select(Conversation.id).where(
        word_search(words, [Conversation.sujet], fulltext=[Conversation.sujet])
    )
    by_customer = select(Conversation.id).where(
        Conversation.id_utilisateur.in_(
            select(Utilisateur.id).where(
                word_search(words, [SEARCH_EXPRESSION], fulltext=SEARCH_FULLTEXT)
            )
        )
    )
    by_order = select(Conversation.id).where(
        Conversation.reference_commande.in_(
            select(Commande.id).where(prefix_search(words, Commande.reference))
        )
    )
    by_message = select(Message.id_conversation).where(
        word_search(words, [Message.contenu], fulltext=[Message.contenu])
    )
    matching = union(by_subject, by_customer, by_order, by_message).subquery("matching")
    return Conversation.id.in_(select(matching.c[0]))


def _search(words: Sequence[str]) -> ColumnElement[bool]:
    return and_(*(_word_matches(word) for word in words))


def view_condition(view: str, actor: Staff) -> ColumnElement[bool] | None:
    """The condition of an inbox view (``None``: every conversation)."""
    if view == "a_traiter":
        return and_(
            Conversation.statut.in_(OPEN_STATUSES),
            exists(select(Message.id).where(unread_condition())),
        )
    if view == "mes":
        return AssignationConversation.id_agent == actor.id
    if view == "non_assignees":
        return AssignationConversation.id_agent.is_(None)
    if view in STATUSES:
        return Conversation.statut == view
    if view in ("toutes", ""):
        return None
    raise ValueError(f"unknown view {view!r}")


def period_condition(value: Any, now: datetime | None = None) -> ColumnElement[bool]:
    """The last activity within the « Période » chosen (``services.periods``)."""
    return periods.period_condition(Conversation.date_derniere_activite, value, now)


def _linked_to(value: Any) -> ColumnElement[bool]:
    """The toolbar's « Commande / devis » filter: an order reference (exact, case ignored,
    on its index) or a quote's number."""
    text = str(value).strip()
    by_order = Conversation.reference_commande.in_(
        select(Commande.id).where(case_folded(Commande.reference) == text.lower())
    )
    digits = text.lstrip("#").removeprefix("n°").strip()
    if digits.isdigit():
        return or_(by_order, Conversation.reference_devis == int(digits))
    return by_order


def inbox_source(actor: Staff, view: str = DEFAULT_VIEW) -> ListSource:
    """The inbox as the generic list sees it; ``view`` sets the default order (« À
    traiter »: the oldest activity first, the conversation waiting longest on top)."""
    filters: dict[str, Callable[[Any], ColumnElement[bool] | None]] = {
        "vue": lambda value: view_condition(str(value), actor),
        "type": lambda value: Conversation.type == str(value),
        "statut": lambda value: Conversation.statut == str(value),
        "periode": period_condition,
        "commande": lambda value: Conversation.reference_commande == int(value),
        "devis": lambda value: Conversation.reference_devis == int(value),
        "client": lambda value: Conversation.id_utilisateur == int(value),
        "reference": _linked_to,
        "agent": lambda value: AssignationConversation.id_agent == int(value),
    }
    return ListSource(
        base=_base,
        id_column=Conversation.id,
        sortable={
            "date_derniere_activite": Conversation.date_derniere_activite,
            # The same order, under the key of the inbox's « il y a … » column.
            "activite": Conversation.date_derniere_activite,
            "date_creation": Conversation.date_creation,
            "sujet": french_sorted(Conversation.sujet),
            "client": french_sorted(Utilisateur.nom),
            "type": Conversation.type,
            "statut": Conversation.statut,
            "non_lus": _unread_count,
            "agent": french_sorted(Agent.prenom, outer_joined=True),
            "commande_reference": french_sorted(Commande.reference, outer_joined=True),
        },
        default_sort="date_derniere_activite",
        default_descending=view != "a_traiter",
        search=_search,
        filters=filters,
        nulls_ascending="last",
    )


def _view_of(query: ListQuery) -> str:
    """The view of ``query`` (no ``vue`` filter: « Toutes »; the tab starts on
    :data:`DEFAULT_VIEW`)."""
    return str(query.filters.get("vue") or "toutes")


def list_conversations(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.CONVERSATIONS_VIEW)
    return fetch_page(session, inbox_source(actor, _view_of(query)), query)


def count_conversations(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.CONVERSATIONS_VIEW)
    return count_rows(session, inbox_source(actor, _view_of(query)), query)


@read_only
def view_counts(session: Session, actor: Staff) -> dict[str, int]:
    """How many conversations each view holds, in four indexed queries (status index,
    unread-messages index, assignments): the bar above the inbox."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    by_status = dict(
        session.execute(
            select(Conversation.statut, func.count()).group_by(Conversation.statut)
        ).all()
    )
    waiting = _waiting(session)
    assigned, mine = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((AssignationConversation.id_agent == actor.id, 1), else_=0)), 0
            ),
        )
    ).one()
    total = sum(int(n) for n in by_status.values())
    counts = {status: int(by_status.get(status, 0)) for status in STATUSES}
    counts.update(
        a_traiter=int(waiting),
        mes=int(mine),
        non_assignees=total - int(assigned),
        toutes=total,
    )
    return counts


def count_views(session: Session, actor: Staff, query: ListQuery) -> dict[str, int]:
    """The count of each view for the inbox's bar, the search and the other filters of
    ``query`` applied (its ``vue`` ignored). Without search or filter: :func:`view_counts`'
    indexed queries; otherwise one pass over the matching conversations."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    others = {k: v for k, v in query.filters.items() if k != "vue" and v not in (None, "")}
    if not others and not query.search.strip():
        return view_counts(session, actor)
    source = inbox_source(actor)
    stmt = filtered(source, replace(query, filters=others))
    views = [v for v in VIEWS if v != "toutes"]
    sums = [
        func.coalesce(func.sum(case((view_condition(v, actor), 1), else_=0)), 0).label(v)
        for v in views
    ]
    row = (
        session.execute(
            stmt.with_only_columns(
                *sums, func.count().label("toutes"), maintain_column_froms=True
            ).order_by(None)
        )
        .mappings()
        .one()
    )
    return {key: int(value or 0) for key, value in row.items()}


def _waiting(session: Session) -> int:
    # EXISTS over the open conversations (ix_conversations_a_traiter, then one probe of
    # ix_messages_non_lus each): faster than counting distinct unread messages.
    return int(
        session.execute(
            select(func.count(Conversation.id)).where(view_condition("a_traiter", _NOBODY))
        ).scalar_one()
    )


@read_only
def waiting_count(session: Session, actor: Staff) -> int:
    """How many conversations are « À traiter » (the tab's badge)."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    return _waiting(session)


@read_only
def latest_activity(session: Session, actor: Staff) -> tuple[Any, ...]:
    """The poll's one query: the newest message, conversation, activity and order, each
    read from an index's end (no table scan). Any change of this tuple means something
    arrived."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    row = session.execute(
        select(
            select(func.max(Message.id)).scalar_subquery(),
            select(func.max(Conversation.id)).scalar_subquery(),
            select(func.max(Conversation.date_derniere_activite)).scalar_subquery(),
            select(func.max(Commande.id)).scalar_subquery(),
        )
    ).one()
    return tuple(row)


@read_only
def new_customer_messages(
    session: Session, actor: Staff, after_id: int, limit: int = 20
) -> list[dict[str, Any]]:
    """The customer's messages newer than ``after_id``, with the conversation's subject and
    the customer's name: what the desktop notification says."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    rows = session.execute(
        select(
            Message.id,
            Message.id_conversation,
            Conversation.sujet,
            Utilisateur.prenom,
            Utilisateur.nom,
            Utilisateur.email,
        )
        .join(Conversation, Conversation.id == Message.id_conversation)
        .join(Utilisateur, Utilisateur.id == Conversation.id_utilisateur)
        .where(Message.id > after_id, Message.is_client == true())
        .order_by(Message.id)
        .limit(limit)
    ).mappings()
    return [dict(r) for r in rows]


__all__ = [
    "DEFAULT_VIEW",
    "OPEN_STATUSES",
    "PERIODS",
    "PERIOD_DATES",
    "STATUSES",
    "VIEWS",
    "count_conversations",
    "count_views",
    "inbox_source",
    "latest_activity",
    "list_conversations",
    "new_customer_messages",
    "period_condition",
    "unread_condition",
    "view_condition",
    "view_counts",
    "waiting_count",
]
