"""The Conversations tab with pytest-qt: the inbox's views, replying from the thread moves
the inbox row, the draft survives closing and a crash, plain text only, screenshots."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy.orm import Session, sessionmaker

from backoffice import config
from backoffice.models import Conversation, Message, RoleName
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.conversations import ConversationsScreen
from backoffice.views.conversations.drafts import DraftStore
from backoffice.views.conversations.render import linkify
from backoffice.views.registry import all_views
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

pytestmark = pytest.mark.postgres

NOW = datetime.now(UTC)
SHOTS = Path(tempfile.gettempdir())


@pytest.fixture(autouse=True)
def drafts_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    return tmp_path / "data"


@pytest.fixture
def screen(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> ConversationsScreen:
    with server_committed() as session:
        actor = make_staff(session, RoleName.SUPPORT, prenom="Sophie", email="sophie@boutique.test")
        for i in range(12):
            customer = make_user(session, prenom=f"Client{i}", nom="Durand")
            conv = Conversation(
                id_utilisateur=customer.id,
                sujet=f"Question n° {i}" if i else "Colis <b>abîmé</b> https://suivi.example/42",
                statut="ouvert",
                date_creation=NOW - timedelta(days=3),
                date_derniere_activite=NOW - timedelta(hours=40 - i),
            )
            session.add(conv)
            session.flush()
            session.add(
                Message(
                    id_conversation=conv.id,
                    id_utilisateur=customer.id,
                    contenu="Bonjour <script>alert(1)</script>, voyez https://suivi.example/42 "
                    "et javascript:alert(2)",
                    is_client=True,
                    lu=False,
                    date_creation=NOW - timedelta(hours=40 - i),
                )
            )
        session.commit()
    context = app_context(make_runner(server_committed), actor)
    widget = ConversationsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.inbox.model.rowCount() == 12, timeout=8000)
    return widget


def subjects(screen: ConversationsScreen) -> list[str]:
    model = screen.inbox.model
    return [model.row_at(i)["sujet"] for i in range(model.rowCount())]


def test_registered_with_its_permission() -> None:
    spec = next(v for v in all_views() if v.key == "conversations")
    assert spec.permission == "conversations.view" and spec.title == "Conversations"


def test_reply_from_the_thread_moves_the_inbox_row(qtbot: Any, screen: ConversationsScreen) -> None:
    bar = screen.inbox.status_counts
    assert bar is not None and bar.value() == "a_traiter"
    qtbot.waitUntil(lambda: "12" in bar.count_text("a_traiter"), timeout=5000)
    assert subjects(screen)[0].startswith("Colis")  # the oldest waiting first
    screen.inbox.table.setFocus()
    qtbot.keyClick(screen.inbox.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.inbox.table, Qt.Key.Key_Up)
    qtbot.keyClick(screen.inbox.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.thread is not None and bool(screen.thread.thread), timeout=5000)
    thread = screen.thread
    assert thread is not None
    html = thread.browser.toHtml()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="https://suivi.example/42"' in html and 'href="javascript' not in html
    assert thread.subject.textFormat() == Qt.TextFormat.PlainText
    thread.resize(1024, 700)
    assert thread.grab().save(str(SHOTS / "conversations_thread_1024.png"))
    qtbot.keyClicks(thread.reply_box.editor, "Votre colis est reparti.")
    qtbot.keyClick(thread.reply_box.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: thread.reply_box.text() == "", timeout=5000)
    qtbot.waitUntil(
        lambda: "Votre colis est reparti." in thread.browser.toPlainText(), timeout=5000
    )
    qtbot.keyClick(thread.reply_box.editor, Qt.Key.Key_Escape)
    assert screen.stack.currentWidget() is screen.inbox
    # Answered (en attente du client, read): it left « À traiter ».
    qtbot.waitUntil(lambda: len(subjects(screen)) == 11, timeout=5000)
    assert not any(s.startswith("Colis") for s in subjects(screen))
    qtbot.waitUntil(lambda: "11" in bar.count_text("a_traiter"), timeout=5000)
    bar.set_value("en_attente")
    qtbot.waitUntil(
        lambda: bool(subjects(screen)) and subjects(screen)[0].startswith("Colis"), timeout=5000
    )


def test_the_draft_survives_closing_and_a_crash(
    qtbot: Any, screen: ConversationsScreen, drafts_in_tmp: Path
) -> None:
    first = screen.inbox.model.row_at(0)["id"]
    wait_for(qtbot, screen.open_thread(first))
    thread = screen.thread
    assert thread is not None
    qtbot.keyClicks(thread.reply_box.editor, "Brouillon a garder")  # QTest types ASCII
    thread.reply_box.editor.insertPlainText(" é")
    # A crash: no close, no flush — only the debounced write as one types.
    store = DraftStore(screen.context.database_label)
    qtbot.waitUntil(lambda: store.load(first) == "Brouillon a garder é", timeout=3000)
    assert store.path(first).is_relative_to(drafts_in_tmp)
    qtbot.keyClicks(thread.reply_box.editor, " encore")
    screen.back_to_inbox()  # closing flushes at once
    assert store.load(first) == "Brouillon a garder é encore"
    wait_for(qtbot, screen.open_thread(first))
    assert screen.thread is not None
    assert screen.thread.reply_box.text() == "Brouillon a garder é encore"


def test_attach_button_says_why_without_a_folder(qtbot: Any, screen: ConversationsScreen) -> None:
    wait_for(qtbot, screen.open_thread(screen.inbox.model.row_at(0)["id"]))
    assert screen.thread is not None
    attach = screen.thread.findChild(QPushButton, "attachButton")
    assert attach is not None and not attach.isEnabled() and "Préférences" in attach.toolTip()


def test_screenshots(qtbot: Any, screen: ConversationsScreen) -> None:
    for width, height in ((1024, 700), (1440, 900)):
        screen.resize(width, height)
        qtbot.wait(50)
        assert screen.grab().save(str(SHOTS / f"conversations_inbox_{width}.png"))


def test_linkify_only_http_links() -> None:
    assert linkify("voir https://a.example/x?y=1&z=2.") == (
        'voir <a href="https://a.example/x?y=1&amp;z=2">https://a.example/x?y=1&amp;z=2</a>.'
    )
    assert "<a" not in linkify("javascript:alert(1) file:///etc/passwd data:text/html,x")
    assert linkify('<img src=x onerror="y">') == "&lt;img src=x onerror=&quot;y&quot;&gt;"


def test_a_long_thread_shows_its_latest_messages_then_all_on_demand() -> None:
    from datetime import datetime as dt

    from backoffice.views.conversations.render import OLDER_SCHEME, thread_html

    messages = [
        {
            "id": i,
            "contenu": f"message {i:03d}",
            "is_client": i % 2 == 0,
            "lu": True,
            "date_creation": dt(2026, 1, 1, 0, i // 60, i % 60, tzinfo=UTC),
            "pieces": [],
        }
        for i in range(500)
    ]
    thread = {"client_prenom": "A", "client_email": "a@b.c", "messages": messages}
    words = {
        "client": "c", "staff": "s", "note": "n", "unread": "u", "older": "{n} de plus",
        "attachment": "pj",
    }  # fmt: skip
    shown = thread_html(thread, when=str, sizes={}, words=words, limit=100)
    assert "message 499" in shown and "message 400" in shown and "message 399" not in shown
    assert f'href="{OLDER_SCHEME}:"' in shown and "400 de plus" in shown
    everything = thread_html(thread, when=str, sizes={}, words=words)
    assert "message 000" in everything and OLDER_SCHEME not in everything


def test_employe_has_no_conversations_tab_support_has() -> None:
    from backoffice.services.permissions import permissions_for
    from backoffice.views.registry import views_for

    assert "conversations" not in [v.key for v in views_for(permissions_for(RoleName.EMPLOYE))]
    assert "conversations" in [v.key for v in views_for(permissions_for(RoleName.SUPPORT))]


def test_canned_replies_managed_then_inserted(qtbot: Any, screen: ConversationsScreen) -> None:
    from backoffice.views.conversations.canned_dialog import CannedRepliesDialog

    dialog = CannedRepliesDialog(screen.context, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is None and dialog.title.isEnabled(), timeout=5000)
    # Nothing chosen, nothing typed: no dead « Supprimer… » nor empty « Enregistrer ».
    assert not dialog.delete.isEnabled() and not dialog.save.isEnabled()
    dialog.title.setText("Colis reparti")
    dialog.text.setPlainText("Bonjour {prénom}, votre colis est reparti. {agent}")
    assert dialog.save.isEnabled()
    wait_for(qtbot, dialog.save_current())
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert dialog.delete.isEnabled()
    assert dialog.grab().save(str(SHOTS / "conversations_canned.png"))
    dialog.close()
    first = screen.inbox.model.row_at(0)
    wait_for(qtbot, screen.open_thread(first["id"]))
    box = screen.thread.reply_box  # type: ignore[union-attr]
    assert box.canned.count() == 2 and box.canned.itemText(1) == "Colis reparti"
    box.canned.activated.emit(1)
    assert box.text() == f"Bonjour {first['client_prenom']}, votre colis est reparti. Sophie"


def test_thread_shows_notes_and_previews_an_image(
    qtbot: Any, screen: ConversationsScreen, tmp_path: Path
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QDialog

    from backoffice.services.attachments import AttachmentRoot
    from backoffice.services.conversations import NewAttachment, add_note, reply
    from backoffice.views.conversations.prefs import ROOT_KEY

    share = tmp_path / "partage"
    share.mkdir()
    screen.context.settings.setValue(ROOT_KEY, str(share))
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    conversation_id = screen.inbox.model.row_at(0)["id"]
    runner, actor = screen.context.runner, screen.context.actor
    wait_for(
        qtbot,
        runner.run(
            reply,
            actor,
            conversation_id,
            "Voici la photo demandée.",
            files=[NewAttachment("photo colis.png", bytes(data))],
            root=AttachmentRoot(folder=str(share)),
        ),
    )
    wait_for(qtbot, runner.run(add_note, actor, conversation_id, "Rembourser le port"))
    view = wait_for(qtbot, screen.open_thread(conversation_id))
    text = view.browser.toPlainText()
    assert "Rembourser le port" in text and "Note interne" in text
    assert "photo colis.png" in text and "o)" in text  # its size beside it
    assert view.reply_box.attach.isEnabled()
    screen.resize(1440, 900)
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / "conversations_thread_1440.png"))
    piece_id = view.thread["messages"][-1]["pieces"][0]["id"]
    wait_for(qtbot, view.open_attachment(piece_id))
    preview = view.findChild(QDialog, "imagePreview")
    assert preview is not None and preview.windowTitle() == "photo colis.png"
    preview.close()
