"""A quote and its customer conversation: found, started, and « Envoyer au client » (sent,
numbered, the PDF attached to the quote's conversation, all or nothing). On SQLite,
PostgreSQL and MariaDB."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.models import Conversation, Message, PieceJointe
from backoffice.services.attachments import AttachmentRoot
from backoffice.services.errors import PermissionDenied, ValidationError
from backoffice.services.quotes import get_quote
from backoffice.services.quotes.sending import (
    get_quote_conversation,
    send_to_customer,
    start_quote_conversation,
)
from tests.factories import make_staff
from tests.quotes_factories import make_quote


def test_start_then_find_the_conversation(db_session: Session) -> None:
    agent = make_staff(db_session, "support")
    quote = make_quote(db_session)
    assert get_quote_conversation(db_session, agent, quote.id) is None
    started = start_quote_conversation(db_session, agent, quote.id, "Bonjour, une question.")
    assert get_quote_conversation(db_session, agent, quote.id) == started
    conversation = db_session.get(Conversation, started)
    assert conversation is not None
    assert (conversation.type, conversation.reference_devis) == ("devis", quote.id)
    assert conversation.sujet == f"Votre demande de devis n° {quote.id}"


def test_send_to_customer_attaches_the_pdf(db_session: Session, tmp_path: Path) -> None:
    agent = make_staff(db_session, "support")
    quote = make_quote(db_session, statut="en_cours", montant_estime=Decimal("150.00"))
    read = get_quote(db_session, agent, quote.id)
    root = AttachmentRoot(folder=str(tmp_path))
    sent = send_to_customer(db_session, agent, quote.id, read, "Voici notre devis.", root)
    assert sent.quote.numero and sent.quote.date_reponse is not None
    attachment = db_session.scalars(
        select(PieceJointe).where(PieceJointe.id_conversation == sent.conversation_id)
    ).one()
    assert attachment.nom_fichier == sent.file_name and sent.file_name.endswith(".pdf")
    data = (tmp_path / attachment.chemin_fichier).read_bytes()
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert f"Devis n° {sent.quote.numero}" in " ".join(text.split())
    messages = db_session.scalar(
        select(func.count()).where(Message.id_conversation == sent.conversation_id)
    )
    assert messages == 2  # the message that started it, then the PDF
    # Again on the same conversation: one more message, the same number.
    again = send_to_customer(db_session, agent, quote.id, sent.quote, "Rappel.", root)
    assert again.conversation_id == sent.conversation_id
    assert again.quote.numero == sent.quote.numero


def test_without_a_shared_folder_nothing_is_sent(db_session: Session) -> None:
    agent = make_staff(db_session, "support")
    quote = make_quote(db_session, statut="en_cours", montant_estime=Decimal("150.00"))
    read = get_quote(db_session, agent, quote.id)
    with pytest.raises(ValidationError), db_session.begin_nested():
        send_to_customer(db_session, agent, quote.id, read, "Voici.", AttachmentRoot())
    assert get_quote(db_session, agent, quote.id).date_reponse is None
    assert get_quote_conversation(db_session, agent, quote.id) is None


def test_sending_needs_both_permissions(db_session: Session, tmp_path: Path) -> None:
    quote = make_quote(db_session, statut="en_cours", montant_estime=Decimal("1.00"))
    for role in ("employe",):
        actor = make_staff(db_session, role)
        read = get_quote(db_session, actor, quote.id)
        with pytest.raises(PermissionDenied):
            send_to_customer(db_session, actor, quote.id, read, "x", AttachmentRoot(str(tmp_path)))
