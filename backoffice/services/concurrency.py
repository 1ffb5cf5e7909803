"""Compare-and-set on the values that were read.

A timestamp version (``updated_at = :read``) is not enough on a shop's own database: the
website may change a column without touching ``updated_at``, a second-precision column
(MySQL ``DATETIME``) cannot tell two writes of the same second apart, and a naive
timestamp read through another time zone never compares equal. So a save compares every
column the user could have seen with the value read: ``col IS NOT DISTINCT FROM :read``
(``IS`` on SQLite, ``<=>`` on MySQL; SQLAlchemy renders each), and zero rows updated is a
conflict the user is told about, always as a :class:`ConflictError` built by
:func:`conflict` (the current values and the fields that differ).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.errors import ConflictError


def unchanged_since_read(
    read: Mapping[InstrumentedAttribute[Any], Any],
) -> list[ColumnElement[bool]]:
    """WHERE conditions: each column still holds the value read."""
    return [column.is_not_distinct_from(value) for column, value in read.items()]


def raw_values(row: Any, columns: Iterable[InstrumentedAttribute[Any]]) -> dict[Any, Any]:
    """The row's values of ``columns`` (as read from the database), keyed by column."""
    return {column: getattr(row, column.key) for column in columns}


def differing(
    read: Mapping[str, Any], current: Mapping[str, Any], names: Iterable[str]
) -> list[str]:
    """The names whose current value is not the one read."""
    return [name for name in names if read.get(name) != current.get(name)]


def conflict(
    entity_label: str,
    current: Mapping[str, Any],
    mine: Mapping[str, Any],
    fields: Iterable[str],
    *,
    labels: Mapping[str, str] | None = None,
    feminine: bool = False,
    message: str | None = None,
    error: type[ConflictError] = ConflictError,
    extra: Mapping[str, Any] | None = None,
) -> ConflictError:
    """The one way a compare-and-set reports a conflict.

    ``entity_label`` names the row for the message (« Le produit « Poêle » », « La
    catégorie « Cuisine » »; ``feminine`` agrees the participles); ``current`` is the row
    as it is now, ``mine`` the values the user tried to save; ``differences`` lists the
    ``fields`` where they differ, named with ``labels`` in the message. ``message``
    replaces the default wording (the CSV import's « relancez l'aperçu »). ``error`` is
    :class:`ConflictError` or a subclass, built with the keyword arguments ``extra``.
    """
    differences = [name for name in fields if mine.get(name) != current.get(name)]
    if message is None:
        names = ", ".join((labels or {}).get(name, name) for name in differences)
        if feminine:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "{entity} a été modifiée par quelqu'un d'autre depuis que vous l'avez "
                "ouverte. Champs qui diffèrent de vos valeurs : {fields}. "
                "Choisissez de garder vos valeurs ou les valeurs actuelles.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "{entity} a été modifié par quelqu'un d'autre depuis que vous l'avez "
                "ouvert. Champs qui diffèrent de vos valeurs : {fields}. "
                "Choisissez de garder vos valeurs ou les valeurs actuelles.",
            )
        no_field = QT_TRANSLATE_NOOP("errors", "aucun champ")
        message = template.format(entity=entity_label, fields=names or no_field)
    return error(message, current, differences, **(extra or {}))
