"""The pieces of the order window: read-only tables and texts, and the history's details
made readable. Everything shown here was typed by a customer, the website or a colleague:
plain text only (``Qt.TextFormat.PlainText``, table items), never rich text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels_orders
from backoffice.ui import formatting
from backoffice.ui.status_counts import BADGES
from backoffice.views.orders.specs import ORDER_BADGES, label, status_text, value_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def plain_label(parent: QWidget, text: str = "", *, name: str | None = None) -> QLabel:
    """A selectable plain-text label (never interpreted as HTML), wrapping."""
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget


def badge(parent: QWidget, status: str) -> QLabel:
    widget = plain_label(parent, status_text(status), name="statusBadge")
    widget.setWordWrap(False)
    fg, bg = BADGES.get(ORDER_BADGES.get(status, ""), ("#424242", "#eeeeee"))  # type: ignore[call-overload]
    widget.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 2px 8px;"
        " font-weight: bold; }"
    )
    return widget


def set_badge(widget: QLabel, status: str) -> None:
    fg, bg = BADGES.get(ORDER_BADGES.get(status, ""), ("#424242", "#eeeeee"))  # type: ignore[call-overload]
    widget.setText(status_text(status))
    widget.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 2px 8px;"
        " font-weight: bold; }"
    )


def group(parent: QWidget, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title, parent)
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    return box, layout


def form_group(parent: QWidget, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title, parent)
    box.setObjectName(name)
    form = QFormLayout(box)
    form.setContentsMargins(8, 6, 8, 8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


def table(parent: QWidget, name: str, headers: Sequence[str], stretch: int) -> QTableWidget:
    widget = QTableWidget(0, len(headers), parent)
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().setVisible(False)
    widget.setWordWrap(False)
    widget.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[Any]], right: Sequence[int] = ()) -> None:
    """Rows of texts; a cell given as (text, data) keeps ``data`` in ``Qt.UserRole``."""
    widget.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            text, data = cell if isinstance(cell, tuple) else (cell, None)
            item = QTableWidgetItem("" if text is None else str(text))
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data)
            if c in right:
                item.setTextAlignment(RIGHT)
            item.setToolTip(item.text() if len(item.text()) > 30 else "")
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    header = widget.horizontalHeader()
    for c in range(widget.columnCount()):
        if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch:
            header.resizeSection(c, min(header.sectionSize(c) + 12, 320))
    rows_height = sum(widget.rowHeight(r) for r in range(min(len(rows), 8)))
    widget.setFixedHeight(header.height() + rows_height + 2 * widget.frameWidth() + 4)


def totals_text(detail: dict[str, Any]) -> str:
    """Sub-total, shipping, VAT included and total, one a line."""
    money = formatting.format_money
    return "\n".join(
        (
            QCoreApplication.translate("OrderWindow", "Sous-total : {v}").format(
                v=money(detail.get("lines_total"))
            ),
            QCoreApplication.translate("OrderWindow", "Frais de livraison : {v}").format(
                v=money(detail.get("frais_livraison"))
            ),
            QCoreApplication.translate("OrderWindow", "dont TVA : {v}").format(
                v=money(detail.get("tva"))
            ),
            QCoreApplication.translate("OrderWindow", "Montant total : {v}").format(
                v=money(detail.get("montant_total"))
            ),
        )
    )


def mismatch_text(detail: dict[str, Any]) -> str:
    """The warning shown when the lines and the shipping do not make the total."""
    expected = (detail.get("lines_total") or 0) + (detail.get("frais_livraison") or 0)
    return QCoreApplication.translate(
        "OrderWindow",
        "Attention : les articles et les frais de livraison font {expected}, "
        "mais le montant total enregistré est de {total}.",
    ).format(
        expected=formatting.format_money(expected),
        total=formatting.format_money(detail.get("montant_total")),
    )


def text_or_dash(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    return text or "—"


def stars(note: int | None) -> str:
    if note is None:
        return "—"
    n = max(0, min(5, int(note)))
    return "★" * n + "☆" * (5 - n) + f"  ({n}/5)"


def describe_history(entry: dict[str, Any]) -> str:
    """What a history row says, in words: « En attente → Validée », the carrier and the
    tracking number, the cancellation reason; the ``message`` of another kind of row; the
    text as written when it is not the JSON the website and the demo write."""
    details = entry.get("details")
    action = str(entry.get("action") or "")
    if details is None:
        raw = entry.get("raw")
        name = value_label(labels_orders.HISTORY_ACTION_LABELS, action)
        return " — ".join(p for p in (name, raw) if p) or "—"
    parts: list[str] = []
    old, new = details.get("ancien_statut"), details.get("nouveau_statut")
    if old or new:
        parts.append(f"{status_text(str(old or '?'))} → {status_text(str(new or '?'))}")
    elif action == "creation":
        parts.append(value_label(labels_orders.HISTORY_ACTION_LABELS, action))
        if details.get("statut"):
            parts.append(status_text(str(details["statut"])))
    elif details.get("message"):
        parts.append(str(details["message"]))
    else:
        parts.append(value_label(labels_orders.HISTORY_ACTION_LABELS, action) or action)
    names = labels_orders.ORDER_FIELD_LABELS
    extras = (
        ("transporteur", names["transporteur"]),
        ("numero_suivi", names["numero_suivi"]),
        ("motif", names["motif_annulation"]),
        ("commentaire", names["commentaire_annulation"]),
    )
    for key, title in extras:
        if details.get(key):
            parts.append(f"{label(title)} : {details[key]}")
    known = {"ancien_statut", "nouveau_statut", "message", "statut", *(k for k, _ in extras)}
    for key, value in details.items():
        if key not in known and value not in (None, "", [], {}):
            parts.append(f"{key} : {value}")
    return " · ".join(parts)


def shipping_of(history: Sequence[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The carrier and tracking number of the latest shipping in the history."""
    for entry in reversed(list(history)):
        details = entry.get("details") or {}
        if details.get("transporteur") or details.get("numero_suivi"):
            return details.get("transporteur"), details.get("numero_suivi")
    return None, None


def history_rows(history: Sequence[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            formatting.format_datetime(entry.get("date_action")),
            entry.get("who") or QCoreApplication.translate("OrderWindow", "Le site"),
            describe_history(entry),
        ]
        for entry in reversed(list(history))  # the newest first
    ]


def payment_rows(payments: Sequence[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            p.get("payment_intent_id") or "—",
            value_label(labels_orders.PAYMENT_STATUS_LABELS, p.get("statut")),
            formatting.format_money(p.get("montant")),
            formatting.format_datetime(p.get("date_paiement")),
        ]
        for p in payments
    ]


def line_rows(lines: Sequence[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            (
                line.get("nom") or QCoreApplication.translate("OrderWindow", "Produit supprimé"),
                line.get("id_produit"),
            ),
            line.get("slug") or "",
            formatting.format_money(line.get("prix_unitaire")),
            formatting.format_int(line.get("quantite")),
            formatting.format_money(line.get("total")),
        ]
        for line in lines
    ]


__all__ = [
    "badge",
    "describe_history",
    "fill",
    "form_group",
    "group",
    "history_rows",
    "line_rows",
    "mismatch_text",
    "payment_rows",
    "plain_label",
    "set_badge",
    "shipping_of",
    "stars",
    "table",
    "text_or_dash",
    "totals_text",
]
