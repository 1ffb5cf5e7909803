"""A category as the tree shows it, as the picker offers it and as the form edits it; its
fields and their labels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import CATEGORY_FIELD_LABELS as _LABELS
from backoffice.services.errors import ServiceError

PATH_SEPARATOR = " › "


@dataclass(frozen=True)
class CategoryNode:
    """One row of the category tree (one level is loaded at a time)."""

    id: int
    nom: str
    slug: str
    parent_id: int | None
    est_actif: bool
    has_children: bool
    nb_produits: int  # products in it and in all its sub-categories
    nb_produits_actifs: int  # of which active
    image_url: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class CategoryChoice:
    """A category in the searchable picker: ``chemin`` is e.g. ``"Maison › Cuisine › Poêles"``."""

    id: int
    nom: str
    chemin: str
    est_actif: bool


@dataclass
class CategoryData:
    """A category as the form edits it; ``id`` and ``updated_at`` are read-only."""

    nom: str = ""
    slug: str = ""
    description: str | None = None
    image_url: str | None = None
    est_actif: bool = True
    parent_id: int | None = None
    id: int | None = None
    updated_at: datetime | None = None

    def editable(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CATEGORY_FIELDS}


CATEGORY_FIELDS = ("nom", "slug", "description", "image_url", "est_actif", "parent_id")
CATEGORY_FIELD_LABELS: Mapping[str, str] = _LABELS
"""The French label of each field (:mod:`backoffice.labels`)."""


class DeactivationNeedsConfirmation(ServiceError):
    """Deactivating the category would hide ``active_products`` active products: ask first,
    then call :func:`update_category` again with ``confirm_deactivation=True``."""

    def __init__(self, nom: str, active_products: int) -> None:
        one = QT_TRANSLATE_NOOP(
            "categories",
            "La catégorie « {name} » et ses sous-catégories contiennent {count} "
            "produit actif. Il ne sera plus visible dans cette catégorie "
            "sur le site. Confirmez-vous la désactivation ?",
        )
        many = QT_TRANSLATE_NOOP(
            "categories",
            "La catégorie « {name} » et ses sous-catégories contiennent {count} "
            "produits actifs. Ils ne seront plus visibles dans cette catégorie "
            "sur le site. Confirmez-vous la désactivation ?",
        )
        template = many if active_products > 1 else one
        super().__init__(template.format(name=nom, count=active_products))
        self.active_products = active_products
