"""Platform conventions (issue 14, point 5): one configuration folder for everything, a
keyring name that cannot collide (older entries moved), the connection dialog's notices
whole at every size, the platform's own file dialogs."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt

from backoffice import config, connections
from backoffice.ui import settings_store
from tests import test_connections, ui_helpers
from tests.test_connection_dialog import _cut_off_labels
from tests.test_connections import SECRET, MemoryKeyring, _profile

ROOT = Path(__file__).resolve().parents[1]
qloop = ui_helpers.qloop
config_dir = test_connections.config_dir
memory_keyring = test_connections.memory_keyring


# --- one configuration folder -----------------------------------------------------------


def test_settings_live_beside_the_connection_profiles(config_dir: Path, tmp_path: Path) -> None:
    legacy = QSettings(str(tmp_path / "legacy.conf"), QSettings.Format.IniFormat)
    settings = settings_store.app_settings(legacy)
    settings.setValue("login/email", "a@boutique.fr")
    settings.sync()
    assert Path(settings.fileName()) == config_dir / "settings.ini"
    assert Path(settings.fileName()).parent == connections.profiles_path().parent
    assert config.settings_path() == config_dir / "settings.ini"


def test_the_old_qsettings_values_are_moved_once(config_dir: Path, tmp_path: Path) -> None:
    # What Qt's default place held (~/.config/Boutique/backoffice.conf on Linux).
    old = QSettings(str(tmp_path / "Boutique" / "backoffice.conf"), QSettings.Format.IniFormat)
    geometry = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03")
    old.setValue("login/email", "manager@boutique.fr")
    old.setValue("window/geometry", geometry)
    old.setValue("lists/produits/columnWidths", [120, 80, 60])
    old.sync()

    settings = settings_store.app_settings(old)
    assert settings.value("login/email") == "manager@boutique.fr"
    assert settings.value("window/geometry") == geometry
    assert [int(w) for w in settings.value("lists/produits/columnWidths")] == [120, 80, 60]
    assert settings.value(settings_store.MIGRATED_KEY) == old.fileName()

    # Once: a later change in the old place is not copied again, nor over a newer value.
    settings.setValue("login/email", "admin@boutique.fr")
    settings.sync()
    old.setValue("login/email", "ancien@boutique.fr")
    old.setValue("other/key", "x")
    old.sync()
    again = settings_store.app_settings(old)
    assert again.value("login/email") == "admin@boutique.fr"
    assert not again.contains("other/key")


def test_the_shell_uses_the_settings_file(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backoffice.ui import app as app_module

    monkeypatch.setattr(
        settings_store,
        "QSettings",
        _LegacyRedirect(config_dir / "legacy-default.conf"),
    )
    shell = app_module.Shell(database_url="sqlite://", demo=False)
    assert Path(shell.settings.fileName()) == config_dir / "settings.ini"


class _LegacyRedirect:
    """QSettings with Qt's default place (organization, application) redirected to a file,
    so the test never reads the developer's own settings."""

    Format = QSettings.Format

    def __init__(self, legacy: Path) -> None:
        self.legacy = legacy

    def __call__(self, *args: Any) -> QSettings:
        if len(args) == 2 and not isinstance(args[1], QSettings.Format):
            return QSettings(str(self.legacy), QSettings.Format.IniFormat)
        return QSettings(*args)


# --- keyring ----------------------------------------------------------------------------


def test_keyring_service_is_reverse_dns_and_old_entries_move(
    config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    assert connections.KEYRING_SERVICE == "fr.boutique.backoffice"
    assert re.fullmatch(r"[a-z]{2,}\.[a-z0-9-]+\.[a-z0-9-]+", connections.KEYRING_SERVICE)
    profile = _profile()
    memory_keyring.store[("backoffice", profile.keyring_username)] = SECRET  # older version
    assert connections.get_password(profile) == SECRET
    assert memory_keyring.store == {("fr.boutique.backoffice", profile.keyring_username): SECRET}
    assert connections.get_password(profile) == SECRET  # read from the new name now

    memory_keyring.store[("backoffice", profile.keyring_username)] = "stale"
    connections.forget_password(profile)
    assert memory_keyring.store == {}  # both names forgotten


# --- the connection dialog's notices ----------------------------------------------------


@pytest.mark.parametrize("keyring_works", [True, False])
def test_connection_dialog_notices_whole_at_every_size(
    qtbot: Any, qloop: Any, config_dir: Path, keyring_works: bool
) -> None:
    """Saves $TMPDIR/desktop_connection_<w>x<h>.png: 1024×700, 1440×900 and small sizes."""
    from backoffice.connections import ConnectionProfile
    from backoffice.ui.connection_dialog import ConnectionDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring() if keyring_works else fail.Keyring())
    try:
        dialog = ConnectionDialog(
            ConnectionProfile(name="Boutique", host="db.boutique.fr", database="shop", user="bo")
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.keyring_ready, timeout=5000)
    finally:
        keyring.set_keyring(previous)
    dialog.timezone_field.combo.setCurrentText("Mars/Olympus")
    dialog.save_button.click()  # an error under a field and the status line too
    qtbot.waitUntil(lambda: dialog.timezone_field.error.isVisible(), timeout=2000)
    out = Path(tempfile.gettempdir())
    suffix = "" if keyring_works else "_no_keyring"
    for width, height in ((1024, 700), (1440, 900), (600, 400), (420, 300), (560, 200)):
        dialog.resize(width, height)
        qtbot.wait(60)  # the minimum height follows on the next pass of the event loop
        assert _cut_off_labels(dialog) == [], (width, height)
        layout = dialog.layout()
        assert dialog.height() >= layout.totalHeightForWidth(dialog.width()), (width, height)
        assert dialog.grab().save(str(out / f"desktop_connection_{width}x{height}{suffix}.png"))


# --- the platform's own file dialogs ----------------------------------------------------


def test_no_file_dialog_refuses_the_platform_one() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "backoffice").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "DontUseNativeDialog" in line
    ]
    assert not offenders, offenders


def test_the_application_keeps_native_dialogs(qapp: Any) -> None:
    from backoffice import i18n
    from backoffice.ui import language
    from backoffice.ui.app import configure_application

    # The test application is shared by every test: what configure_application sets (the
    # style sheet's paddings change every list's column widths) is put back afterwards.
    style, quits = qapp.styleSheet(), qapp.quitOnLastWindowClosed()
    try:
        configure_application(qapp)
        assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    finally:
        qapp.setStyleSheet(style)
        qapp.setQuitOnLastWindowClosed(quits)
        language.install_language(qapp, i18n.FRENCH)
