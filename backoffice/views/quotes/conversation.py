"""The quote window's two conversation buttons, offered once the Conversations tab is there
(its opener registered) and the member may use it:

* « Discuter avec le client » opens the quote's conversation (type ``devis``, linked by
  ``reference_devis``), or starts it with a first message;
* « Envoyer au client » marks the estimate as sent and posts a message with the quote's PDF
  in that conversation (``services/quotes/sending.py``), the attachment stored where this
  desk's Conversations preferences say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from backoffice.services.attachments import AttachmentRoot
from backoffice.services.permissions import Permission
from backoffice.services.quotes import sending
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import button_box, run_dialog
from backoffice.ui.errors import translated
from backoffice.ui.openers import can_open, open_record
from backoffice.views.quotes.operations import run_action

if TYPE_CHECKING:
    from backoffice.views.quotes.window import QuoteWindow

# The Conversations tab's preference of this desk (where attachments are stored): read
# here by its key, since a view never imports another.
ATTACHMENTS_ROOT_KEY = "conversations/attachments_root"


def can_discuss(context: AppContext) -> bool:
    return can_open(context, "conversations")


def can_send(context: AppContext) -> bool:
    actor = context.actor
    return (
        can_discuss(context)
        and actor.can(Permission.CONVERSATIONS_REPLY)
        and actor.can(Permission.QUOTES_ANSWER)
    )


class MessageDialog(QDialog):
    """The message to the customer (required), with the conversation's subject shown."""

    def __init__(self, parent: QuoteWindow, title: str, subject: str, text: str, ok: str) -> None:
        super().__init__(parent)
        self.setObjectName("quoteMessageDialog")
        self.setWindowTitle(title)
        self.text: str | None = None
        subject_label = QLabel(subject, self)
        subject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("quoteMessage")
        self.edit.setPlainText(text)
        form = QFormLayout()
        form.addRow(self.tr("Sujet :"), subject_label)
        box, self.ok, cancel = button_box(self, ok, ok_name="quoteMessageOk")
        self.edit.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.edit.toPlainText().strip()))
        )
        self.ok.clicked.connect(self._accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Message :"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(box)
        self.resize(520, 320)

    def _accept(self) -> None:
        self.text = self.edit.toPlainText().strip()
        self.accept()


async def _ask(window: QuoteWindow, title: str, text: str, ok: str) -> str | None:
    dialog = MessageDialog(window, title, translated(sending.subject_for(window.loaded)), text, ok)
    await run_dialog(dialog)
    return dialog.text


async def discuss(window: QuoteWindow) -> int | None:
    """« Discuter avec le client »: the conversation's window; its id (``None``: none)."""
    context, quote = window.context, window.loaded
    found = await context.runner.run(sending.get_quote_conversation, context.actor, quote.id)
    if found is None:
        if not context.actor.can(Permission.CONVERSATIONS_REPLY):
            window.notify(window.tr("Aucune conversation sur ce devis."))
            return None
        hello = window.tr("Bonjour {nom},\n\n").format(nom=quote.client)
        text = await _ask(window, window.tr("Discuter avec le client"), hello, window.tr("Envoyer"))
        if text is None:
            return None
        found = await run_action(
            window,
            sending.start_quote_conversation,
            quote.id,
            text,
            done=window.tr("Conversation ouverte avec le client."),
        )
        if found is None:
            return None
    open_record(context, "conversations", int(found))
    return int(found)


async def send_to_customer(window: QuoteWindow) -> sending.SentToCustomer | None:
    """« Envoyer au client »: the answer saved, the estimate sent, the PDF posted."""
    if window.dirty and await window.save() is None:
        return None
    quote = window.loaded
    valid = formatting.format_date(quote.date_reponse) if quote.date_reponse else None
    text = window.tr(
        "Bonjour {nom},\n\nVeuillez trouver ci-joint notre devis pour votre demande. "
        "Il est valable {jours} jours{depuis}.\n\nCordialement,"
    ).format(
        nom=quote.client,
        jours=quote.validite_jours,
        depuis=window.tr(" à compter du {date}").format(date=valid) if valid else "",
    )
    message = await _ask(
        window, window.tr("Envoyer le devis au client"), text, window.tr("Envoyer")
    )
    if message is None:
        return None
    root = AttachmentRoot.parse(str(window.context.settings.value(ATTACHMENTS_ROOT_KEY, "") or ""))
    sent = await run_action(
        window,
        sending.send_to_customer,
        quote.id,
        quote,
        message,
        root,
        done=window.tr("Devis envoyé au client dans sa conversation."),
        on_conflict=window._conflict,
    )
    if sent is None:
        return None
    window.show_quote(sent.quote)
    return sent


__all__ = ["MessageDialog", "can_discuss", "can_send", "discuss", "send_to_customer"]
