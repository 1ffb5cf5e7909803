"""The quote window: the request as the customer wrote it, the customer (→ their sheet),
the service and its base price, the dates; the answer (estimate with HT / TVA / TTC from
the shop's VAT rate, ``notes_admin``) and the workflow's actions; the sections other tabs
add (``ui/openers.sections_for(ctx, "devis")``).

Every action is a compare-and-set on the quote as this window read it (``loaded``): when a
colleague acted first the member is told, the window shows the quote as it is now and
keeps what they typed. The window follows its quote: an untouched window reloads when an
operation changes it, an edited one says « modifié ailleurs ».
"""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels_quotes
from backoffice.money import MoneyError, parse_money
from backoffice.services import quotes
from backoffice.services.changes import Changes
from backoffice.services.permissions import Permission
from backoffice.services.quotes import Action, QuoteConflict, QuoteData
from backoffice.services.quotes.pdf import QUOTES_PDF
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import close_box, run_dialog
from backoffice.ui.document_preview import preview_documents
from backoffice.ui.errors import translated, user_message
from backoffice.ui.openers import can_open, open_record, sections_for
from backoffice.ui.palette import set_tone
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.quotes import conversation
from backoffice.views.quotes.operations import run_action
from backoffice.views.quotes.reject_dialog import RejectDialog
from backoffice.views.quotes.specs import status_label

WINDOW_TABLES = ("devis", "devis_numeros", "services", "utilisateurs")


