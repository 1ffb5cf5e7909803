"""One conversation's thread: header, messages, notes, attachments and the reply box.

Opening it marks the customer's messages read (one statement); it follows its
conversation (the runner's change announcements, the LISTEN/poll's too) and reloads by
itself. Échap asks to go back (``backRequested``); Ctrl+M assigns it to oneself;
Ctrl+Maj+S opens the status list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from backoffice import labels
from backoffice.services.attachments import AttachmentRoot, no_folder_message
from backoffice.services.changes import Changes
from backoffice.services.conversations import (
    STATUSES,
    attachment_sizes,
    get_thread,
    list_canned_replies,
    mark_read,
    placeholder_values,
)
from backoffice.services.permissions import Permission, Staff
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import warn
from backoffice.ui.errors import user_message
from backoffice.ui.openers import can_open, open_record
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.conversations import operations
from backoffice.views.conversations.drafts import DraftStore
from backoffice.views.conversations.prefs import attachment_root
from backoffice.views.conversations.render import ATTACHMENT_SCHEME, OLDER_SCHEME, thread_html
from backoffice.views.conversations.reply_box import ReplyBox, status_label
from backoffice.views.conversations.specs import quote_link_text

SHOWN_MESSAGES = 100


def read_thread(
    session: Session,
    actor: Staff,
    conversation_id: int,
    root: AttachmentRoot,
    *,
    mark: bool,
    extras: bool,
) -> dict[str, Any]:
    """What opening a thread needs, on the worker in one transaction: mark-read (its own
    UPDATE), the thread, its attachments' sizes, and the first time the canned replies and
    their placeholders' values."""
    if mark:
        mark_read(session, actor, conversation_id)
    thread = get_thread(session, actor, conversation_id)
    pieces = [p for m in thread["messages"] for p in m["pieces"]]
    found: dict[str, Any] = {
        "thread": thread,
        "sizes": attachment_sizes(session, actor, pieces, root) if pieces else {},
    }
    if extras:
        found["canned"] = list_canned_replies(session, actor)
        found["placeholders"] = placeholder_values(session, actor, conversation_id)
    return found


THREAD_TABLES = ("conversations", "messages", "pieces_jointes", "conversations_notes")


