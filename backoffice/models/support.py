"""What the support team adds to the shop's conversations (schema additions, migration 0009).

The website's ``conversations`` and ``messages`` stay as the website made them: who handles
a conversation, the team's internal notes and the canned replies live in tables of their
own, so that nothing the customer must not see can ever be read by the website as a
message.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, func, true
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.models.base import Base
from backoffice.models.messaging import Conversation, Message


class AssignationConversation(Base):
    """The agent handling a conversation (at most one; no row: unassigned)."""

    __tablename__ = "conversations_assignations"

    id_conversation: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    id_agent: Mapped[int] = mapped_column(
        ForeignKey("utilisateurs.id", ondelete="CASCADE"), index=True
    )
    date_assignation: Mapped[datetime] = mapped_column(server_default=func.now())


class NoteConversation(Base):
    """An internal note on a conversation: the team reads it, the customer never does (a
    separate table, never a ``messages`` row the website would show)."""

    __tablename__ = "conversations_notes"
    __table_args__ = (
        Index("ix_conversations_notes_conversation_date", "id_conversation", "date_creation"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_conversation: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    id_auteur: Mapped[int | None] = mapped_column(
        ForeignKey("utilisateurs.id", ondelete="SET NULL"), index=True
    )
    contenu: Mapped[str] = mapped_column(Text)
    date_creation: Mapped[datetime] = mapped_column(server_default=func.now())


class ReponseType(Base):
    """A canned reply (« Réponses types »), shared by the whole team; ``contenu`` may hold
    placeholders (``{prénom}``, ``{référence}``…) filled when it is inserted."""

    __tablename__ = "reponses_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    titre: Mapped[str] = mapped_column(String(100), unique=True)
    contenu: Mapped[str] = mapped_column(Text)
    est_actif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


# The customer's unread messages: « À traiter », the unread counts and mark-read find them
# through this index instead of reading every message (a million at the benchmark scale).
IX_MESSAGES_NON_LUS = Index(
    "ix_messages_non_lus", Message.is_client, Message.lu, Message.id_conversation
)
# The inbox's default order (last activity) and the poll's « anything new? » (its max).
IX_CONVERSATIONS_ACTIVITE = Index(
    "ix_conversations_date_derniere_activite", Conversation.date_derniere_activite
)
# « À traiter », the oldest activity first: an index of the open conversations only
# (PostgreSQL, SQLite), so the first page does not walk past every closed one; MariaDB,
# without partial indexes, gets it whole (it still serves the activity order's ties).
IX_CONVERSATIONS_A_TRAITER = Index(
    "ix_conversations_a_traiter",
    Conversation.date_derniere_activite,
    Conversation.id,
    postgresql_where=Conversation.statut.in_(("ouvert", "en_attente")),
    sqlite_where=Conversation.statut.in_(("ouvert", "en_attente")),
)
