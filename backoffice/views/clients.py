"""The Clients tab: customers (role ``client``), searchable by name, e-mail and city.

The list and each open customer sheet refresh themselves when an operation changes a
customer or an order (the runner's change announcement, ``ui/watch.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.changes import Changes
from backoffice.services.customers import (
    count_customers,
    customer_detail,
    get_customer_address,
    get_customer_form,
    list_customers,
    update_customer,
    update_customer_address,
    validate_address,
    validate_customer,
)
from backoffice.services.permissions import Permission
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import close_box
from backoffice.ui.errors import user_message
from backoffice.ui.forms import FieldSpec, FormDialog, FormScreen, FormSpec, open_form
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.openers import open_record, register_opener
from backoffice.ui.specs import ActionSpec, ColumnSpec, ListSpec, Row
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher, follow_record
from backoffice.views.registry import ViewSpec, register

# The customer's row, and the orders counted in the list and listed on the sheet.
CUSTOMER_TABLES = ("utilisateurs", "commandes")
# The sheet also lists the customer's addresses.
SHEET_TABLES = (*CUSTOMER_TABLES, "adresses")


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
        # The same as a double-click or Entrée, for those who look for a button.
        actions=(
            ActionSpec(
                "open",
                QCoreApplication.translate("Clients", "Ouvrir la fiche"),
                lambda screen, rows: open_customer(screen, rows[0]),
            ),
        ),
        object_name="clientsScreen",
        tables=CUSTOMER_TABLES,
    )


async def open_customer(screen: ListScreen, row: Row) -> CustomerDialog:
    """Double-click: a read-only sheet with the customer's details and latest orders (the
    customer's open sheet raised, if there is one)."""
    return await open_customer_sheet(screen.context, int(row["id"]), screen)


