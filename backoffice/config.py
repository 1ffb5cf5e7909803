"""Where the database URL comes from: ``--database-url``, else ``BACKOFFICE_DATABASE_URL``,
else the saved connection profile (see ``backoffice.connections``). Also where things live.

**One configuration folder per platform** (``config_dir``: Linux ``~/.config/backoffice``,
macOS ``~/Library/Application Support/backoffice``, Windows
``%LOCALAPPDATA%\\Boutique\\backoffice``) holds everything the member configures: the
connection profiles (``connections.json``) and the application's settings
(``settings.ini``: window geometry, list columns, preferences, language;
``backoffice.ui.settings_store``). The demo database is data (``data_dir``), the log is a
log (``backoffice.logs``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "backoffice"
APP_AUTHOR = "Boutique"
ENV_DATABASE_URL = "BACKOFFICE_DATABASE_URL"
SETTINGS_FILE = "settings.ini"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def demo_database_url() -> str:
    return f"sqlite:///{demo_database_path()}"


def resolve_database_url(cli_value: str | None) -> str | None:
    """The URL given on the command line, else in ``BACKOFFICE_DATABASE_URL``, else None.

    With None, callers turn to the saved connection profile
    (``connections.load_default_connection``), which also carries the shop's time zone.
    """
    if cli_value:
        return cli_value
    return os.environ.get(ENV_DATABASE_URL) or None