def type_label(kind: str) -> str:
    return QCoreApplication.translate(
        labels.CONTEXT, labels.CONVERSATION_TYPE_LABELS.get(kind, kind)
    )


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ThreadView(QWidget):
    """``backRequested`` on Échap; ``loaded`` after each (re)load; ``sent(int)`` after a
    reply went out (its message id)."""

    backRequested = Signal()
    loaded = Signal()
    sent = Signal(int)

    def __init__(
        self, context: AppContext, conversation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.context = context
        self.conversation_id = conversation_id
        self.thread: dict[str, Any] = {}
        self.sizes: dict[int, int | None] = {}
        # The latest messages first shown; « Afficher les … précédents » shows them all.
        self.shown_limit: int | None = SHOWN_MESSAGES
        self.root: AttachmentRoot = attachment_root(context.settings)
        self.drafts = DraftStore(context.database_label)
        can_reply = context.actor.can(Permission.CONVERSATIONS_REPLY)
        self.can_reply = can_reply
        upload_reason = None if self.root.can_upload else self._upload_reason()

        self.subject = plain(QLabel(self))
        self.subject.setObjectName("threadSubject")
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.subject.setFont(font)
        self.subject.setWordWrap(True)
        self.customer = plain(QLabel(self))
        self.customer.setObjectName("threadCustomer")
        self.details = plain(QLabel(self))
        self.details.setObjectName("threadDetails")
        self.link = QPushButton(self)
        self.link.setObjectName("threadLink")
        self.link.setFlat(True)
        self.link.clicked.connect(self._open_link)
        self.link.hide()
        self.agent = plain(QLabel(self))
        self.agent.setObjectName("threadAgent")
        self.assign_me = QPushButton(self.tr("M'assigner"), self)
        self.assign_me.setObjectName("assignMe")
        self.assign_me.setToolTip(self.tr("Me confier cette conversation (Ctrl+M)"))
        self.assign_me.clicked.connect(lambda: spawn(self.assign_to_me(), parent=self))
        self.status = QComboBox(self)
        self.status.setObjectName("threadStatus")
        self.status.setToolTip(self.tr("Changer le statut (Ctrl+Maj+S)"))
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(lambda _i: spawn(self.change_status(), parent=self))
        self.back = QPushButton(self.tr("← Boîte de réception"), self)
        self.back.setObjectName("backButton")
        self.back.setToolTip(self.tr("Revenir à la liste (Échap)"))
        self.back.clicked.connect(self.backRequested)
        for widget in (self.assign_me, self.status):
            widget.setEnabled(can_reply)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("threadMessages")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        self.reply_box = ReplyBox(
            conversation_id, self.drafts, can_reply=can_reply, upload_reason=upload_reason,
            parent=self,
        )  # fmt: skip
        self.reply_box.sendRequested.connect(lambda: spawn(self.send(), parent=self))
        self.reply_box.noteRequested.connect(lambda: spawn(self.add_note(), parent=self))
        self.notice = plain(QLabel(self))
        self.notice.setObjectName("threadNotice")
        self.notice.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.subject, 1)
        top.addWidget(self.agent)
        top.addWidget(self.assign_me)
        top.addWidget(self.status)
        second = QHBoxLayout()
        second.addWidget(self.customer)
        second.addWidget(self.details)
        second.addWidget(self.link)
        second.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.browser)
        splitter.addWidget(self.reply_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 150])  # the thread first; the box grows when dragged
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

        QShortcut(QKeySequence("Escape"), self, self.backRequested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Ctrl+M"), self, lambda: spawn(self.assign_to_me(), parent=self),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self._status_popup,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        ChangeWatcher(context.runner, self, THREAD_TABLES, self._changed)

    def _upload_reason(self) -> str:
        if self.root.base_url:
            return str(no_folder_message())
        return self.tr(
            "Choisissez le dossier des pièces jointes (Conversations → Préférences…) pour "
            "joindre des fichiers."
        )

    # --- loading ----------------------------------------------------------------------------

    async def load(self, *, mark: bool = True) -> None:
        """Reads the thread (marking the customer's messages read first) and shows it: one
        trip to the worker, one transaction."""
        runner, actor = self.context.runner, self.context.actor
        first = not self.thread
        found = await runner.run(
            read_thread, actor, self.conversation_id, self.root, mark=mark, extras=first
        )
        if not shiboken6.isValid(self):
            return  # closed while reading
        if first:
            self.reply_box.set_canned(found["canned"], found["placeholders"])
        self.show_thread(found["thread"], found["sizes"])

    def show_thread(self, thread: dict[str, Any], sizes: dict[int, int | None]) -> None:
        first = not self.thread
        self.thread, self.sizes = thread, sizes
        self.subject.setText(thread["sujet"])
        name = " ".join(p for p in (thread.get("client_prenom"), thread.get("client_nom")) if p)
        self.customer.setText(
            f"{name} <{thread['client_email']}>" if name else thread["client_email"]
        )
        self.details.setText(
            " · ".join(
                (type_label(thread["type"]), formatting.format_datetime(thread["date_creation"]))
            )
        )
        self._show_link(thread)
        agent = " ".join(p for p in (thread.get("agent_prenom"), thread.get("agent_nom")) if p)
        self.agent.setText(
            self.tr("Agent : {name}").format(name=agent) if agent else self.tr("Non assignée")
        )
        self.assign_me.setVisible(thread.get("id_agent") != self.context.actor.id)
        self.status.setCurrentIndex(self.status.findData(thread["statut"]))
        words = {
            "client": self.tr("Client"),
            "staff": self.tr("Équipe"),
            "note": self.tr("Note interne (jamais vue du client)"),
            "unread": self.tr("non lu"),
            "older": self.tr("Afficher les {n} messages précédents"),
            "attachment": self.tr("Pièce jointe :"),
        }
        bar = self.browser.verticalScrollBar()
        at_end = first or bar.value() >= bar.maximum() - 4
        self.browser.setHtml(
            thread_html(
                thread,
                when=formatting.format_datetime,
                sizes=sizes,
                words=words,
                limit=self.shown_limit,
            )
        )
        if at_end:
            bar.setValue(bar.maximum())
        self.window().setWindowTitle(
            self.tr("Conversation — {subject}").format(subject=thread["sujet"])
        )
        self.loaded.emit()

    def _show_link(self, thread: dict[str, Any]) -> None:
        if thread.get("id_commande") is not None:
            text = self.tr("Commande {ref}").format(
                ref=thread.get("commande_reference") or thread["id_commande"]
            )
            kind = "commandes"
        elif thread.get("id_devis") is not None:
            text = quote_link_text(thread.get("devis_numero"), thread["id_devis"])
            kind = "devis"
        else:
            self.link.hide()
            return
        self.link.setText(text + (" ↗" if can_open(self.context, kind) else ""))
        self.link.setEnabled(can_open(self.context, kind))
        self.link.show()

    def _open_link(self) -> None:
        if self.thread.get("id_commande") is not None:
            open_record(self.context, "commandes", int(self.thread["id_commande"]))
        elif self.thread.get("id_devis") is not None:
            open_record(self.context, "devis", int(self.thread["id_devis"]))

    def _changed(self, changes: Changes) -> None:
        mine = any(changes.touches_row(t, self.conversation_id) for t in ("conversations",))
        if mine or changes.touches("messages", "pieces_jointes", "conversations_notes"):
            spawn(self._reload(), parent=self)

    async def _reload(self) -> None:
        try:
            # A message that arrives while the thread is on screen has been seen.
            await self.load(mark=self.isVisible())
        except Exception as exc:
            if shiboken6.isValid(self):
                self.notice.setText(user_message(exc))

    # --- actions ------------------------------------------------------------------------

    def notify(self, text: str) -> None:
        self.notice.setText(text)

    async def send(self) -> None:
        text = self.reply_box.text()
        self.reply_box.flush_draft()  # whatever happens next, the text is on disk
        message_id = await operations.send_reply(self, text)
        if message_id is not None:
            self.reply_box.sent()
            self.sent.emit(message_id)

    async def add_note(self) -> None:
        text = self.reply_box.text()
        if await operations.add_note(self, text):
            self.reply_box.sent()

    async def assign_to_me(self) -> None:
        if self.can_reply and self.thread.get("id_agent") != self.context.actor.id:
            await operations.assign_to_me(self)

    async def change_status(self) -> None:
        wanted = str(self.status.currentData())
        if self.thread and wanted != self.thread["statut"]:
            await operations.change_status(self, wanted)

    def _status_popup(self) -> None:
        if self.can_reply:
            self.status.setFocus()
            self.status.showPopup()

    # --- attachments ----------------------------------------------------------------------

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == OLDER_SCHEME:
            self.shown_limit = None
            self.show_thread(self.thread, self.sizes)
            self.browser.verticalScrollBar().setValue(0)
        elif url.scheme() == ATTACHMENT_SCHEME:
            spawn(self.open_attachment(int(url.path())), parent=self)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    async def open_attachment(self, piece_id: int) -> None:
        piece = await operations.read_attachment(self, piece_id)
        if piece is None:
            return
        policy = piece["policy"]
        if policy == "image":
            self.preview_image(piece)
        elif policy == "pdf":
            from backoffice.services.documents.common import RenderedPdf
            from backoffice.ui.document_preview import show_pdf

            show_pdf(
                self,
                self.context,
                RenderedPdf(piece["data"], piece["nom_fichier"], piece["nom_fichier"]),
            )
        else:
            if policy == "dangerous":
                warn(
                    self,
                    self.tr("Fichier dangereux"),
                    self.tr(
                        "« {name} » est un programme ou un script : il ne sera pas ouvert. "
                        "Vous pouvez l'enregistrer, mais ne l'ouvrez pas sans l'avoir fait "
                        "analyser."
                    ).format(name=piece["nom_fichier"]),
                )
            self.save_attachment(piece)

    def preview_image(self, piece: dict[str, Any]) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("imagePreview")
        dialog.setWindowTitle(piece["nom_fichier"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pixmap = QPixmap()
        pixmap.loadFromData(piece["data"])
        label = QLabel(dialog)
        label.setPixmap(pixmap)
        scroll = QScrollArea(dialog)
        scroll.setWidget(label)
        save = QPushButton(self.tr("Enregistrer sous…"), dialog)
        save.clicked.connect(lambda: self.save_attachment(piece))
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll, 1)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        dialog.resize(min(900, pixmap.width() + 40), min(700, pixmap.height() + 80))
        dialog.show()
        return dialog

    def save_attachment(self, piece: dict[str, Any]) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la pièce jointe"), piece["nom_fichier"]
        )
        if path:
            Path(path).write_bytes(piece["data"])
            self.notify(self.tr("Pièce jointe enregistrée."))

    # --- closing --------------------------------------------------------------------------

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.reply_box.flush_draft()
        super().hideEvent(event)


__all__ = ["THREAD_TABLES", "ThreadView"]
