"""Bulk actions on the selected products: all-or-nothing (one SAVEPOINT, rows locked in
the order asked), one audit row per product changed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Categorie, Produit
from backoffice.money import CENT
from backoffice.services.audit import audit, changed_fields
from backoffice.services.catalog.products import next_version
from backoffice.services.errors import NotFound, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation

_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _lock_products(session: Session, ids: Iterable[int]) -> dict[int, Any]:
    wanted = list(dict.fromkeys(int(i) for i in ids))
    rows: dict[int, Any] = {}
    for chunk in _chunks(wanted):
        stmt = (
            select(
                Produit.id,
                Produit.nom,
                Produit.prix,
                Produit.prix_promo,
                Produit.est_actif,
                Produit.est_featured,
                Produit.id_categorie,
                Produit.updated_at,
            )
            .where(Produit.id.in_(chunk))
            .with_for_update()
        )
        rows.update({row.id: row for row in session.execute(stmt)})
    missing = [i for i in wanted if i not in rows]
    if missing:
        shown = ", ".join(str(i) for i in missing[:10])
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "catalog",
                "{count} des produits sélectionnés n'existent plus (n° {ids}). "
                "Rien n'a été modifié ; actualisez la liste.",
            ).format(count=len(missing), ids=shown)
        )
    # In the order asked, so that audit rows follow the user's selection.
    return {i: rows[i] for i in wanted}


def _apply_bulk(
    session: Session,
    actor: Staff,
    type_action: str,
    rows: Mapping[int, Any],
    new_values: Mapping[int, Mapping[str, Any]],
    details: Mapping[str, Any],
) -> int:
    """Write ``new_values[id]`` where they differ from ``rows[id]``; audit each; the count."""
    params: list[dict[str, Any]] = []
    for product_id, values in new_values.items():
        row = rows[product_id]
        before, after = changed_fields({k: getattr(row, k) for k in values}, values)
        if not after:
            continue
        params.append({"id": product_id, **after, "updated_at": next_version(row.updated_at)})
        audit(
            session,
            actor,
            type_action,
            {**details, "id_produit": product_id, "nom": row.nom},
            before=before,
            after=after,
        )
    # Group by the set of columns written: a bulk UPDATE by primary key needs uniform keys.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for param in params:
        groups.setdefault(tuple(sorted(param)), []).append(param)
    for group in groups.values():
        session.execute(update(Produit), group)
    return len(params)


def _bulk(
    session: Session,
    actor: Staff,
    ids: Iterable[int],
    type_action: str,
    details: Mapping[str, Any],
    compute: Any,
) -> int:
    # The public callers are @mutation: the permission is already checked.
    with session.begin_nested():
        rows = _lock_products(session, ids)
        new_values = {product_id: compute(row) for product_id, row in rows.items()}
        return _apply_bulk(session, actor, type_action, rows, new_values, details)


@mutation(Permission.CATALOG_EDIT)
def set_active(session: Session, actor: Staff, ids: Iterable[int], active: bool) -> int:
    """Activate or deactivate the products; how many changed."""
    return _bulk(
        session,
        actor,
        ids,
        "produit.activation" if active else "produit.desactivation",
        {"action": "groupee"},
        lambda row: {"est_actif": bool(active)},
    )


@mutation(Permission.CATALOG_EDIT)
def set_featured(session: Session, actor: Staff, ids: Iterable[int], featured: bool) -> int:
    """Feature (mettre en avant) or unfeature the products; how many changed."""
    return _bulk(
        session,
        actor,
        ids,
        "produit.mise_en_avant",
        {"action": "groupee"},
        lambda row: {"est_featured": bool(featured)},
    )


@mutation(Permission.CATALOG_EDIT)
def move_to_category(
    session: Session, actor: Staff, ids: Iterable[int], category_id: int | None
) -> int:
    """Put the products in ``category_id`` (``None``: no category); how many changed."""
    if category_id is not None and session.get(Categorie, category_id) is None:
        raise ValidationError(
            {"id_categorie": QT_TRANSLATE_NOOP("catalog", "Cette catégorie n'existe plus.")}
        )
    return _bulk(
        session,
        actor,
        ids,
        "produit.changement_categorie",
        {"action": "groupee"},
        lambda row: {"id_categorie": category_id},
    )


def promotion_price(prix: Decimal, percent: Decimal) -> Decimal:
    """``prix × (1 − percent/100)`` rounded half up to the cent."""
    return (prix * (Decimal(100) - percent) / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)


@mutation(Permission.CATALOG_EDIT)
def apply_promotion_percent(
    session: Session, actor: Staff, ids: Iterable[int], percent: Decimal
) -> int:
    """Set ``prix_promo`` to the price less ``percent`` % (0 < percent < 100); how many changed.

    Refused as a whole (:class:`ValidationError`) when a product's price is so low that
    the rounded promotion would not be below it (e.g. 0,01 €).
    """
    if isinstance(percent, bool) or not isinstance(percent, Decimal | int):
        raise ValidationError(
            {
                "percent": QT_TRANSLATE_NOOP(
                    "catalog", "Le pourcentage doit être un nombre (ex. 15)."
                )
            }
        )
    percent = Decimal(percent)
    if not percent.is_finite() or not Decimal(0) < percent < Decimal(100):
        raise ValidationError(
            {
                "percent": QT_TRANSLATE_NOOP(
                    "catalog", "Le pourcentage doit être strictement compris entre 0 et 100."
                )
            }
        )

    def compute(row: Any) -> dict[str, Any]:
        return {"prix_promo": promotion_price(row.prix, percent)}

    with session.begin_nested():
        rows = _lock_products(session, ids)
        new_values = {product_id: compute(row) for product_id, row in rows.items()}
        too_cheap = [rows[i].nom for i, v in new_values.items() if v["prix_promo"] >= rows[i].prix]
        if too_cheap:
            raise ValidationError(
                {
                    "percent": QT_TRANSLATE_NOOP(
                        "catalog",
                        "Prix trop bas pour cette remise (le prix promotionnel ne serait "
                        "pas inférieur au prix) : {names}.",
                    ).format(names=", ".join(too_cheap[:10]))
                }
            )
        return _apply_bulk(
            session,
            actor,
            "produit.promotion",
            rows,
            new_values,
            {"action": "groupee", "pourcentage": percent},
        )


@mutation(Permission.CATALOG_EDIT)
def remove_promotion(session: Session, actor: Staff, ids: Iterable[int]) -> int:
    """Clear ``prix_promo``; how many changed."""
    return _bulk(
        session,
        actor,
        ids,
        "produit.fin_promotion",
        {"action": "groupee"},
        lambda row: {"prix_promo": None},
    )
