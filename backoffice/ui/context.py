"""What every tab receives: the signed-in member, the database runner, the app's settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from backoffice.services.permissions import Staff
    from backoffice.ui.tasks import DbRunner


@dataclass
class AppContext:
    runner: DbRunner
    actor: Staff
    settings: QSettings
    database_label: str  # "démo" or "host/database", for the status bar
