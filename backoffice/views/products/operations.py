"""The Produits tab's operations: bulk changes, delete-or-deactivate, stock.

Each one asks what it must, runs the service through the runner
(:func:`backoffice.ui.operations.run_operation`) and reports the outcome in French under
the list. None reloads anything: the runner announces the rows changed and every open list,
tree and form showing them refreshes itself (``ui/watch.py``). The buttons of the list
(:mod:`.specs`) call these functions; tests call them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from backoffice.services import catalog
from backoffice.services.errors import ServiceError
from backoffice.ui import formatting
from backoffice.ui.catalog_fields import search_category_choices
from backoffice.ui.dialogs import ask, run_dialog
from backoffice.ui.errors import user_message
from backoffice.ui.forms import PickerDialog
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.operations import changed_text, counted, ids_of, run_operation
from backoffice.ui.specs import Row
from backoffice.views.products.dialogs import PercentDialog, StockDialog

MAX_REASONS = 8  # refusals listed by name before « … »


def _products(n: int) -> str:
    return counted(
        n,
        QCoreApplication.translate("Produits", "produit"),
        QCoreApplication.translate("Produits", "produits"),
    )


async def bulk(
    screen: ListScreen,
    rows: Sequence[Row],
    service: Callable[..., int],
    *args: Any,
    done: tuple[str, str],
    refused: str | None = None,
) -> int:
    """``service(session, actor, ids, *args) -> changed`` over the rows; "N produits …"."""
    ids = ids_of(rows)
    none = QCoreApplication.translate(
        "Produits", "Aucun changement : les produits étaient déjà ainsi."
    )
    changed = await run_operation(
        screen,
        service,
        ids,
        *args,
        done=lambda n: changed_text(n, *done, none=none),
        refused=refused,
    )
    if changed and len(ids) == 1:
        screen.reveal(ids[0])
    return changed or 0


async def set_active(screen: ListScreen, rows: Sequence[Row], active: bool) -> int:
    done = (
        (
            QCoreApplication.translate("Produits", "produit activé"),
            QCoreApplication.translate("Produits", "produits activés"),
        )
        if active
        else (
            QCoreApplication.translate("Produits", "produit désactivé"),
            QCoreApplication.translate("Produits", "produits désactivés"),
        )
    )
    return await bulk(screen, rows, catalog.set_active, active, done=done)


async def set_featured(screen: ListScreen, rows: Sequence[Row], featured: bool) -> int:
    done = (
        (
            QCoreApplication.translate("Produits", "produit mis en avant"),
            QCoreApplication.translate("Produits", "produits mis en avant"),
        )
        if featured
        else (
            QCoreApplication.translate("Produits", "produit retiré de la mise en avant"),
            QCoreApplication.translate("Produits", "produits retirés de la mise en avant"),
        )
    )
    return await bulk(screen, rows, catalog.set_featured, featured, done=done)


async def move_to_category(
    screen: ListScreen, rows: Sequence[Row], category_id: Any = ...
) -> int | None:
    """Into the category chosen in a searchable picker (``category_id``: skip the picker;
    ``None``: out of any category)."""
    if category_id is ...:
        ok, category_id = await PickerDialog.choose(
            screen.context,
            search_category_choices,
            QCoreApplication.translate("Produits", "Déplacer vers une catégorie"),
            QCoreApplication.translate("Produits", "Catégorie de destination pour {n} :").format(
                n=_products(len(rows))
            ),
            none_label=QCoreApplication.translate(
                "Produits", "Aucune catégorie (retirer de leur catégorie)"
            ),
            ok_text=QCoreApplication.translate("Produits", "Déplacer"),
            parent=screen,
        )
        if not ok:
            return None
    return await bulk(
        screen,
        rows,
        catalog.move_to_category,
        category_id,
        done=(
            QCoreApplication.translate("Produits", "produit déplacé"),
            QCoreApplication.translate("Produits", "produits déplacés"),
        ),
        refused=QCoreApplication.translate("Produits", "Déplacement refusé"),
    )


async def apply_promotion(
    screen: ListScreen, rows: Sequence[Row], percent: Decimal | None = None
) -> int:
    """A promotion price ``percent`` below each price (asked when not given)."""
    if percent is None:
        dialog = PercentDialog(len(rows), screen)
        await run_dialog(dialog)
        if dialog.percent is None:
            return 0
        percent = dialog.percent
    return await bulk(
        screen,
        rows,
        catalog.apply_promotion_percent,
        percent,
        done=(
            QCoreApplication.translate("Produits", "prix promo appliqué"),
            QCoreApplication.translate("Produits", "prix promo appliqués"),
        ),
        refused=QCoreApplication.translate("Produits", "Promotion refusée"),
    )


async def remove_promotion(screen: ListScreen, rows: Sequence[Row]) -> int:
    return await bulk(
        screen,
        rows,
        catalog.remove_promotion,
        done=(
            QCoreApplication.translate("Produits", "promotion retirée"),
            QCoreApplication.translate("Produits", "promotions retirées"),
        ),
    )


async def delete_products(
    screen: ListScreen, rows: Sequence[Row], *, confirmed: bool = False
) -> int:
    """Deletes each product; those the service refuses (ordered, reviewed) are listed with
    its reason and the member may deactivate them instead. The number deleted."""
    if not rows:
        return 0
    if not confirmed:
        what = (
            QCoreApplication.translate("Produits", "le produit « {nom} »").format(
                nom=rows[0]["nom"]
            )
            if len(rows) == 1
            else _products(len(rows))
        )
        question = QCoreApplication.translate(
            "Produits", "Supprimer définitivement {what} ? Cette action est irréversible."
        )
        if not await ask(
            screen,
            QCoreApplication.translate("Produits", "Supprimer"),
            question.format(what=what),
            QCoreApplication.translate("Produits", "Supprimer"),
            object_name="confirmDelete",
        ):
            return 0
    deleted = 0
    refused: list[tuple[Row, str]] = []
    for row in rows:
        try:
            await screen.context.runner.run(
                catalog.delete_product, screen.context.actor, int(row["id"])
            )
            deleted += 1
        except ServiceError as exc:
            refused.append((row, user_message(exc)))
    if deleted:
        screen.notify(
            changed_text(
                deleted,
                QCoreApplication.translate("Produits", "produit supprimé"),
                QCoreApplication.translate("Produits", "produits supprimés"),
            )
        )
    if refused and await _offer_deactivation(screen, [message for _r, message in refused]):
        await set_active(screen, [row for row, _m in refused], False)
    return deleted


async def _offer_deactivation(screen: ListScreen, reasons: list[str]) -> bool:
    text = "\n".join(reasons[:MAX_REASONS]) + ("\n…" if len(reasons) > MAX_REASONS else "")
    n = len(reasons)
    these = (
        QCoreApplication.translate("Produits", "ces {n} produits").format(
            n=formatting.format_int(n)
        )
        if n > 1
        else QCoreApplication.translate("Produits", "ce produit")
    )
    return await ask(
        screen,
        QCoreApplication.translate("Produits", "Suppression refusée"),
        text
        + "\n\n"
        + QCoreApplication.translate("Produits", "Désactiver {n} à la place ?").format(n=these),
        QCoreApplication.translate("Produits", "Désactiver"),
        warning=True,
        object_name="deleteRefused",
    )


async def adjust_stock(screen: ListScreen, row: Row) -> int | None:
    """The stock dialog (new quantity or variation, with a reason); the new stock."""
    dialog = StockDialog(screen.context, row, screen)
    await run_dialog(dialog)
    if dialog.new_stock is None:
        return None
    screen.notify(
        QCoreApplication.translate("Produits", "Stock de « {nom} » : {stock}.").format(
            nom=row["nom"], stock=formatting.format_int(dialog.new_stock)
        )
    )
    screen.reveal(row["id"])
    return dialog.new_stock


__all__ = [
    "adjust_stock",
    "apply_promotion",
    "bulk",
    "delete_products",
    "move_to_category",
    "remove_promotion",
    "set_active",
    "set_featured",
]
