"""The Conversations tab's user actions, each one service run through
``ui/operations.run_operation`` (never a reload by hand: the runner announces the change,
and the inbox and the thread refresh themselves)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from backoffice.services.attachments import AttachmentRefused
from backoffice.services.conversations import (
    NewAttachment,
    assign,
    get_attachment,
    reply,
    set_status,
)
from backoffice.services.conversations import (
    add_note as add_note_service,
)
from backoffice.services.errors import ServiceError
from backoffice.ui.dialogs import warn
from backoffice.ui.operations import refusal, run_operation

if TYPE_CHECKING:
    from backoffice.views.conversations.thread import ThreadView


def _refused_title() -> str:
    return QCoreApplication.translate("Conversations", "Réponse non envoyée")


async def send_reply(view: ThreadView, text: str) -> int | None:
    """Sends the reply with the status chosen and the files attached; the message id, or
    ``None`` when refused (the box keeps the text and the draft)."""
    box = view.reply_box
    files: list[NewAttachment] = []
    for path in box.files:
        try:
            files.append(NewAttachment(path.name, path.read_bytes()))
        except OSError as exc:
            warn(view, _refused_title(), f"{path.name} : {exc.strerror or exc}")
            return None
    return await run_operation(
        view,
        reply,
        view.conversation_id,
        text,
        statut=box.chosen_status(),
        seen_status=view.thread.get("statut"),
        files=files,
        root=view.root,
        done=lambda _id: QCoreApplication.translate("Conversations", "Réponse envoyée."),
        refused=_refused_title(),
    )


async def add_note(view: ThreadView, text: str) -> bool:
    result = await run_operation(
        view,
        add_note_service,
        view.conversation_id,
        text,
        done=lambda _id: QCoreApplication.translate("Conversations", "Note interne ajoutée."),
        refused=QCoreApplication.translate("Conversations", "Note non enregistrée"),
    )
    return result is not None


async def assign_to_me(view: ThreadView) -> None:
    await run_operation(
        view,
        assign,
        view.conversation_id,
        view.context.actor.id,
        seen_agent=view.thread.get("id_agent"),
        done=lambda _r: QCoreApplication.translate(
            "Conversations", "Conversation assignée à vous."
        ),
        refused=QCoreApplication.translate("Conversations", "Assignation impossible"),
    )


async def change_status(view: ThreadView, status: str) -> None:
    await run_operation(
        view,
        set_status,
        view.conversation_id,
        status,
        seen_status=view.thread.get("statut"),
        done=lambda _r: QCoreApplication.translate("Conversations", "Statut changé."),
        refused=QCoreApplication.translate("Conversations", "Statut non changé"),
    )


async def read_attachment(view: ThreadView, piece_id: int) -> dict[str, Any] | None:
    context = view.context
    try:
        return await context.runner.run(get_attachment, context.actor, piece_id, view.root)
    except (AttachmentRefused, ServiceError, OSError) as exc:
        message = refusal(exc) if isinstance(exc, ServiceError) else str(exc)
        warn(view, QCoreApplication.translate("Conversations", "Pièce jointe illisible"), message)
        return None
