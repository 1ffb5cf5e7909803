"""A row the website holds locked (checkout: ``SELECT … FOR UPDATE``) must not freeze a save
for the statement timeout: the interactive engine waits a few seconds, then the member is
told in French that the record is being modified elsewhere (issue 15, point 13)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import DEFAULT_STATEMENT_TIMEOUT_MS, INTERACTIVE_LOCK_TIMEOUT_MS, make_engine
from backoffice.services import catalog
from backoffice.ui.errors import LOCKED_MESSAGE, is_lock_timeout, user_message
from tests.factories import make_product, make_staff


def test_application_engines_wait_a_few_seconds_for_a_lock() -> None:
    assert 1_000 <= INTERACTIVE_LOCK_TIMEOUT_MS <= 10_000


def test_a_locked_product_is_reported_quickly(
    server_engine: Engine, server_committed: sessionmaker[Session]
) -> None:
    with server_committed() as setup:
        admin = make_staff(setup)
        product = make_product(setup, "Réservé au panier")
        setup.commit()
        product_id = product.id
    url = server_engine.url.render_as_string(hide_password=False)
    # The application's own engine, with a short lock timeout for the test.
    app_engine = make_engine(url, lock_timeout_ms=1_000)
    website = server_engine.connect()
    try:
        holder = website.begin()
        website.execute(
            text("SELECT id FROM produits WHERE id = :id FOR UPDATE"), {"id": product_id}
        )
        with Session(app_engine) as session:
            read = catalog.get_product(session, admin, product_id)
            started = time.monotonic()
            with pytest.raises(Exception) as caught:
                catalog.update_product(
                    session, admin, product_id, replace(read, nom="Réservé !"), read
                )
            waited = time.monotonic() - started
            session.rollback()
        holder.rollback()
    finally:
        website.close()
        app_engine.dispose()
    assert is_lock_timeout(caught.value), caught.value
    # Not a speed measure: it gave up on the lock, long before the 30 s statement timeout.
    assert waited < DEFAULT_STATEMENT_TIMEOUT_MS / 1000 / 2, waited
    assert user_message(caught.value) == LOCKED_MESSAGE
    assert "réessayez" in LOCKED_MESSAGE and "saisie est conservée" in LOCKED_MESSAGE
