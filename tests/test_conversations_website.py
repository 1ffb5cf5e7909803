"""Conversations on the website's own schemas (PG ENUM types, VARCHAR + CHECK, MariaDB
ENUM/DATETIME/TINYINT(1), naive Paris times), adopted with ``db upgrade``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from backoffice import cli
from backoffice.db import make_engine
from backoffice.services.conversations import (
    add_note,
    assign,
    get_thread,
    list_conversations,
    mark_read,
    reply,
    view_counts,
)
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from tests.website_db import PARIS, website_mariadb_database, website_pg_database

pytestmark = pytest.mark.postgres

SUPPORT = Staff(id=4, email="support@site.test", role="support", prenom="Sam")


@pytest.fixture(scope="module", params=["pg_enum", "pg_check", "mariadb"])
def site(request: pytest.FixtureRequest) -> Iterator[tuple[Any, sessionmaker[Session]]]:
    variant = request.param
    database = (
        website_mariadb_database()
        if variant == "mariadb"
        else website_pg_database(variant, server_timezone="UTC")
    )
    with database as url:
        assert cli.main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            yield engine, sessionmaker(bind=engine, expire_on_commit=False)
        finally:
            engine.dispose()


def test_inbox_thread_and_reply_on_the_websites_schema(
    site: tuple[Any, sessionmaker[Session]],
) -> None:
    engine, factory = site
    with factory() as session:
        waiting = list_conversations(session, SUPPORT, ListQuery(filters={"vue": "a_traiter"}))
        assert [r["id"] for r in waiting.rows] == [2]
        assert waiting.rows[0]["non_lus"] == 1
        found = list_conversations(
            session, SUPPORT, ListQuery(search="deplacement", filters={"vue": "toutes"})
        )
        assert [r["id"] for r in found.rows] == [2]
        assert view_counts(session, SUPPORT)["toutes"] == 3
        thread = get_thread(session, SUPPORT, 2)
        assert thread["messages"][0]["pieces"][0]["nom_fichier"] == "plan.pdf"
        assert mark_read(session, SUPPORT, 2) == 1
        reply(session, SUPPORT, 2, "Oui, le déplacement est compris.", seen_status="ouvert")
        assign(session, SUPPORT, 2, SUPPORT.id, seen_agent=None)
        add_note(session, SUPPORT, 2, "Client fidèle")
        session.commit()
    with engine.connect() as connection:
        statut = connection.execute(text("SELECT statut FROM conversations WHERE id = 2")).scalar()
        stored = connection.execute(
            text("SELECT date_derniere_activite FROM conversations WHERE id = 2")
        ).scalar()
        messages = connection.execute(text("SELECT count(*) FROM messages")).scalar()
    assert str(statut) == "en_attente" and messages == 6
    # The website's naive Paris wall clock, whatever the server's own zone.
    paris_now = datetime.now(UTC).astimezone(PARIS).replace(tzinfo=None)
    assert abs(stored.replace(tzinfo=None) - paris_now) < timedelta(minutes=2)
    with factory() as session:
        assert (
            list_conversations(session, SUPPORT, ListQuery(filters={"vue": "a_traiter"})).rows == []
        )
        assert [r["id"] for r in list_conversations(
            session, SUPPORT, ListQuery(filters={"vue": "mes"})
        ).rows] == [2]  # fmt: skip
