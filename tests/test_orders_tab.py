"""The Commandes tab end to end on PostgreSQL: the list and its status buttons, the order
window (every field, links, the workflow's buttons), advancing an order from its window and
seeing the list and the counts follow; screenshots at 1 024×700 and 1 440×900."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Commande, HistoriqueCommande
from backoffice.models.enums import RoleName
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.openers import can_open
from backoffice.ui.tasks import DbRunner
from backoffice.views.all import all_views  # every tab, so every opener
from backoffice.views.clients import open_customer_sheet
from backoffice.views.orders import OrdersScreen, OrderWindow, orders_screen
from backoffice.views.orders.window import open_order
from tests import ui_helpers
from tests.factories import make_product, make_staff, make_user
from tests.invoice_helpers import set_identity
from tests.orders_factories import make_order
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

pytestmark = pytest.mark.postgres
SHOTS = Path(tempfile.gettempdir())  # the screenshots, looked at by hand

STATUSES = ["en_attente"] * 6 + ["validee"] * 4 + ["en_preparation"] * 3 + ["expediee"] * 2
STATUSES += ["livree"] * 8 + ["annulee"] * 2


@pytest.fixture
def shop(pg_committed: sessionmaker[Session]) -> dict[str, Any]:
    with pg_committed() as session:
        set_identity(session)
        admin = make_staff(session, email="admin@boutique.test")
        customer = make_user(
            session, nom="Martin", prenom="Jeanne", email="jeanne.martin@exemple.fr"
        )
        other = make_user(session, nom="Léger", prenom="Éric", email="eric@exemple.fr")
        bol = make_product(session, "Bol en grès", prix=Decimal("12.50"), stock=8)
        tasse = make_product(session, "Tasse <b>S&P</b>", prix=Decimal("7.90"), stock=3)
        orders = []
        for i, statut in enumerate(STATUSES):
            orders.append(
                make_order(
                    session,
                    customer if i % 3 else other,
                    statut,
                    [(bol, 2), (tasse, 1)],
                    reference=f"CMD-2026-{i + 1:06d}",
                    date=datetime(2026, 11, 1 + i, 9, 0, tzinfo=UTC),
                    paid="succeeded" if statut != "en_attente" else None,
                )
            )
        featured = orders[0]
        session.execute(
            update(Commande)
            .where(Commande.id == featured.id)
            .values(
                mode_livraison="point_relais",
                point_relais_id="RL12345",
                point_relais_nom="Tabac de la Mairie",
                instructions_livraison="Sonner deux fois <script>",
                notes="Emballage cadeau demandé.",
                note_client=4,
                commentaire_client="Très bien, emballage un peu abîmé.",
                montant_total=Decimal("99.99"),  # does not add up: the window warns
            )
        )
        session.commit()
        return {
            "admin": admin,
            "featured": featured.id,
            "customer": customer.id,
            "bol": bol.id,
            "orders": [o.id for o in orders],
        }


@pytest.fixture
def context(
    shop: dict[str, Any],
    pg_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> AppContext:
    return app_context(make_runner(pg_committed), shop["admin"])


@pytest.fixture
def screen(qtbot: Any, context: AppContext) -> OrdersScreen:
    widget = orders_screen(context)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    bar = widget.status_counts
    assert bar is not None
    qtbot.waitUntil(lambda: not widget.model.loading and bool(bar.counts), timeout=10000)
    return widget


def _group_by(factory: sessionmaker[Session]) -> dict[str, int]:
    with factory() as session:
        rows = session.execute(select(Commande.statut, func.count()).group_by(Commande.statut))
        return {str(s): n for s, n in rows}


def _shown(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def test_registered_view_and_openers(context: AppContext) -> None:
    spec = next(v for v in all_views() if v.key == "commandes")
    assert spec.title == "Commandes"
    assert can_open(context, "commandes") and can_open(context, "clients")
    assert can_open(context, "produits")


def test_the_list_and_its_counts(
    qtbot: Any, screen: OrdersScreen, pg_committed: sessionmaker[Session]
) -> None:
    model = screen.model
    assert model.rowCount() == len(STATUSES)
    first = model.row_at(0)
    assert first["reference"] == f"CMD-2026-{len(STATUSES):06d}"  # the newest first
    assert first["client"] == "Léger Éric" and first["articles"] == 3
    assert first["paiement"] == "Carte · réglé"
    column = screen.spec.column_index("statut")
    assert model.index(0, column).data() == "Annulée"
    bar = screen.status_counts
    assert bar is not None
    assert _shown(bar.counts) == _group_by(pg_committed)
    assert bar.count_text("en_attente") == "En attente  6"
    assert bar.count_text(None) == f"Toutes  {len(STATUSES)}"
    assert screen.count_label.text() == f"{len(STATUSES)} commandes"
    # A status button filters the list; its count is the list's total.
    bar.button("validee").click()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 4, timeout=5000)
    assert {model.row_at(i)["statut"] for i in range(4)} == {"validee"}
    assert screen.count_label.text() == "4 commandes"
    # The search counts too: each button says what that status would show.
    bar.button(None).click()
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == len(STATUSES))
    screen.set_search("eric")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 9, timeout=5000)
    qtbot.waitUntil(lambda: sum(bar.counts.values()) == 9, timeout=5000)
    # Ctrl+F focuses the search box.
    screen.table.setFocus()
    qtbot.keySequence(screen.table, QKeySequence(QKeySequence.StandardKey.Find))
    assert QApplication.focusWidget() is screen.search_box


def test_the_window_shows_every_field(
    qtbot: Any, context: AppContext, shop: dict[str, Any]
) -> None:
    window = wait_for(qtbot, open_order(context, shop["featured"]))
    qtbot.addWidget(window)
    assert isinstance(window, OrderWindow)
    assert window.windowTitle() == "Commande CMD-2026-000001"

    def text(name: str) -> str:
        label = window.findChild(QLabel, name)
        assert label is not None, name
        return label.text()

    assert text("statusBadge") == "En attente"
    assert "Jeanne" not in text("deliveryMode")
    assert text("deliveryAddress") == "Jeanne Martin\n3 rue des Lilas\n75011 Paris"
    assert text("deliveryMode") == "Point relais, France"
    assert text("relayPoint") == "RL12345 — Tabac de la Mairie"
    assert text("deliveryInstructions") == "Sonner deux fois <script>"
    label = window.findChild(QLabel, "deliveryInstructions")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert text("billingAddress").startswith("Jeanne Martin")
    assert text("paymentMethod") == "Carte bancaire"
    assert text("customerRating").startswith("★★★★☆")
    assert text("customerComment") == "Très bien, emballage un peu abîmé."
    assert "Montant total : 99,99" in text("orderTotals")
    assert window.findChild(QLabel, "totalsWarning").isVisibleTo(window)
    lines = window.lines
    assert lines.rowCount() == 2
    assert lines.item(0, 0).text() == "Bol en grès" and lines.item(0, 3).text() == "2"
    assert lines.item(1, 0).text() == "Tasse <b>S&P</b>"  # a table item: never rich text
    assert window.history.rowCount() == 1 and "Commande passée" in window.history.item(0, 2).text()
    assert window.notes.toPlainText() == "Emballage cadeau demandé."
    customer = window.findChild(QPushButton, "customerLink")
    assert customer is not None and customer.text() == "Éric Léger"
    # Only what the workflow allows.
    visible = {
        s
        for s in ("validee", "en_preparation", "expediee", "livree", "annulee")
        if window.action_button(s).isVisibleTo(window)
    }
    assert visible == {"validee", "annulee"}
    # Opening it again raises the same window.
    assert wait_for(qtbot, open_order(context, shop["featured"])) is window
    for size, name in (((1024, 700), "order_window_1024"), ((1440, 900), "order_window_1440")):
        window.resize(*size)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"{name}.png"))


def test_advancing_from_the_window_changes_the_list_and_the_counts(
    qtbot: Any, screen: OrdersScreen, pg_committed: sessionmaker[Session]
) -> None:
    model = screen.model
    bar = screen.status_counts
    assert bar is not None
    row = next(
        model.row_at(i) for i in range(model.rowCount()) if model.row_at(i)["statut"] == "validee"
    )
    window = wait_for(qtbot, screen.open_order(int(row["id"])))
    qtbot.addWidget(window)
    before = dict(bar.counts)
    button = window.action_button("en_preparation")
    assert button is not None and button.isVisibleTo(window)
    button.click()
    qtbot.waitUntil(lambda: window.order["statut"] == "en_preparation", timeout=10000)
    qtbot.waitUntil(lambda: bar.counts.get("validee") == before["validee"] - 1, timeout=10000)
    assert bar.counts["en_preparation"] == before["en_preparation"] + 1
    assert _shown(bar.counts) == _group_by(pg_committed)
    qtbot.waitUntil(
        lambda: (
            next(
                model.row_at(i)["statut"]
                for i in range(model.rowCount())
                if model.row_at(i)["id"] == row["id"]
            )
            == "en_preparation"
        ),
        timeout=10000,
    )
    # The invoice was issued in the same transaction; the window shows it.
    qtbot.waitUntil(lambda: bool(window.order["invoices"]), timeout=10000)
    assert window.action_button("expediee").isVisibleTo(window)
    with pg_committed() as session:
        actions = session.scalars(
            select(HistoriqueCommande.action).where(HistoriqueCommande.id_commande == row["id"])
        ).all()
    assert actions == ["creation", "changement_statut"]
    for size, name in (((1024, 700), "orders_tab_1024"), ((1440, 900), "orders_tab_1440")):
        screen.resize(*size)
        qtbot.wait(50)
        screen.grab().save(str(SHOTS / f"{name}.png"))


def test_the_website_moved_the_order_under_the_window(
    qtbot: Any, context: AppContext, shop: dict[str, Any], pg_committed: sessionmaker[Session]
) -> None:
    window = wait_for(qtbot, open_order(context, shop["featured"]))
    qtbot.addWidget(window)
    with pg_committed() as session:  # the website validates it meanwhile
        session.execute(
            update(Commande).where(Commande.id == shop["featured"]).values(statut="validee")
        )
        session.commit()
    window.action_button("validee").click()
    box = None

    def refused() -> bool:
        nonlocal box
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "operationRefused" and w.isVisible()
            ),
            None,
        )
        return box is not None

    qtbot.waitUntil(refused, timeout=10000)
    assert "maintenant « Validée »" in box.text()  # type: ignore[union-attr]
    box.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.order["statut"] == "validee", timeout=10000)
    assert not window.action_button("validee").isVisibleTo(window)
    with pg_committed() as session:
        n = session.scalar(
            select(func.count())
            .select_from(HistoriqueCommande)
            .where(HistoriqueCommande.id_commande == shop["featured"])
        )
    assert n == 1  # nothing applied


def test_the_customer_sheet_opens_its_orders(
    qtbot: Any, context: AppContext, shop: dict[str, Any]
) -> None:
    sheet = wait_for(qtbot, open_customer_sheet(context, shop["customer"]))
    qtbot.addWidget(sheet)
    order_id = int(sheet.orders.item(0, 0).data(Qt.ItemDataRole.UserRole))
    sheet.orderActivated.emit(order_id)
    windows = context.record_windows("commandes")
    qtbot.waitUntil(lambda: windows.get(order_id) is not None, timeout=10000)


def test_support_sees_no_workflow_button(
    qtbot: Any,
    shop: dict[str, Any],
    pg_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    with pg_committed() as session:
        support = make_staff(session, RoleName.SUPPORT)
        session.commit()
    context = app_context(make_runner(pg_committed), support)
    window = wait_for(qtbot, open_order(context, shop["featured"]))
    qtbot.addWidget(window)
    assert all(window.action_button(s) is None for s in ("validee", "annulee"))
    assert window.notes.isReadOnly()


def _select(screen: OrdersScreen, ids: set[int]) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    model = screen.model
    selection = QItemSelection()
    for r in range(model.rowCount()):
        if model.row_at(r)["id"] in ids:
            selection.select(model.index(r, 0), model.index(r, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    screen.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)


def test_batch_from_the_list_with_a_summary(
    qtbot: Any, screen: OrdersScreen, pg_committed: sessionmaker[Session]
) -> None:
    model = screen.model
    waiting = [
        model.row_at(r)
        for r in range(model.rowCount())
        if model.row_at(r)["statut"] == "en_attente"
    ]
    stale = waiting[0]
    with pg_committed() as session:  # the website cancels one meanwhile
        session.execute(update(Commande).where(Commande.id == stale["id"]).values(statut="annulee"))
        session.commit()
    _select(screen, {int(r["id"]) for r in waiting})
    button = screen.action_button("validee")
    assert button is not None and button.isEnabled()
    assert not screen.action_button("livree").isEnabled()  # none of them is shipped
    button.click()

    def summary() -> Any:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "batchSummary" and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: summary() is not None, timeout=10000)
    box = summary()
    assert (
        "5 commandes passées à « Validée »." in box.text()
        and stale["reference"] in box.informativeText()
    )
    box.close()
    qtbot.waitUntil(lambda: screen.status_counts.counts.get("validee") == 4 + 5, timeout=10000)
    assert _shown(screen.status_counts.counts) == _group_by(pg_committed)


def test_packing_slips_of_the_selection(qtbot: Any, screen: OrdersScreen) -> None:
    model = screen.model
    ready = {
        int(model.row_at(r)["id"])
        for r in range(model.rowCount())
        if model.row_at(r)["statut"] in ("validee", "en_preparation")
    }
    _select(screen, ready)
    button = screen.action_button("packing_slip")
    assert button is not None and button.isEnabled()
    button.click()

    def preview() -> Any:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "PdfPreviewDialog" and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: preview() is not None, timeout=20000)
    dialog = preview()
    assert dialog.rendered.data.startswith(b"%PDF")
    dialog.close()


def test_return_in_the_list_opens_the_order(
    qtbot: Any, screen: OrdersScreen, context: AppContext
) -> None:
    screen.table.setFocus()
    screen.table.selectRow(2)
    order_id = int(screen.model.row_at(2)["id"])
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    windows = context.record_windows("commandes")
    qtbot.waitUntil(lambda: windows.get(order_id) is not None, timeout=10000)


def _dialog(qtbot: Any, parent: Any, kind: type) -> Any:
    found: list[Any] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def test_ship_then_cancel_from_the_window_through_their_dialogs(
    qtbot: Any, context: AppContext, shop: dict[str, Any], pg_committed: sessionmaker[Session]
) -> None:
    from backoffice.models import Produit
    from backoffice.views.orders.dialogs import CancelDialog, ShipDialog

    with pg_committed() as session:
        preparing = session.scalar(
            select(Commande.id).where(Commande.statut == "en_preparation").order_by(Commande.id)
        )
        waiting = session.scalar(
            select(Commande.id)
            .where(Commande.statut == "en_attente", Commande.id != shop["featured"])
            .order_by(Commande.id)
        )
        stock = session.scalar(select(Produit.stock).where(Produit.id == shop["bol"]))
    window = wait_for(qtbot, open_order(context, preparing))
    qtbot.addWidget(window)
    window.action_button("expediee").click()
    ship = _dialog(qtbot, window, ShipDialog)
    ship.carrier.setEditText("")
    ship.findChild(QPushButton, "shipOk").click()
    assert ship.error.text() == "Indiquez le transporteur." and ship.isVisible()
    ship.carrier.setEditText("Chronopost")
    ship.tracking.setText("XY123456789FR")
    ship.findChild(QPushButton, "shipOk").click()
    qtbot.waitUntil(lambda: window.order["statut"] == "expediee", timeout=10000)
    label = window.findChild(QLabel, "shippingTracking")
    assert label.text() == "Chronopost — suivi XY123456789FR"
    assert "Chronopost" in window.history.item(0, 2).text()

    other = wait_for(qtbot, open_order(context, waiting))
    qtbot.addWidget(other)
    other.action_button("annulee").click()
    cancel = _dialog(qtbot, other, CancelDialog)
    cancel.findChild(QPushButton, "cancelOk").click()
    assert cancel.error.isVisibleTo(cancel)  # no reason chosen yet
    cancel.reason.setCurrentIndex(3)
    cancel.comment.setPlainText("Appel du client")
    cancel.findChild(QPushButton, "cancelOk").click()
    qtbot.waitUntil(lambda: other.order["statut"] == "annulee", timeout=10000)
    assert other.findChild(QLabel, "cancelReasonText").text() == "Demande du client"
    assert other.cancel_box.isVisibleTo(other)
    with pg_committed() as session:
        assert session.scalar(select(Produit.stock).where(Produit.id == shop["bol"])) == stock + 2


def test_notes_changed_elsewhere_are_not_overwritten(
    qtbot: Any, context: AppContext, shop: dict[str, Any], pg_committed: sessionmaker[Session]
) -> None:
    window = wait_for(qtbot, open_order(context, shop["featured"]))
    qtbot.addWidget(window)
    window.notes.setPlainText("Mes notes")
    assert window.save_notes_button.isEnabled()
    with pg_committed() as session:  # a colleague saves other notes meanwhile
        session.execute(
            update(Commande).where(Commande.id == shop["featured"]).values(notes="Les leurs")
        )
        session.commit()
    task = asyncio.ensure_future(window.save_notes())
    box = None

    def asked() -> bool:
        nonlocal box
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "notesConflict" and w.isVisible()
            ),
            None,
        )
        return box is not None

    qtbot.waitUntil(asked, timeout=10000)
    box.findChild(QPushButton, "askNo").click()  # « Prendre les notes actuelles »
    qtbot.waitUntil(task.done, timeout=10000)
    assert window.notes.toPlainText() == "Les leurs"
    with pg_committed() as session:
        notes = session.scalar(select(Commande.notes).where(Commande.id == shop["featured"]))
    assert notes == "Les leurs"
