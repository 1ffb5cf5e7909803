"""The Clients tab: customers (role ``client``), searchable by name, e-mail and city."""

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

from backoffice.models.enums import StatutCommande
from backoffice.services.customers import count_customers, customer_detail, list_customers
from backoffice.services.permissions import Permission
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import close_box
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.specs import ColumnSpec, ListSpec, Row
from backoffice.views.registry import ViewSpec, register


def tr(text: str) -> str:
    return QCoreApplication.translate("Clients", text)


ORDER_STATUS_LABELS: dict[str, str] = {
    StatutCommande.EN_ATTENTE: "En attente",
    StatutCommande.VALIDEE: "Validée",
    StatutCommande.EN_PREPARATION: "En préparation",
    StatutCommande.EXPEDIEE: "Expédiée",
    StatutCommande.LIVREE: "Livrée",
    StatutCommande.ANNULEE: "Annulée",
}


def clients_spec() -> ListSpec:
    """The Clients list (built at call time so that tr() sees the installed translators)."""
    return ListSpec(
        title=tr("Clients"),
        columns=(
            ColumnSpec("nom", tr("Nom"), width=170),
            ColumnSpec("prenom", tr("Prénom"), width=150),
            ColumnSpec("email", tr("E-mail"), width=260),
            ColumnSpec("ville", tr("Ville"), width=150),
            ColumnSpec("date_inscription", tr("Inscription"), kind="date", width=100),
            ColumnSpec("points_fidelite", tr("Points fidélité"), kind="int", width=110),
            ColumnSpec("nb_commandes", tr("Commandes"), kind="int", width=100),
        ),
        fetch=list_customers,
        count=count_customers,
        default_sort="nom",
        search_placeholder=tr("Rechercher un client (nom, e-mail, ville)…"),
        count_noun=(tr("client"), tr("clients")),
        on_open=open_customer,
        object_name="clientsScreen",
    )


async def open_customer(screen: ListScreen, row: Row) -> None:
    """Double-click: a read-only sheet with the customer's details and latest orders."""
    detail = await screen.context.runner.run(customer_detail, screen.context.actor, row["id"])
    dialog = CustomerDialog(detail, screen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # not exec(): no nested event loop inside an asyncio task


class CustomerDialog(QDialog):
    """Read-only view of one customer (``customer_detail``'s dict)."""

    def __init__(self, detail: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        name = " ".join(p for p in (detail.get("prenom"), detail.get("nom")) if p)
        self.setWindowTitle(tr("Client — {name}").format(name=name or detail["email"]))
        self.resize(620, 480)

        form = QFormLayout()
        address = ", ".join(
            p
            for p in (
                detail.get("adresse"),
                " ".join(x for x in (detail.get("code_postal"), detail.get("ville")) if x),
            )
            if p
        )
        fields = (
            (tr("Nom"), detail.get("nom")),
            (tr("Prénom"), detail.get("prenom")),
            (tr("E-mail"), detail.get("email")),
            (tr("Téléphone"), detail.get("telephone")),
            (tr("Adresse"), address),
            (tr("Inscription"), formatting.format_datetime(detail.get("date_inscription"))),
            (
                tr("Dernière connexion"),
                formatting.format_datetime(detail.get("derniere_connexion")),
            ),
            (tr("Points fidélité"), formatting.format_int(detail.get("points_fidelite"))),
            (tr("Commandes"), formatting.format_int(detail.get("nb_commandes"))),
        )
        for label, value in fields:
            text = QLabel(str(value) if value not in (None, "") else "—")
            # The customer typed these on the website: never interpret them as HTML.
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + " :", text)

        orders = detail.get("orders", [])
        box = QGroupBox(tr("Dernières commandes"))
        table = QTableWidget(len(orders), 4, box)
        table.setObjectName("ordersTable")
        table.setHorizontalHeaderLabels([tr("Référence"), tr("Date"), tr("Statut"), tr("Montant")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r, order in enumerate(orders):
            cells = (
                order["reference"],
                formatting.format_datetime(order["date_commande"]),
                tr(ORDER_STATUS_LABELS.get(order["statut"], order["statut"])),
                formatting.format_money(order["montant_total"]),
            )
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.setCurrentCell(-1, -1)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(table if orders else QLabel(tr("Aucune commande.")))
        if not orders:
            table.hide()

        buttons, _close = close_box(self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(buttons)


def clients_screen(context: AppContext) -> ListScreen:
    return ListScreen(context, clients_spec())


VIEW = register(
    ViewSpec(
        key="clients",
        title="Clients",
        icon="SP_DirHomeIcon",
        permission=Permission.CUSTOMERS_VIEW,
        factory=clients_screen,
        order=10,
    )
)
