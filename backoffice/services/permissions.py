"""Who may do what: the role → permission matrix, in this one place.

Every mutating service checks the permission itself; the UI hiding a tab or a button is
convenience, not security.

How to write a mutating service
-------------------------------
Decorate it with :func:`mutation`, giving the permission it needs::

    from backoffice.services.permissions import Permission, Staff, mutation

    @mutation(Permission.CATALOG_EDIT)
    def update_product(session: Session, actor: Staff, product_id: int, ...) -> ...:
        ...  # no require() needed: the decorator has already checked it

The decorator

* calls :func:`require` with the **second positional argument** (``actor``) before the
  function body runs, so a service cannot forget the check;
* refuses at import time a function whose first two parameters are not
  ``session, actor`` (the check would otherwise look at the wrong argument);
* needs nothing more to report what it changed: the Session events of
  :mod:`backoffice.services.changes` (imported here) record every table and row the
  service writes, and the UI's runner announces them after the commit;
* records the function in :data:`MUTATIONS`. ``tests/test_permissions.py`` imports every
  module of ``backoffice.services`` and calls each registered mutation as a member whose
  role lacks the permission, expecting :class:`PermissionDenied` and no change in the
  database. The same test fails for a public ``(session, actor, ...)`` function that is
  neither registered nor named like a read (``list_``, ``count_``, ``get_``…) nor marked
  with :func:`read_only`.

Read-only services keep calling ``require(actor, Permission.X_VIEW)`` themselves.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

from backoffice.models.enums import RoleName

# Imported for its Session events: every module with a @mutation records what it writes
# (tables and ids, see services/changes.py); the runner announces it after the commit.
from backoffice.services import changes as _changes  # noqa: F401
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
    if not isinstance(actor, Staff):
        # A None or a stray object must never pass as "somebody allowed".
        raise PermissionDenied(permission)
    if not actor.can(permission):
        raise PermissionDenied(permission)


P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Mutation:
    """A registered mutating service and the permission it requires."""

    name: str  # "module.qualname"
    function: Callable[..., Any]  # the decorated (checking) function
    permission: Permission


# Every function decorated with @mutation, by "module.qualname".
MUTATIONS: dict[str, Mutation] = {}


def mutation(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a service as mutating: check ``permission`` on ``actor`` first, and register it."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        names = list(inspect.signature(function).parameters)
        if names[:2] != ["session", "actor"]:
            raise TypeError(
                f"{function.__qualname__}: a @mutation service takes (session, actor, ...)"
            )

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            actor = args[1] if len(args) > 1 else kwargs.get("actor")
            require(actor, permission)  # type: ignore[arg-type]
            return function(*args, **kwargs)

        checked.__mutation_permission__ = permission  # type: ignore[attr-defined]
        name = f"{function.__module__}.{function.__qualname__}"
        MUTATIONS[name] = Mutation(name=name, function=checked, permission=permission)
        return checked

    return decorate


def read_only(function: Callable[P, R]) -> Callable[P, R]:
    """Mark a ``(session, actor, ...)`` service that changes nothing but is not named like a read.

    It must still call :func:`require` itself when it needs a permission.
    """
    function.__read_only__ = True  # type: ignore[attr-defined]
    return function
