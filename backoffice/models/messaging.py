"""Customer conversations, their messages and attachments."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.models.base import Base, EnumText
from backoffice.models.enums import StatutConversation, TypeConversation, check_in

if TYPE_CHECKING:
    from backoffice.models.users import Utilisateur


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        CheckConstraint(check_in("type", TypeConversation), name="type"),
        CheckConstraint(check_in("statut", StatutConversation), name="statut"),
        Index("ix_conversations_statut_activite", "statut", "date_derniere_activite"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    sujet: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(
        EnumText(TypeConversation), server_default=text(f"'{TypeConversation.GENERAL.value}'")
    )
    reference_commande: Mapped[int | None] = mapped_column(ForeignKey("commandes.id"), index=True)
    reference_devis: Mapped[int | None] = mapped_column(ForeignKey("devis.id"), index=True)
    statut: Mapped[str] = mapped_column(
        EnumText(StatutConversation), server_default=text(f"'{StatutConversation.OUVERT.value}'")
    )
    date_creation: Mapped[datetime] = mapped_column(server_default=func.now())
    date_derniere_activite: Mapped[datetime | None] = mapped_column(server_default=func.now())

    utilisateur: Mapped[Utilisateur] = relationship()
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.date_creation"
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_date", "id_conversation", "date_creation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_conversation: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    id_utilisateur: Mapped[int | None] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    contenu: Mapped[str] = mapped_column(Text)
    is_client: Mapped[bool] = mapped_column(Boolean, server_default=false())
    lu: Mapped[bool] = mapped_column(Boolean, server_default=false())
    date_creation: Mapped[datetime] = mapped_column(server_default=func.now())

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
    pieces_jointes: Mapped[list[PieceJointe]] = relationship(back_populates="message")


class PieceJointe(Base):
    __tablename__ = "pieces_jointes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_message: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    id_conversation: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    nom_fichier: Mapped[str] = mapped_column(String(255))
    chemin_fichier: Mapped[str] = mapped_column(String(500))
    date_creation: Mapped[datetime | None] = mapped_column(server_default=func.now())

    message: Mapped[Message | None] = relationship(back_populates="pieces_jointes")
