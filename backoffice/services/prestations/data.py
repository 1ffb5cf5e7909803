"""A service of the catalogue as the form edits it (:class:`ServiceData`), its editable
fields, their rules and the conflict of a save over a service changed meanwhile."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels_quotes import SERVICE_FIELD_LABELS
from backoffice.money import CENT
from backoffice.services.concurrency import conflict
from backoffice.services.errors import ConflictError, FieldErrors

MONEY_MAX = Decimal("99999999.99")  # NUMERIC(10, 2)


@dataclass
class ServiceData:
    """A service as the form edits it; ``id``, ``nb_devis``, ``created_at`` and
    ``updated_at`` are read-only. Money is :class:`~decimal.Decimal`."""

    nom: str = ""
    description: str | None = None
    prix_base: Decimal | None = None
    image_url: str | None = None
    est_actif: bool = True
    id: int | None = None
    nb_devis: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def editable(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


EDITABLE_FIELDS: tuple[str, ...] = ("nom", "description", "prix_base", "image_url", "est_actif")
FIELD_LABELS: Mapping[str, str] = SERVICE_FIELD_LABELS


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def validate_service(data: ServiceData) -> FieldErrors:
    """One French message per wrong field (empty: valid). The product rules: a name, a
    price ``Decimal`` ≥ 0 with 2 places at most, lengths within the columns."""
    errors = FieldErrors()
    nom = (data.nom or "").strip()
    if not nom:
        errors["nom"] = QT_TRANSLATE_NOOP("services_catalogue", "Le nom est obligatoire.")
    elif len(nom) > 255:
        errors["nom"] = QT_TRANSLATE_NOOP(
            "services_catalogue", "Le nom ne doit pas dépasser 255 caractères."
        )
    price = data.prix_base
    if price is None:
        errors["prix_base"] = QT_TRANSLATE_NOOP(
            "services_catalogue", "Le prix de base est obligatoire."
        )
    elif isinstance(price, bool) or not isinstance(price, Decimal | int):
        # A float would already have lost cents: refused, never converted.
        errors["prix_base"] = QT_TRANSLATE_NOOP(
            "services_catalogue", "Le prix de base doit être un nombre décimal (ex. 89,00)."
        )
    else:
        value = Decimal(price)
        if not value.is_finite():
            errors["prix_base"] = QT_TRANSLATE_NOOP(
                "services_catalogue", "Le prix de base doit être un nombre décimal (ex. 89,00)."
            )
        elif value < 0:
            errors["prix_base"] = QT_TRANSLATE_NOOP(
                "services_catalogue", "Le prix de base ne peut pas être négatif."
            )
        elif value != value.quantize(CENT, rounding=ROUND_HALF_UP):
            errors["prix_base"] = QT_TRANSLATE_NOOP(
                "services_catalogue", "Le prix de base ne peut pas avoir plus de 2 décimales."
            )
        elif value > MONEY_MAX:
            errors["prix_base"] = QT_TRANSLATE_NOOP(
                "services_catalogue", "Le prix de base ne peut pas dépasser 99 999 999,99 €."
            )
    image = _blank(data.image_url)
    if image is not None and len(image) > 500:
        errors["image_url"] = QT_TRANSLATE_NOOP(
            "services_catalogue", "L'adresse de l'image ne doit pas dépasser 500 caractères."
        )
    return errors


def clean_service(data: ServiceData) -> ServiceData:
    """The values as they will be stored (trimmed, blanks as None, money to the cent)."""
    assert data.prix_base is not None
    return replace(
        data,
        nom=(data.nom or "").strip(),
        description=data.description if data.description and data.description.strip() else None,
        prix_base=Decimal(data.prix_base).quantize(CENT),
        image_url=_blank(data.image_url),
        est_actif=bool(data.est_actif),
    )


class ServiceConflict(ConflictError):
    """Someone saved the service since it was read; ``current_data`` is it now, ``mine``
    what the user tried to save (save again with ``read=current_data`` to overwrite)."""

    def __init__(
        self,
        message: str,
        current: Mapping[str, Any],
        differences: Any,
        *,
        current_data: ServiceData,
        mine: ServiceData,
    ) -> None:
        super().__init__(message, current, differences)
        self.current_data = current_data
        self.mine = mine


def service_conflict(current: ServiceData, mine: ServiceData) -> ServiceConflict:
    error = conflict(
        QT_TRANSLATE_NOOP("services_catalogue", "Le service « {name} »").format(name=current.nom),
        asdict(current),
        asdict(mine),
        EDITABLE_FIELDS,
        labels=FIELD_LABELS,
        error=ServiceConflict,
        extra={"current_data": current, "mine": mine},
    )
    assert isinstance(error, ServiceConflict)
    return error
