"""Opening another tab's record, and adding a section to another tab's window, without
importing that tab (views never import each other).

Each view registers, when its module is imported, how to open a record of its kind
(``register_opener("commandes", open_order)``); any screen then calls
``open_record(ctx, "commandes", 42)``. A kind nobody registered (a tab the member may not
see) is simply not offered: ``can_open`` says so, and links are shown as plain text.

A tab may also contribute a section to another tab's record window
(``register_section(RecordSection("commandes", "conversations", …))``): the order window
shows the conversations of the order without the orders view knowing the conversations
view. The window asks ``sections_for("commandes")`` and places each under its title.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backoffice.services.permissions import Permission
    from backoffice.ui.context import AppContext

Opener = Callable[["AppContext", int], "Awaitable[object] | object"]


@dataclass(frozen=True)
class RegisteredOpener:
    kind: str
    opener: Opener
    permission: Permission | None = None  # the member must hold it for links to be offered


_OPENERS: dict[str, RegisteredOpener] = {}


def register_opener(kind: str, opener: Opener, permission: Permission | None = None) -> None:
    """How to open a record of ``kind`` (``"produits"``, ``"clients"``, ``"commandes"``…)."""
    _OPENERS[kind] = RegisteredOpener(kind, opener, permission)


def can_open(ctx: AppContext, kind: str) -> bool:
    """Whether a record of ``kind`` can be opened by this member (a registered tab they see)."""
    registered = _OPENERS.get(kind)
    if registered is None:
        return False
    return registered.permission is None or ctx.actor.can(registered.permission)


def open_record(ctx: AppContext, kind: str, record_id: int) -> asyncio.Future[object] | None:
    """Opens record ``record_id`` of ``kind`` in its own window (raised if already open).

    Returns the scheduled task when the opener is a coroutine, so a test can await it;
    ``None`` when nothing could be opened."""
    if not can_open(ctx, kind):
        return None
    result = _OPENERS[kind].opener(ctx, record_id)
    if inspect.isawaitable(result):
        return asyncio.ensure_future(result)
    return None


@dataclass(frozen=True)
class RecordSection:
    """A section a tab adds to another tab's record window."""

    kind: str  # the record window's kind: "commandes", "devis"…
    key: str  # stable identifier
    title: str  # French, marked QT_TRANSLATE_NOOP("RecordSections", …)
    factory: Callable[[AppContext, int], QWidget]  # (ctx, record id) → the section's widget
    permission: Permission | None = None
    order: int = 100


_SECTIONS: dict[tuple[str, str], RecordSection] = {}


def register_section(section: RecordSection) -> None:
    _SECTIONS[(section.kind, section.key)] = section


def sections_for(ctx: AppContext, kind: str) -> list[RecordSection]:
    """The sections other tabs add to a ``kind`` window, that this member may see, in order."""
    found = [
        s
        for s in _SECTIONS.values()
        if s.kind == kind and (s.permission is None or ctx.actor.can(s.permission))
    ]
    return sorted(found, key=lambda s: (s.order, s.key))
