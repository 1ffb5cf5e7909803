"""The customer sheet: « Modifier… » for staff with customers.edit, the address forms, the
order list ready to open an order (``orderActivated``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Adresse, Commande, RoleName, Utilisateur
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.forms import FormDialog
from backoffice.ui.tasks import DbRunner
from backoffice.views.clients import CustomerDialog, clients_screen, open_customer
from tests import ui_helpers
from tests.factories import make_staff, make_user
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

pytestmark = pytest.mark.postgres


def _sheet(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
    role: str,
) -> tuple[CustomerDialog, int, int]:
    with server_committed() as session:
        actor = make_staff(session, role)
        user = make_user(session, email="georges@exemple.fr", telephone="0102030405")
        session.add(Adresse(id_utilisateur=user.id, nom_adresse="Maison", rue="1 rue Neuve"))
        order = Commande(
            id_utilisateur=user.id,
            montant_total=Decimal("12.50"),
            reference="CMD-0001",
            date_commande=datetime(2026, 11, 21, 13, 5, tzinfo=UTC),
        )
        session.add(order)
        session.commit()
        user_id, order_id = user.id, order.id
    screen = clients_screen(app_context(make_runner(server_committed), actor))
    qtbot.addWidget(screen)
    dialog = wait_for(qtbot, open_customer(screen, {"id": user_id}))
    return dialog, user_id, order_id


def test_admin_edits_the_customer_from_the_sheet(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    sheet, user_id, _ = _sheet(qtbot, server_committed, make_runner, app_context, RoleName.ADMIN)
    button = sheet.findChild(QPushButton, "customerEdit")
    assert button is not None and button.isVisible()
    form_dialog = wait_for(qtbot, sheet.open_customer_form())
    assert isinstance(form_dialog, FormDialog)
    form = form_dialog.form
    assert form.editor("email").text() == "georges@exemple.fr"
    assert form.editor("telephone").text() == "0102030405"
    form.editor("telephone").setText("0611223344")
    assert wait_for(qtbot, form.submit()) is True
    with server_committed() as session:
        phone = session.scalar(select(Utilisateur.telephone).where(Utilisateur.id == user_id))
    assert phone == "0611223344"
    # The sheet follows the change.
    qtbot.waitUntil(lambda: sheet._values["telephone"].text() == "0611223344", timeout=5000)
    # A collision is the e-mail field's error, the form kept as typed.
    with server_committed() as session:
        make_user(session, email="pris@exemple.fr")
        session.commit()
    form_dialog = wait_for(qtbot, sheet.open_customer_form())  # the saved form closed
    form = form_dialog.form
    form.editor("email").setText("pris@exemple.fr")
    assert wait_for(qtbot, form.submit()) is False
    assert form.editor("email").text() == "pris@exemple.fr"
    assert set(form.errors) == {"email"}
    form_dialog.force_close()

    # An address opens its own form.
    addresses = sheet.findChild(QTableWidget, "addressesTable")
    assert addresses.rowCount() == 1 and addresses.item(0, 0).text() == "Maison"
    address_id = int(addresses.item(0, 0).data(Qt.ItemDataRole.UserRole))
    address_dialog = wait_for(qtbot, sheet.open_address_form(address_id))
    address_dialog.form.editor("ville").setText("Lyon")
    assert wait_for(qtbot, address_dialog.form.submit()) is True
    with server_committed() as session:
        city = session.scalar(select(Adresse.ville).where(Adresse.id == address_id))
    assert city == "Lyon"
    qtbot.waitUntil(lambda: "Lyon" in addresses.item(0, 2).text(), timeout=5000)
    sheet.close()


def test_support_sees_the_sheet_read_only_and_orders_can_be_activated(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    sheet, _, order_id = _sheet(qtbot, server_committed, make_runner, app_context, RoleName.SUPPORT)
    assert sheet.findChild(QPushButton, "customerEdit") is None
    orders = sheet.findChild(QTableWidget, "ordersTable")
    activated: list[int] = []
    sheet.orderActivated.connect(activated.append)
    orders.setFocus()
    orders.setCurrentCell(0, 0)
    qtbot.keyClick(orders, Qt.Key.Key_Return)
    assert activated == [order_id]
    assert sheet.isVisible()  # Return opened the order, it did not close the sheet
    addresses = sheet.findChild(QTableWidget, "addressesTable")
    address_id = int(addresses.item(0, 0).data(Qt.ItemDataRole.UserRole))
    address_dialog = wait_for(qtbot, sheet.open_address_form(address_id))
    assert not address_dialog.form.save_button.isVisible()
    address_dialog.force_close()
    sheet.close()
