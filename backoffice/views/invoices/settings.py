"""« Paramètres de la boutique »: the shop's identity and invoicing rules, shared by every
desktop (``parametres_boutique``), on the generic form.

Admins edit (``update_shop_settings``: compare-and-set on every value read, audited; a
colleague's save meanwhile opens the conflict window); managers read the same form,
read-only. Reached from the Factures tab and the main window's *Fichier* menu (the opener
``parametres_boutique``, so the main window needs no view).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from backoffice.labels import order_status_label
from backoffice.services.changes import Changes
from backoffice.services.permissions import Permission, Staff
from backoffice.services.shop_settings import ShopSettings
from backoffice.services.shop_settings.edit import (
    INVOICING_STATUSES,
    SETTING_LABELS,
    read_shop_settings,
    update_shop_settings,
)
from backoffice.ui.context import AppContext
from backoffice.ui.errors import translated, user_message
from backoffice.ui.forms import FieldSpec, FormDialog, FormScreen, FormSpec, open_form
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher

KEY = "boutique"  # the form's record id: there is one shop


def load_settings(session: Session, actor: Staff, _key: Any) -> ShopSettings:
    return read_shop_settings(session, actor)


def save_settings(
    session: Session, actor: Staff, _key: Any, values: dict[str, Any], loaded: ShopSettings
) -> ShopSettings:
    return update_shop_settings(session, actor, loaded, values)


def _label(key: str) -> str:
    text = translated(SETTING_LABELS[key])
    return text[:1].upper() + text[1:]


def settings_form_spec() -> FormSpec:
    def field(key: str, kind: str = "text", **options: Any) -> FieldSpec:
        return FieldSpec(key, _label(key), kind, **options)

    statuses = tuple((s, translated(order_status_label(s))) for s in INVOICING_STATUSES)
    return FormSpec(
        title=QCoreApplication.translate("Invoices", "Paramètres de la boutique"),
        fields=(
            field("raison_sociale", required=True, max_length=255),
            field("forme_juridique", required=True, placeholder="SAS, SARL, EI…"),
            field("capital", placeholder="10 000 €"),
            field("siege_adresse", "multiline", required=True, lines=3),
            field("siren", required=True, placeholder="123 456 789"),
            field("siret", required=True, placeholder="123 456 789 00012"),
            field("rcs_ville", placeholder="Lyon"),
            field("tva_intracommunautaire", placeholder="FR12 123456789"),
            field("email_contact"),
            field("telephone"),
            field(
                "logo_chemin",
                help=QCoreApplication.translate(
                    "Invoices",
                    "Chemin complet d'une image PNG ou JPEG de cet ordinateur "
                    "(rien n'est téléchargé).",
                ),
            ),
            # The right column's labels are short: the form shares its width between
            # the columns, and long ones left the fields a few letters wide.
            FieldSpec(
                "format_facture",
                QCoreApplication.translate("Invoices", "Numéros de facture"),
                column=1,
                help=QCoreApplication.translate(
                    "Invoices", "{année} et {numéro:06} : FA-2026-000001, repart à 1 chaque année."
                ),
            ),
            FieldSpec(
                "format_avoir",
                QCoreApplication.translate("Invoices", "Numéros d'avoir"),
                column=1,
            ),
            FieldSpec(
                "statut_facturation",
                QCoreApplication.translate("Invoices", "Facturer au statut"),
                "choice",
                choices=statuses,
                column=1,
            ),
            FieldSpec(
                "taux_tva",
                QCoreApplication.translate("Invoices", "Taux de TVA (%)"),
                "money",
                column=1,
            ),
            FieldSpec(
                "nature_operation",
                QCoreApplication.translate("Invoices", "Nature de l'opération"),
                column=1,
            ),
            FieldSpec(
                "conditions_paiement",
                QCoreApplication.translate("Invoices", "Conditions de paiement"),
                "multiline",
                lines=2,
                column=1,
            ),
            FieldSpec(
                "taux_penalites_retard",
                QCoreApplication.translate("Invoices", "Pénalités de retard"),
                column=1,
                help=QCoreApplication.translate(
                    "Invoices", "Imprimé « … exigibles au taux de » suivi de ce texte."
                ),
            ),
            FieldSpec(
                "mention_indemnite_recouvrement",
                QCoreApplication.translate("Invoices", "Indemnité de 40 €"),
                "bool",
                column=1,
                help=QCoreApplication.translate(
                    "Invoices", "La mention de l'indemnité forfaitaire (clients professionnels)."
                ),
            ),
            FieldSpec(
                "mention_exoneration_tva",
                QCoreApplication.translate("Invoices", "Exonération de TVA"),
                column=1,
                # Empty means « none »: an example typed in grey would read as the shop's own
                # exemption, so it goes in the help below instead.
                help=QCoreApplication.translate(
                    "Invoices",
                    "Vide si la boutique facture la TVA ; sinon la mention exacte, par exemple "
                    "« TVA non applicable, art. 293 B du CGI ».",
                ),
            ),
        ),
        load=load_settings,
        save=save_settings,
        object_name="shopSettingsForm",
        width=1040,
        height=620,
    )


async def open_shop_settings(context: AppContext, parent: QWidget | None = None) -> FormDialog:
    """The settings' dialog (raised when already open); read-only for a non-admin."""

    async def make() -> FormDialog:
        form = FormScreen(context, settings_form_spec(), KEY)
        dialog = await open_form(form, parent=parent)
        dialog.setObjectName("shopSettingsDialog")
        if not context.actor.can(Permission.SECURITY_ADMIN):
            form.set_read_only(
                True,
                QCoreApplication.translate(
                    "Invoices",
                    "Lecture seule — seuls les administrateurs modifient les paramètres "
                    "de la boutique.",
                ),
            )
        # Every key is a row of its own: any change to the table is a change of the form.
        elsewhere = QCoreApplication.translate(
            "Invoices", "Ces paramètres viennent d'être modifiés ailleurs."
        )

        def changed(_changes: Changes) -> None:
            if form.busy:
                return
            if form.dirty:
                form.show_general(elsewhere)
            else:
                spawn(form.load(), on_error=lambda exc: form.show_general(user_message(exc)))

        ChangeWatcher(context.runner, form, ("parametres_boutique",), changed)
        return dialog

    return await context.record_windows("parametres_boutique").open(KEY, make)


async def open_shop_settings_record(context: AppContext, _record_id: int) -> FormDialog:
    """The ``parametres_boutique`` opener (the main window's menu)."""
    return await open_shop_settings(context)


__all__ = [
    "load_settings",
    "open_shop_settings",
    "open_shop_settings_record",
    "save_settings",
    "settings_form_spec",
]
