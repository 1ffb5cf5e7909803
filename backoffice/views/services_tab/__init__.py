"""The Services tab (package): :mod:`.specs` (the list and the form), :mod:`.screen`,
:mod:`.operations` (activate/deactivate, delete-or-deactivate). Importing it registers the
tab and the ``"services"`` opener."""

from __future__ import annotations

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Permission
from backoffice.ui.context import AppContext
from backoffice.ui.forms import FormDialog
from backoffice.ui.openers import register_opener
from backoffice.views.registry import ViewSpec, register
from backoffice.views.services_tab.screen import ServicesScreen, open_service_window
from backoffice.views.services_tab.specs import service_form_spec, services_spec


def services_screen(context: AppContext) -> ServicesScreen:
    return ServicesScreen(context)


async def open_service(context: AppContext, service_id: int) -> FormDialog:
    return await open_service_window(context, service_id)


VIEW = register(
    ViewSpec(
        key="services",
        title=QT_TRANSLATE_NOOP("Views", "Services"),
        icon="SP_DialogHelpButton",
        permission=Permission.CATALOG_VIEW,
        factory=services_screen,
        order=45,
    )
)
register_opener("services", open_service, Permission.CATALOG_VIEW)

__all__ = [
    "ServicesScreen",
    "open_service",
    "open_service_window",
    "service_form_spec",
    "services_screen",
    "services_spec",
]
