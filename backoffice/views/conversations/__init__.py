"""The Conversations tab (support agents' inbox), its opener (« conversations ») and the
« Conversations » sections of the order and quote windows."""

from __future__ import annotations

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.openers import RecordSection, register_opener, register_section
from backoffice.views.conversations.background import start_background
from backoffice.views.conversations.screen import ConversationsScreen
from backoffice.views.conversations.sections import LinkedConversations, open_conversation
from backoffice.views.registry import ViewSpec, register


def conversations_screen(context: AppContext) -> ConversationsScreen:
    return ConversationsScreen(context)


VIEW = register(
    ViewSpec(
        key="conversations",
        title=QT_TRANSLATE_NOOP("Views", "Conversations"),
        icon="SP_MessageBoxInformation",
        permission=Permission.CONVERSATIONS_VIEW,
        factory=conversations_screen,
        order=40,
        background=start_background,
    )
)
register_opener("conversations", open_conversation, Permission.CONVERSATIONS_VIEW)
for kind in ("commandes", "devis"):
    register_section(
        RecordSection(
            kind,
            "conversations",
            QT_TRANSLATE_NOOP("RecordSections", "Conversations"),
            lambda ctx, record_id, kind=kind: LinkedConversations(ctx, kind, record_id),
            permission=Permission.CONVERSATIONS_VIEW,
            order=50,
        )
    )

__all__ = ["VIEW", "ConversationsScreen", "conversations_screen"]
