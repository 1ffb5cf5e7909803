"""What every tab receives: the signed-in member, the database runner, the app's settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from backoffice.services.permissions import Staff
    from backoffice.ui.record_windows import RecordWindows
    from backoffice.ui.tasks import DbRunner


@dataclass
class AppContext:
    runner: DbRunner
    actor: Staff
    settings: QSettings
    database_label: str  # "démo" or "host/database", for the status bar
    _windows: dict[str, RecordWindows] = field(default_factory=dict, repr=False)

    def record_windows(self, kind: str) -> RecordWindows:
        """The open windows of one kind of record (``"produits"``…), shared by every tab:
        opening a record already open raises its window."""
        if kind not in self._windows:
            from backoffice.ui.record_windows import RecordWindows

            self._windows[kind] = RecordWindows(kind)
        return self._windows[kind]
