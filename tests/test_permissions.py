"""Every mutating service refuses members without its permission, and changes nothing then.

The services are found through the ``@mutation`` registry of
``backoffice.services.permissions`` after importing every module of
``backoffice.services``; a public ``(session, actor, …)`` function that is neither
registered nor named like a read fails :func:`test_every_actor_function_is_classified`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import backoffice.services
from backoffice.models import Base, RoleName
from backoffice.services.errors import PermissionDenied
from backoffice.services.permissions import (
    MUTATIONS,
    ROLE_PERMISSIONS,
    Mutation,
    Permission,
    Staff,
    mutation,
    read_only,
    require,
)
from tests.factories import make_user

# Names that say "this only reads" (each such function still calls require() itself).
READ_PREFIXES = (
    "list_",
    "count_",
    "get_",
    "fetch_",
    "search_",
    "find_",
    "load_",
    "export_",
    "preview_",
    "render_",
    "build_",
    "read_",
    "check_",
    "validate_",
    "describe_",
    "suggest_",
    "summary",
    "stats_",
    "is_",
    "has_",
    "can_",
)
READ_SUFFIXES = ("_detail", "_details", "_summary", "_stats", "_options", "_choices")
# Helpers that take (session, actor) but are not services of their own.
NOT_SERVICES = {
    "backoffice.services.audit.audit",  # adds the audit row inside a mutation's transaction
}


def service_modules() -> list[ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(backoffice.services.__path__, "backoffice.services."):
        modules.append(importlib.import_module(info.name))
    return modules


MODULES = service_modules()


def _registered() -> list[Mutation]:
    return sorted(MUTATIONS.values(), key=lambda m: m.name)


def _unprivileged_actors(session: Session, permission: Permission) -> list[Staff]:
    """A member of every role that lacks ``permission``, plus a client and an unknown role."""
    actors = []
    for role, permissions in ROLE_PERMISSIONS.items():
        if permission not in permissions:
            user = make_user(session, role)
            actors.append(Staff(id=user.id, email=user.email, role=str(role)))
    user = make_user(session, RoleName.CLIENT)
    actors.append(Staff(id=user.id, email=user.email, role="inconnu"))
    return actors


def _placeholder_arguments(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """None for every argument after (session, actor): the check must come before their use."""
    signature = inspect.signature(inspect.unwrap(function))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in list(signature.parameters.items())[2:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            args.append(None)
        elif parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[name] = None
    return args, kwargs


def _row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }


def test_registry_found_the_mutating_services() -> None:
    names = set(MUTATIONS)
    for expected in (
        "backoffice.services.sessions.revoke_session",
        "backoffice.services.sessions.revoke_all_sessions",
        "backoffice.services.totp.start_totp_enrolment",
        "backoffice.services.totp.confirm_totp_enrolment",
        "backoffice.services.totp.disable_two_factor",
        "backoffice.services.customers.edit.update_customer",
        "backoffice.services.customers.edit.update_customer_address",
    ):
        assert expected in names
    assert all(m.function.__mutation_permission__ == m.permission for m in _registered())  # type: ignore[attr-defined]


@pytest.mark.postgres
@pytest.mark.parametrize(
    "registered",
    _registered(),
    ids=lambda m: m.name.rsplit(".", 2)[-2] + "." + m.name.rsplit(".", 1)[-1],
)
def test_mutation_refuses_members_without_the_permission(
    server_session: Session, registered: Mutation
) -> None:
    actors = _unprivileged_actors(server_session, registered.permission)
    server_session.flush()
    before = _row_counts(server_session)
    args, kwargs = _placeholder_arguments(registered.function)
    for actor in actors:
        with pytest.raises(PermissionDenied) as caught:
            registered.function(server_session, actor, *args, **kwargs)
        assert caught.value.message  # French, shown as is
        assert caught.value.permission == registered.permission
        # Keyword call of the actor is checked too.
        with pytest.raises(PermissionDenied):
            registered.function(session=server_session, actor=actor, *args, **kwargs)  # noqa: B026
    assert not (server_session.new or server_session.dirty or server_session.deleted)
    assert _row_counts(server_session) == before


def test_every_actor_function_is_classified() -> None:
    """A public (session, actor, …) service must be @mutation, read-named, or @read_only."""
    registered = {m.function for m in MUTATIONS.values()}
    unclassified = []
    for module in MODULES:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            try:
                parameters = list(inspect.signature(inspect.unwrap(function)).parameters)
            except (TypeError, ValueError):
                continue
            if parameters[:2] != ["session", "actor"]:
                continue
            if (
                function in registered
                or f"{module.__name__}.{name}" in NOT_SERVICES
                or name.startswith(READ_PREFIXES)
                or name.endswith(READ_SUFFIXES)
                or getattr(function, "__read_only__", False)
            ):
                continue
            unclassified.append(f"{module.__name__}.{name}")
    assert unclassified == [], (
        "Décorez ces services avec @mutation(Permission.X) (ou @read_only s'ils ne "
        f"modifient rien) : {unclassified}"
    )


def test_decorator_checks_before_the_body_runs() -> None:
    ran: list[bool] = []

    @mutation(Permission.CATALOG_EDIT)
    def change(session: object, actor: Staff, value: int) -> int:
        ran.append(True)
        return value

    try:
        with pytest.raises(PermissionDenied):
            change(None, Staff(id=1, email="a@b.c", role=RoleName.SUPPORT), 3)
        with pytest.raises(PermissionDenied):
            change(None, None, 3)  # type: ignore[arg-type]
        assert ran == []
        assert change(None, Staff(id=1, email="a@b.c", role=RoleName.EMPLOYE), 3) == 3
        assert ran == [True]
    finally:
        MUTATIONS.pop(f"{change.__module__}.{change.__qualname__}", None)


def test_decorator_refuses_a_service_without_session_and_actor() -> None:
    with pytest.raises(TypeError):

        @mutation(Permission.CATALOG_EDIT)
        def wrong(actor: Staff, session: object) -> None:  # pragma: no cover
            pass


def test_read_only_marker() -> None:
    @read_only
    def peek(session: object, actor: Staff) -> None:  # pragma: no cover
        pass

    assert peek.__read_only__ is True  # type: ignore[attr-defined]


def test_require_refuses_anything_but_an_allowed_staff() -> None:
    admin = Staff(id=1, email="a@b.c", role=RoleName.ADMIN)
    require(admin, Permission.SECURITY_ADMIN)
    for actor in (
        None,
        object(),
        Staff(id=1, email="a@b.c", role=RoleName.MANAGER),
        Staff(id=1, email="a@b.c", role=RoleName.CLIENT),
        Staff(id=1, email="a@b.c", role="root"),
    ):
        with pytest.raises(PermissionDenied):
            require(actor, Permission.SECURITY_ADMIN)  # type: ignore[arg-type]


def test_only_admin_has_security_admin() -> None:
    holders = {
        role for role, perms in ROLE_PERMISSIONS.items() if Permission.SECURITY_ADMIN in perms
    }
    assert holders == {RoleName.ADMIN}
    assert ROLE_PERMISSIONS[RoleName.CLIENT] == frozenset()
