"""« Réponses types » managed from the inbox: the team's canned replies, their title, text
(with placeholders) and whether they are offered. Saving is the service's compare-and-set
on the values read: a colleague's change meanwhile is a conflict, not an overwrite."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels_conversations
from backoffice.services.conversations import (
    PLACEHOLDERS,
    create_canned_reply,
    delete_canned_reply,
    list_canned_replies,
    update_canned_reply,
)
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask
from backoffice.ui.operations import run_operation
from backoffice.ui.tasks import spawn


def placeholder_help() -> str:
    names = ", ".join(
        "{"
        + name
        + "} ("
        + QCoreApplication.translate(
            labels_conversations.CONTEXT, labels_conversations.PLACEHOLDER_LABELS[name]
        ).lower()
        + ")"
        for name in PLACEHOLDERS
    )
    return QCoreApplication.translate(
        "CannedRepliesDialog", "Remplacés à l'insertion : {names}. « {{{{ » écrit une accolade."
    ).format(names=names)


class CannedRepliesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedRepliesDialog")
        self.setWindowTitle(self.tr("Réponses types"))
        self.context = context
        self.replies: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        can_edit = context.actor.can(Permission.CONVERSATIONS_REPLY)
        self.list = QListWidget(self)
        self.list.setObjectName("cannedList")
        self.list.currentRowChanged.connect(self._show)
        self.title = QLineEdit(self)
        self.title.setObjectName("cannedTitle")
        self.title.setMaxLength(100)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("cannedText")
        self.active = QCheckBox(self.tr("Proposée dans les réponses"), self)
        self.active.setChecked(True)
        help_label = QLabel(placeholder_help(), self)
        help_label.setTextFormat(Qt.TextFormat.PlainText)
        help_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("cannedMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        new = QPushButton(self.tr("Nouvelle"), self)
        new.clicked.connect(self._new)
        self.save = QPushButton(self.tr("Enregistrer"), self)
        self.save.setObjectName("cannedSave")
        self.save.clicked.connect(lambda: spawn(self.save_current(), parent=self))
        self.delete = QPushButton(self.tr("Supprimer…"), self)
        self.delete.clicked.connect(lambda: spawn(self.delete_current(), parent=self))
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        self.can_edit = can_edit
        for widget in (new, self.save, self.delete, self.title, self.text, self.active):
            widget.setEnabled(can_edit)
        self.title.textChanged.connect(self._update_buttons)
        self.text.textChanged.connect(self._update_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Titre :"), self.title)
        form.addRow(self.tr("Texte :"), self.text)
        form.addRow("", self.active)
        form.addRow("", help_label)
        buttons = QHBoxLayout()
        for button in (new, self.save, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self.resize(820, 460)
        self._update_buttons()
        spawn(self.reload(), parent=self)

    def notify(self, text: str) -> None:
        self.message.setText(text)

    def _update_buttons(self) -> None:
        # Nothing to delete before a reply is chosen, nothing to save without a title and a
        # text (the service would refuse it anyway).
        filled = bool(self.title.text().strip() and self.text.toPlainText().strip())
        self.save.setEnabled(self.can_edit and filled)
        self.delete.setEnabled(self.can_edit and self.current is not None)

    async def reload(self, select: int | None = None) -> None:
        self.replies = await self.context.runner.run(
            list_canned_replies, self.context.actor, include_inactive=True
        )
        self.list.blockSignals(True)
        self.list.clear()
        for reply in self.replies:
            item = QListWidgetItem(reply["titre"] if reply["est_actif"] else f"({reply['titre']})")
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(self.replies) if r["id"] == select), 0)
        if self.replies:
            self.list.setCurrentRow(index)
            self._show(index)
        else:
            self._new()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.replies):
            return
        self.current = dict(self.replies[row])
        self.title.setText(self.current["titre"])
        self.text.setPlainText(self.current["contenu"])
        self.active.setChecked(bool(self.current["est_actif"]))
        self._update_buttons()

    def _new(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.title.clear()
        self.text.clear()
        self.active.setChecked(True)
        self._update_buttons()
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "titre": self.title.text(),
            "contenu": self.text.toPlainText(),
            "est_actif": self.active.isChecked(),
        }

    async def save_current(self) -> None:
        refused = self.tr("Réponse type non enregistrée")
        if self.current is None:
            new_id = await run_operation(
                self, create_canned_reply, self.values(), refused=refused,
                done=lambda _i: self.tr("Réponse type ajoutée."),
            )  # fmt: skip
            if new_id is not None:
                await self.reload(new_id)
            return
        read = {k: self.current[k] for k in ("titre", "contenu", "est_actif")}
        saved = await run_operation(
            self, update_canned_reply, self.current["id"], self.values(), read, refused=refused,
            done=lambda _r: self.tr("Réponse type enregistrée."),
        )  # fmt: skip
        await self.reload(self.current["id"] if saved is not None else None)

    async def delete_current(self) -> None:
        if self.current is None:
            return
        sure = await ask(
            self,
            self.tr("Supprimer la réponse type"),
            self.tr("Supprimer « {title} » pour toute l'équipe ?").format(
                title=self.current["titre"]
            ),
            self.tr("Supprimer"),
        )
        if sure:
            await run_operation(
                self, delete_canned_reply, self.current["id"],
                refused=self.tr("Réponse type non supprimée"),
                done=lambda _r: self.tr("Réponse type supprimée."),
            )  # fmt: skip
            await self.reload()


__all__ = ["CannedRepliesDialog", "placeholder_help"]
