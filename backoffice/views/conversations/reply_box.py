"""The reply box under a thread: plain text, a draft kept on this computer as you type,
« Réponses types », the status set with the reply, attachments, Ctrl+Entrée sends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice import labels
from backoffice.services.conversations import DEFAULT_REPLY_STATUS, STATUSES, fill_placeholders
from backoffice.ui.tasks import Debouncer
from backoffice.views.conversations.drafts import DraftStore

DRAFT_DEBOUNCE_MS = 400


def status_label(status: str) -> str:
    return QCoreApplication.translate(labels.CONTEXT, labels.CONVERSATION_STATUS_LABELS[status])


class ReplyBox(QWidget):
    """``sendRequested`` (Ctrl+Entrée or « Envoyer »), ``noteRequested`` (« Note interne »).
    The draft is saved ``DRAFT_DEBOUNCE_MS`` after the last key, and at once on
    :meth:`flush_draft` (closing, hiding)."""

    sendRequested = Signal()
    noteRequested = Signal()

    def __init__(
        self,
        conversation_id: int,
        drafts: DraftStore,
        *,
        can_reply: bool,
        upload_reason: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self.conversation_id = conversation_id
        self.drafts = drafts
        self.files: list[Path] = []
        self.placeholders: dict[str, str] = {}
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("replyEditor")
        self.editor.setPlaceholderText(
            self.tr("Votre réponse au client… (Ctrl+Entrée pour envoyer)")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.editor.setPlainText(drafts.load(conversation_id))
        self._saver = Debouncer(DRAFT_DEBOUNCE_MS, self.flush_draft, self)
        self.editor.textChanged.connect(self._saver.trigger)

        self.canned = QComboBox(self)
        self.canned.setObjectName("cannedReplies")
        self.canned.setToolTip(self.tr("Insérer une réponse type"))
        self.canned.addItem(self.tr("Réponses types…"), None)
        self.canned.activated.connect(self._canned_chosen)
        self.status = QComboBox(self)
        self.status.setObjectName("replyStatus")
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(self.status.findData(DEFAULT_REPLY_STATUS))
        self.status.setToolTip(self.tr("Statut de la conversation après l'envoi"))
        self.attach = QPushButton(self.tr("Joindre un fichier…"), self)
        self.attach.setObjectName("attachButton")
        self.attach.clicked.connect(self._choose_files)
        if upload_reason:
            self.attach.setEnabled(False)
            self.attach.setToolTip(upload_reason)
        self.files_label = QLabel(self)
        self.files_label.setObjectName("attachedFiles")
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QPushButton(self.tr("Note interne"), self)
        self.note.setObjectName("noteButton")
        self.note.setToolTip(
            self.tr("Enregistrer le texte comme note de l'équipe (jamais vue du client)")
        )
        self.note.clicked.connect(self.noteRequested)
        self.send = QPushButton(self.tr("Envoyer"), self)
        self.send.setObjectName("sendButton")
        self.send.setDefault(True)
        self.send.setToolTip(self.tr("Envoyer la réponse (Ctrl+Entrée)"))
        self.send.clicked.connect(self.sendRequested)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(key), self, self.sendRequested.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )  # fmt: skip
        for widget in (self.editor, self.canned, self.status, self.attach, self.note, self.send):
            widget.setEnabled(widget.isEnabled() and can_reply)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.canned)
        row.addWidget(self.attach)
        row.addWidget(self.files_label, 1)
        row.addWidget(QLabel(self.tr("Statut après envoi :"), self))
        row.addWidget(self.status)
        row.addWidget(self.note)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)

    # --- draft ----------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def flush_draft(self) -> None:
        self._saver.cancel()
        self.drafts.save(self.conversation_id, self.text())

    def sent(self) -> None:
        """The reply went out: empty box, no draft, no files."""
        self._saver.cancel()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.drafts.discard(self.conversation_id)
        self.files = []
        self.files_label.clear()
        self.status.setCurrentIndex(self.status.findData(DEFAULT_REPLY_STATUS))

    def chosen_status(self) -> str:
        return str(self.status.currentData())

    # --- canned replies and files -------------------------------------------------------

    def set_canned(self, replies: list[dict[str, Any]], values: dict[str, str]) -> None:
        self.placeholders = values
        while self.canned.count() > 1:
            self.canned.removeItem(1)
        for item in replies:
            self.canned.addItem(item["titre"], item["contenu"])

    def _canned_chosen(self, index: int) -> None:
        template = self.canned.itemData(index)
        self.canned.setCurrentIndex(0)
        if template:
            self.editor.insertPlainText(fill_placeholders(str(template), self.placeholders))
            self.editor.setFocus()

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Joindre des fichiers"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        self.files.extend(paths)
        self.files_label.setText(", ".join(p.name for p in self.files))
        self.files_label.setToolTip("\n".join(str(p) for p in self.files))


__all__ = ["ReplyBox", "status_label"]
