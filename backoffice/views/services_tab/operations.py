"""The Services tab's operations: activate/deactivate, delete-or-deactivate.

Each runs the service through the runner and reports in French under the list; none
reloads anything (the runner announces the change, the list refreshes itself)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from backoffice.services import prestations
from backoffice.services.errors import ServiceError
from backoffice.ui.dialogs import ask
from backoffice.ui.errors import user_message
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.operations import changed_text
from backoffice.ui.specs import Row


async def set_active(screen: ListScreen, rows: Sequence[Row], active: bool) -> int:
    """Each selected service (de)activated; the number changed."""
    changed = 0
    for row in rows:
        if await screen.context.runner.run(
            prestations.set_service_active, screen.context.actor, int(row["id"]), active
        ):
            changed += 1
    done = (
        (
            QCoreApplication.translate("Services", "service activé"),
            QCoreApplication.translate("Services", "services activés"),
        )
        if active
        else (
            QCoreApplication.translate("Services", "service désactivé"),
            QCoreApplication.translate("Services", "services désactivés"),
        )
    )
    none = QCoreApplication.translate("Services", "Aucun changement : ils l'étaient déjà.")
    screen.notify(changed_text(changed, *done, none=none))
    return changed


async def delete_services(
    screen: ListScreen, rows: Sequence[Row], *, confirmed: bool = False
) -> int:
    """Deletes each service; those with quotes are refused with the reason, and the member
    may deactivate them instead. The number deleted."""
    if not rows:
        return 0
    if not confirmed:
        question = QCoreApplication.translate(
            "Services", "Supprimer définitivement {n} ? Cette action est irréversible."
        ).format(
            n=QCoreApplication.translate("Services", "le service « {nom} »").format(
                nom=rows[0]["nom"]
            )
            if len(rows) == 1
            else QCoreApplication.translate("Services", "{n} services").format(n=len(rows))
        )
        if not await ask(
            screen,
            QCoreApplication.translate("Services", "Supprimer"),
            question,
            QCoreApplication.translate("Services", "Supprimer"),
            object_name="confirmDelete",
        ):
            return 0
    deleted = 0
    refused: list[tuple[Row, str]] = []
    for row in rows:
        try:
            await screen.context.runner.run(
                prestations.delete_service, screen.context.actor, int(row["id"])
            )
            deleted += 1
        except ServiceError as exc:
            refused.append((row, user_message(exc)))
    if deleted:
        screen.notify(
            changed_text(
                deleted,
                QCoreApplication.translate("Services", "service supprimé"),
                QCoreApplication.translate("Services", "services supprimés"),
            )
        )
    if refused and await ask(
        screen,
        QCoreApplication.translate("Services", "Suppression refusée"),
        "\n".join(message for _row, message in refused[:8]),
        QCoreApplication.translate("Services", "Désactiver"),
        warning=True,
        object_name="deleteRefused",
    ):
        await set_active(screen, [row for row, _m in refused], False)
    return deleted
