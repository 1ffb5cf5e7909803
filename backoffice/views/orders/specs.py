"""The Commandes list: columns, filters, status buttons and actions (plain specs, built at
call time so that ``translate()`` sees the installed translators)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice import labels, labels_orders
from backoffice.models.enums import StatutCommande as S
from backoffice.services.listing import ListQuery, Page
from backoffice.services.orders import (
    PERIOD_DATES,
    STATUS_FILTER,
    can_transition,
    count_orders_by_status,
    list_orders,
)
from backoffice.services.permissions import Permission, Staff
from backoffice.ui.specs import (
    ActionHandler,
    ActionSpec,
    CellStyle,
    ColumnSpec,
    FilterSpec,
    ListSpec,
    OpenHandler,
    Row,
    StatusCountsSpec,
)
from backoffice.ui.status_counts import badge_style

# The tables the list shows (joined ones and those of its computed columns included).
ORDER_TABLES = ("commandes", "utilisateurs", "commande_produit", "paiements", "factures")
# A badge tone per status (ui/status_counts.BADGES): one colour per status everywhere.
ORDER_BADGES = {
    S.EN_ATTENTE: "waiting",
    S.VALIDEE: "accepted",
    S.EN_PREPARATION: "progress",
    S.EXPEDIEE: "moving",
    S.LIVREE: "done",
    S.ANNULEE: "cancelled",
}
PACKING_STATUSES = frozenset({S.VALIDEE, S.EN_PREPARATION})


def label(text: str) -> str:
    """A label of ``labels``/``labels_orders`` (context ``Labels``), translated."""
    return QCoreApplication.translate(labels.CONTEXT, text)


def value_label(mapping: Any, value: Any) -> str:
    """The translated label of a stored value; the value as stored when it has none."""
    if value is None:
        return ""
    text = mapping.get(str(value))
    return label(text) if text is not None else str(value)


def status_text(status: str) -> str:
    return value_label(labels.ORDER_STATUS_LABELS, status)


def decorate(row: Row) -> Row:
    """The row's display texts: payment, delivery, invoice."""
    method = value_label(labels_orders.PAYMENT_METHOD_SHORT_LABELS, row.get("methode_paiement"))
    state = value_label(labels_orders.PAYMENT_STATE_LABELS, row.get("paiement_etat"))
    row["paiement"] = " · ".join(p for p in (method, state) if p) or "—"
    mode = value_label(labels_orders.SHIPPING_MODE_LABELS, row.get("mode_livraison"))
    row["livraison"] = ", ".join(p for p in (mode, row.get("pays_livraison") or "") if p) or "—"
    relay = row.get("point_relais_nom")
    row["livraison_tip"] = (
        QCoreApplication.translate("Orders", "Point relais : {name}").format(name=relay)
        if relay
        else None
    )
    row["facture"] = row.get("facture") or "—"
    return row


def fetch(session: Session, actor: Staff, query: ListQuery) -> Page:
    page = list_orders(session, actor, query)
    for row in page.rows:
        decorate(row)
    return page


def can_any(target: str) -> Callable[[list[Row]], bool]:
    """Enabled when one selected order at least may move to ``target``."""
    return lambda rows: any(can_transition(str(r.get("statut")), target) for r in rows)


def _choices(mapping: Any, all_label: str) -> list[tuple[Any, str]]:
    return [(None, all_label), *((value, label(text)) for value, text in mapping.items())]


def order_filters() -> Sequence[FilterSpec]:
    every = QCoreApplication.translate("Orders", "Tous")
    return (
        FilterSpec(
            "periode",
            QCoreApplication.translate("Orders", "Période"),
            kind="period",
            choices=(
                (None, QCoreApplication.translate("Orders", "Toutes")),
                ("today", QCoreApplication.translate("Orders", "Aujourd'hui")),
                ("7d", QCoreApplication.translate("Orders", "7 jours")),
                ("30d", QCoreApplication.translate("Orders", "30 jours")),
                ("month", QCoreApplication.translate("Orders", "Ce mois-ci")),
                (PERIOD_DATES, QCoreApplication.translate("Orders", "Dates…")),
            ),
        ),
        FilterSpec(
            "montant_min", QCoreApplication.translate("Orders", "Montant min."), kind="text"
        ),
        FilterSpec(
            "montant_max", QCoreApplication.translate("Orders", "Montant max."), kind="text"
        ),
        FilterSpec(
            "mode_livraison",
            QCoreApplication.translate("Orders", "Livraison"),
            choices=_choices(labels_orders.SHIPPING_MODE_LABELS, every),
        ),
        FilterSpec(
            "pays",
            QCoreApplication.translate("Orders", "Pays"),
            choices=((None, every), ("France", "France")),
        ),
        FilterSpec(
            "methode_paiement",
            QCoreApplication.translate("Orders", "Paiement"),
            choices=_choices(labels_orders.PAYMENT_METHOD_LABELS, every),
        ),
        FilterSpec(
            "en_retard",
            QCoreApplication.translate("Orders", "Retard"),
            choices=(
                (None, QCoreApplication.translate("Orders", "Toutes")),
                (True, QCoreApplication.translate("Orders", "En retard")),
            ),
        ),
    )


