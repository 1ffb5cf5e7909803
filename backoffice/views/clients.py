"""The Clients tab: customers (role ``client``), searchable by name, e-mail and city.

The list and each open customer sheet refresh themselves when an operation changes a
customer or an order (the runner's change announcement, ``ui/watch.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.changes import Changes
from backoffice.services.customers import count_customers, customer_detail, list_customers
from backoffice.services.permissions import Permission
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import close_box
from backoffice.ui.errors import user_message
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.specs import ColumnSpec, ListSpec, Row
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.registry import ViewSpec, register

# The customer's row, and the orders counted in the list and listed on the sheet.
CUSTOMER_TABLES = ("utilisateurs", "commandes")


def order_status(status: str) -> str:
    """The order status's wording (:data:`backoffice.labels.ORDER_STATUS_LABELS`)."""
    return QCoreApplication.translate(labels.CONTEXT, labels.order_status_label(status))


def clients_spec() -> ListSpec:
    """The Clients list (built at call time so that tr() sees the installed translators)."""
    return ListSpec(
        title=QCoreApplication.translate("Clients", "Clients"),
        columns=(
            ColumnSpec("nom", QCoreApplication.translate("Clients", "Nom"), width=170),
            ColumnSpec("prenom", QCoreApplication.translate("Clients", "Prénom"), width=150),
            ColumnSpec("email", QCoreApplication.translate("Clients", "E-mail"), width=260),
            ColumnSpec("ville", QCoreApplication.translate("Clients", "Ville"), width=150),
            ColumnSpec(
                "date_inscription",
                QCoreApplication.translate("Clients", "Inscription"),
                kind="date",
                width=100,
            ),
            ColumnSpec(
                "points_fidelite",
                QCoreApplication.translate("Clients", "Points fidélité"),
                kind="int",
                width=110,
            ),
            ColumnSpec(
                "nb_commandes",
                QCoreApplication.translate("Clients", "Commandes"),
                kind="int",
                width=100,
            ),
        ),
        fetch=list_customers,
        count=count_customers,
        default_sort="nom",
        search_placeholder=QCoreApplication.translate(
            "Clients", "Rechercher un client (nom, e-mail, ville)…"
        ),
        count_noun=(
            QCoreApplication.translate("Clients", "client"),
            QCoreApplication.translate("Clients", "clients"),
        ),
        on_open=open_customer,
        object_name="clientsScreen",
        tables=CUSTOMER_TABLES,
    )


async def open_customer(screen: ListScreen, row: Row) -> CustomerDialog:
    """Double-click: a read-only sheet with the customer's details and latest orders (the
    customer's open sheet raised, if there is one)."""

    async def make() -> CustomerDialog:
        context = screen.context
        detail = await context.runner.run(customer_detail, context.actor, row["id"])
        dialog = CustomerDialog(detail, screen, context=context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # not exec(): no nested event loop inside an asyncio task
        return dialog

    return await screen.context.record_windows("clients").open(row["id"], make)


class CustomerDialog(QDialog):
    """Read-only view of one customer (``customer_detail``'s dict).

    With ``context``, the sheet follows its customer: when an operation changes the
    customer's row or any order, it reads the detail again and shows it (``show_detail``).
    """

    def __init__(
        self,
        detail: dict[str, Any],
        parent: QWidget | None = None,
        *,
        context: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.customer_id = detail.get("id")
        self.resize(620, 480)
        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("nom", self.tr("Nom")),
            ("prenom", self.tr("Prénom")),
            ("email", self.tr("E-mail")),
            ("telephone", self.tr("Téléphone")),
            ("adresse", self.tr("Adresse")),
            ("date_inscription", self.tr("Inscription")),
            ("derniere_connexion", self.tr("Dernière connexion")),
            ("points_fidelite", self.tr("Points fidélité")),
            ("nb_commandes", self.tr("Commandes")),
        ):
            text = QLabel(self)
            # The customer typed these on the website: never interpret them as HTML.
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + " :", text)
            self._values[key] = text

        box = QGroupBox(self.tr("Dernières commandes"))
        self.orders = QTableWidget(0, 4, box)
        self.orders.setObjectName("ordersTable")
        self.orders.setHorizontalHeaderLabels(
            [self.tr("Référence"), self.tr("Date"), self.tr("Statut"), self.tr("Montant")]
        )
        self.orders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.verticalHeader().setVisible(False)
        self.orders.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.no_orders = QLabel(self.tr("Aucune commande."), box)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.orders)
        box_layout.addWidget(self.no_orders)

        buttons, _close = close_box(self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(buttons)
        self.show_detail(detail)
        self.context = context
        if context is not None:
            ChangeWatcher(context.runner, self, CUSTOMER_TABLES, self._changed)

    def show_detail(self, detail: dict[str, Any]) -> None:
        name = " ".join(p for p in (detail.get("prenom"), detail.get("nom")) if p)
        self.setWindowTitle(self.tr("Client — {name}").format(name=name or detail["email"]))
        address = ", ".join(
            p
            for p in (
                detail.get("adresse"),
                " ".join(x for x in (detail.get("code_postal"), detail.get("ville")) if x),
            )
            if p
        )
        texts = {
            **{k: detail.get(k) for k in ("nom", "prenom", "email", "telephone")},
            "adresse": address,
            "date_inscription": formatting.format_datetime(detail.get("date_inscription")),
            "derniere_connexion": formatting.format_datetime(detail.get("derniere_connexion")),
            "points_fidelite": formatting.format_int(detail.get("points_fidelite")),
            "nb_commandes": formatting.format_int(detail.get("nb_commandes")),
        }
        for key, value in texts.items():
            self._values[key].setText(str(value) if value not in (None, "") else "—")
        orders = detail.get("orders", [])
        self.orders.setRowCount(len(orders))
        for r, order in enumerate(orders):
            cells = (
                order["reference"],
                formatting.format_datetime(order["date_commande"]),
                order_status(order["statut"]),
                formatting.format_money(order["montant_total"]),
            )
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.orders.setItem(r, c, item)
        self.orders.resizeColumnsToContents()
        self.orders.setCurrentCell(-1, -1)
        self.orders.setVisible(bool(orders))
        self.no_orders.setVisible(not orders)

    def _changed(self, changes: Changes) -> None:
        mine = changes.touches_row("utilisateurs", self.customer_id)
        if mine or changes.touches("commandes"):
            spawn(self.reload(), on_error=self._reload_failed)

    async def reload(self) -> None:
        """Reads the customer again (the sheet follows changes made elsewhere)."""
        assert self.context is not None
        runner, actor = self.context.runner, self.context.actor
        self.show_detail(await runner.run(customer_detail, actor, self.customer_id))

    def _reload_failed(self, exc: BaseException) -> None:
        self.setWindowTitle(self.windowTitle() + " — " + user_message(exc))


def clients_screen(context: AppContext) -> ListScreen:
    return ListScreen(context, clients_spec())


VIEW = register(
    ViewSpec(
        key="clients",
        title=QT_TRANSLATE_NOOP("Views", "Clients"),
        icon="SP_DirHomeIcon",
        permission=Permission.CUSTOMERS_VIEW,
        factory=clients_screen,
        order=10,
    )
)
