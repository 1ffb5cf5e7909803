"""The Factures tab end to end with pytest-qt, on a migrated SQLite file per test (the
runner's threads need committed data): the lists, search and state, previewing invoices,
the invoice's window from the opener, « Avoir partiel… », the « Journal des ventes »
export, « Paramètres de la boutique » (admin edits, manager reads), what an employee sees.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine
from backoffice.models import Avoir, ParametreBoutique, RoleName
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.permissions import Staff
from backoffice.ui import openers
from backoffice.ui.context import AppContext
from backoffice.ui.document_preview import PdfPreviewDialog
from backoffice.ui.forms import FormDialog
from backoffice.ui.specs import PERIOD_DATES
from backoffice.ui.tasks import DbRunner
from backoffice.views.invoices import InvoicesScreen, operations
from backoffice.views.invoices.credit_dialog import PartialCreditDialog
from backoffice.views.invoices.periods import period_days
from backoffice.views.invoices.settings import open_shop_settings
from backoffice.views.invoices.window import DocumentWindow
from tests import invoice_helpers, ui_helpers
from tests.documents_samples import HOSTILE
from tests.factories import make_staff
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

SHOTS = Path(tempfile.gettempdir())  # screenshots to look at


@pytest.fixture(scope="session")
def invoicing_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("invoicing") / "template.db"
    migrations.upgrade(f"sqlite:///{path}")
    return path


@dataclass
class Shop:
    engine: Engine
    factory: sessionmaker[Session]
    staff: dict[str, Staff]
    invoices: list[int]
    orders: list[int]


@pytest.fixture
def shop(invoicing_template: Path, tmp_path: Path) -> Iterator[Shop]:
    """Four invoiced orders (the second's customer has a hostile name)."""
    path = tmp_path / "shop.db"
    shutil.copy(invoicing_template, path)
    engine = make_engine(f"sqlite:///{path}")
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    with factory() as session:
        invoice_helpers.set_identity(session)
        staff = {
            role: make_staff(session, role, email=f"{role}@boutique.test")
            for role in (RoleName.ADMIN, RoleName.MANAGER, RoleName.EMPLOYE)
        }
        orders, invoices = [], []
        for n in range(4):
            name = (f"Dupont {HOSTILE}", "Marie") if n == 1 else (f"Martin{n}", "Éloïse")
            order = invoice_helpers.make_order(
                session, [("19.99", 2), ("5.50", 1)], status="en_preparation", customer_name=name
            )
            orders.append(order.id)
            invoices.append(issue_invoice(session, staff[RoleName.MANAGER], order.id))
        session.commit()
    yield Shop(engine, factory, staff, invoices, orders)
    engine.dispose()


def make_screen(
    qtbot: Any,
    shop: Shop,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
    role: str = RoleName.MANAGER,
) -> InvoicesScreen:
    context = app_context(make_runner(shop.factory), shop.staff[role])
    screen = InvoicesScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.invoices.model.rowCount() == 4, timeout=10000)
    return screen


def visible(kind: type, name: str) -> Any:
    app = QCoreApplication.instance()
    found = [
        w
        for w in app.allWidgets()  # type: ignore[union-attr]
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]
    return found[-1] if found else None


def wait_visible(qtbot: Any, kind: type, name: str) -> Any:
    qtbot.waitUntil(lambda: visible(kind, name) is not None, timeout=10000)
    return visible(kind, name)


def select_rows(screen: Any, rows: list[int]) -> None:
    table, model = screen.table, screen.model
    table.clearSelection()
    for row in rows:
        table.selectRow(row) if row == rows[0] else table.selectionModel().select(
            model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )


def test_the_list_shows_the_invoices_and_searches(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any
) -> None:
    screen = make_screen(qtbot, shop, make_runner, app_context)
    invoices = screen.invoices
    rows = [invoices.model.row_at(i) for i in range(4)]
    assert [r["numero"] for r in rows] == sorted((r["numero"] for r in rows), reverse=True)
    assert all(r["numero"].startswith("FA-") for r in rows)
    qtbot.waitUntil(lambda: invoices.count_label.text() == "4 factures", timeout=5000)
    state = invoices.model.index(0, invoices.spec.column_index("etat"))
    assert state.data() == "Émise"
    qtbot.wait(100)
    screen.grab().save(str(SHOTS / "invoices_tab_1024.png"))
    screen.resize(1440, 900)
    qtbot.wait(100)
    screen.grab().save(str(SHOTS / "invoices_tab_1440.png"))

    invoices.set_search("Dupont")
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1, timeout=5000)
    assert HOSTILE in invoices.model.row_at(0)["client"]
    invoices.set_search(rows[2]["numero"])
    qtbot.waitUntil(
        lambda: (
            invoices.model.rowCount() == 1
            and invoices.model.row_at(0)["numero"] == rows[2]["numero"]
        ),
        timeout=5000,
    )

    screen.credit_notes_button.click()
    assert screen.credit_notes is not None and screen.current() is screen.credit_notes
    qtbot.waitUntil(lambda: screen.credit_notes.count_label.text() == "0 avoir", timeout=5000)
    screen.invoices_button.click()
    assert screen.current() is invoices


