"""The conversations of one order or quote (the « Conversations » section of their
windows), and whose they are (a new one is started for that customer). Qt-free."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models import Commande, Devis
from backoffice.services.conversations.inbox import list_conversations
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Permission, Staff, require

# The record window's kind → the inbox filter and the conversation type.
LINKS: dict[str, tuple[str, str]] = {
    "commandes": ("commande", "commande"),
    "devis": ("devis", "devis"),
}


def get_linked_conversations(
    session: Session, actor: Staff, kind: str, record_id: int
) -> dict[str, Any]:
    """``{"customer_id", "rows"}``: the record's customer and its conversations, the most
    recent activity first (at most 200)."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    filter_key, _type = LINKS[kind]
    model = Commande if kind == "commandes" else Devis
    customer_id = session.execute(
        select(model.id_utilisateur).where(model.id == record_id)
    ).scalar()
    query = ListQuery(
        filters={"vue": "toutes", filter_key: record_id}, sort="activite", descending=True
    )
    page = list_conversations(session, actor, query)
    return {"customer_id": customer_id, "rows": page.rows}


__all__ = ["LINKS", "get_linked_conversations"]
