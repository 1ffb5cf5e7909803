"""The application's settings (QSettings) in the one configuration folder.

Qt's default place differs from the connection profiles' on every platform (Linux
``~/.config/Boutique/backoffice.conf`` beside ``~/.config/backoffice/``, the registry on
Windows, a plist on macOS): :func:`app_settings` is an INI file in
``config.config_dir()`` instead, the folder ``connections.json`` is in. The first time it
is opened, whatever the older versions kept in Qt's default place is copied over once
(:func:`migrate_legacy_settings`; the old store is left as it was, for an older version
still installed), and ``meta/migratedFrom`` records where it came from.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

from backoffice import config

log = logging.getLogger(__name__)

LEGACY_ORGANIZATION = "Boutique"
LEGACY_APPLICATION = "backoffice"
MIGRATED_KEY = "meta/migratedFrom"


def app_settings(legacy: QSettings | None = None) -> QSettings:
    """The settings file, with the legacy store's values copied in on first use."""
    path = config.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if not settings.contains(MIGRATED_KEY):
        migrate_legacy_settings(
            settings, legacy or QSettings(LEGACY_ORGANIZATION, LEGACY_APPLICATION)
        )
    return settings


def migrate_legacy_settings(settings: QSettings, legacy: QSettings) -> int:
    """Copies every key of ``legacy`` that ``settings`` lacks; the number copied."""
    keys = legacy.allKeys()
    copied = 0
    for key in keys:
        if not settings.contains(key):
            settings.setValue(key, legacy.value(key))
            copied += 1
    settings.setValue(MIGRATED_KEY, legacy.fileName() if keys else "")
    settings.sync()
    if copied:
        log.info(
            "Settings: %d values moved from %s to %s",
            copied,
            legacy.fileName(),
            settings.fileName(),
        )
    return copied
