"""The « Conversations » section of the order and quote windows: their conversations, and
« Nouvelle conversation » of the right type for the record's customer, opened at once."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session, sessionmaker

from backoffice import config
from backoffice.models import Commande, Conversation, RoleName
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.openers import sections_for
from backoffice.ui.tasks import DbRunner
from backoffice.views.conversations.sections import LinkedConversations, NewConversationDialog
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def drafts_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")


def test_order_section_lists_and_starts_conversations(
    qtbot: Any,
    pg_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    with pg_committed() as session:
        actor = make_staff(session, RoleName.SUPPORT)
        customer = make_user(session, prenom="Élodie")
        order = Commande(
            id_utilisateur=customer.id,
            montant_total=10,
            reference="CMD-2026-000777",
            date_commande=datetime(2026, 11, 30, tzinfo=UTC),
        )
        session.add(order)
        session.flush()
        session.add(
            Conversation(
                id_utilisateur=customer.id,
                sujet="Colis en retard",
                type="commande",
                reference_commande=order.id,
                statut="ouvert",
            )
        )
        session.commit()
        order_id = order.id
    context = app_context(make_runner(pg_committed), actor)
    assert [s.key for s in sections_for(context, "commandes")] == ["conversations"]
    assert [s.key for s in sections_for(context, "devis")] == ["conversations"]
    section = LinkedConversations(context, "commandes", order_id)
    qtbot.addWidget(section)
    section.resize(700, 260)
    section.show()
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5000)
    assert section.table.item(0, 0).text() == "Colis en retard"
    assert section.table.item(0, 1).text() == "Ouverte"
    assert section.grab().save(str(Path(tempfile.gettempdir()) / "conversations_section.png"))

    dialog = NewConversationDialog(section, "commandes", order_id, section.customer_id)
    qtbot.addWidget(dialog)
    dialog.subject.setText("Votre commande CMD-2026-000777")
    dialog.message.setPlainText("Bonjour Élodie, votre colis part demain.")
    conversation_id = wait_for(qtbot, dialog.start())
    assert conversation_id is not None
    qtbot.waitUntil(lambda: section.table.rowCount() == 2, timeout=5000)
    window = context.record_windows("conversations").get(conversation_id)
    qtbot.waitUntil(
        lambda: context.record_windows("conversations").get(conversation_id) is not None,
        timeout=5000,
    )
    window = context.record_windows("conversations").get(conversation_id)
    assert isinstance(window, QDialog)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Conversation — Votre"), timeout=5000)
    with pg_committed() as session:
        started = session.get(Conversation, conversation_id)
        assert started is not None
        assert (started.type, started.reference_commande) == ("commande", order_id)
    window.close()


def test_a_linked_quote_is_named_by_its_number_never_by_its_id() -> None:
    from backoffice.views.conversations.specs import quote_link_text

    assert quote_link_text("D-2026-00003", 65) == "Devis D-2026-00003"
    assert quote_link_text(None, 57) == "Demande de devis n° 57"
