"""The tabs of the main window: each view module registers its title, icon and permission.

Imports no view module (each imports this one): ``backoffice.views.all`` gathers them."""

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
    title: str  # French, marked QT_TRANSLATE_NOOP("Views", …), shown through translated()
    icon: str  # a QStyle standard pixmap name or a resources/icons file name
    permission: Permission
    factory: Callable[[AppContext], QWidget]
    order: int = 100
    # Started with the main window, before the tab is first shown (live updates, a tab
    # badge, desktop notifications): ``background(context, main_window)``; its result is
    # kept by the window. A failure is logged, never fatal.
    background: Callable[[AppContext, QWidget], object] | None = None


_REGISTRY: dict[str, ViewSpec] = {}


def register(spec: ViewSpec) -> ViewSpec:
    _REGISTRY[spec.key] = spec
    return spec


def all_views() -> list[ViewSpec]:
    """The views registered so far, in tab order.

    A view registers itself when its module is imported; this module imports none (they
    import it). ``from backoffice.views.all import all_views`` imports every tab first:
    that is what the application hands to the main window.
    """
    return sorted(_REGISTRY.values(), key=lambda v: (v.order, v.key))


def views_for(permissions: frozenset[Permission]) -> list[ViewSpec]:
    return [v for v in all_views() if v.permission in permissions]
