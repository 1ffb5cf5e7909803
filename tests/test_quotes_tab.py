"""The Devis and Services tabs end to end on a SQLite file (the runner's threads need
committed data): the queue with its status counts, answering a quote from its window and
seeing the queue and its counts change, refusals, read-only for employees, the services
list and form."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine
from backoffice.models import Devis, DevisNumero, RoleName, Service
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.tasks import DbRunner
from backoffice.views.quotes import QuotesScreen, QuoteWindow, RejectDialog
from backoffice.views.services_tab import ServicesScreen
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.quotes_factories import make_quote, make_service
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
SHOTS = Path(tempfile.gettempdir())  # screenshots to look at (1 024 × 700)
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context


@pytest.fixture(scope="session")
def quotes_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quotes") / "template.db"
    migrations.upgrade(f"sqlite:///{path}")
    return path


@dataclass
class QuotesDb:
    engine: Engine
    factory: sessionmaker[Session]
    admin: Staff
    employe: Staff
    ids: dict[str, int]


@pytest.fixture
def quotes_db(quotes_template: Path, tmp_path: Path) -> Iterator[QuotesDb]:
    path = tmp_path / "quotes.db"
    shutil.copy(quotes_template, path)
    engine = make_engine(f"sqlite:///{path}")
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    now = datetime.now(UTC)
    ids: dict[str, int] = {}
    with factory() as session:
        admin = make_staff(session, RoleName.ADMIN, email="admin@boutique.test")
        employe = make_staff(session, RoleName.EMPLOYE, email="employe@boutique.test")
        hotte = make_service(session, "Pose de hotte", Decimal("89.00"))
        meuble = make_service(session, "Montage de meuble", Decimal("49.00"))
        ids["hotte"], ids["meuble"] = hotte.id, meuble.id
        zoe = make_user(session, "client", nom="Martin", prenom="Zoé", email="zoe@example.test")
        eric = make_user(session, "client", nom="Lefèvre", prenom="Éric", email="eric@example.test")
        ids["oldest"] = make_quote(
            session,
            customer=zoe,
            service=hotte,
            description="Ma hotte <b>fuit</b> & fait du bruit.",
            date_demande=now - timedelta(days=9),
        ).id
        ids["newer"] = make_quote(
            session, customer=eric, service=meuble, date_demande=now - timedelta(days=1)
        ).id
        ids["open"] = make_quote(
            session, customer=eric, statut="en_cours", date_demande=now - timedelta(days=4)
        ).id
        ids["done"] = make_quote(
            session,
            customer=zoe,
            service=hotte,
            statut="termine",
            montant_estime=Decimal("120.00"),
            date_reponse=now - timedelta(days=20),
            date_demande=now - timedelta(days=22),
        ).id
        session.commit()
    yield QuotesDb(engine, factory, admin, employe, ids)
    engine.dispose()


def _screen(qtbot: Any, context: AppContext) -> QuotesScreen:
    screen = QuotesScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1300, 650)
    screen.show()
    qtbot.waitUntil(
        lambda: not screen.model.loading and bool(screen.status_counts.counts), timeout=8000
    )
    return screen


@pytest.fixture
def context(
    quotes_db: QuotesDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> AppContext:
    return app_context(make_runner(quotes_db.factory), quotes_db.admin)


def _ids(screen: QuotesScreen) -> list[int]:
    return [r["id"] for r in screen.model.rows()]


def test_queue_defaults_to_the_unanswered_oldest_first(
    qtbot: Any, quotes_db: QuotesDb, context: AppContext
) -> None:
    screen = _screen(qtbot, context)
    assert _ids(screen) == [quotes_db.ids["oldest"], quotes_db.ids["newer"]]
    bar = screen.status_counts
    assert bar.counts == {"en_attente": 2, "en_cours": 1, "termine": 1, "rejete": 0}
    assert bar.count_text(None).endswith("4")
    rows = {r["id"]: r for r in screen.model.rows()}
    oldest = rows[quotes_db.ids["oldest"]]
    assert oldest["age"] == "il y a 9 jours" and oldest["en_retard"] is True
    assert oldest["extrait"] == "Ma hotte <b>fuit</b> & fait du bruit."
    assert rows[quotes_db.ids["newer"]]["en_retard"] is False
    screen.set_search("eric")  # accents ignored, customer name
    qtbot.waitUntil(lambda: _ids(screen) == [quotes_db.ids["newer"]], timeout=5000)
    screen.set_search("fuit")  # words of the request
    qtbot.waitUntil(lambda: _ids(screen) == [quotes_db.ids["oldest"]], timeout=5000)
    screen.set_search("")
    bar.set_value(None)
    qtbot.waitUntil(lambda: len(_ids(screen)) == 4, timeout=5000)
    screen.resize(1024, 700)
    screen.grab().save(str(SHOTS / "quotes_queue.png"))


def test_answering_from_the_window_changes_the_queue_and_counts(
    qtbot: Any, quotes_db: QuotesDb, context: AppContext
) -> None:
    screen = _screen(qtbot, context)
    quote_id = quotes_db.ids["oldest"]
    window: QuoteWindow = wait_for(qtbot, screen.open_quote(quote_id))
    qtbot.addWidget(window)
    assert window.request.toPlainText() == "Ma hotte <b>fuit</b> & fait du bruit."
    assert not window.buttons["send"].isEnabled()  # no estimate yet
    window.amount.setText("240,00")
    assert "HT 200,00" in window.amounts.text() and "TTC 240,00" in window.amounts.text()
    window.notes.setPlainText("Pose mardi matin, 2 heures.")
    window.resize(1024, 700)
    window.grab().save(str(SHOTS / "quote_window.png"))
    window.buttons["send"].click()  # saves the answer, then sends it
    qtbot.waitUntil(lambda: window.loaded.numero is not None, timeout=8000)
    assert window.loaded.statut == "en_cours" and window.loaded.date_reponse is not None
    assert window.heading.text() == f"Devis n° {window.loaded.numero}"
    # The queue and its counts follow by themselves.
    bar = screen.status_counts
    qtbot.waitUntil(lambda: bar.counts.get("en_attente") == 1, timeout=8000)
    assert bar.counts["en_cours"] == 2
    qtbot.waitUntil(lambda: _ids(screen) == [quotes_db.ids["newer"]], timeout=8000)
    window.buttons["finish"].click()
    qtbot.waitUntil(lambda: window.loaded.statut == "termine", timeout=8000)
    qtbot.waitUntil(lambda: bar.counts.get("termine") == 2, timeout=8000)
    assert not window.buttons["reject"].isEnabled() and window.notes.isReadOnly()
    with quotes_db.factory() as check:
        row = check.get(Devis, quote_id)
        assert row is not None and row.montant_estime == Decimal("240.00")
        assert check.scalar(select(DevisNumero.numero).where(DevisNumero.id_devis == quote_id))


def test_reject_from_the_window_needs_a_reason(
    qtbot: Any, quotes_db: QuotesDb, context: AppContext
) -> None:
    screen = _screen(qtbot, context)
    window: QuoteWindow = wait_for(qtbot, screen.open_quote(quotes_db.ids["newer"]))
    qtbot.addWidget(window)
    window.buttons["reject"].click()
    qtbot.waitUntil(lambda: window.findChild(RejectDialog) is not None, timeout=3000)
    dialog = window.findChild(RejectDialog)
    assert dialog is not None and not dialog.ok.isEnabled()
    dialog.edit.setPlainText("Nous n'intervenons pas dans votre ville.")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.loaded.statut == "rejete", timeout=8000)
    assert "pas dans votre ville" in (window.loaded.notes_admin or "")
    qtbot.waitUntil(lambda: screen.status_counts.counts.get("rejete") == 1, timeout=8000)


def test_a_colleague_first_is_a_conflict_and_the_typing_stays(
    qtbot: Any, quotes_db: QuotesDb, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backoffice.services.quotes import get_quote, take_quote

    screen = _screen(qtbot, context)
    window: QuoteWindow = wait_for(qtbot, screen.open_quote(quotes_db.ids["newer"]))
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(
        "backoffice.views.quotes.operations.warn",
        lambda _p, _t, text, **_k: shown.append(text),
    )
    with quotes_db.factory() as other:  # a colleague takes it, outside this desk's runner
        read = get_quote(other, quotes_db.admin, quotes_db.ids["newer"])
        take_quote(other, quotes_db.admin, read.id, read)
        other.commit()
    window.amount.setText("55")
    wait_for(qtbot, window.save())
    assert shown and "modifié par quelqu'un d'autre" in shown[0]
    assert window.loaded.statut == "en_cours"  # the quote as it is now
    assert window.amount.text() == "55"  # what was typed stays
    saved = wait_for(qtbot, window.save())  # saving again applies it knowingly
    assert saved is not None and saved.montant_estime == Decimal("55.00")


def test_employe_sees_the_queue_read_only(
    qtbot: Any,
    quotes_db: QuotesDb,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    context = app_context(make_runner(quotes_db.factory), quotes_db.employe)
    screen = _screen(qtbot, context)
    assert screen.action_button("take") is None
    window: QuoteWindow = wait_for(qtbot, screen.open_quote(quotes_db.ids["oldest"]))
    qtbot.addWidget(window)
    assert window.amount.isReadOnly() and window.notes.isReadOnly()
    assert not any(b.isVisible() for b in window.buttons.values())


def test_services_tab_refuses_deleting_a_service_with_quotes(
    qtbot: Any, quotes_db: QuotesDb, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backoffice.views.services_tab import operations

    answers = iter([True, True])

    async def ask(*_args: Any, **_kwargs: Any) -> bool:
        return next(answers)

    monkeypatch.setattr(operations, "ask", ask)
    screen = ServicesScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    rows = {r["nom"]: r for r in screen.model.rows()}
    assert rows["Pose de hotte"]["nb_devis"] == 2
    screen.grab().save(str(SHOTS / "services_tab.png"))
    deleted = wait_for(qtbot, operations.delete_services(screen, [rows["Pose de hotte"]]))
    assert deleted == 0
    with quotes_db.factory() as check:
        service = check.get(Service, quotes_db.ids["hotte"])
        assert service is not None and service.est_actif is False  # deactivated instead


def test_conversation_buttons_discuss_and_send(
    qtbot: Any,
    quotes_db: QuotesDb,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import backoffice.views.conversations  # noqa: F401 - registers the « conversations » opener
    from backoffice.models import PieceJointe
    from backoffice.views.quotes import conversation

    async def typed(*_args: Any) -> str:
        return "Bonjour, voici notre devis."

    opened: list[int] = []
    monkeypatch.setattr(conversation, "_ask", typed)
    monkeypatch.setattr(conversation, "open_record", lambda _ctx, _kind, i: opened.append(i))
    context.settings.setValue(conversation.ATTACHMENTS_ROOT_KEY, str(tmp_path))
    screen = _screen(qtbot, context)
    window: QuoteWindow = wait_for(qtbot, screen.open_quote(quotes_db.ids["newer"]))
    qtbot.addWidget(window)
    assert window.discuss_button.isVisible() and window.send_button.isVisible()
    assert not window.send_button.isEnabled()  # no estimate yet
    window.amount.setText("80")
    assert window.send_button.isEnabled()
    window.resize(1024, 700)
    window.grab().save(str(SHOTS / "quote_window_conversations.png"))
    sent = wait_for(qtbot, conversation.send_to_customer(window), timeout_ms=10_000)
    assert sent is not None and window.loaded.numero == sent.quote.numero
    assert window.loaded.montant_estime == Decimal("80.00")
    with quotes_db.factory() as check:
        files = check.scalars(select(PieceJointe.nom_fichier)).all()
    assert files == [sent.file_name]
    found = wait_for(qtbot, conversation.discuss(window))
    assert found == sent.conversation_id and opened == [found]
