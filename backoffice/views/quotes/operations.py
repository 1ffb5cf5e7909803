"""The Devis tab's operations: one small function per user action, each running the
workflow service through the runner and reporting in French. None reloads anything: the
runner announces the quote changed, and the queue, its counts and the quote's window
refresh themselves.

A compare-and-set refusal (:class:`~backoffice.services.quotes.QuoteConflict`: a colleague
or the website acted first) is shown to the member with what the quote is now; what they
typed stays in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backoffice.services import quotes
from backoffice.services.errors import ServiceError
from backoffice.services.quotes import QuoteConflict, QuoteData
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import warn
from backoffice.ui.errors import user_message
from backoffice.ui.operations import changed_text
from backoffice.ui.specs import Row


class Host(Protocol):
    context: AppContext

    def notify(self, text: str) -> None: ...


def _title() -> str:
    return QCoreApplication.translate("Devis", "Action refusée")


async def run_action(
    host: Host,
    service: Callable[..., QuoteData],
    *args: Any,
    done: str,
    on_conflict: Callable[[QuoteConflict], None] | None = None,
) -> QuoteData | None:
    """``service(session, actor, *args)``; ``done`` shown on success. A refusal is shown
    in a warning (a conflict also to ``on_conflict``); ``None`` then."""
    context = host.context
    try:
        saved = await context.runner.run(service, context.actor, *args)
    except QuoteConflict as exc:
        if on_conflict is not None:
            on_conflict(exc)
        warn(
            host if isinstance(host, QWidget) else None,
            _title(),
            user_message(exc),
            object_name="quoteConflict",
        )
        return None
    except ServiceError as exc:
        warn(
            host if isinstance(host, QWidget) else None,
            _title(),
            user_message(exc),
            object_name="quoteRefused",
        )
        return None
    host.notify(done)
    return saved


async def take_rows(host: Host, rows: Sequence[Row]) -> int:
    """« Prendre en charge » the waiting quotes among ``rows``; how many were taken."""
    context = host.context
    taken = 0
    refused: list[str] = []
    for row in rows:
        if row.get("statut") != "en_attente":
            continue
        try:
            read = await context.runner.run(quotes.get_quote, context.actor, int(row["id"]))
            await context.runner.run(quotes.take_quote, context.actor, read.id, read)
            taken += 1
        except ServiceError as exc:
            refused.append(user_message(exc))
    host.notify(
        changed_text(
            taken,
            QCoreApplication.translate("Devis", "devis pris en charge"),
            QCoreApplication.translate("Devis", "devis pris en charge"),
        )
    )
    if refused:
        warn(
            host if isinstance(host, QWidget) else None,
            _title(),
            "\n".join(refused[:8]),
            object_name="quoteRefused",
        )
    return taken


__all__ = ["Host", "run_action", "take_rows"]
