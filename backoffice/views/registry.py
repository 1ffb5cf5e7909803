"""The tabs of the main window: each view module registers its title, icon and permission."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backoffice.services.permissions import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backoffice.ui.context import AppContext


@dataclass(frozen=True)
class ViewSpec:
    key: str  # stable identifier, remembered as the last tab
    title: str  # French, passed through tr() by the main window
    icon: str  # a QStyle standard pixmap name or a resources/icons file name
    permission: Permission
    factory: Callable[[AppContext], QWidget]
    order: int = 100


_REGISTRY: dict[str, ViewSpec] = {}


def register(spec: ViewSpec) -> ViewSpec:
    _REGISTRY[spec.key] = spec
    return spec


def all_views() -> list[ViewSpec]:
    """Every registered view, importing the view modules first."""
    import backoffice.views.all  # noqa: F401 - importing registers the tabs

    return sorted(_REGISTRY.values(), key=lambda v: (v.order, v.key))


def views_for(permissions: frozenset[Permission]) -> list[ViewSpec]:
    return [v for v in all_views() if v.permission in permissions]
