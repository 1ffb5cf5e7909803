"""The French wording of stored values, one home for each: roles today; order, quote and
conversation statuses and field labels belong here too. No Qt: services, documents and
the UI all read it (the UI may pass a label through its translator).

A value without a label is shown as stored rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from backoffice.models.enums import RoleName

ROLE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        RoleName.ADMIN: "Administrateur",
        RoleName.MANAGER: "Responsable",
        RoleName.EMPLOYE: "Employé",
        RoleName.SUPPORT: "Support client",
        RoleName.CLIENT: "Client",
    }
)


def role_label(role: str) -> str:
    """``"employe"`` → « Employé »; an unknown role as stored."""
    return ROLE_LABELS.get(role, role)


__all__ = ["ROLE_LABELS", "role_label"]
