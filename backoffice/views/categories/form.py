"""The category form: its spec and its save (create, or update against the version read;
deactivating a category with active products asks first)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice.services import categories as service
from backoffice.services.categories import CategoryData
from backoffice.services.permissions import Staff
from backoffice.ui.dialogs import ask
from backoffice.ui.errors import user_message
from backoffice.ui.forms import FieldSpec, FormScreen, FormSpec


def save_category(
    session: Session,
    actor: Staff,
    category_id: int | None,
    values: dict[str, Any],
    loaded: CategoryData | None,
    *,
    confirm_deactivation: bool = False,
) -> CategoryData:
    """Create, or update against the version read (a concurrent change is a conflict)."""
    data = replace(loaded if loaded is not None else CategoryData(), **values)
    if category_id is None:
        new_id = service.create_category(session, actor, data)
        return service.get_category(session, actor, new_id)
    return service.update_category(
        session,
        actor,
        category_id,
        data,
        loaded,
        confirm_deactivation=confirm_deactivation,
    )


async def _confirm_deactivation(form: FormScreen, exc: BaseException) -> bool:
    """Deactivating a category with active products: ask (the message says how many)."""
    if not isinstance(exc, service.DeactivationNeedsConfirmation):
        return False
    if await ask(
        form,
        QCoreApplication.translate("Categories", "Désactiver la catégorie"),
        user_message(exc),
        QCoreApplication.translate("Categories", "Désactiver quand même"),
        object_name="confirmDeactivation",
    ):
        await form.submit(confirm_deactivation=True)
    else:
        form.show_general(
            QCoreApplication.translate(
                "Categories", "Non enregistré : la catégorie est restée active."
            )
        )
    return True


def category_form_spec() -> FormSpec:
    return FormSpec(
        title=QCoreApplication.translate("Categories", "Catégorie"),
        fields=(
            FieldSpec(
                "nom",
                QCoreApplication.translate("Categories", "Nom"),
                required=True,
                max_length=150,
            ),
            FieldSpec(
                "slug",
                QCoreApplication.translate("Categories", "Slug"),
                required=True,
                max_length=191,
                help=QCoreApplication.translate(
                    "Categories", "Adresse de la catégorie sur le site ; proposé à partir du nom."
                ),
            ),
            FieldSpec(
                "description",
                QCoreApplication.translate("Categories", "Description"),
                "multiline",
                lines=5,
            ),
            FieldSpec(
                "image_url",
                QCoreApplication.translate("Categories", "Image"),
                "image_url",
                max_length=500,
            ),
            FieldSpec(
                "est_actif",
                QCoreApplication.translate("Categories", "Active (visible sur le site)"),
                "bool",
            ),
        ),
        load=service.get_category,
        save=save_category,
        validate=lambda values: service.validate_category(replace(CategoryData(), **values)),
        on_error=_confirm_deactivation,
        object_name="categoryForm",
        width=620,
        height=480,
    )