def _plain(label: QLabel) -> QLabel:
    # Customers and staff typed these: never interpreted as rich text.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class QuoteWindow(QDialog):
    """One quote (see the module docstring). ``loaded``: the quote as last read.
    ``quoteChanged(QuoteData)`` after each action or reload. Object names: ``amountEdit``,
    ``amountsLabel``, ``notesEdit``, ``requestText``, ``customerLink``, ``statusLabel``,
    ``saveAnswer``, ``takeButton``, ``sendButton``, ``finishButton``, ``rejectButton``,
    ``pdfButton``, ``noticeLabel``."""

    quoteChanged = Signal(object)

    def __init__(self, context: AppContext, quote: QuoteData, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quoteWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context = context
        self.loaded = quote
        self.can_answer = context.actor.can(Permission.QUOTES_ANSWER)
        self._busy = False

        self.heading = QLabel(self)
        self.heading.setObjectName("quoteHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)

        request_box = QGroupBox(self.tr("La demande"), self)
        request_form = QFormLayout()
        self.asked = _plain(QLabel(self))
        self.customer_link = QPushButton(self)
        self.customer_link.setObjectName("customerLink")
        self.customer_link.setFlat(True)
        self.customer_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_link.setStyleSheet("text-align: left; color: palette(link);")
        self.customer_link.clicked.connect(self._open_customer)
        self.customer_text = _plain(QLabel(self))
        customer = QHBoxLayout()
        customer.setContentsMargins(0, 0, 0, 0)
        customer.addWidget(self.customer_link)
        customer.addWidget(self.customer_text, 1)
        self.email = _plain(QLabel(self))
        self.service = _plain(QLabel(self))
        request_form.addRow(self.tr("Demandé le :"), self.asked)
        request_form.addRow(self.tr("Client :"), customer)
        request_form.addRow(self.tr("E-mail :"), self.email)
        request_form.addRow(self.tr("Service :"), self.service)
        self.request = QPlainTextEdit(self)
        self.request.setObjectName("requestText")
        self.request.setReadOnly(True)  # shown exactly as written, never as rich text
        request_layout = QVBoxLayout(request_box)
        request_layout.addLayout(request_form)
        request_layout.addWidget(self.request, 1)

        answer_box = QGroupBox(self.tr("La réponse"), self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText(self.tr("ex. 450,00"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Wide enough for « 12 345,67 » whatever the HT/TVA/TTC line beside it takes.
        self.amount.setMinimumWidth(120)
        self.amount.setMaximumWidth(160)
        self.amount.textChanged.connect(self._amount_changed)
        self.amounts = _plain(QLabel(self))
        self.amounts.setObjectName("amountsLabel")
        self.amount_error = _plain(QLabel(self))
        set_tone(self.amount_error, "error")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setPlaceholderText(
            self.tr("Ce que le client lira : détail, délais, conditions…")
        )
        self.notes.textChanged.connect(self._update_buttons)
        self.answered = _plain(QLabel(self))
        answer_form = QGridLayout()
        answer_form.addWidget(QLabel(self.tr("Montant estimé TTC :"), self), 0, 0)
        answer_form.addWidget(self.amount, 0, 1)
        answer_form.addWidget(self.amounts, 0, 2)
        answer_form.setColumnStretch(2, 1)
        answer_form.addWidget(self.amount_error, 1, 1, 1, 2)
        answer_form.addWidget(QLabel(self.tr("Réponse au client :"), self), 2, 0, 1, 3)
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addLayout(answer_form)
        answer_layout.addWidget(self.notes, 1)
        answer_layout.addWidget(self.answered)

        columns = QHBoxLayout()
        columns.addWidget(request_box, 1)
        columns.addWidget(answer_box, 1)

        self.notice = _plain(QLabel(self))
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, name, text in (
            ("save", "saveAnswer", self.tr("Enregistrer la réponse")),
            (Action.TAKE, "takeButton", translated(labels_quotes.QUOTE_ACTION_LABELS["take"])),
            (Action.SEND, "sendButton", translated(labels_quotes.QUOTE_ACTION_LABELS["send"])),
            (
                Action.FINISH,
                "finishButton",
                translated(labels_quotes.QUOTE_ACTION_LABELS["finish"]),
            ),
            (
                Action.REJECT,
                "rejectButton",
                translated(labels_quotes.QUOTE_ACTION_LABELS["reject"]),
            ),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setVisible(self.can_answer)
            self.buttons[str(key)] = button
            actions.addWidget(button)
        self.buttons["save"].setDefault(True)
        self.buttons["save"].clicked.connect(lambda: spawn(self.save(), parent=self))
        self.buttons[Action.TAKE].clicked.connect(lambda: spawn(self.take(), parent=self))
        self.buttons[Action.SEND].clicked.connect(lambda: spawn(self.send(), parent=self))
        self.buttons[Action.FINISH].clicked.connect(lambda: spawn(self.finish(), parent=self))
        self.buttons[Action.REJECT].clicked.connect(lambda: spawn(self.reject_quote(), parent=self))
        if not self.can_answer:
            # Read only, and says so: no hints that invite typing into fields that refuse it.
            self.amount.setPlaceholderText("")
            self.notes.setPlaceholderText("")
            set_tone(self.notice, "warning")
            self.notice.setText(
                self.tr("Lecture seule — votre rôle ne permet pas de répondre aux devis")
            )
        self.discuss_button = QPushButton(self.tr("Discuter avec le client"), self)
        self.discuss_button.setObjectName("discussButton")
        self.discuss_button.setVisible(conversation.can_discuss(context))
        self.discuss_button.clicked.connect(lambda: spawn(conversation.discuss(self), parent=self))
        self.send_button = QPushButton(self.tr("Envoyer au client…"), self)
        self.send_button.setObjectName("sendCustomerButton")
        self.send_button.setVisible(conversation.can_send(context))
        self.send_button.clicked.connect(
            lambda: spawn(conversation.send_to_customer(self), parent=self)
        )
        actions.addStretch(1)
        # A second row: nine buttons on one would widen the window past a laptop's screen.
        others = QHBoxLayout()
        others.addWidget(self.discuss_button)
        others.addWidget(self.send_button)
        others.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Aperçu PDF…"), self)
        self.pdf_button.setObjectName("pdfButton")
        self.pdf_button.clicked.connect(lambda: spawn(self.preview_pdf(), parent=self))
        others.addWidget(self.pdf_button)
        box, _close = close_box(self)
        box.rejected.connect(self.reject)
        others.addWidget(box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 3)
        for section in sections_for(context, "devis"):
            group = QGroupBox(translated(section.title), self)
            group.setObjectName(f"section_{section.key}")
            inner = QVBoxLayout(group)
            inner.addWidget(section.factory(context, quote.id))
            layout.addWidget(group, 2)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        layout.addLayout(others)
        self.resize(1000, 640)
        self.show_quote(quote)
        ChangeWatcher(context.runner, self, WINDOW_TABLES, self._changed)

    # --- showing ---------------------------------------------------------------------------

    def show_quote(self, quote: QuoteData, *, keep_typed: bool = False) -> None:
        """Shows ``quote``; ``keep_typed``: the editors keep what the member typed."""
        self.loaded = quote
        title = (
            self.tr("Devis n° {numero}").format(numero=quote.numero)
            if quote.numero
            else self.tr("Demande de devis n° {id}").format(id=quote.id)
        )
        self.heading.setText(title)
        self.setWindowTitle(self.tr("Devis — {client}").format(client=quote.client))
        self.status.setText(status_label(quote.statut))
        self.asked.setText(formatting.format_datetime(quote.date_demande))
        linked = can_open(self.context, "clients")
        self.customer_link.setText(quote.client)
        self.customer_link.setVisible(linked)
        self.customer_text.setText("" if linked else quote.client)
        self.email.setText(quote.client_email)
        service = quote.service_nom or self.tr("(aucun service)")
        if quote.service_prix_base is not None:
            service += " — " + self.tr("prix de base {prix}").format(
                prix=formatting.format_money(quote.service_prix_base)
            )
        self.service.setText(service)
        self.request.setPlainText(quote.description_demande or "")
        if not keep_typed:
            self.amount.setText(formatting.money_text(quote.montant_estime))
            self.notes.setPlainText(quote.notes_admin or "")
        answered = (
            self.tr("Envoyé au client le {date}.").format(
                date=formatting.format_datetime(quote.date_reponse)
            )
            if quote.date_reponse
            else self.tr("Pas encore envoyé au client.")
        )
        self.answered.setText(answered)
        closed = quote.statut in quotes.FINAL_STATUSES
        editable = self.can_answer and not closed
        self.amount.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        self._amount_changed()
        self.quoteChanged.emit(quote)

    def typed_amount(self) -> Decimal | None:
        """The estimate typed (``MoneyError`` when it is not an amount)."""
        return parse_money(self.amount.text())

    @property
    def dirty(self) -> bool:
        """Whether the editors differ from the quote as read."""
        try:
            amount = self.typed_amount()
        except MoneyError:
            return True
        notes = self.notes.toPlainText()
        return amount != self.loaded.montant_estime or (notes or None) != (
            self.loaded.notes_admin or None
        )

    def _amount_changed(self, *_args: object) -> None:
        try:
            amount = self.typed_amount()
            self.amount_error.setText("")
        except MoneyError as exc:
            self.amount_error.setText(user_message(exc))
            amount = None
        split = quotes.amounts(amount, self.loaded.taux_tva) if amount is not None else None
        if split is None:
            self.amounts.setText("")
        else:
            self.amounts.setText(
                self.tr("HT {ht} · TVA {taux} % {tva} · TTC {ttc}").format(
                    ht=formatting.format_money(split.ht),
                    taux=formatting.format_decimal(split.taux, 1).replace(",0", ""),
                    tva=formatting.format_money(split.tva),
                    ttc=formatting.format_money(split.ttc),
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        quote = self.loaded
        dirty = self.dirty
        allowed = {
            "save": quotes.can_answer(quote) and dirty and not self.amount_error.text(),
            Action.TAKE: quotes.can_take(quote),
            Action.SEND: quotes.can_send(quote) or (quotes.can_answer(quote) and dirty),
            Action.FINISH: quotes.can_finish(quote) or (quote.statut == "en_cours" and dirty),
            Action.REJECT: quotes.can_reject(quote),
        }
        for key, ok in allowed.items():
            self.buttons[str(key)].setEnabled(bool(ok) and not self._busy)
        resend = quote.statut in quotes.FINAL_STATUSES and quote.envoye
        self.send_button.setEnabled(bool(allowed[Action.SEND] or resend) and not self._busy)

    def notify(self, text: str) -> None:
        set_tone(self.notice, "success")
        self.notice.setText(text)

    def _tell(self, text: str) -> None:
        set_tone(self.notice, "warning")
        self.notice.setText(text)

    # --- actions ----------------------------------------------------------------------------

    async def _act(self, service: object, *args: object, done: str) -> QuoteData | None:
        self._busy = True
        self._update_buttons()
        try:
            saved = await run_action(
                self,
                service,
                *args,
                done=done,
                on_conflict=self._conflict,  # type: ignore[arg-type]
            )
        finally:
            self._busy = False
        if saved is not None and shiboken6.isValid(self):
            self.show_quote(saved)
        elif shiboken6.isValid(self):
            self._update_buttons()
        return saved

    def _conflict(self, exc: QuoteConflict) -> None:
        # The quote as it is now; what the member typed stays in the editors, so that
        # saving again applies it knowingly over the new version.
        self.show_quote(exc.current_data, keep_typed=True)

    async def save(self) -> QuoteData | None:
        """« Enregistrer la réponse » (a waiting quote goes « en cours »)."""
        try:
            amount = self.typed_amount()
        except MoneyError as exc:
            self.amount_error.setText(user_message(exc))
            return None
        notes = self.notes.toPlainText()
        return await self._act(
            quotes.save_answer,
            self.loaded.id,
            amount,
            notes,
            self.loaded,
            done=self.tr("Réponse enregistrée."),
        )

    async def _saved_first(self) -> bool:
        if not self.dirty:
            return True
        return await self.save() is not None

    async def take(self) -> QuoteData | None:
        return await self._act(
            quotes.take_quote, self.loaded.id, self.loaded, done=self.tr("Devis pris en charge.")
        )

    async def send(self) -> QuoteData | None:
        """Saves what was typed, then marks the estimate as sent (date, number)."""
        if not await self._saved_first():
            return None
        return await self._act(
            quotes.send_quote, self.loaded.id, self.loaded, done=self.tr("Devis envoyé au client.")
        )

    async def finish(self) -> QuoteData | None:
        if not await self._saved_first():
            return None
        return await self._act(
            quotes.finish_quote, self.loaded.id, self.loaded, done=self.tr("Devis terminé.")
        )

    async def reject_quote(self, reason: str | None = None) -> QuoteData | None:
        """« Rejeter… »: the reason asked (required) unless given."""
        if reason is None:
            dialog = RejectDialog(self)
            await run_dialog(dialog)
            if dialog.reason is None:
                return None
            reason = dialog.reason
        return await self._act(
            quotes.reject_quote,
            self.loaded.id,
            reason,
            self.loaded,
            done=self.tr("Demande rejetée."),
        )

    async def preview_pdf(self) -> QWidget | None:
        """The quote's PDF in the shared preview (print, save)."""
        return await preview_documents(self, QUOTES_PDF, [self.loaded.id])

    def _open_customer(self) -> None:
        open_record(self.context, "clients", self.loaded.id_utilisateur)

    # --- following the quote ------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        quote = self.loaded
        mine = (
            changes.touches_row("devis", quote.id)
            or changes.touches_row("devis_numeros", quote.id)
            or changes.touches_row("utilisateurs", quote.id_utilisateur)
            or (quote.id_service is not None and changes.touches_row("services", quote.id_service))
        )
        if not mine or self._busy:
            return  # our own action: shown when it returns
        if self.dirty:
            self._tell(
                self.tr(
                    "Ce devis a été modifié ailleurs pendant que vous répondiez. "
                    "Enregistrer comparera votre réponse à la nouvelle version."
                )
            )
            return
        spawn(self.reload(), on_error=lambda exc: self._tell(user_message(exc)))

    async def reload(self) -> None:
        runner, actor = self.context.runner, self.context.actor
        quote = await runner.run(quotes.get_quote, actor, self.loaded.id)
        if shiboken6.isValid(self):
            self.show_quote(quote)


async def open_quote_window(
    context: AppContext, quote_id: int, parent: QWidget | None = None
) -> QuoteWindow:
    """The quote's window: the open one raised, else read and shown."""

    async def make() -> QuoteWindow:
        quote = await context.runner.run(quotes.get_quote, context.actor, quote_id)
        window = QuoteWindow(context, quote, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # show(), not open(): open() makes a parentless dialog modal to the whole
        # application, locking the order windows and the tabs while it stays open (and
        # not exec(): no nested event loop inside an asyncio task).
        window.show()
        return window

    return await context.record_windows("devis").open(quote_id, make)


__all__ = ["QuoteWindow", "RejectDialog", "open_quote_window"]
