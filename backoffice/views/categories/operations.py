"""The Catégories tab's operations: move (drop or picker) and delete.

They run the service through the runner and report in French; a refusal (a cycle, a
category still holding products) shows the service's own words. None reloads the tree: it
refreshes itself from the runner's change announcement, and so do the Produits list's
category column and filter.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from backoffice.services import categories as service
from backoffice.services.categories import CategoryNode
from backoffice.services.errors import ServiceError
from backoffice.ui.catalog_fields import search_category_choices
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask
from backoffice.ui.errors import user_message
from backoffice.ui.forms import PickerDialog
from backoffice.ui.operations import refusal


class TreeHost(Protocol):
    """The categories screen as these operations see it."""

    context: AppContext

    def notify(self, text: str) -> None: ...

    def warn(self, text: str, title: str | None = None) -> None: ...

    def reveal(self, category_id: int | None, expand: set[int] | None = None) -> None: ...

    def current_node(self) -> CategoryNode | None: ...

    def name_of(self, category_id: int) -> str: ...


async def move(screen: TreeHost, category_id: int, new_parent_id: int | None) -> bool:
    """Asks the service; a refusal (cycle, vanished parent) shows its message."""
    name = screen.name_of(category_id)
    context = screen.context
    try:
        await context.runner.run(service.move_category, context.actor, category_id, new_parent_id)
    except ServiceError as exc:
        screen.warn(refusal(exc), QCoreApplication.translate("Categories", "Déplacement refusé"))
        return False
    screen.notify(
        QCoreApplication.translate("Categories", "« {nom} » déplacée.").format(nom=name)
        if name
        else QCoreApplication.translate("Categories", "Déplacée.")
    )
    screen.reveal(category_id, {new_parent_id} if new_parent_id else None)
    return True


async def move_selected(screen: TreeHost) -> bool:
    """ "Déplacer vers…": the new parent chosen in a searchable picker."""
    node = screen.current_node()
    if node is None:
        return False
    ok, parent_id = await PickerDialog.choose(
        screen.context,
        search_category_choices,
        QCoreApplication.translate("Categories", "Déplacer « {nom} »").format(nom=node.nom),
        QCoreApplication.translate(
            "Categories", "Nouvelle catégorie parente de « {nom} » :"
        ).format(nom=node.nom),
        none_label=QCoreApplication.translate(
            "Categories", "Aucune : en faire une catégorie principale"
        ),
        ok_text=QCoreApplication.translate("Categories", "Déplacer"),
        parent=screen,  # type: ignore[arg-type]
    )
    if not ok:
        return False
    return await move(screen, node.id, parent_id)


async def delete_selected(screen: TreeHost, *, confirmed: bool = False) -> bool:
    node = screen.current_node()
    if node is None:
        return False
    if not confirmed and not await ask(
        screen,  # type: ignore[arg-type]
        QCoreApplication.translate("Categories", "Supprimer"),
        QCoreApplication.translate("Categories", "Supprimer la catégorie « {nom} » ?").format(
            nom=node.nom
        ),
        QCoreApplication.translate("Categories", "Supprimer"),
        object_name="confirmDelete",
    ):
        return False
    context = screen.context
    try:
        await context.runner.run(service.delete_category, context.actor, node.id)
    except ServiceError as exc:
        screen.warn(
            user_message(exc), QCoreApplication.translate("Categories", "Suppression refusée")
        )
        return False
    screen.notify(
        QCoreApplication.translate("Categories", "« {nom} » supprimée.").format(nom=node.nom)
    )
    screen.reveal(node.parent_id)
    return True


__all__ = ["delete_selected", "move", "move_selected"]
