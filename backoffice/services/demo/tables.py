"""The tables the demo fills, in load order, and each one's column order, read from the
models (``Model.__table__.columns``): the generator's tuples, the COPY and LOAD DATA
statements and the Core inserts all follow it, so a column added to a model cannot be
forgotten or shifted here.

A table may leave some columns to the server's defaults (:data:`LEFT_TO_DEFAULTS`): they
are neither generated nor sent, and must be nullable or have a server default (checked at
import).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Protocol

from backoffice.models import (
    Adresse,
    Avis,
    Categorie,
    ChaineDocument,
    Commande,
    CommandeProduit,
    CompteurDocument,
    Conversation,
    Devis,
    DevisNumero,
    Facture,
    FactureInstantane,
    HistoriqueCommande,
    ListeSouhaits,
    ListeSouhaitsProduit,
    Message,
    Paiement,
    Panier,
    PanierTemp,
    ParametreBoutique,
    Produit,
    Role,
    Service,
    Utilisateur,
)

Row = tuple[object, ...]

# Load order: parents before children (SQLite checks foreign keys row by row).
MODELS: tuple[Any, ...] = (
    ParametreBoutique,
    Role,
    Utilisateur,
    Adresse,
    Categorie,
    Produit,
    Service,
    Commande,
    CommandeProduit,
    HistoriqueCommande,
    Paiement,
    Facture,
    FactureInstantane,
    CompteurDocument,
    ChaineDocument,
    Devis,
    DevisNumero,
    Conversation,
    Message,
    Avis,
    ListeSouhaits,
    ListeSouhaitsProduit,
    Panier,
    PanierTemp,
)
TABLES: tuple[str, ...] = tuple(model.__tablename__ for model in MODELS)

# The website's account settings: the demo customers keep the shop's defaults.
LEFT_TO_DEFAULTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "utilisateurs": frozenset(
            {
                "backup_code",
                "notif_new_connexion",
                "notif_password_change",
                "notif_failed_attempts",
                "remember_devices",
                "extended_session",
                "confirm_order_by_email",
                "profile_picture",
            }
        ),
    }
)


def _columns(model: Any) -> tuple[str, ...]:
    table = model.__table__
    left = LEFT_TO_DEFAULTS.get(table.name, frozenset())
    unknown = left - set(table.columns.keys())
    if unknown:
        raise RuntimeError(f"{table.name}: no column {sorted(unknown)} (LEFT_TO_DEFAULTS)")
    for name in left:
        column = table.columns[name]
        if not (column.nullable or column.server_default is not None):
            raise RuntimeError(f"{table.name}.{name} needs a value: the demo must generate it")
    return tuple(column.name for column in table.columns if column.name not in left)


# The column order of each table's rows (and of its COPY / LOAD DATA / INSERT statements).
COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {model.__tablename__: _columns(model) for model in MODELS}
)


class Sink(Protocol):
    """Where generated rows go; returns the number of rows written per table."""

    def write(self, table: str, rows: Iterable[Row]) -> int: ...


__all__ = ["COLUMNS", "LEFT_TO_DEFAULTS", "MODELS", "TABLES", "Row", "Sink"]
