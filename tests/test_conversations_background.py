"""From sign-in on: the unread badge on the tab's title, the desktop notification of a new
customer message (clicking opens the thread; the preference turns it off)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from backoffice import config, migrations
from backoffice.db import make_engine, make_session_factory
from backoffice.models import Conversation, Message, RoleName
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.conversations.background import ConversationsBackground
from backoffice.views.conversations.prefs import NOTIFY_KEY
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.titles: dict[str, str] = {}

    def set_tab_title(self, key: str, title: str) -> None:
        self.titles[key] = title


@pytest.fixture
def factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker[Session]]:
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    url = f"sqlite:///{tmp_path / 'bg.db'}"
    migrations.upgrade(url)
    engine = make_engine(url)
    yield make_session_factory(engine)
    engine.dispose()


def _message(factory: sessionmaker[Session], conversation_id: int, customer_id: int) -> None:
    with factory() as session:
        session.add(
            Message(
                id_conversation=conversation_id,
                id_utilisateur=customer_id,
                contenu="Bonjour ?",
                is_client=True,
                lu=False,
            )
        )
        session.commit()


def test_badge_and_notification(
    qtbot: Any,
    factory: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    with factory() as session:
        actor = make_staff(session, RoleName.SUPPORT)
        customer = make_user(session, prenom="Élodie", nom="Lefèvre")
        conversation = Conversation(id_utilisateur=customer.id, sujet="Ma théière")
        session.add(conversation)
        session.commit()
        customer_id, conversation_id = customer.id, conversation.id
    context = app_context(make_runner(factory), actor)
    window = Window()
    qtbot.addWidget(window)
    window.show()
    background = ConversationsBackground(context, window)
    qtbot.waitUntil(lambda: window.titles.get("conversations") == "Conversations", timeout=5000)
    qtbot.waitUntil(lambda: background.live.mode == "poll", timeout=5000)
    qtbot.waitUntil(lambda: background.live._last is not None, timeout=5000)

    shown: list[tuple[str, str]] = []
    background.tray = type(
        "Tray", (), {"showMessage": lambda _self, title, body, *_a: shown.append((title, body))}
    )()
    _message(factory, conversation_id, customer_id)
    assert wait_for(qtbot, background.live.poll()) is True
    qtbot.waitUntil(lambda: window.titles["conversations"] == "Conversations (1)", timeout=5000)
    assert shown == [("Nouveau message de Élodie Lefèvre", "Ma théière")]
    assert background.last_conversation == conversation_id

    # Clicking the notification opens the thread.
    from backoffice import views  # noqa: F401 - registers the « conversations » opener
    from backoffice.views import conversations  # noqa: F401

    background.open_last()
    qtbot.waitUntil(
        lambda: context.record_windows("conversations").get(conversation_id) is not None,
        timeout=5000,
    )
    opened = context.record_windows("conversations").get(conversation_id)
    assert isinstance(opened, QDialog)
    opened.close()

    # The preference turns it off.
    context.settings.setValue(NOTIFY_KEY, False)
    _message(factory, conversation_id, customer_id)
    assert wait_for(qtbot, background.live.poll()) is True
    assert len(shown) == 1
    background.stop()
