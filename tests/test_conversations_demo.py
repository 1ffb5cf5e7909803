"""The benchmark's conversation volume: the numbers asked, a 500-message thread, unread
customer messages only in open conversations, loaded on SQLite like on the servers."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from backoffice import migrations
from backoffice.db import make_engine, make_session_factory
from backoffice.models import Conversation, Message, RoleName
from backoffice.services.demo.conversations_bench import (
    LONG_THREAD,
    add_conversation_volume,
    generate_rows,
)
from tests.factories import make_user


def test_rows_add_up() -> None:
    conversations, messages = generate_rows(
        300,
        3_000,
        customers=[1, 2, 3],
        staff=[9],
        first_conversation=10,
        first_message=100,
        now=datetime(2026, 12, 1, tzinfo=UTC),
        seed=1,
    )
    rows = list(messages)
    assert len(conversations) == 300 and len(rows) == 3_000
    per_conversation = Counter(r[1] for r in rows)
    assert per_conversation[10] == LONG_THREAD
    statuses = {c[0]: c[4] for c in conversations}
    unread = {r[1] for r in rows if r[4] and not r[5]}
    assert unread and all(statuses[c] == "ouvert" for c in unread)
    assert [r[0] for r in rows] == list(range(100, 3_100))


def test_loaded_into_a_base(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    migrations.upgrade(url)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with factory() as session:
        for _ in range(5):
            make_user(session)
        make_user(session, RoleName.SUPPORT)
        session.commit()
    written = add_conversation_volume(
        engine, conversations=100, messages=1_200, out=lambda _t: None
    )
    assert written == {"conversations": 100, "messages": 1_200}
    with factory() as session:
        assert session.scalar(select(func.count(Conversation.id))) == 100
        assert session.scalar(select(func.count(Message.id))) == 1_200
    engine.dispose()
