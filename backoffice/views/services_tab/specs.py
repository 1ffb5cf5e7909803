"""The Services tab's specs: the list (columns, filter, actions) and the service form.
Plain declarations; the actions call :mod:`.operations`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice import labels_quotes
from backoffice.services import prestations
from backoffice.services.permissions import Permission, Staff
from backoffice.services.prestations import ServiceData
from backoffice.ui.forms import FieldSpec, FormSpec
from backoffice.ui.palette import INACTIVE
from backoffice.ui.specs import ActionSpec, CellStyle, ColumnSpec, FilterSpec, ListSpec, Row
from backoffice.views.services_tab import operations

# A service's own row, and the quotes counted per service.
LIST_TABLES = ("services", "devis")


def _label(field: str) -> str:
    return QCoreApplication.translate(
        labels_quotes.CONTEXT, labels_quotes.SERVICE_FIELD_LABELS[field]
    )


def save_service(
    session: Session,
    actor: Staff,
    service_id: int | None,
    values: dict[str, Any],
    loaded: ServiceData | None,
) -> ServiceData:
    """The form's save: create, or update against the values read (``loaded``)."""
    base = loaded if loaded is not None else ServiceData()
    data = replace(base, **values)
    if service_id is None:
        new_id = prestations.create_service(session, actor, data)
        return prestations.get_service(session, actor, new_id)
    return prestations.update_service(session, actor, service_id, data, base)


def _validate_locally(values: dict[str, Any]) -> dict[str, str]:
    return prestations.validate_service(replace(ServiceData(), **values))


def service_form_spec() -> FormSpec:
    return FormSpec(
        title=QCoreApplication.translate("Services", "Service"),
        fields=(
            FieldSpec("nom", _label("nom"), required=True, max_length=255),
            FieldSpec(
                "prix_base",
                QCoreApplication.translate("Services", "Prix de base TTC"),
                "money",
                required=True,
                help=QCoreApplication.translate(
                    "Services", "Le prix indicatif affiché sur le site ; chaque devis a le sien."
                ),
            ),
            FieldSpec("description", _label("description"), "multiline", lines=8),
            FieldSpec(
                "est_actif",
                QCoreApplication.translate("Services", "Actif (proposé sur le site)"),
                "bool",
            ),
            FieldSpec("image_url", _label("image_url"), "image_url", max_length=500, column=1),
        ),
        load=prestations.get_service,
        save=save_service,
        validate=_validate_locally,
        object_name="serviceForm",
        width=900,
        height=520,
    )


def service_cell_style(row: Row, _column: ColumnSpec) -> CellStyle | None:
    return None if row.get("est_actif", True) else INACTIVE


def services_spec() -> ListSpec:
    edit = Permission.CATALOG_EDIT
    return ListSpec(
        title=QCoreApplication.translate("Services", "Services"),
        columns=(
            ColumnSpec("nom", _label("nom"), width=320),
            ColumnSpec("prix_base", _label("prix_base"), kind="money", width=110),
            ColumnSpec("est_actif", _label("est_actif"), kind="bool", width=60),
            ColumnSpec(
                "nb_devis", QCoreApplication.translate("Services", "Devis"), kind="int", width=70
            ),
            ColumnSpec(
                "updated_at",
                QCoreApplication.translate("Services", "Mis à jour"),
                kind="datetime",
                width=130,
            ),
        ),
        fetch=prestations.list_services,
        count=prestations.count_services,
        filters=(
            FilterSpec("est_actif", QCoreApplication.translate("Services", "Actif"), kind="bool"),
        ),
        default_sort="nom",
        search_placeholder=QCoreApplication.translate(
            "Services", "Rechercher un service (nom, description)…"
        ),
        count_noun=(
            QCoreApplication.translate("Services", "service"),
            QCoreApplication.translate("Services", "services"),
        ),
        on_open=lambda screen, row: screen.open_service(row["id"]),
        row_style=service_cell_style,
        actions=(
            ActionSpec(
                "new",
                QCoreApplication.translate("Services", "Nouveau service"),
                lambda s, _rows: s.open_service(None),
                min_rows=0,
                permission=edit,
                icon="SP_FileIcon",
                shortcut="Ctrl+N",
            ),
            ActionSpec(
                "edit",
                QCoreApplication.translate("Services", "Modifier…"),
                lambda s, rows: s.open_service(rows[0]["id"]),
            ),
            ActionSpec(
                "activate",
                QCoreApplication.translate("Services", "Activer"),
                lambda s, rows: operations.set_active(s, rows, True),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "deactivate",
                QCoreApplication.translate("Services", "Désactiver"),
                lambda s, rows: operations.set_active(s, rows, False),
                max_rows=None,
                permission=edit,
            ),
            ActionSpec(
                "delete",
                QCoreApplication.translate("Services", "Supprimer…"),
                lambda s, rows: operations.delete_services(s, rows),
                max_rows=None,
                permission=edit,
                icon="SP_TrashIcon",
            ),
        ),
        object_name="servicesScreen",
        tables=LIST_TABLES,
    )
