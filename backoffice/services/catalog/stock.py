"""Stock: the one rule of stock levels (rupture, faible, ok) and the stock adjustment.

:func:`stock_level` is the rule in Python (the list's colouring, the form's badge),
:func:`stock_condition` the same rule in SQL (the list's « Stock » filter); both read
:data:`DEFAULT_LOW_STOCK_THRESHOLD` unless the user set another threshold.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Produit
from backoffice.services.audit import audit
from backoffice.services.catalog.products import _not_found, _read_row, next_version
from backoffice.services.concurrency import conflict
from backoffice.services.errors import ServiceError, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.sql_compat import update_returning

StockLevel = Literal["rupture", "faible", "ok"]
STOCK_LEVELS: tuple[StockLevel, ...] = ("rupture", "faible", "ok")
DEFAULT_LOW_STOCK_THRESHOLD = 5


def stock_level(stock: int, threshold: int = DEFAULT_LOW_STOCK_THRESHOLD) -> StockLevel:
    """``"rupture"`` at 0 (or below), ``"faible"`` from 1 to ``threshold``, ``"ok"`` above."""
    if stock <= 0:
        return "rupture"
    if stock <= threshold:
        return "faible"
    return "ok"


def stock_condition(
    column: Any, level: str, threshold: int = DEFAULT_LOW_STOCK_THRESHOLD
) -> ColumnElement[bool]:
    """The SQL condition that ``column`` (a stock) is at ``level``, as :func:`stock_level`."""
    if level == "rupture":
        return column <= 0  # type: ignore[no-any-return]
    if level == "faible":
        return and_(column >= 1, column <= threshold)
    if level == "ok":
        return column > threshold  # type: ignore[no-any-return]
    raise ValueError(f"unknown stock level {level!r}; expected one of {STOCK_LEVELS}")


@mutation(Permission.CATALOG_EDIT)
def adjust_stock(
    session: Session,
    actor: Staff,
    product_id: int,
    *,
    new_quantity: int | None = None,
    delta: int | None = None,
    expected_stock: int | None = None,
    reason: str,
) -> int:
    """Set the stock to ``new_quantity`` or move it by ``delta``; the new stock.

    A ``delta`` is applied in SQL (``stock = stock + :delta … AND stock + :delta >= 0``),
    so sales the website records meanwhile are never overwritten. ``new_quantity``
    replaces the stock outright: pass ``expected_stock`` (the stock the user saw) and the
    write becomes a compare-and-set (``… WHERE stock = :expected``), raising
    :class:`ConflictError` (French message with the current stock, ``current["stock"]``)
    when the stock moved since, e.g. a sale on the website. Without ``expected_stock`` the
    new quantity is written whatever the stock is now (an inventory count). ``reason`` is
    required. Audited as ``produit.stock``; ``updated_at`` moves, so an open form notices
    the change.
    """
    errors: dict[str, str] = {}
    if not (reason or "").strip():
        errors["reason"] = QT_TRANSLATE_NOOP(
            "catalog", "Indiquez le motif de l'ajustement de stock."
        )
    if (new_quantity is None) == (delta is None):
        errors["stock"] = QT_TRANSLATE_NOOP(
            "catalog", "Indiquez soit la nouvelle quantité, soit la variation du stock."
        )
    elif new_quantity is not None and (
        isinstance(new_quantity, bool) or not isinstance(new_quantity, int) or new_quantity < 0
    ):
        errors["stock"] = QT_TRANSLATE_NOOP(
            "catalog", "La nouvelle quantité doit être un nombre entier positif ou nul."
        )
    elif delta is not None and (isinstance(delta, bool) or not isinstance(delta, int)):
        errors["stock"] = QT_TRANSLATE_NOOP("catalog", "La variation doit être un nombre entier.")
    if expected_stock is not None and (
        isinstance(expected_stock, bool) or not isinstance(expected_stock, int)
    ):
        errors["stock"] = QT_TRANSLATE_NOOP(
            "catalog", "Le stock attendu doit être un nombre entier."
        )
    if errors:
        raise ValidationError(errors)

    row = _read_row(session, product_id, lock=True)
    if row is None:
        raise _not_found(product_id)
    if new_quantity is not None:
        stmt = update(Produit).where(Produit.id == product_id).values(stock=new_quantity)
        if expected_stock is not None:
            stmt = stmt.where(Produit.stock == expected_stock)
    else:
        assert delta is not None
        stmt = (
            update(Produit)
            .where(Produit.id == product_id, Produit.stock + delta >= 0)
            .values(stock=Produit.stock + delta)
        )
    stmt = stmt.values(updated_at=next_version(row.updated_at))
    new_stock = update_returning(
        session,
        stmt.execution_options(synchronize_session=False),
        Produit.stock,
        Produit.id == product_id,
    )
    if new_stock is None:
        current = session.scalar(select(Produit.stock).where(Produit.id == product_id))
        if new_quantity is not None:
            raise conflict(
                QT_TRANSLATE_NOOP("catalog", "Le stock de « {name} »").format(name=row.nom),
                {"stock": current},
                {"stock": expected_stock},
                ["stock"],
                message=QT_TRANSLATE_NOOP(
                    "catalog",
                    "Le stock de « {name} » a changé depuis que vous l'avez consulté "
                    "(par exemple une vente sur le site) : il est maintenant de {current}, et "
                    "non plus de {expected}. Vérifiez la nouvelle quantité puis réessayez.",
                ).format(name=row.nom, current=current, expected=expected_stock),
            )
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "catalog",
                "Le stock ne peut pas devenir négatif : il est de {current} et vous retirez "
                "{removed}.",
            ).format(current=current, removed=-int(delta or 0))
        )
    old_stock = new_stock - delta if delta is not None else row.stock
    audit(
        session,
        actor,
        "produit.stock",
        {"id_produit": product_id, "nom": row.nom, "motif": reason.strip(), "variation": delta},
        before={"stock": old_stock},
        after={"stock": new_stock},
    )
    return int(new_stock)
