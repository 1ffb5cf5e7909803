"""Answering a conversation: the reply transaction, the status, the assignment, the
internal notes, and a conversation started by staff for a customer.

The reply writes, in one transaction, the ``messages`` row (``is_client`` false,
``id_utilisateur`` the agent, ``lu`` true), its ``pieces_jointes`` rows, the conversation's
``date_derniere_activite`` and ``statut``, and the audit row: all or nothing. The files are
written to the store first (under generated names) and removed again if anything fails.

Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import (
    AssignationConversation,
    Commande,
    Conversation,
    Devis,
    Message,
    NoteConversation,
    PieceJointe,
    Role,
    RoleName,
    StatutConversation,
    TypeConversation,
    Utilisateur,
    utcnow,
)
from backoffice.services import attachments, changes
from backoffice.services.attachments import AttachmentRoot, StoredFile
from backoffice.services.audit import audit
from backoffice.services.concurrency import conflict
from backoffice.services.conversations.thread import not_found
from backoffice.services.errors import ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, permissions_for
from backoffice.services.shop_settings import get_shop_settings

MAX_MESSAGE = 20_000
MAX_SUBJECT = 255
STATUSES = frozenset(s.value for s in StatutConversation)
# The status a reply sets unless the agent chooses another: waiting for the customer.
DEFAULT_REPLY_STATUS = StatutConversation.EN_ATTENTE.value
# Not read: an argument meaning « do not compare ».
UNCHECKED: Any = object()


@dataclass(frozen=True)
class NewAttachment:
    name: str  # as the agent's file was called
    data: bytes


def _text_errors(text: str, *, field: str = "contenu") -> dict[str, str]:
    if not text.strip():
        return {field: QT_TRANSLATE_NOOP("conversations", "Écrivez un message.")}
    if len(text) > MAX_MESSAGE:
        return {
            field: QT_TRANSLATE_NOOP("conversations", "Le message dépasse {n} caractères.").format(
                n=MAX_MESSAGE
            )
        }
    return {}


def _status_errors(status: str) -> dict[str, str]:
    if status not in STATUSES:
        return {"statut": QT_TRANSLATE_NOOP("conversations", "Statut inconnu.")}
    return {}


def _lock_conversation(session: Session, conversation_id: int) -> Any:
    row = session.execute(
        select(Conversation.id, Conversation.statut, Conversation.sujet)
        .where(Conversation.id == conversation_id)
        .with_for_update()
    ).first()
    if row is None:
        raise not_found()
    return row


def _status_conflict(current: str, mine: str) -> Exception:
    return conflict(
        QT_TRANSLATE_NOOP("conversations", "La conversation"),
        {"statut": current},
        {"statut": mine},
        ["statut"],
        labels={"statut": QT_TRANSLATE_NOOP("conversations", "Statut")},
        feminine=True,
    )


def _store_all(
    session: Session, root: AttachmentRoot, files: Sequence[NewAttachment]
) -> list[StoredFile]:
    if not files:
        return []
    limit = get_shop_settings(session).taille_max_piece_jointe_mo
    for item in files:  # every size checked before the first file is written
        attachments.check_size(len(item.data), limit)
    stored: list[StoredFile] = []
    try:
        for item in files:
            stored.append(attachments.store(root, item.name, item.data, limit_mo=limit))
    except BaseException:
        for done in stored:
            attachments.remove(root, done.chemin_fichier)
        raise
    return stored


@mutation(Permission.CONVERSATIONS_REPLY)
def reply(
    session: Session,
    actor: Staff,
    conversation_id: int,
    contenu: str,
    *,
    statut: str = DEFAULT_REPLY_STATUS,
    seen_status: Any = UNCHECKED,
    files: Sequence[NewAttachment] = (),
    root: AttachmentRoot | None = None,
) -> int:
    """Sends the agent's reply (see the module doc); the new message's id.

    ``seen_status``: the status the agent saw; if the conversation's changed meanwhile
    (the customer reopened it, a colleague closed it) a ``ConflictError`` says so and
    nothing is written (the reply box keeps the text)."""
    errors = {**_text_errors(contenu), **_status_errors(statut)}
    if files and (root is None or not root.can_upload):
        errors["fichier"] = attachments.no_folder_message()
    if errors:
        raise ValidationError(errors)
    row = _lock_conversation(session, conversation_id)
    if seen_status is not UNCHECKED and row.statut != seen_status:
        raise _status_conflict(row.statut, statut)
    stored = _store_all(session, root, files) if root is not None else []
    try:
        now = utcnow()
        message = Message(
            id_conversation=conversation_id,
            id_utilisateur=actor.id,
            contenu=contenu,
            is_client=False,
            lu=True,
            date_creation=now,
        )
        session.add(message)
        session.flush()
        for item in stored:
            session.add(
                PieceJointe(
                    id_message=message.id,
                    id_conversation=conversation_id,
                    nom_fichier=item.nom_fichier,
                    chemin_fichier=item.chemin_fichier,
                    date_creation=now,
                )
            )
        session.execute(
            update(Conversation)
            .where(Conversation.id == conversation_id)
            .values(statut=statut, date_derniere_activite=now)
            .execution_options(synchronize_session=False)
        )
        audit(
            session,
            actor,
            "conversation.reponse",
            {
                "conversation": conversation_id,
                "message": message.id,
                "pieces_jointes": [s.nom_fichier for s in stored],
            },
            before={"statut": row.statut},
            after={"statut": statut},
        )
        session.flush()
    except BaseException:
        for item in stored:
            attachments.remove(root, item.chemin_fichier)  # type: ignore[arg-type]
        raise
    return int(message.id)


@mutation(Permission.CONVERSATIONS_REPLY)
def set_status(
    session: Session, actor: Staff, conversation_id: int, statut: str, seen_status: Any = UNCHECKED
) -> None:
    """Changes the status, if it is still the one the agent saw."""
    errors = _status_errors(statut)
    if errors:
        raise ValidationError(errors)
    row = _lock_conversation(session, conversation_id)
    if seen_status is not UNCHECKED and row.statut != seen_status:
        raise _status_conflict(row.statut, statut)
    if row.statut == statut:
        return
    session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id, Conversation.statut == row.statut)
        .values(statut=statut)
        .execution_options(synchronize_session=False)
    )
    audit(
        session,
        actor,
        "conversation.statut",
        {"conversation": conversation_id},
        before={"statut": row.statut},
        after={"statut": statut},
    )


def _is_agent(session: Session, user_id: int) -> bool:
    role = session.execute(
        select(Role.libelle)
        .join(Utilisateur, Utilisateur.idRole == Role.id)
        .where(Utilisateur.id == user_id)
    ).scalar()
    return role is not None and Permission.CONVERSATIONS_REPLY in permissions_for(role)


@mutation(Permission.CONVERSATIONS_REPLY)
def assign(
    session: Session,
    actor: Staff,
    conversation_id: int,
    agent_id: int | None,
    seen_agent: Any = UNCHECKED,
) -> None:
    """Hands the conversation to ``agent_id`` (``None``: nobody), if its agent is still
    the one seen (``seen_agent``; a colleague who took it meanwhile is a conflict)."""
    _lock_conversation(session, conversation_id)
    current = session.execute(
        select(AssignationConversation.id_agent).where(
            AssignationConversation.id_conversation == conversation_id
        )
    ).scalar()
    if seen_agent is not UNCHECKED and current != seen_agent:
        raise conflict(
            QT_TRANSLATE_NOOP("conversations", "La conversation"),
            {"id_agent": current},
            {"id_agent": agent_id},
            ["id_agent"],
            labels={"id_agent": QT_TRANSLATE_NOOP("conversations", "Agent")},
            feminine=True,
        )
    if current == agent_id:
        return
    if agent_id is not None and not _is_agent(session, agent_id):
        raise ValidationError(
            {
                "id_agent": QT_TRANSLATE_NOOP(
                    "conversations", "Ce membre du personnel ne répond pas aux conversations."
                )
            }
        )
    session.execute(
        delete(AssignationConversation).where(
            AssignationConversation.id_conversation == conversation_id
        )
    )
    if agent_id is not None:
        session.add(
            AssignationConversation(
                id_conversation=conversation_id, id_agent=agent_id, date_assignation=utcnow()
            )
        )
    # The inbox shows the agent: its rows come from conversations.
    changes.record(session, "conversations", (conversation_id,))
    audit(
        session,
        actor,
        "conversation.assignation",
        {"conversation": conversation_id},
        before={"id_agent": current},
        after={"id_agent": agent_id},
    )
    session.flush()


@mutation(Permission.CONVERSATIONS_REPLY)
def add_note(session: Session, actor: Staff, conversation_id: int, contenu: str) -> int:
    """An internal note (never a message the customer could see); its id."""
    errors = _text_errors(contenu)
    if errors:
        raise ValidationError(errors)
    _lock_conversation(session, conversation_id)
    note = NoteConversation(
        id_conversation=conversation_id, id_auteur=actor.id, contenu=contenu, date_creation=utcnow()
    )
    session.add(note)
    session.flush()
    audit(session, actor, "conversation.note", {"conversation": conversation_id, "note": note.id})
    return int(note.id)


@mutation(Permission.CONVERSATIONS_REPLY)
def start_conversation(
    session: Session,
    actor: Staff,
    customer_id: int,
    sujet: str,
    contenu: str,
    *,
    type: str = TypeConversation.GENERAL.value,
    commande_id: int | None = None,
    devis_id: int | None = None,
    statut: str = DEFAULT_REPLY_STATUS,
) -> int:
    """A conversation opened by staff for a customer, with its first message, assigned to
    the agent who opened it; its id. The linked order or quote must be the customer's."""
    errors = {**_text_errors(contenu), **_status_errors(statut)}
    if not sujet.strip():
        errors["sujet"] = QT_TRANSLATE_NOOP("conversations", "Donnez un sujet.")
    elif len(sujet) > MAX_SUBJECT:
        errors["sujet"] = QT_TRANSLATE_NOOP("conversations", "Sujet trop long.")
    if type not in {t.value for t in TypeConversation}:
        errors["type"] = QT_TRANSLATE_NOOP("conversations", "Type inconnu.")
    customer = session.execute(
        select(Utilisateur.id)
        .join(Role, Role.id == Utilisateur.idRole)
        .where(Utilisateur.id == customer_id, Role.libelle == RoleName.CLIENT)
    ).scalar()
    if customer is None:
        errors["client"] = QT_TRANSLATE_NOOP("conversations", "Ce client n'existe pas ou plus.")
    if commande_id is not None:
        owner = session.execute(
            select(Commande.id_utilisateur).where(Commande.id == commande_id)
        ).scalar()
        if owner != customer_id:
            errors["commande"] = QT_TRANSLATE_NOOP(
                "conversations", "Cette commande n'est pas celle de ce client."
            )
    if devis_id is not None:
        owner = session.execute(select(Devis.id_utilisateur).where(Devis.id == devis_id)).scalar()
        if owner != customer_id:
            errors["devis"] = QT_TRANSLATE_NOOP(
                "conversations", "Ce devis n'est pas celui de ce client."
            )
    if errors:
        raise ValidationError(errors)
    now = utcnow()
    conversation = Conversation(
        id_utilisateur=customer_id,
        sujet=sujet.strip(),
        type=type,
        reference_commande=commande_id,
        reference_devis=devis_id,
        statut=statut,
        date_creation=now,
        date_derniere_activite=now,
    )
    session.add(conversation)
    session.flush()
    session.add(
        Message(
            id_conversation=conversation.id,
            id_utilisateur=actor.id,
            contenu=contenu,
            is_client=False,
            lu=True,
            date_creation=now,
        )
    )
    session.add(
        AssignationConversation(
            id_conversation=conversation.id, id_agent=actor.id, date_assignation=now
        )
    )
    audit(
        session,
        actor,
        "conversation.creation",
        {
            "conversation": conversation.id,
            "client": customer_id,
            "type": type,
            "commande": commande_id,
            "devis": devis_id,
        },
    )
    session.flush()
    return int(conversation.id)


__all__ = [
    "DEFAULT_REPLY_STATUS",
    "UNCHECKED",
    "NewAttachment",
    "add_note",
    "assign",
    "reply",
    "set_status",
    "start_conversation",
]
