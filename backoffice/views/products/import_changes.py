"""The CSV import preview's « old → new » wording of a line's changes.

« Stock : 10 → 0 ; Prix TTC : 199,00 € → 189,00 € »: re-importing an old export must not
undo today's stock changes unseen. Values are shown as the product form shows them
(French amounts, oui/non, the category's slug), an empty value as « — ».
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from backoffice.services import catalog
from backoffice.services.catalog.csv_import import ImportLine
from backoffice.ui import formatting
from backoffice.ui.errors import translated

MONEY_FIELDS = ("prix", "prix_promo")
BOOL_FIELDS = ("est_actif", "est_featured")
TEXT_MAX = 40


def value_text(name: str, value: Any, category_slugs: Mapping[int, str]) -> str:
    """One value of field ``name`` as the staff read it."""
    if value is None or value == "":
        return "—"
    if name in MONEY_FIELDS:
        return formatting.format_money(value)
    if name in BOOL_FIELDS:
        return formatting.format_bool(value)
    if name == "stock":
        return formatting.format_int(value)
    if name == "id_categorie":
        return category_slugs.get(value, str(value))
    text = " ".join(str(value).split())
    if len(text) > TEXT_MAX:
        text = text[: TEXT_MAX - 1] + "…"
    return QCoreApplication.translate("Produits", "« {text} »").format(text=text)


def describe_changes(line: ImportLine, category_slugs: Mapping[int, str]) -> str:
    """``"Stock : 10 → 0 ; Prix TTC : 199,00 € → 189,00 €"`` for an update's changes."""
    labels = catalog.FIELD_LABELS
    return " ; ".join(
        QCoreApplication.translate("Produits", "{field} : {old} → {new}").format(
            field=translated(labels.get(name, name)),
            old=value_text(name, current, category_slugs),
            new=value_text(name, new, category_slugs),
        )
        for name, (current, new) in line.changes.items()
    )


def lowers_stock(line: ImportLine) -> bool:
    """Whether applying ``line`` would lower the product's stock (worth a second look)."""
    if line.action != "update" or "stock" not in line.changes:
        return False
    current, new = line.changes["stock"]
    return current is not None and new is not None and new < current


__all__ = ["describe_changes", "lowers_stock", "value_text"]
