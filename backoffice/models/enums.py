"""The schema's ENUM columns, as Python StrEnums (stored as CHECK-constrained strings)."""

from __future__ import annotations

from enum import StrEnum


class StatutCommande(StrEnum):
    EN_ATTENTE = "en_attente"
    VALIDEE = "validee"
    EN_PREPARATION = "en_preparation"
    EXPEDIEE = "expediee"
    LIVREE = "livree"
    ANNULEE = "annulee"


class StatutDevis(StrEnum):
    EN_ATTENTE = "en_attente"
    EN_COURS = "en_cours"
    TERMINE = "termine"
    REJETE = "rejete"


class TypeConversation(StrEnum):
    GENERAL = "general"
    COMMANDE = "commande"
    DEVIS = "devis"
    SUPPORT = "support"


class StatutConversation(StrEnum):
    OUVERT = "ouvert"
    EN_ATTENTE = "en_attente"
    RESOLU = "resolu"
    FERME = "ferme"


class StatutAvis(StrEnum):
    EN_ATTENTE = "en_attente"
    APPROUVE = "approuve"
    REJETE = "rejete"


class RoleName(StrEnum):
    """Values of ``roles.libelle``."""

    ADMIN = "admin"
    MANAGER = "manager"
    EMPLOYE = "employe"
    SUPPORT = "support"
    CLIENT = "client"


STAFF_ROLES = frozenset({RoleName.ADMIN, RoleName.MANAGER, RoleName.EMPLOYE, RoleName.SUPPORT})


def check_in(column: str, enum: type[StrEnum]) -> str:
    """SQL for a CHECK constraint limiting ``column`` to the enum's values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
