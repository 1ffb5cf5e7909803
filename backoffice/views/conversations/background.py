"""What the Conversations tab does from sign-in on, before it is ever opened: the live
arrival (``live.py``), the badge on the tab's title (the conversations « À traiter »), and
a desktop notification (system tray) for each new customer message — naming the customer
and the subject; clicking it opens the thread. « Préférences… » of the tab turns the
notification off.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from backoffice.services.changes import Changes
from backoffice.services.conversations import waiting_count
from backoffice.ui.context import AppContext
from backoffice.ui.openers import open_record
from backoffice.ui.tasks import Debouncer, spawn
from backoffice.ui.watch import ChangeWatcher
from backoffice.views.conversations.live import LiveActivity
from backoffice.views.conversations.prefs import notifications_enabled
from backoffice.views.conversations.specs import INBOX_TABLES

log = logging.getLogger(__name__)
TAB_KEY = "conversations"


def _logged(exc: BaseException) -> None:
    log.warning("conversations in the background: %s", exc, exc_info=exc)


def tab_title(unread: int) -> str:
    if unread:
        return QCoreApplication.translate("Conversations", "Conversations ({n})").format(n=unread)
    return QCoreApplication.translate("Conversations", "Conversations")


class ConversationsBackground(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.unread = 0
        self.last_conversation: int | None = None
        self.live = LiveActivity(context, self)
        self.live.customerMessages.connect(self.notify)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(QCoreApplication.translate("Conversations", "Back-office"))
            self.tray.messageClicked.connect(self.open_last)
            self.tray.show()
        self._badge = Debouncer(300, lambda: spawn(self.refresh_badge(), on_error=_logged), self)
        ChangeWatcher(context.runner, window, INBOX_TABLES, self._changed)
        window.destroyed.connect(self.stop)
        spawn(self.live.start(), on_error=_logged)
        spawn(self.refresh_badge(), on_error=_logged)

    def stop(self) -> None:
        """The window closes (signing out, quitting): no more listening nor polling."""
        if shiboken6.isValid(self._badge):
            self._badge.cancel()
        self.live.stop()

    def _changed(self, _changes: Changes) -> None:
        self._badge.trigger()

    async def refresh_badge(self) -> int:
        n = await self.context.runner.run(waiting_count, self.context.actor)
        if not shiboken6.isValid(self.window):
            return n
        self.unread = n
        set_title = getattr(self.window, "set_tab_title", None)
        if set_title is not None:
            set_title(TAB_KEY, tab_title(n))
        return n

    def notify(self, messages: list[dict[str, Any]]) -> None:
        if not messages or not notifications_enabled(self.context.settings):
            return
        last = messages[-1]
        self.last_conversation = int(last["id_conversation"])
        name = " ".join(p for p in (last.get("prenom"), last.get("nom")) if p) or last["email"]
        title = QCoreApplication.translate("Conversations", "Nouveau message de {name}").format(
            name=name
        )
        body = str(last["sujet"])
        if len(messages) > 1:
            body += "\n" + QCoreApplication.translate(
                "Conversations", "et {n} autres messages"
            ).format(n=len(messages) - 1)
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def open_last(self) -> None:
        if self.last_conversation is not None:
            open_record(self.context, "conversations", self.last_conversation)


def start_background(context: AppContext, window: QWidget) -> ConversationsBackground:
    return ConversationsBackground(context, window)


__all__ = ["ConversationsBackground", "start_background", "tab_title"]
