"""The Devis tab (package): :mod:`.specs` (the queue), :mod:`.screen`, :mod:`.window` (one
quote: the request, the answer, the workflow's actions, the PDF), :mod:`.operations`.
Importing it registers the tab and the ``"devis"`` opener."""

from __future__ import annotations

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.openers import register_opener
from backoffice.views.quotes.screen import QuotesScreen
from backoffice.views.quotes.specs import queue_spec
from backoffice.views.quotes.window import QuoteWindow, RejectDialog, open_quote_window
from backoffice.views.registry import ViewSpec, register


def quotes_screen(context: AppContext) -> QuotesScreen:
    return QuotesScreen(context)


async def open_quote(context: AppContext, quote_id: int) -> QuoteWindow:
    return await open_quote_window(context, quote_id)


VIEW = register(
    ViewSpec(
        key="devis",
        title=QT_TRANSLATE_NOOP("Views", "Devis"),
        icon="SP_FileDialogContentsView",
        permission=Permission.QUOTES_VIEW,
        factory=quotes_screen,
        order=60,
    )
)
register_opener("devis", open_quote, Permission.QUOTES_VIEW)

__all__ = [
    "QuoteWindow",
    "QuotesScreen",
    "RejectDialog",
    "open_quote",
    "open_quote_window",
    "queue_spec",
    "quotes_screen",
]
