"""Who may do what: the role → permission matrix, in this one place.

Every mutating service calls :func:`require` itself; the UI hiding a tab or a button is
convenience, not security.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from backoffice.models.enums import RoleName
from backoffice.services.errors import PermissionDenied


class Permission(StrEnum):
    CATALOG_VIEW = "catalog.view"
    CATALOG_EDIT = "catalog.edit"
    ORDERS_VIEW = "orders.view"
    ORDERS_ADVANCE = "orders.advance"
    ORDERS_CANCEL = "orders.cancel"
    INVOICES_VIEW = "invoices.view"
    INVOICES_ISSUE = "invoices.issue"
    QUOTES_VIEW = "quotes.view"
    QUOTES_ANSWER = "quotes.answer"
    CONVERSATIONS_VIEW = "conversations.view"
    CONVERSATIONS_REPLY = "conversations.reply"
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMERS_EDIT = "customers.edit"
    REVIEWS_MODERATE = "reviews.moderate"
    SECURITY_ADMIN = "security.admin"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    RoleName.ADMIN: _ALL,
    RoleName.MANAGER: _ALL - {Permission.SECURITY_ADMIN},
    RoleName.EMPLOYE: frozenset(
        {
            Permission.CATALOG_VIEW,
            Permission.CATALOG_EDIT,
            Permission.ORDERS_VIEW,
            Permission.ORDERS_ADVANCE,
            Permission.INVOICES_VIEW,
            Permission.QUOTES_VIEW,
            Permission.CUSTOMERS_VIEW,
        }
    ),
    RoleName.SUPPORT: frozenset(
        {
            Permission.CONVERSATIONS_VIEW,
            Permission.CONVERSATIONS_REPLY,
            Permission.CUSTOMERS_VIEW,
            Permission.ORDERS_VIEW,
            Permission.QUOTES_VIEW,
            Permission.QUOTES_ANSWER,
            Permission.CATALOG_VIEW,
        }
    ),
    RoleName.CLIENT: frozenset(),
}


def permissions_for(role: str) -> frozenset[Permission]:
    return ROLE_PERMISSIONS.get(role, frozenset())


@dataclass(frozen=True)
class Staff:
    """The signed-in staff member on whose behalf a service runs."""

    id: int
    email: str
    role: str
    prenom: str | None = None
    nom: str | None = None
    session_id: int | None = None
    permissions: frozenset[Permission] = field(default=frozenset())

    def __post_init__(self) -> None:
        if not self.permissions:
            object.__setattr__(self, "permissions", permissions_for(self.role))

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.prenom, self.nom) if p) or self.email

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


def require(actor: Staff, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(permission)
