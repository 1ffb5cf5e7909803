"""Running one operation from a screen, the way every tab does it (Anki's ``CollectionOp``).

An operation is a small async function of a domain's ``views/<tab>/operations.py``: it asks
what it must (a confirmation, a percentage), runs the service through the runner, and
reports the outcome in French with the helpers below. It never reloads a screen: the
runner announces what changed and every screen showing it refreshes itself
(``ui/watch.py``)::

    async def set_active(screen, rows, active):
        return await run_operation(
            screen, catalog.set_active, ids_of(rows), active,
            done=lambda n: changed_text(n, "produit désactivé", "produits désactivés"),
        )

``screen`` is any widget with ``context`` (:class:`~backoffice.ui.context.AppContext`) and
``notify(text)`` (the list screen has both).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backoffice.services.errors import ServiceError, ValidationError
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import warn
from backoffice.ui.errors import field_messages, user_message

T = TypeVar("T")


class Host(Protocol):
    context: AppContext

    def notify(self, text: str) -> None: ...


def counted(n: int, singular: str, plural: str) -> str:
    """``"3 produits"`` (French: the singular for 0 and 1)."""
    return formatting.format_count(n, singular, plural)


def changed_text(n: int, singular: str, plural: str, *, none: str | None = None) -> str:
    """The outcome of a bulk operation: ``"3 produits modifiés."``; ``none`` when 0."""
    if n == 0:
        return (
            none
            if none is not None
            else QCoreApplication.translate("Operations", "Aucun changement.")
        )
    return counted(n, singular, plural) + "."


def refusal(exc: BaseException) -> str:
    """The French reason of a refusal: a validation's field messages, else the message."""
    if isinstance(exc, ValidationError) and exc.errors:
        return " ".join(field_messages(exc).values())
    return user_message(exc)


def ids_of(rows: Iterable[dict[str, Any]]) -> list[int]:
    return [int(row["id"]) for row in rows]


async def run_operation(
    host: Host,
    service: Callable[..., T],
    *args: Any,
    done: Callable[[T], str] | None = None,
    refused: str | None = None,
    **kwargs: Any,
) -> T | None:
    """Runs ``service(session, actor, *args, **kwargs)`` through the runner.

    Success: ``host.notify(done(result))`` and the result. A refusal (``ServiceError``):
    with ``refused`` (a title) a warning box gives the reason and ``None`` is returned;
    without it the error propagates (to ``spawn``'s message box, or the caller). Other
    errors always propagate.
    """
    context = host.context
    try:
        result = await context.runner.run(service, context.actor, *args, **kwargs)
    except ServiceError as exc:
        if refused is None:
            raise
        parent = host if isinstance(host, QWidget) else None
        warn(parent, refused, refusal(exc), object_name="operationRefused")
        return None
    if done is not None:
        host.notify(done(result))
    return result


__all__ = ["changed_text", "counted", "ids_of", "refusal", "run_operation"]
