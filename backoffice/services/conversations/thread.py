"""One conversation's thread: its messages (with their attachments), its internal notes,
and marking the customer's messages read — one UPDATE when the thread opens.

Qt-free.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import false, select, true, update
from sqlalchemy.orm import Session, aliased

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import (
    AssignationConversation,
    Commande,
    Conversation,
    DevisNumero,
    Message,
    NoteConversation,
    PieceJointe,
    Utilisateur,
)
from backoffice.services import changes
from backoffice.services.audit import audit
from backoffice.services.errors import NotFound
from backoffice.services.permissions import Permission, Staff, mutation, require

Author = aliased(Utilisateur, name="auteur")
Agent = aliased(Utilisateur, name="agent")


def not_found() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("conversations", "Cette conversation n'existe pas ou plus."))


def conversation_header(session: Session, conversation_id: int) -> dict[str, Any]:
    """The conversation's own fields, its customer, linked order and agent."""
    row = (
        session.execute(
            select(
                Conversation.id,
                Conversation.sujet,
                Conversation.type,
                Conversation.statut,
                Conversation.reference_commande.label("id_commande"),
                Commande.reference.label("commande_reference"),
                Conversation.reference_devis.label("id_devis"),
                DevisNumero.numero.label("devis_numero"),
                Conversation.date_creation,
                Conversation.date_derniere_activite,
                Conversation.id_utilisateur.label("id_client"),
                Utilisateur.prenom.label("client_prenom"),
                Utilisateur.nom.label("client_nom"),
                Utilisateur.email.label("client_email"),
                AssignationConversation.id_agent,
                Agent.prenom.label("agent_prenom"),
                Agent.nom.label("agent_nom"),
            )
            .join(Utilisateur, Utilisateur.id == Conversation.id_utilisateur)
            .outerjoin(Commande, Commande.id == Conversation.reference_commande)
            .outerjoin(DevisNumero, DevisNumero.id_devis == Conversation.reference_devis)
            .outerjoin(
                AssignationConversation,
                AssignationConversation.id_conversation == Conversation.id,
            )
            .outerjoin(Agent, Agent.id == AssignationConversation.id_agent)
            .where(Conversation.id == conversation_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise not_found()
    return dict(row)


def get_thread(session: Session, actor: Staff, conversation_id: int) -> dict[str, Any]:
    """The header, every message in order (author, time, ``is_client``, ``lu``, its
    attachments), and the internal notes. Nothing is marked read here (see
    :func:`mark_read`)."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    header = conversation_header(session, conversation_id)
    messages = [
        {**dict(r), "is_client": bool(r["is_client"]), "lu": bool(r["lu"]), "pieces": []}
        for r in session.execute(
            select(
                Message.id,
                Message.contenu,
                Message.is_client,
                Message.lu,
                Message.date_creation,
                Message.id_utilisateur,
                Author.prenom.label("auteur_prenom"),
                Author.nom.label("auteur_nom"),
            )
            .outerjoin(Author, Author.id == Message.id_utilisateur)
            .where(Message.id_conversation == conversation_id)
            .order_by(Message.date_creation, Message.id)
        ).mappings()
    ]
    pieces: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for r in session.execute(
        select(
            PieceJointe.id,
            PieceJointe.id_message,
            PieceJointe.nom_fichier,
            PieceJointe.chemin_fichier,
            PieceJointe.date_creation,
        )
        .where(PieceJointe.id_conversation == conversation_id)
        .order_by(PieceJointe.id)
    ).mappings():
        pieces[r["id_message"]].append(dict(r))
    for message in messages:
        message["pieces"] = pieces.pop(message["id"], [])
    notes = [
        dict(r)
        for r in session.execute(
            select(
                NoteConversation.id,
                NoteConversation.contenu,
                NoteConversation.date_creation,
                NoteConversation.id_auteur,
                Author.prenom.label("auteur_prenom"),
                Author.nom.label("auteur_nom"),
            )
            .outerjoin(Author, Author.id == NoteConversation.id_auteur)
            .where(NoteConversation.id_conversation == conversation_id)
            .order_by(NoteConversation.date_creation, NoteConversation.id)
        ).mappings()
    ]
    # Attachments of the conversation attached to no message (or to a message gone).
    loose = [p for group in pieces.values() for p in group]
    return {**header, "messages": messages, "notes": notes, "pieces_seules": loose}


@mutation(Permission.CONVERSATIONS_VIEW)
def mark_read(session: Session, actor: Staff, conversation_id: int) -> int:
    """Marks the customer's unread messages of the conversation read, in one statement;
    the number marked (0: nothing written, nothing audited)."""
    result = session.execute(
        update(Message)
        .where(
            Message.is_client == true(),
            Message.lu == false(),
            Message.id_conversation == conversation_id,
        )
        .values(lu=True)
        .execution_options(synchronize_session=False)
    )
    marked = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if marked:
        # The inbox's unread count is the conversation's: announce it too.
        changes.record(session, "conversations", (conversation_id,))
        audit(
            session,
            actor,
            "conversation_lue",
            {"conversation": conversation_id, "messages": marked},
        )
    return marked


__all__ = ["conversation_header", "get_thread", "mark_read", "not_found"]
