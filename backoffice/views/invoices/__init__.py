"""The Factures tab (package): :mod:`.specs` (the invoices' and credit notes' lists),
:mod:`.screen` (the « Factures » / « Avoirs » switch over them), :mod:`.operations`
(preview, print, save, the order, « Journal des ventes », « Avoir partiel… »),
:mod:`.window` (a document's window), :mod:`.credit_dialog`, :mod:`.settings`
(« Paramètres de la boutique »), :mod:`.periods`.

Importing it registers the tab (``invoices.view``) and two openers: ``factures`` (an
invoice's window, for the order window's « Voir la facture ») and ``parametres_boutique``
(the settings, for the main window's menu)."""

from __future__ import annotations

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.permissions import Permission
from backoffice.ui.openers import register_opener
from backoffice.views.invoices.screen import InvoicesScreen, invoices_screen
from backoffice.views.invoices.settings import open_shop_settings, open_shop_settings_record
from backoffice.views.invoices.window import DocumentWindow, open_document, open_invoice_record
from backoffice.views.registry import ViewSpec, register

VIEW = register(
    ViewSpec(
        key="factures",
        title=QT_TRANSLATE_NOOP("Views", "Factures"),
        icon="SP_FileDialogContentsView",
        permission=Permission.INVOICES_VIEW,
        factory=invoices_screen,
        order=7,
    )
)
register_opener("factures", open_invoice_record, Permission.INVOICES_VIEW)
# Admins edit, managers read (the Factures tab's « ⋯ » menu, the main window's Fichier).
register_opener("parametres_boutique", open_shop_settings_record, Permission.INVOICES_ISSUE)

__all__ = [
    "DocumentWindow",
    "InvoicesScreen",
    "invoices_screen",
    "open_document",
    "open_shop_settings",
]
