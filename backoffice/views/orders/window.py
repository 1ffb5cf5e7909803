"""One order's window: everything about the order readable at a glance, the workflow's
buttons it allows, and its internal notes.

One window per order (``context.record_windows("commandes")``: opening an open order raises
it; several orders side by side). The window follows its order: when an operation changes
it (this window, the list, another window), it reads it again; internal notes being typed
are kept. A change made by the website is met at the next action: the compare-and-set
refuses it, the window says what the order is now and shows it.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels_orders
from backoffice.models.enums import StatutCommande as S
from backoffice.services.changes import Changes
from backoffice.services.errors import ConflictError, ServiceError
from backoffice.services.orders import allowed_targets, get_order
from backoffice.services.permissions import Permission
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask, close_box
from backoffice.ui.errors import translated, user_message
from backoffice.ui.openers import can_open, open_record, sections_for
from backoffice.ui.palette import set_tone
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.orders import operations
from backoffice.views.orders.specs import PACKING_STATUSES, label, value_label
from backoffice.views.orders.window_parts import (
    badge,
    fill,
    form_group,
    group,
    history_rows,
    line_rows,
    mismatch_text,
    payment_rows,
    plain_label,
    set_badge,
    shipping_of,
    stars,
    table,
    text_or_dash,
    totals_text,
)

# fmt: off
WATCHED = ("commandes", "commande_produit", "paiements", "historique_commande", "factures",
           "avoirs")
# fmt: on


class OrderWindow(QDialog):
    """The window of ``detail`` (``get_order``'s dict); see the module docstring.

    Public: ``order`` (the detail shown), ``reload()``, ``action_button(status)`` (the
    workflow's buttons by target status), ``notes`` (the editor), ``save_notes()``,
    ``notify(text)``. Signal ``shown(dict)`` after each detail is displayed.
    """

    shown = Signal(object)  # the detail dict (object: no conversion to a QVariantMap)

    def __init__(
        self, context: AppContext, detail: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderWindow")
        self.context = context
        self.order_id = int(detail["id"])
        self.order: dict[str, Any] = detail
        self._notes_read: str | None = None  # the notes as read (shown by show_detail)
        self._packing: Any = None  # set by the view when packing slips are available
        self.resize(980, 760)

        # --- header: reference, date, status, customer, actions ---
        self.reference = QLabel(self)
        self.reference.setObjectName("orderReference")
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        font = self.reference.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.reference.setFont(font)
        self.status = badge(self, str(detail["statut"]))
        self.date = plain_label(self, name="orderDate")
        self.date.setWordWrap(False)
        self.customer = QPushButton(self)
        self.customer.setObjectName("customerLink")
        self.customer.setFlat(True)
        self.customer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer.setStyleSheet("QPushButton { color: #0d47a1; text-decoration: underline; }")
        self.customer.clicked.connect(self._open_customer)
        self.customer_plain = plain_label(self, name="customerText")
        header = QHBoxLayout()
        header.addWidget(self.reference)
        header.addWidget(self.status)
        header.addSpacing(12)
        header.addWidget(self.date)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Client :"), self))
        header.addWidget(self.customer)
        header.addWidget(self.customer_plain)

        self.actions = QHBoxLayout()
        self._buttons: dict[str, QPushButton] = {}
        steps = [(s, Permission.ORDERS_ADVANCE) for s in (S.VALIDEE, S.EN_PREPARATION)]
        steps += [(S.EXPEDIEE, Permission.ORDERS_ADVANCE), (S.LIVREE, Permission.ORDERS_ADVANCE)]
        steps += [(S.ANNULEE, Permission.ORDERS_CANCEL)]
        for target, permission in steps:
            if not context.actor.can(permission):
                continue
            button = QPushButton(label(labels_orders.ORDER_ACTION_LABELS[target]), self)
            button.setObjectName(f"orderAction_{target}")
            button.clicked.connect(lambda _c=False, t=str(target): self._run_step(t))
            self.actions.addWidget(button)
            self._buttons[str(target)] = button
        self.packing_button = QPushButton(self.tr("Bon de préparation"), self)
        self.packing_button.setObjectName("orderPackingSlip")
        self.packing_button.hide()
        self.packing_button.clicked.connect(self._packing_slip)
        self.actions.addWidget(self.packing_button)
        self.actions.addStretch(1)
        self.notice = plain_label(self, name="orderNotice")
        self.notice.setWordWrap(False)
        set_tone(self.notice, "success")
        self.actions.addWidget(self.notice)

        # --- the body, in a scroll area ---
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)

        delivery, self._delivery = form_group(body, self.tr("Livraison"), "deliveryBox")
        self.delivery_address = plain_label(body, name="deliveryAddress")
        self.delivery_mode = plain_label(body, name="deliveryMode")
        self.relay = plain_label(body, name="relayPoint")
        self.instructions = plain_label(body, name="deliveryInstructions")
        self.tracking = plain_label(body, name="shippingTracking")
        self._delivery.addRow(self.tr("Adresse :"), self.delivery_address)
        self._delivery.addRow(self.tr("Mode :"), self.delivery_mode)
        self._delivery.addRow(self.tr("Point relais :"), self.relay)
        self._delivery.addRow(self.tr("Instructions :"), self.instructions)
        self._delivery.addRow(self.tr("Expédition :"), self.tracking)

        billing, billing_form = form_group(body, self.tr("Facturation"), "billingBox")
        self.billing_address = plain_label(body, name="billingAddress")
        self.payment_method = plain_label(body, name="paymentMethod")
        self.invoice = plain_label(body, name="invoiceText")
        self.invoice_button = QPushButton(self.tr("Voir la facture"), body)
        self.invoice_button.setObjectName("invoiceOpen")
        self.invoice_button.clicked.connect(self._open_invoice)
        invoice_row = QHBoxLayout()
        invoice_row.addWidget(self.invoice, 1)
        invoice_row.addWidget(self.invoice_button)
        billing_form.addRow(self.tr("Adresse :"), self.billing_address)
        billing_form.addRow(self.tr("Paiement :"), self.payment_method)
        billing_form.addRow(self.tr("Facture :"), invoice_row)

        lines_box, lines_layout = group(body, self.tr("Articles"), "linesBox")
        self.lines = table(
            body,
            "linesTable",
            [
                self.tr("Produit"),
                self.tr("Référence"),
                self.tr("Prix unitaire"),
                self.tr("Quantité"),
                self.tr("Total"),
            ],
            stretch=0,
        )
        self.lines.cellDoubleClicked.connect(self._open_product)
        self.lines.setToolTip(self.tr("Double-cliquez sur un produit pour ouvrir sa fiche"))
        self.totals = plain_label(body, name="orderTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.mismatch = plain_label(body, name="totalsWarning")
        set_tone(self.mismatch, "errorBox")
        lines_layout.addWidget(self.lines)
        lines_layout.addWidget(self.totals)
        lines_layout.addWidget(self.mismatch)

        payments_box, payments_layout = group(body, self.tr("Paiements"), "paymentsBox")
        self.payments = table(
            body,
            "paymentsTable",
            [self.tr("Identifiant"), self.tr("Statut"), self.tr("Montant"), self.tr("Date")],
            stretch=0,
        )
        self.no_payments = plain_label(body, self.tr("Aucun paiement enregistré."))
        set_tone(self.no_payments, "muted")
        payments_layout.addWidget(self.payments)
        payments_layout.addWidget(self.no_payments)

        history_box, history_layout = group(body, self.tr("Historique"), "historyBox")
        self.history = table(
            body, "historyTable", [self.tr("Date"), self.tr("Par"), self.tr("Quoi")], stretch=2
        )
        history_layout.addWidget(self.history)

        self.feedback_box, feedback = form_group(body, self.tr("Avis du client"), "feedbackBox")
        self.rating = plain_label(body, name="customerRating")
        self.comment = plain_label(body, name="customerComment")
        feedback.addRow(self.tr("Note :"), self.rating)
        feedback.addRow(self.tr("Commentaire :"), self.comment)

        self.cancel_box, cancel = form_group(body, self.tr("Annulation"), "cancellationBox")
        self.cancel_reason = plain_label(body, name="cancelReasonText")
        self.cancel_comment = plain_label(body, name="cancelCommentText")
        cancel.addRow(self.tr("Motif :"), self.cancel_reason)
        cancel.addRow(self.tr("Commentaire :"), self.cancel_comment)

        notes_box, notes_layout = group(body, self.tr("Notes internes"), "notesBox")
        self.notes = QPlainTextEdit(body)
        self.notes.setObjectName("orderNotes")
        self.notes.setPlaceholderText(self.tr("Visibles du personnel seulement"))
        self.notes.setFixedHeight(90)
        self.can_edit_notes = context.actor.can(Permission.ORDERS_ADVANCE)
        self.notes.setReadOnly(not self.can_edit_notes)
        self.save_notes_button = QPushButton(self.tr("Enregistrer les notes"), body)
        self.save_notes_button.setObjectName("saveNotes")
        self.save_notes_button.setEnabled(False)
        self.save_notes_button.setVisible(self.can_edit_notes)
        self.save_notes_button.clicked.connect(lambda: spawn(self.save_notes(), parent=self))
        self.notes.textChanged.connect(self._notes_edited)
        self.notes_hint = plain_label(body, name="notesHint")
        set_tone(self.notes_hint, "warning")
        self.notes_hint.hide()
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_hint, 1)
        notes_row.addWidget(self.save_notes_button)
        notes_layout.addWidget(self.notes)
        notes_layout.addLayout(notes_row)

        grid.addWidget(delivery, 0, 0)
        grid.addWidget(billing, 0, 1)
        grid.addWidget(lines_box, 1, 0, 1, 2)
        # Two columns of their own: a hidden box (no rating, not cancelled) leaves no hole.
        for column, boxes in enumerate(
            ((payments_box, self.feedback_box), (notes_box, self.cancel_box))
        ):
            stack = QVBoxLayout()
            stack.setSpacing(8)
            for box in boxes:
                stack.addWidget(box)
            stack.addStretch(1)
            grid.addLayout(stack, 2, column)
        grid.addWidget(history_box, 3, 0, 1, 2)
        row = 4
        # Sections other tabs add (the conversations of the order…); none: nothing shown.
        for section in sections_for(context, "commandes"):
            box, layout = group(body, translated(section.title), f"section_{section.key}")
            layout.addWidget(section.factory(context, self.order_id))
            grid.addWidget(box, row, 0, 1, 2)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        scroll = QScrollArea(self)
        scroll.setObjectName("orderScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        buttons, _close = close_box(self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.actions)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.show_detail(detail)
        self.watcher = ChangeWatcher(context.runner, self, WATCHED, self._changed)

    # --- public API -----------------------------------------------------------------------

    def action_button(self, status: str) -> QPushButton | None:
        return self._buttons.get(str(status))

    def notify(self, text: str) -> None:
        self.notice.setText(text)

    def set_packing_handler(self, handler: Any) -> None:
        """« Bon de préparation » runs ``handler(window, [order])`` (the documents' preview)."""
        self._packing = handler
        self._update_buttons()

    def show_detail(self, detail: dict[str, Any]) -> None:
        self.order = detail
        status = str(detail["statut"])
        reference = str(detail["reference"])
        self.setWindowTitle(self.tr("Commande {reference}").format(reference=reference))
        self.reference.setText(reference)
        set_badge(self.status, status)
        self.date.setText(formatting.format_datetime(detail.get("date_commande")))
        customer = detail.get("customer") or {}
        name = " ".join(p for p in (customer.get("prenom"), customer.get("nom")) if p)
        who = name or customer.get("email") or self.tr("Client inconnu")
        linked = bool(customer) and can_open(self.context, "clients")
        self.customer.setText(who)
        self.customer.setToolTip(customer.get("email") or "")
        self.customer.setVisible(linked)
        self.customer_plain.setText(who)
        self.customer_plain.setVisible(not linked)

        self.delivery_address.setText(text_or_dash(detail.get("adresse_livraison")))
        mode = value_label(labels_orders.SHIPPING_MODE_LABELS, detail.get("mode_livraison"))
        place = ", ".join(p for p in (mode, detail.get("pays_livraison") or "") if p)
        self.delivery_mode.setText(place or "—")
        relay = " — ".join(
            p for p in (detail.get("point_relais_id"), detail.get("point_relais_nom")) if p
        )
        self.relay.setText(relay or "—")
        self.instructions.setText(text_or_dash(detail.get("instructions_livraison")))
        carrier, number = shipping_of(detail.get("history", []))
        shipped = " — ".join(
            p for p in (carrier, self.tr("suivi {n}").format(n=number) if number else None) if p
        )
        self.tracking.setText(shipped or "—")

        self.billing_address.setText(text_or_dash(detail.get("adresse_facturation")))
        self.payment_method.setText(
            value_label(labels_orders.PAYMENT_METHOD_LABELS, detail.get("methode_paiement")) or "—"
        )
        invoices = detail.get("invoices", [])
        documents = [
            self.tr("{number} du {date}").format(
                number=f["numero_facture"], date=formatting.format_date(f["date_emission"])
            )
            for f in invoices
        ] + [
            self.tr("avoir {number} du {date} ({amount})").format(
                number=a["numero_avoir"],
                date=formatting.format_date(a["date_emission"]),
                amount=formatting.format_money(-a["montant_ttc"]),
            )
            for a in detail.get("credit_notes", [])
        ]
        self.invoice.setText(" ; ".join(documents) or "—")
        self.invoice_button.setVisible(bool(invoices) and can_open(self.context, "factures"))

        fill(self.lines, line_rows(detail.get("lines", [])), right=(2, 3, 4))
        self.totals.setText(totals_text(detail))
        self.mismatch.setText(mismatch_text(detail))
        self.mismatch.setVisible(not detail.get("adds_up", True))

        payments = detail.get("payments", [])
        fill(self.payments, payment_rows(payments), right=(2,))
        self.payments.setVisible(bool(payments))
        self.no_payments.setVisible(not payments)
        fill(self.history, history_rows(detail.get("history", [])))

        has_feedback = detail.get("note_client") is not None or detail.get("commentaire_client")
        self.feedback_box.setVisible(bool(has_feedback))
        self.rating.setText(stars(detail.get("note_client")))
        self.comment.setText(text_or_dash(detail.get("commentaire_client")))
        self.cancel_box.setVisible(status == S.ANNULEE)
        self.cancel_reason.setText(text_or_dash(detail.get("motif_annulation")))
        self.cancel_comment.setText(text_or_dash(detail.get("commentaire_annulation")))

        if not self._notes_dirty():
            self._set_notes(detail.get("notes"))
        elif detail.get("notes") != self._notes_read:
            self.notes_hint.setText(
                self.tr(
                    "Les notes ont été modifiées ailleurs pendant votre saisie : "
                    "enregistrer vous proposera de garder les vôtres ou de prendre les leurs."
                )
            )
            self.notes_hint.show()
        self._update_buttons()
        self.shown.emit(detail)

    async def reload(self) -> None:
        runner, actor = self.context.runner, self.context.actor
        self.show_detail(await runner.run(get_order, actor, self.order_id))

    async def save_notes(self) -> None:
        text = self.notes.toPlainText()
        try:
            saved = await operations.save_notes(self, self.order_id, text, self._notes_read)
        except ConflictError as exc:
            current = exc.current.get("notes")
            keep = await ask(
                self,
                self.tr("Notes modifiées ailleurs"),
                user_message(exc),
                self.tr("Garder mes notes"),
                self.tr("Prendre les notes actuelles"),
                object_name="notesConflict",
            )
            if keep:
                self._notes_read = current
                await self.save_notes()
            else:
                self._set_notes(current)
            return
        except ServiceError as exc:
            operations.refused_box(self, exc)
            return
        self._set_notes(saved)

    # --- internals ------------------------------------------------------------------------

    def _set_notes(self, notes: str | None) -> None:
        self._notes_read = notes
        self.notes.blockSignals(True)
        self.notes.setPlainText(notes or "")
        self.notes.blockSignals(False)
        self.notes_hint.hide()
        self.save_notes_button.setEnabled(False)

    def _notes_dirty(self) -> bool:
        return self.notes.toPlainText().strip() != (self._notes_read or "").strip()

    def _notes_edited(self) -> None:
        self.save_notes_button.setEnabled(self.can_edit_notes and self._notes_dirty())

    def _update_buttons(self) -> None:
        allowed = set(allowed_targets(str(self.order["statut"])))
        for target, button in self._buttons.items():
            button.setVisible(target in allowed)
        packable = self.order["statut"] in PACKING_STATUSES
        self.packing_button.setVisible(self._packing is not None and packable)

    def _run_step(self, target: str) -> None:
        row = {k: self.order[k] for k in ("id", "reference", "statut")}
        spawn(self._step(row, target), parent=self)

    async def _step(self, row: dict[str, Any], target: str) -> None:
        result = await operations.change_status(self, [row], target)
        if result is None and shiboken6.isValid(self):
            # Refused (the order moved meanwhile, the website's doing): show it as it is.
            await self.reload()

    def _packing_slip(self) -> None:
        if self._packing is not None:
            spawn(self._packing(self, [self.order["id"]]), parent=self)

    def _open_customer(self) -> None:
        customer = self.order.get("customer") or {}
        if customer.get("id") is not None:
            open_record(self.context, "clients", int(customer["id"]))

    def _open_product(self, row: int, _column: int) -> None:
        item = self.lines.item(row, 0)
        product_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if product_id is not None and can_open(self.context, "produits"):
            open_record(self.context, "produits", int(product_id))

    def _open_invoice(self) -> None:
        invoices = self.order.get("invoices", [])
        if invoices:
            open_record(self.context, "factures", int(invoices[-1]["id"]))

    def _changed(self, changes: Changes) -> None:
        if changes.touches_row("commandes", self.order_id) or changes.touches(
            "paiements", "factures", "avoirs"
        ):
            spawn(self.reload(), on_error=self._reload_failed)

    def _reload_failed(self, exc: BaseException) -> None:
        self.notice.setText(user_message(exc))
        set_tone(self.notice, "error")


async def open_order(context: AppContext, order_id: int, parent: QWidget | None = None) -> Any:
    """The order's window: the open one raised, else a new one (not modal)."""

    async def make() -> OrderWindow:
        detail = await context.runner.run(get_order, context.actor, order_id)
        window = OrderWindow(context, detail, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    return await context.record_windows("commandes").open(order_id, make)


__all__ = ["WATCHED", "OrderWindow", "open_order"]
