"""Every tab: importing this module registers them all (one import per view module).

The application takes ``all_views()`` from here and hands it to the main window, which
imports no view; the registry itself imports none either, so no import cycle runs through
the views.
"""

from backoffice.views import (  # noqa: F401
    categories,
    clients,
    conversations,
    invoices,
    orders,
    products,
    quotes,
    security,
    services_tab,
)
from backoffice.views.registry import ViewSpec, all_views, views_for

__all__ = ["ViewSpec", "all_views", "views_for"]
