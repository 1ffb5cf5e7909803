"""The product form's rules: one French message per wrong field, and the values as they
will be stored."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Categorie, Produit
from backoffice.money import CENT, format_amount
from backoffice.services.catalog.data import ProductData
from backoffice.services.catalog.text import (
    format_characteristics,
    format_images,
    parse_characteristics,
    parse_images,
)
from backoffice.services.errors import FieldErrors
from backoffice.services.slugs import SLUG_MAX_LENGTH, is_valid_slug, suggest_free_slug

MONEY_MAX = Decimal("99999999.99")  # NUMERIC(10, 2)
STOCK_MAX = 2_147_483_647  # INTEGER


def _money_error(value: Any, label: str) -> str | None:
    if value is None:
        return QT_TRANSLATE_NOOP("catalog", "{label} est obligatoire.").format(label=label)
    not_a_number = QT_TRANSLATE_NOOP("catalog", "{label} doit être un nombre décimal (ex. 19,99).")
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return not_a_number.format(label=label)
    value = Decimal(value)
    if not value.is_finite():
        return not_a_number.format(label=label)
    if value < 0:
        return QT_TRANSLATE_NOOP("catalog", "{label} ne peut pas être négatif.").format(label=label)
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        return QT_TRANSLATE_NOOP(
            "catalog", "{label} ne peut pas avoir plus de 2 décimales."
        ).format(label=label)
    if value > MONEY_MAX:
        return QT_TRANSLATE_NOOP("catalog", "{label} ne peut pas dépasser 99 999 999,99 €.").format(
            label=label
        )
    return None


def _length_error(value: str | None, limit: int, label: str) -> str | None:
    if value is not None and len(value) > limit:
        return QT_TRANSLATE_NOOP(
            "catalog", "{label} ne doit pas dépasser {limit} caractères (actuellement {length})."
        ).format(label=label, limit=limit, length=len(value))
    return None


def validate_product(
    data: ProductData, *, session: Session | None = None, product_id: int | None = None
) -> FieldErrors:
    """One French message per wrong field (empty dict: valid). Writes nothing.

    Without ``session`` only the values themselves are checked; with it, also that the slug
    is free (``product_id``, the product being edited, may keep its own; a slug taken gets
    a free variant in ``suggestions["slug"]``) and that the category exists.
    """
    errors = FieldErrors()
    nom = (data.nom or "").strip()
    if not nom:
        errors["nom"] = QT_TRANSLATE_NOOP("catalog", "Le nom est obligatoire.")
    elif message := _length_error(nom, 255, QT_TRANSLATE_NOOP("catalog", "Le nom")):
        errors["nom"] = message

    slug = (data.slug or "").strip()
    if not slug:
        errors["slug"] = QT_TRANSLATE_NOOP("catalog", "Le slug est obligatoire.")
    elif len(slug) > SLUG_MAX_LENGTH:
        label = QT_TRANSLATE_NOOP("catalog", "Le slug")
        errors["slug"] = _length_error(slug, SLUG_MAX_LENGTH, label) or ""
    elif not is_valid_slug(slug):
        errors["slug"] = QT_TRANSLATE_NOOP(
            "catalog",
            "Le slug ne peut contenir que des lettres minuscules sans accents, des chiffres "
            "et des tirets, sans tiret au début ni à la fin (ex. « creme-brulee-500g »).",
        )
    elif session is not None:
        owner = session.execute(select(Produit.id, Produit.nom).where(Produit.slug == slug)).first()
        if owner is not None and owner.id != product_id:
            free = suggest_free_slug(session, slug, Produit, exclude_id=product_id)
            errors.suggest(
                "slug",
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "Ce slug est déjà utilisé par le produit « {name} ». "
                    "Slug libre proposé : « {free} ».",
                ).format(name=owner.nom, free=free),
                free,
            )

    if message := _money_error(data.prix, QT_TRANSLATE_NOOP("catalog", "Le prix")):
        errors["prix"] = message
    if data.prix_promo is not None:
        label = QT_TRANSLATE_NOOP("catalog", "Le prix promotionnel")
        if message := _money_error(data.prix_promo, label):
            errors["prix_promo"] = message
        elif "prix" not in errors and Decimal(data.prix_promo) >= Decimal(data.prix):
            errors["prix_promo"] = QT_TRANSLATE_NOOP(
                "catalog", "Le prix promotionnel doit être inférieur au prix ({price} €)."
            ).format(price=format_amount(Decimal(data.prix)))

    if isinstance(data.stock, bool) or not isinstance(data.stock, int):
        errors["stock"] = QT_TRANSLATE_NOOP("catalog", "Le stock doit être un nombre entier.")
    elif data.stock < 0:
        errors["stock"] = QT_TRANSLATE_NOOP("catalog", "Le stock ne peut pas être négatif.")
    elif data.stock > STOCK_MAX:
        errors["stock"] = QT_TRANSLATE_NOOP("catalog", "Le stock est trop grand.")

    label = QT_TRANSLATE_NOOP("catalog", "L'adresse de l'image")
    if message := _length_error(_blank(data.image_url), 500, label):
        errors["image_url"] = message
    label = QT_TRANSLATE_NOOP("catalog", "La description courte")
    if message := _length_error(_blank(data.description_courte), 500, label):
        errors["description_courte"] = message
    label = QT_TRANSLATE_NOOP("catalog", "Chaque adresse d'image supplémentaire")
    for url in data.images_supplementaires or []:
        if message := _length_error(url, 500, label):
            errors["images_supplementaires"] = message
            break

    if session is not None and data.id_categorie is not None:
        exists = session.scalar(select(Categorie.id).where(Categorie.id == data.id_categorie))
        if exists is None:
            errors["id_categorie"] = QT_TRANSLATE_NOOP(
                "catalog", "Cette catégorie n'existe plus ; choisissez-en une autre."
            )
    return errors


def _blank(value: str | None) -> str | None:
    """Empty text is stored as NULL, as the website does for optional columns."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def clean_product(data: ProductData) -> ProductData:
    """The values as they will be stored (trimmed, blanks as None, money to the cent)."""
    return replace(
        data,
        nom=(data.nom or "").strip(),
        slug=(data.slug or "").strip(),
        prix=Decimal(data.prix).quantize(CENT),
        prix_promo=None if data.prix_promo is None else Decimal(data.prix_promo).quantize(CENT),
        description_courte=_blank(data.description_courte),
        description=data.description if data.description and data.description.strip() else None,
        image_url=_blank(data.image_url),
        images_supplementaires=parse_images(format_images(data.images_supplementaires or [])),
        caracteristiques=parse_characteristics(format_characteristics(data.caracteristiques or {})),
    )
