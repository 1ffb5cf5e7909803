"""A product as the form edits it (:class:`ProductData`), its editable fields and their
labels, and the conflict of a save over a product changed meanwhile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import PRODUCT_FIELD_LABELS
from backoffice.services.concurrency import conflict
from backoffice.services.errors import ConflictError


@dataclass
class ProductData:
    """A product as the form edits it.

    ``images_supplementaires`` and ``caracteristiques`` are parsed (see
    :mod:`backoffice.services.catalog.text`); money is :class:`~decimal.Decimal`.
    ``id``, ``categorie`` (the category's name), ``created_at`` and ``updated_at`` are
    read-only; pass the whole product as read back to :func:`update_product`.
    """

    nom: str = ""
    slug: str = ""
    prix: Decimal = Decimal("0.00")
    prix_promo: Decimal | None = None
    stock: int = 0
    id_categorie: int | None = None
    description_courte: str | None = None
    description: str | None = None
    image_url: str | None = None
    images_supplementaires: list[str] = field(default_factory=list)
    caracteristiques: dict[str, str] = field(default_factory=dict)
    est_actif: bool = True
    est_featured: bool = False
    id: int | None = None
    categorie: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def editable(self) -> dict[str, Any]:
        """The editable fields only (what a save writes, what an audit compares)."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


EDITABLE_FIELDS: tuple[str, ...] = (
    "nom",
    "slug",
    "prix",
    "prix_promo",
    "stock",
    "id_categorie",
    "description_courte",
    "description",
    "image_url",
    "images_supplementaires",
    "caracteristiques",
    "est_actif",
    "est_featured",
)

FIELD_LABELS: Mapping[str, str] = PRODUCT_FIELD_LABELS
"""The French label of each editable field (:mod:`backoffice.labels`)."""


class ProductConflict(ConflictError):
    """Someone (another employee or the website) saved the product since it was read.

    A :class:`ConflictError` like any other (``current``: every field of the product as it
    is now; ``differences``: the editable fields where the user's values differ), built by
    :func:`product_conflict`. ``current_data`` and ``mine`` hold the same as typed
    :class:`ProductData`: to overwrite, call :func:`update_product` again with
    ``read=current_data``; to take theirs, reload the form from it.
    """

    def __init__(
        self,
        message: str,
        current: Mapping[str, Any],
        differences: Sequence[str],
        *,
        current_data: ProductData,
        mine: ProductData,
    ) -> None:
        super().__init__(message, current, differences)
        self.current_data = current_data
        self.mine = mine


def product_conflict(current: ProductData, mine: ProductData) -> ProductConflict:
    """The conflict of a save of ``mine`` over a product that is now ``current``."""
    error = conflict(
        QT_TRANSLATE_NOOP("catalog", "Le produit « {name} »").format(name=current.nom),
        asdict(current),
        asdict(mine),
        EDITABLE_FIELDS,
        labels=FIELD_LABELS,
        error=ProductConflict,
        extra={"current_data": current, "mine": mine},
    )
    assert isinstance(error, ProductConflict)
    return error