async def open_customer_sheet(
    context: AppContext, customer_id: int, parent: QWidget | None = None
) -> CustomerDialog:
    """The customer's sheet (raised if open); its orders open in the order window
    (``open_record(ctx, "commandes", id)``, when the member may see orders)."""

    async def make() -> CustomerDialog:
        detail = await context.runner.run(customer_detail, context.actor, customer_id)
        dialog = CustomerDialog(detail, parent, context=context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.orderActivated.connect(lambda order_id: open_record(context, "commandes", order_id))
        # show(), not open(): open() makes a parentless dialog modal to the whole
        # application, locking the order windows and the tabs while it stays open (and
        # not exec(): no nested event loop inside an asyncio task).
        dialog.show()
        return dialog

    return await context.record_windows("clients").open(customer_id, make)


class CustomerDialog(QDialog):
    """One customer's sheet (``customer_detail``'s dict): details, addresses, latest orders.

    With ``context``, the sheet follows its customer: when an operation changes the
    customer's row, an address or any order, it reads the detail again and shows it
    (``show_detail``). Staff with ``customers.edit`` get « Modifier… » (the customer's own
    fields) and edit an address by opening it; the others open them read-only.
    ``orderActivated(order_id)``: an order of the list opened (double-click, Return): the
    order window (:func:`open_customer_sheet` connects it).
    """

    orderActivated = Signal(int)

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
        self.orders.activated.connect(self._order_activated)
        self.no_orders = QLabel(self.tr("Aucune commande."), box)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.orders)
        box_layout.addWidget(self.no_orders)

        address_box = QGroupBox(self.tr("Adresses"))
        self.addresses = QTableWidget(0, 4, address_box)
        self.addresses.setObjectName("addressesTable")
        self.addresses.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Destinataire"), self.tr("Adresse"), self.tr("Défaut")]
        )
        self.addresses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.addresses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.addresses.verticalHeader().setVisible(False)
        self.addresses.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.addresses.activated.connect(self._address_activated)
        self.no_addresses = QLabel(self.tr("Aucune adresse."), address_box)
        address_layout = QVBoxLayout(address_box)
        address_layout.addWidget(self.addresses)
        address_layout.addWidget(self.no_addresses)

        self.context = context
        self.can_edit = context is not None and context.actor.can(Permission.CUSTOMERS_EDIT)
        buttons, _close = close_box(self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        self.edit_button: QPushButton | None = None
        if self.can_edit:
            self.edit_button = QPushButton(self.tr("Modifier…"), self)
            self.edit_button.setObjectName("customerEdit")
            self.edit_button.clicked.connect(
                lambda: spawn(self.open_customer_form(), on_error=self._reload_failed)
            )
            bottom.addWidget(self.edit_button)
        bottom.addWidget(buttons, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(address_box, 1)
        layout.addWidget(box, 1)
        layout.addLayout(bottom)
        self.show_detail(detail)
        if context is not None:
            ChangeWatcher(context.runner, self, SHEET_TABLES, self._changed)

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
                item.setData(Qt.ItemDataRole.UserRole, order["id"])
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.orders.setItem(r, c, item)
        self.orders.resizeColumnsToContents()
        self.orders.setCurrentCell(-1, -1)
        self.orders.setVisible(bool(orders))
        self.no_orders.setVisible(not orders)
        addresses = detail.get("addresses", [])
        self.addresses.setRowCount(len(addresses))
        for r, address in enumerate(addresses):
            place = " ".join(x for x in (address.get("code_postal"), address.get("ville")) if x)
            cells = (
                address.get("nom_adresse") or "",
                address.get("nom_complet") or "",
                ", ".join(p for p in (address.get("rue"), address.get("complement"), place) if p),
                self.tr("Oui") if address.get("is_default") else "",
            )
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, address["id"])
                self.addresses.setItem(r, c, item)
        self.addresses.resizeColumnsToContents()
        self.addresses.setVisible(bool(addresses))
        self.no_addresses.setVisible(not addresses)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Return in a list opens its row (``activated``); the view passes the key on, and
        # the dialog must not also take it for « Fermer ».
        lists = (self.orders, self.addresses)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in lists:
            event.accept()
            return
        super().keyPressEvent(event)

    def _order_activated(self, index: QModelIndex) -> None:
        item = self.orders.item(index.row(), 0)
        if item is not None:
            self.orderActivated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _address_activated(self, index: QModelIndex) -> None:
        item = self.addresses.item(index.row(), 0)
        if item is not None:
            address_id = int(item.data(Qt.ItemDataRole.UserRole))
            spawn(self.open_address_form(address_id), on_error=self._reload_failed)

    async def open_customer_form(self) -> FormDialog:
        """The customer's own fields in the generic form (its open window raised)."""
        assert self.context is not None
        context, customer_id = self.context, self.customer_id

        async def make() -> FormDialog:
            form = FormScreen(context, customer_form_spec(), customer_id)
            dialog = await open_form(form, parent=self, title=self.windowTitle())
            dialog.setObjectName("customerFormDialog")
            self._read_only_unless_allowed(form)
            follow_record(
                form,
                "utilisateurs",
                self.tr(
                    "Ce client a été modifié ailleurs pendant que vous le modifiiez. "
                    "Enregistrer comparera vos valeurs aux nouvelles."
                ),
            )
            return dialog

        return await context.record_windows("clients.fiche").open(customer_id, make)

    async def open_address_form(self, address_id: int) -> FormDialog:
        """One address in the generic form (its open window raised)."""
        assert self.context is not None
        context = self.context

        async def make() -> FormDialog:
            form = FormScreen(context, address_form_spec(), address_id)
            title = self.tr("Adresse — {name}").format(name=self.windowTitle())
            dialog = await open_form(form, parent=self, title=title)
            dialog.setObjectName("addressFormDialog")
            self._read_only_unless_allowed(form)
            follow_record(
                form,
                "adresses",
                self.tr(
                    "Cette adresse a été modifiée ailleurs pendant que vous la modifiiez. "
                    "Enregistrer comparera vos valeurs aux nouvelles."
                ),
            )
            return dialog

        return await context.record_windows("adresses").open(address_id, make)

    def _read_only_unless_allowed(self, form: FormScreen) -> None:
        if not self.can_edit:
            form.set_read_only(
                reason=self.tr("Lecture seule — votre rôle ne permet pas de modifier les clients")
            )

    def _changed(self, changes: Changes) -> None:
        mine = changes.touches_row("utilisateurs", self.customer_id)
        if mine or changes.touches("commandes") or changes.touches("adresses"):
            spawn(self.reload(), on_error=self._reload_failed)

    async def reload(self) -> None:
        """Reads the customer again (the sheet follows changes made elsewhere)."""
        assert self.context is not None
        runner, actor = self.context.runner, self.context.actor
        self.show_detail(await runner.run(customer_detail, actor, self.customer_id))

    def _reload_failed(self, exc: BaseException) -> None:
        self.setWindowTitle(self.windowTitle() + " — " + user_message(exc))


def _label(labels_map: Any, key: str) -> str:
    return QCoreApplication.translate(labels.CONTEXT, labels_map[key])


def save_customer(
    session: Any, actor: Any, customer_id: int, values: dict[str, Any], loaded: Any
) -> dict[str, Any]:
    return update_customer(session, actor, customer_id, values, loaded)


def save_address(
    session: Any, actor: Any, address_id: int, values: dict[str, Any], loaded: Any
) -> dict[str, Any]:
    return update_customer_address(session, actor, address_id, values, loaded)


def customer_form_spec() -> FormSpec:
    """The customer's own fields (never the password, two-factor fields or role)."""
    names = labels.CUSTOMER_FIELD_LABELS
    return FormSpec(
        title=QCoreApplication.translate("Clients", "Client"),
        fields=(
            FieldSpec("nom", _label(names, "nom"), max_length=100),
            FieldSpec("prenom", _label(names, "prenom"), max_length=100),
            FieldSpec("email", _label(names, "email"), required=True, max_length=255),
            FieldSpec("telephone", _label(names, "telephone"), max_length=30),
            FieldSpec("adresse", _label(names, "adresse"), "multiline", lines=3),
            FieldSpec("code_postal", _label(names, "code_postal"), max_length=20),
            FieldSpec("ville", _label(names, "ville"), max_length=100),
        ),
        load=get_customer_form,
        save=save_customer,
        validate=validate_customer,
        object_name="customerForm",
        width=560,
        height=460,
    )


def address_form_spec() -> FormSpec:
    names = labels.ADDRESS_FIELD_LABELS
    return FormSpec(
        title=QCoreApplication.translate("Clients", "Adresse"),
        fields=(
            FieldSpec("nom_adresse", _label(names, "nom_adresse"), max_length=100),
            FieldSpec("nom_complet", _label(names, "nom_complet"), max_length=200),
            FieldSpec("rue", _label(names, "rue"), max_length=255),
            FieldSpec("complement", _label(names, "complement"), max_length=255),
            FieldSpec("code_postal", _label(names, "code_postal"), max_length=20),
            FieldSpec("ville", _label(names, "ville"), max_length=100),
            FieldSpec("pays", _label(names, "pays"), max_length=100),
            FieldSpec("telephone", _label(names, "telephone"), max_length=30),
            FieldSpec("is_default", _label(names, "is_default"), "bool"),
        ),
        load=get_customer_address,
        save=save_address,
        validate=validate_address,
        object_name="addressForm",
        width=520,
        height=480,
    )


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
register_opener("clients", open_customer_sheet, Permission.CUSTOMERS_VIEW)