def test_several_invoices_preview_in_one_window(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any
) -> None:
    screen = make_screen(qtbot, shop, make_runner, app_context)
    invoices = screen.invoices
    select_rows(invoices, [0, 1, 2])
    assert len(invoices.selected_rows()) == 3
    assert invoices.action_button("preview").isEnabled()
    dialog = wait_for(qtbot, operations.preview(invoices, invoices.selected_rows(), False), 15000)
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 3
    assert dialog.windowTitle() == "Factures — 3 documents"


def test_the_opener_shows_the_invoice_and_its_order(
    qtbot: Any,
    shop: Shop,
    make_runner: Any,
    app_context: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = app_context(make_runner(shop.factory), shop.staff[RoleName.MANAGER])
    opened: list[int] = []
    monkeypatch.setitem(
        openers._OPENERS,
        "commandes",
        openers.RegisteredOpener("commandes", lambda _ctx, order_id: opened.append(order_id)),
    )
    task = openers.open_record(context, "factures", shop.invoices[1])
    assert task is not None
    window = wait_for(qtbot, task, 15000)
    assert isinstance(window, DocumentWindow)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Facture n° FA-")
    assert window.document.pageCount() == 1
    window.resize(1024, 700)
    qtbot.wait(150)
    window.grab().save(str(SHOTS / "invoice_window.png"))
    window.findChild(QPushButton, "orderButton").click()
    assert opened == [shop.orders[1]]
    # Opening it again raises the same window.
    again = wait_for(qtbot, openers.open_record(context, "factures", shop.invoices[1]))
    assert again is window


def test_partial_credit_note_from_the_list(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any
) -> None:
    screen = make_screen(qtbot, shop, make_runner, app_context)
    invoices = screen.invoices
    row = next(i for i in range(4) if invoices.model.row_at(i)["id"] == shop.invoices[0])
    select_rows(invoices, [row])
    button = invoices.action_button("partial_credit")
    assert button is not None and button.isEnabled()
    task = asyncio.ensure_future(operations.partial_credit(invoices, shop.invoices[0]))
    dialog = wait_visible(qtbot, PartialCreditDialog, "partialCreditDialog")
    assert dialog.table.rowCount() == 3  # two products and the shipping
    dialog.grab().save(str(SHOTS / "partial_credit.png"))
    dialog.findChild(QPushButton, "creditIssue").click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    assert "motif" in dialog.error.text()
    dialog.findChild(QLineEdit, "creditReason").setText("Article retourné")
    dialog.findChild(QSpinBox, "creditQuantity_1").setValue(1)
    dialog.findChild(QPushButton, "creditIssue").click()
    qtbot.waitUntil(task.done, timeout=15000)
    credit_id = task.result()
    assert credit_id is not None
    with shop.factory() as session:
        assert session.scalar(select(func.count()).select_from(Avoir)) == 1
    preview = wait_visible(qtbot, PdfPreviewDialog, "pdfPreview")
    assert preview.windowTitle().startswith("Avoir n° AV-")
    preview.close()
    # The list refreshed itself: the invoice is now partly credited.
    qtbot.waitUntil(
        lambda: (
            invoices.model.index(row, invoices.spec.column_index("etat")).data()
            == "Partiellement créditée"
        ),
        timeout=10000,
    )
    screen.credit_notes_button.click()
    credit_notes = screen.credit_notes
    assert credit_notes is not None
    qtbot.waitUntil(lambda: credit_notes.model.rowCount() == 1, timeout=10000)
    assert credit_notes.model.row_at(0)["numero_facture"] == invoices.model.row_at(row)["numero"]
    qtbot.wait(100)
    screen.grab().save(str(SHOTS / "credit_notes_1024.png"))


def test_the_sales_journal_is_exported(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, shop, make_runner, app_context)
    today = date.today()
    task = asyncio.ensure_future(
        operations.export_journal(screen.invoices, (PERIOD_DATES, date(2020, 1, 1), today))
    )
    period = wait_visible(qtbot, QDialog, "journalPeriodDialog")
    assert period.period() == (date(2020, 1, 1), today)
    period.findChild(QPushButton, "journalExport").click()
    file_dialog = wait_visible(qtbot, QFileDialog, "saveDialog")
    assert file_dialog.selectedFiles()[0].endswith(".csv")
    target = tmp_path / "journal.csv"
    file_dialog.setDirectory(str(tmp_path))
    file_dialog.findChild(QLineEdit, "fileNameEdit").setText(target.name)
    file_dialog.accept()
    qtbot.waitUntil(task.done, timeout=15000)
    assert task.result() == target
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM French spreadsheets expect
    text = raw.decode("utf-8-sig")
    assert text.count("\r\n") == 1 + 4 + 1  # header, four invoices, the total
    assert "Total" in text.splitlines()[-1] and "4 documents" in text
    assert "Journal des ventes enregistré (4 documents)" in screen.invoices.notice.text()


def test_periods_an_accountant_asks_for() -> None:
    day = date(2026, 5, 14)
    assert period_days("month", day) == (date(2026, 5, 1), day)
    assert period_days("last_month", day) == (date(2026, 4, 1), date(2026, 4, 30))
    assert period_days("quarter", day) == (date(2026, 4, 1), day)
    assert period_days("last_quarter", day) == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_days("year", day) == (date(2026, 1, 1), day)
    assert period_days("last_year", day) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_days(None, day) == (None, None)
    assert period_days((PERIOD_DATES, day, date(2026, 5, 1)), day) == (date(2026, 5, 1), day)
    assert period_days("last_month", date(2026, 1, 3)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_shop_settings_admin_edits_manager_reads(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any
) -> None:
    runner = make_runner(shop.factory)
    admin = app_context(runner, shop.staff[RoleName.ADMIN])
    dialog = wait_for(qtbot, open_shop_settings(admin), 10000)
    assert isinstance(dialog, FormDialog)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.editor("raison_sociale").text() == "Boutique & Fils"
    dialog.resize(1024, 700)
    qtbot.wait(100)
    dialog.grab().save(str(SHOTS / "shop_settings.png"))
    form.editor("raison_sociale").setText("Boutique & Filles")
    assert wait_for(qtbot, form.submit(), 10000) is True
    with shop.factory() as session:
        assert session.get(ParametreBoutique, "raison_sociale").valeur == "Boutique & Filles"

    manager = app_context(runner, shop.staff[RoleName.MANAGER])
    read_only = wait_for(qtbot, open_shop_settings(manager), 10000)
    qtbot.addWidget(read_only)
    banner = read_only.form.findChild(QLabel, "formReadOnly")
    assert banner is not None and "Lecture seule" in banner.text()
    assert read_only.form.editor("raison_sociale").text() == "Boutique & Filles"
    assert not read_only.form.save_button.isVisible()


def test_an_employee_reads_but_does_not_credit(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any
) -> None:
    screen = make_screen(qtbot, shop, make_runner, app_context, RoleName.EMPLOYE)
    assert screen.invoices.action_button("partial_credit") is None
    assert screen.invoices.action_button("settings") is None
    assert screen.invoices.action_button("preview") is not None
    context = screen.context
    assert openers.can_open(context, "factures")
    assert not openers.can_open(context, "parametres_boutique")


def test_the_main_window_menu_opens_the_shop_settings(
    qtbot: Any, shop: Shop, make_runner: Any, app_context: Any
) -> None:
    from backoffice.ui.main_window import MainWindow

    runner = make_runner(shop.factory)
    employee = MainWindow(app_context(runner, shop.staff[RoleName.EMPLOYE]), idle_minutes=0)
    qtbot.addWidget(employee)
    assert employee.shop_settings_action is None
    window = MainWindow(app_context(runner, shop.staff[RoleName.MANAGER]), idle_minutes=0)
    qtbot.addWidget(window)
    assert window.shop_settings_action is not None
    assert window.shop_settings_action.text() == "Paramètres de la &boutique…"
    window.shop_settings_action.trigger()
    dialog = wait_visible(qtbot, FormDialog, "shopSettingsDialog")
    qtbot.addWidget(dialog)
    assert dialog.form.editor("siren").text() == "123456789"


def test_the_tab_on_postgresql_and_mariadb(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Any,
    app_context: Any,
) -> None:
    with server_committed() as session:
        invoice_helpers.set_identity(session)
        manager = invoice_helpers.manager(session)
        ids = []
        for n in range(3):
            order = invoice_helpers.make_order(
                session, status="en_preparation", customer_name=(f"Serveur{n}", "Zoé")
            )
            ids.append(issue_invoice(session, manager, order.id))
        session.commit()
    context = app_context(make_runner(server_committed), manager)
    screen = InvoicesScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    invoices = screen.invoices
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 3, timeout=15000)
    combo = invoices.filter_widget("periode").combo  # type: ignore[union-attr]
    combo.setCurrentIndex(combo.findData("last_year"))  # nothing issued last year
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 0, timeout=15000)
    combo.setCurrentIndex(combo.findData("year"))
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 3, timeout=15000)
    invoices.set_search("Serveur1")
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1, timeout=15000)
    dialog = wait_for(qtbot, operations.preview(invoices, [invoices.model.row_at(0)], False), 15000)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
