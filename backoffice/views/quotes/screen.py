"""The Devis tab: the queue of quote requests, with live counts per status, and the quote
window (:mod:`.window`). Default view: the unanswered ones (« En attente »), oldest first.
Nothing reloads by hand: the runner's change announcement refreshes the queue, its counts
and the open windows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.views.quotes.specs import queue_spec
from backoffice.views.quotes.window import QuoteWindow, open_quote_window


class QuotesScreen(ListScreen):
    """The queue; ``open_quote(id)`` opens the quote's window (awaitable)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, queue_spec(), parent)

    async def open_quote(self, quote_id: int) -> QuoteWindow:
        return await open_quote_window(self.context, quote_id, self)


__all__ = ["QuotesScreen"]
