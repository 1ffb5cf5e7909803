"""Conversations: the support agents' inbox, the thread, replies, assignment, internal
notes and canned replies (« Réponses types »). Qt-free."""

from backoffice.services.conversations.canned import (
    PLACEHOLDERS,
    create_canned_reply,
    delete_canned_reply,
    fill_placeholders,
    get_canned_reply,
    list_canned_replies,
    placeholder_values,
    update_canned_reply,
)
from backoffice.services.conversations.files import attachment_sizes, get_attachment
from backoffice.services.conversations.inbox import (
    DEFAULT_VIEW,
    OPEN_STATUSES,
    PERIODS,
    STATUSES,
    VIEWS,
    count_conversations,
    count_views,
    inbox_source,
    latest_activity,
    list_conversations,
    new_customer_messages,
    view_counts,
    waiting_count,
)
from backoffice.services.conversations.linked import LINKS, get_linked_conversations
from backoffice.services.conversations.reply import (
    DEFAULT_REPLY_STATUS,
    UNCHECKED,
    NewAttachment,
    add_note,
    assign,
    reply,
    set_status,
    start_conversation,
)
from backoffice.services.conversations.thread import get_thread, mark_read

__all__ = [
    "DEFAULT_REPLY_STATUS",
    "DEFAULT_VIEW",
    "LINKS",
    "OPEN_STATUSES",
    "PERIODS",
    "PLACEHOLDERS",
    "STATUSES",
    "UNCHECKED",
    "VIEWS",
    "NewAttachment",
    "add_note",
    "assign",
    "attachment_sizes",
    "count_conversations",
    "count_views",
    "create_canned_reply",
    "delete_canned_reply",
    "fill_placeholders",
    "get_attachment",
    "get_canned_reply",
    "get_linked_conversations",
    "get_thread",
    "inbox_source",
    "latest_activity",
    "list_canned_replies",
    "list_conversations",
    "mark_read",
    "new_customer_messages",
    "placeholder_values",
    "reply",
    "set_status",
    "start_conversation",
    "update_canned_reply",
    "view_counts",
    "waiting_count",
]
