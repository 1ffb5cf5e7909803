"""A quote and its customer conversation (``conversations`` of type ``devis`` linked by
``reference_devis``): find it, start it, and « Envoyer au client » — the estimate marked as
sent (date, number) and its PDF attached to the conversation, in one transaction.

Built on :mod:`backoffice.services.conversations` (its reply, attachments and permission
rules apply: sending needs ``quotes.answer`` and ``conversations.reply``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Conversation, TypeConversation
from backoffice.services.attachments import AttachmentRoot
from backoffice.services.conversations import NewAttachment, reply, start_conversation
from backoffice.services.permissions import Permission, Staff, mutation, require
from backoffice.services.quotes.data import QuoteData
from backoffice.services.quotes.detail import get_quote
from backoffice.services.quotes.pdf import quote_file_name, render_quote
from backoffice.services.quotes.workflow import FINAL_STATUSES, send_quote


def _linked(session: Session, quote_id: int) -> int | None:
    return session.scalar(
        select(Conversation.id)
        .where(
            Conversation.reference_devis == quote_id,
            Conversation.type == TypeConversation.DEVIS.value,
        )
        .order_by(Conversation.date_derniere_activite.desc(), Conversation.id.desc())
        .limit(1)
    )


def get_quote_conversation(session: Session, actor: Staff, quote_id: int) -> int | None:
    """The quote's conversation (the most recently active, if several); ``None``: none yet."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    return _linked(session, quote_id)


def subject_for(quote: QuoteData) -> str:
    if quote.numero:
        return QT_TRANSLATE_NOOP("quotes", "Votre devis n° {numero}").format(numero=quote.numero)
    return QT_TRANSLATE_NOOP("quotes", "Votre demande de devis n° {id}").format(id=quote.id)


@mutation(Permission.CONVERSATIONS_REPLY)
def start_quote_conversation(session: Session, actor: Staff, quote_id: int, message: str) -> int:
    """The quote's conversation with the customer, started with ``message``; its id."""
    quote = get_quote(session, actor, quote_id)
    return start_conversation(
        session,
        actor,
        quote.id_utilisateur,
        subject_for(quote),
        message,
        type=TypeConversation.DEVIS.value,
        devis_id=quote_id,
    )


@dataclass(frozen=True)
class SentToCustomer:
    quote: QuoteData
    conversation_id: int
    file_name: str


@mutation(Permission.QUOTES_ANSWER)
def send_to_customer(
    session: Session,
    actor: Staff,
    quote_id: int,
    read: QuoteData,
    message: str,
    root: AttachmentRoot,
) -> SentToCustomer:
    """Marks the estimate as sent (unless it is closed and was sent already), then posts
    ``message`` with the quote's PDF in the quote's conversation (started if there is
    none). All or nothing: a refused attachment (no shared folder, too big) sends nothing."""
    require(actor, Permission.CONVERSATIONS_REPLY)
    if read.statut in FINAL_STATUSES and read.envoye:
        quote = get_quote(session, actor, quote_id)
    else:
        quote = send_quote(session, actor, quote_id, read)
    pdf = render_quote(session, actor, quote_id)
    name = quote_file_name(quote)
    conversation_id = _linked(session, quote_id)
    text = message
    if conversation_id is None:
        conversation_id = start_conversation(
            session,
            actor,
            quote.id_utilisateur,
            subject_for(quote),
            message,
            type=TypeConversation.DEVIS.value,
            devis_id=quote_id,
        )
        text = QT_TRANSLATE_NOOP("quotes", "Le devis n° {numero} en pièce jointe.").format(
            numero=quote.numero or quote.id
        )
    reply(session, actor, conversation_id, text, files=[NewAttachment(name, pdf)], root=root)
    return SentToCustomer(
        quote=get_quote(session, actor, quote_id), conversation_id=conversation_id, file_name=name
    )
