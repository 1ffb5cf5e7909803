"""The Services tab: the catalogue of services sold on quotation, and the service form.

The list is a :class:`~backoffice.ui.list_screen.ListScreen` over
:func:`backoffice.services.prestations.list_services`; the form is the generic one over
``get_service``/``update_service`` (compare-and-set on the values read: a concurrent
change opens the conflict dialog). Nothing reloads by hand.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from backoffice.services.permissions import Permission
from backoffice.services.prestations import ServiceData
from backoffice.ui.context import AppContext
from backoffice.ui.forms import FormDialog, FormScreen, open_form
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.watch import follow_record
from backoffice.views.services_tab.specs import service_form_spec, services_spec


async def open_service_window(
    context: AppContext, service_id: int | None, parent: QWidget | None = None
) -> FormDialog:
    """The service's form window: the open one raised, else a new one."""

    async def make() -> FormDialog:
        form = FormScreen(
            context,
            service_form_spec(),
            service_id,
            initial=ServiceData(prix_base=None) if service_id is None else None,
        )
        title = (
            parent.tr("Nouveau service")
            if parent is not None and service_id is None
            else form.tr("Service")
        )
        dialog = await open_form(form, parent=parent, title=title)
        dialog.setObjectName("serviceDialog")
        if not context.actor.can(Permission.CATALOG_EDIT):
            form.set_read_only(
                reason=form.tr("Lecture seule — votre rôle ne permet pas de modifier les services")
            )
        follow_record(
            form,
            "services",
            form.tr(
                "Ce service a été modifié ailleurs pendant que vous le modifiiez. "
                "Enregistrer comparera vos valeurs aux nouvelles."
            ),
        )

        def titled(data: ServiceData | None) -> None:
            if data is not None and data.nom and shiboken6.isValid(dialog):
                dialog.setWindowTitle(form.tr("Service — {nom}").format(nom=data.nom))

        if service_id is not None:
            titled(form.loaded)
            form.loadedChanged.connect(titled)
        return dialog

    return await context.record_windows("services").open(service_id, make)


class ServicesScreen(ListScreen):
    """The Services list; ``open_service(id | None)`` opens the form (awaitable)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, services_spec(), parent)
        button = self.action_button("edit")
        if button is not None and not context.actor.can(Permission.CATALOG_EDIT):
            button.setText(self.tr("Ouvrir"))

    async def open_service(self, service_id: int | None) -> FormDialog:
        dialog = await open_service_window(self.context, service_id, self)
        form = dialog.findChild(FormScreen)
        if form is not None and service_id is None:
            form.saved.connect(self._saved)
        return dialog

    def _saved(self, saved: ServiceData) -> None:
        self.notify(self.tr("« {nom} » enregistré.").format(nom=saved.nom))
        self.reveal(saved.id)


__all__ = ["ServicesScreen", "open_service_window"]
