"""A conversation in its own window (the « conversations » opener), and the « Conversations »
section the order and quote windows show: their conversations, and « Nouvelle
conversation » of the right type for their customer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels
from backoffice.services.changes import Changes
from backoffice.services.conversations import LINKS, get_linked_conversations, start_conversation
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import button_box
from backoffice.ui.operations import run_operation
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.conversations.specs import ago
from backoffice.views.conversations.thread import ThreadView


async def open_conversation(context: AppContext, conversation_id: int) -> QDialog:
    """The thread in a window of its own (raised if already open)."""

    async def make() -> QDialog:
        dialog = QDialog()
        dialog.setObjectName("conversationWindow")
        dialog.setWindowFlag(Qt.WindowType.Window, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view = ThreadView(context, conversation_id, dialog)
        view.backRequested.connect(dialog.close)
        view.back.setText(QCoreApplication.translate("Conversations", "Fermer"))
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        dialog.resize(900, 680)
        dialog.show()
        await view.load()
        return dialog

    return await context.record_windows("conversations").open(conversation_id, make)


class LinkedConversations(QWidget):
    """The conversations of an order (``kind="commandes"``) or a quote (``"devis"``)."""

    def __init__(self, context: AppContext, kind: str, record_id: int) -> None:
        super().__init__()
        self.setObjectName("linkedConversations")
        self.context, self.kind, self.record_id = context, kind, record_id
        self.customer_id: int | None = None
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("linkedConversationsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sujet"), self.tr("Statut"), self.tr("Dernière activité")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = QLabel(self.tr("Aucune conversation."), self)
        self.new = QPushButton(self.tr("Nouvelle conversation…"), self)
        self.new.setObjectName("newConversation")
        self.new.clicked.connect(self._new)
        self.new.setVisible(context.actor.can(Permission.CONVERSATIONS_REPLY))
        row = QHBoxLayout()
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        ChangeWatcher(context.runner, self, ("conversations", "messages"), self._changed)
        spawn(self.load(), parent=self)

    async def load(self) -> None:
        found = await self.context.runner.run(
            get_linked_conversations, self.context.actor, self.kind, self.record_id
        )
        self.customer_id = found["customer_id"]
        rows: list[dict[str, Any]] = found["rows"]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = QCoreApplication.translate(
                labels.CONTEXT, labels.CONVERSATION_STATUS_LABELS.get(row["statut"], row["statut"])
            )
            for c, text in enumerate((row["sujet"], status, ago(row["date_derniere_activite"]))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.new.setEnabled(self.customer_id is not None)

    def _changed(self, _changes: Changes) -> None:
        spawn(self.load(), parent=self)

    def _activated(self, index: Any) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            from backoffice.ui.openers import open_record

            open_record(self.context, "conversations", int(item.data(Qt.ItemDataRole.UserRole)))

    def _new(self) -> None:
        dialog = NewConversationDialog(self, self.kind, self.record_id, self.customer_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class NewConversationDialog(QDialog):
    """Subject and first message of a conversation of the right type, for the record's
    customer; it opens once started."""

    def __init__(
        self, section: LinkedConversations, kind: str, record_id: int, customer_id: int | None
    ) -> None:
        super().__init__(section)
        self.setObjectName("newConversationDialog")
        self.setWindowTitle(self.tr("Nouvelle conversation"))
        self.section, self.kind, self.record_id, self.customer_id = (
            section, kind, record_id, customer_id,
        )  # fmt: skip
        self.context = section.context
        self.subject = QLineEdit(self)
        self.subject.setObjectName("newSubject")
        self.subject.setMaxLength(255)
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("newMessage")
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sujet :"), self.subject)
        form.addRow(self.tr("Message :"), self.message)
        buttons, ok, _cancel = button_box(self, self.tr("Envoyer"))
        ok.clicked.connect(lambda: spawn(self.start(), parent=self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def notify(self, text: str) -> None:
        self.error.setText(text)

    async def start(self) -> int | None:
        conversation_type = LINKS[self.kind][1]
        link = {"commande_id" if self.kind == "commandes" else "devis_id": self.record_id}
        conversation_id = await run_operation(
            self,
            start_conversation,
            self.customer_id,
            self.subject.text(),
            self.message.toPlainText(),
            type=conversation_type,
            refused=self.tr("Conversation non créée"),
            **link,
        )
        if conversation_id is not None:
            self.accept()
            from backoffice.ui.openers import open_record

            open_record(self.context, "conversations", conversation_id)
        return conversation_id


__all__ = ["LinkedConversations", "NewConversationDialog", "open_conversation"]