def order_columns() -> Sequence[ColumnSpec]:
    return (
        ColumnSpec(
            "reference", QCoreApplication.translate("Orders", "Référence"), width=140, fixed=True
        ),
        ColumnSpec(
            "date_commande",
            QCoreApplication.translate("Orders", "Date"),
            kind="datetime",
            width=130,
        ),
        ColumnSpec(
            "client", QCoreApplication.translate("Orders", "Client"), width=180, tooltip_key="email"
        ),
        ColumnSpec(
            "statut",
            QCoreApplication.translate("Orders", "Statut"),
            kind="enum",
            fixed=True,
            width=130,
            enum_labels={s: status_text(s) for s in labels.ORDER_STATUS_LABELS},
        ),
        ColumnSpec(
            "articles", QCoreApplication.translate("Orders", "Articles"), kind="int", width=70
        ),
        ColumnSpec(
            "montant_total",
            QCoreApplication.translate("Orders", "Montant"),
            kind="money",
            width=100,
        ),
        ColumnSpec("paiement", QCoreApplication.translate("Orders", "Paiement"), width=150),
        ColumnSpec(
            "livraison",
            QCoreApplication.translate("Orders", "Livraison"),
            width=150,
            tooltip_key="livraison_tip",
        ),
        ColumnSpec(
            "facture", QCoreApplication.translate("Orders", "Facture"), width=130, fixed=True
        ),
    )


def order_cell_style(row: Row, column: ColumnSpec) -> CellStyle | None:
    if column.key == "statut":
        return badge_style(ORDER_BADGES.get(str(row.get("statut"))))  # type: ignore[call-overload]
    return None


def order_actions(
    run: Callable[[str], ActionHandler], packing: ActionHandler | None
) -> Sequence[ActionSpec]:
    """The list's buttons; ``run(key)`` gives each one's handler (``views/orders/screen``)."""
    steps = [
        (S.VALIDEE, Permission.ORDERS_ADVANCE),
        (S.EN_PREPARATION, Permission.ORDERS_ADVANCE),
        (S.EXPEDIEE, Permission.ORDERS_ADVANCE),
        (S.LIVREE, Permission.ORDERS_ADVANCE),
        (S.ANNULEE, Permission.ORDERS_CANCEL),
    ]
    actions = [ActionSpec("open", QCoreApplication.translate("Orders", "Ouvrir"), run("open"))]
    for target, permission in steps:
        actions.append(
            ActionSpec(
                str(target),
                label(labels_orders.ORDER_ACTION_LABELS[target]),
                run(str(target)),
                max_rows=None,
                permission=permission,
                enabled=can_any(target),
            )
        )
    if packing is not None:
        actions.append(
            ActionSpec(
                "packing_slip",
                QCoreApplication.translate("Orders", "Bon de préparation"),
                packing,
                max_rows=None,
                enabled=lambda rows: any(r.get("statut") in PACKING_STATUSES for r in rows),
                tooltip=QCoreApplication.translate(
                    "Orders", "Le bon de préparation des commandes validées ou en préparation"
                ),
            )
        )
    return actions


def orders_spec(
    on_open: OpenHandler,
    run: Callable[[str], ActionHandler],
    packing: ActionHandler | None = None,
) -> ListSpec:
    statuses = labels_orders.ORDER_STATUS_PLURAL_LABELS
    return ListSpec(
        title=QCoreApplication.translate("Orders", "Commandes"),
        columns=order_columns(),
        fetch=fetch,
        # The total is the status buttons' (one GROUP BY gives both).
        count=None,
        filters=order_filters(),
        default_sort="date_commande",
        default_descending=True,
        search_placeholder=QCoreApplication.translate(
            "Orders", "Rechercher une commande (référence, client, e-mail)…"
        ),
        count_noun=(
            QCoreApplication.translate("Orders", "commande"),
            QCoreApplication.translate("Orders", "commandes"),
        ),
        on_open=on_open,
        row_style=order_cell_style,
        actions=order_actions(run, packing),
        object_name="ordersScreen",
        tables=ORDER_TABLES,
        actions_row=True,
        status_counts=StatusCountsSpec(
            key=STATUS_FILTER,
            statuses=[(s, label(text)) for s, text in statuses.items()],
            counts=count_orders_by_status,
            badges=ORDER_BADGES,
            all_label=QCoreApplication.translate("Orders", "Toutes"),
        ),
    )


__all__ = [
    "ORDER_BADGES",
    "ORDER_TABLES",
    "PACKING_STATUSES",
    "decorate",
    "fetch",
    "label",
    "order_cell_style",
    "orders_spec",
    "status_text",
    "value_label",
]
