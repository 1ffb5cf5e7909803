"""One window per record: opening a record already open raises its window.

Each kind of record (``"produits"``, ``"categories"``, ``"clients"``…) has one
:class:`RecordWindows`, reached through :meth:`AppContext.record_windows
<backoffice.ui.context.AppContext.record_windows>` (so every tab that opens a product shares
the product's registry), keyed by the record's id and cleared when the window closes. Two
opens of the same record in a row (a double double-click) share the first one's window,
even while it is still loading.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

W = TypeVar("W", bound=QWidget)


def raise_window(window: QWidget) -> None:
    """Brings ``window`` to the front (un-minimised) and gives it the focus."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class RecordWindows:
    """The open windows of one kind of record, by id (see the module docstring)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._windows: dict[Hashable, QWidget] = {}
        self._pending: dict[Hashable, asyncio.Future[QWidget]] = {}

    def get(self, key: Hashable) -> QWidget | None:
        """The open window of record ``key``, if any."""
        window = self._windows.get(key)
        if window is None:
            return None
        if not shiboken6.isValid(window) or not window.isVisible():
            self._windows.pop(key, None)
            return None
        return window

    def keys(self) -> list[Hashable]:
        """The ids whose window is open."""
        return [key for key in list(self._windows) if self.get(key) is not None]

    async def open(self, key: Hashable | None, make: Callable[[], Awaitable[W]]) -> W:
        """The window of record ``key``: the open one raised, else ``await make()``'s,
        registered until it closes. ``key=None`` (a new record) always makes one."""
        if key is None:
            return await make()
        existing = self.get(key)
        if existing is None and key in self._pending:
            existing = await asyncio.shield(self._pending[key])
        if existing is not None:
            raise_window(existing)
            return existing  # type: ignore[return-value]
        future: asyncio.Future[QWidget] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            window = await make()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning without waiters
            raise
        finally:
            self._pending.pop(key, None)
        self._register(key, window)
        future.set_result(window)
        return window

    def _register(self, key: Hashable, window: QWidget) -> None:
        self._windows[key] = window

        def forget(*_args: object) -> None:
            if self._windows.get(key) is window:
                del self._windows[key]

        window.destroyed.connect(forget)
        if isinstance(window, QDialog):
            window.finished.connect(forget)


__all__ = ["RecordWindows", "raise_window"]
