"""The connection dialog (PostgreSQL and MariaDB/MySQL, the shop's time zone, Return saves,
nothing cut off) and the shell applying the saved profile's zone before making the engine."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from backoffice import connections
from backoffice.connections import ConnectionProfile
from tests import test_connections, ui_helpers
from tests.test_connections import SECRET, MemoryKeyring, _profile

# Shared fixtures (module attributes are how pytest finds fixtures).
qloop = ui_helpers.qloop
config_dir = test_connections.config_dir
memory_keyring = test_connections.memory_keyring
ca_file = test_connections.ca_file
restore_shop_timezone = test_connections.restore_shop_timezone


# --- the application applies the profile's zone ----------------------------------------


def test_saved_profile_zone_applied_before_the_engine(
    qtbot: Any,
    qloop: Any,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
    restore_shop_timezone: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from backoffice import shop_time
    from backoffice.db import make_engine
    from backoffice.ui import app as app_module

    profile = _profile(shop_timezone="Pacific/Noumea")
    connections.save_profile(profile)
    connections.store_password(profile, SECRET)
    zones_at_make_engine: list[str] = []

    def spy_make_engine(url: str, **kwargs: Any) -> Any:
        zones_at_make_engine.append(shop_time.shop_timezone().key)
        return make_engine("sqlite://")

    monkeypatch.setattr(app_module, "make_engine", spy_make_engine)
    monkeypatch.setattr(app_module, "check_schema", lambda engine: None)
    monkeypatch.delenv(shop_time.ENV_SHOP_TIMEZONE, raising=False)

    shell = app_module.Shell(database_url=None, demo=False)
    engine, label = ui_helpers.wait_for(qtbot, shell.choose_database())
    engine.dispose()
    assert label == "db.boutique.fr/boutique"
    assert zones_at_make_engine == ["Pacific/Noumea"]

    # A URL given directly uses BACKOFFICE_SHOP_TIMEZONE, not the profile's zone.
    monkeypatch.setenv(shop_time.ENV_SHOP_TIMEZONE, "Europe/Brussels")
    shell = app_module.Shell(database_url="sqlite://", demo=False)
    engine, _label = ui_helpers.wait_for(qtbot, shell.choose_database())
    engine.dispose()
    assert zones_at_make_engine[-1] == "Europe/Brussels"


# --- the dialog -------------------------------------------------------------------------


def _dialog(qtbot: Any, profile: ConnectionProfile | None = None) -> Any:
    from backoffice.ui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.keyring_ready, timeout=5000)
    return dialog


def test_dialog_kind_switch_changes_port_and_tls(
    qtbot: Any, qloop: Any, config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.port_spin.value() == 5432
    assert "PostgreSQL" in dialog.tls_help.text()
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("allow"))

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("mysql"))
    assert dialog.port_spin.value() == 3306
    assert "MariaDB/MySQL" in dialog.tls_help.text()
    modes = [dialog.ssl_combo.itemData(i) for i in range(dialog.ssl_combo.count())]
    assert modes == ["disable", "prefer", "require", "verify-ca", "verify-full"]
    assert dialog.ssl_combo.currentData() == "prefer"  # "allow" has no MySQL meaning

    # A port the user typed is kept.
    dialog.port_spin.setValue(3310)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("postgresql"))
    assert dialog.port_spin.value() == 3310
    assert dialog.ssl_combo.findData("allow") >= 0


def test_dialog_saves_a_mysql_profile_with_its_zone(
    qtbot: Any, qloop: Any, config_dir: Path, memory_keyring: MemoryKeyring, ca_file: Path
) -> None:
    dialog = _dialog(qtbot)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("mysql"))
    dialog.host_edit.setText("db.boutique.fr")
    dialog.database_edit.setText("boutique")
    dialog.user_edit.setText("backoffice")
    dialog.password_edit.setText(SECRET)
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("verify-full"))
    dialog.ca_edit.setText(str(ca_file))
    dialog.timezone_field.combo.setCurrentText("Pacific/Tahiti")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)

    assert dialog.url.drivername == "mysql+pymysql"
    assert dialog.url.query["ssl_ca"] == str(ca_file)
    saved = connections.default_profile()
    assert saved is not None
    assert (saved.kind, saved.port, saved.sslmode, saved.shop_timezone) == (
        "mysql",
        3306,
        "verify-full",
        "Pacific/Tahiti",
    )
    assert memory_keyring.store == {("fr.boutique.backoffice", "Boutique:backoffice"): SECRET}


def test_dialog_refuses_an_unknown_zone_under_the_field(
    qtbot: Any, qloop: Any, config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot)
    dialog.host_edit.setText("localhost")  # this computer: no TLS question
    dialog.database_edit.setText("boutique")
    dialog.user_edit.setText("backoffice")
    dialog.timezone_field.combo.setCurrentText("Europe/Pariss")
    dialog.save_button.click()
    qtbot.wait(50)

    error = dialog.timezone_field.error
    assert error.isVisible()
    assert error.text().startswith("Fuseau horaire inconnu : « Europe/Pariss »")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not connections.profiles_path().exists()
    # Typing again clears the message; a known zone is accepted.
    dialog.timezone_field.combo.setCurrentText("America/Cayenne")
    assert not error.isVisible()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert connections.default_profile().shop_timezone == "America/Cayenne"  # type: ignore[union-attr]


@pytest.mark.parametrize("field", ["password_edit", "ca_edit", "timezone_field", "ca_button"])
def test_return_saves_and_never_opens_the_file_chooser(
    qtbot: Any,
    qloop: Any,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    field: str,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog

    chooser_opened: list[object] = []

    def no_chooser(*args: object, **kwargs: object) -> tuple[str, str]:
        chooser_opened.append(args)
        pytest.fail("Return opened the CA file chooser")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_chooser)
    dialog = _dialog(qtbot)
    dialog.host_edit.setText("localhost")  # this computer: no TLS question
    dialog.database_edit.setText("boutique")
    dialog.user_edit.setText("backoffice")
    # Tab through the whole form first, « Parcourir… » included, as a user would.
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    widget = getattr(dialog, field)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert chooser_opened == []
    assert dialog.save_button.isDefault()
    assert not dialog.ca_button.autoDefault() and not dialog.test_button.autoDefault()


def _cut_off_labels(dialog: Any) -> list[str]:
    """Visible labels narrower or shorter than their text needs."""
    from PySide6.QtWidgets import QCheckBox, QLabel

    cut = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QCheckBox):
        if not widget.isVisibleTo(dialog) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if widget.height() < needed_height:
                cut.append(f"{widget.text()[:40]!r}: {widget.height()} < {needed_height}")
        elif widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{widget.text()[:40]!r}: {widget.width()} wide")
    return cut


@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
@pytest.mark.parametrize("keyring_works", [True, False])
def test_dialog_screenshots_nothing_cut_off(
    qtbot: Any,
    qloop: Any,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    keyring_works: bool,
) -> None:
    """Saves $TMPDIR/connection_dialog*.png (to look at) at the default size and at 1024x700."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring() if keyring_works else fail.Keyring())
    try:
        dialog = _dialog(qtbot, ConnectionProfile(name="Boutique", kind=kind))
    finally:
        keyring.set_keyring(previous)
    out = Path(tempfile.gettempdir())
    suffix = f"_{kind}" + ("" if keyring_works else "_no_keyring")
    qtbot.wait(50)  # fit_height runs on the next pass of the event loop
    # As it opens (the keyring's answer arrives after the window is sized).
    assert _cut_off_labels(dialog) == []
    if kind == "postgresql" and keyring_works:
        assert dialog.grab().save(str(out / "connection_dialog.png"))
    assert dialog.grab().save(str(out / f"connection_dialog{suffix}.png"))

    dialog.timezone_field.combo.setCurrentText("Mars/Olympus")
    dialog.save_button.click()  # the zone error and the status line shown too
    qtbot.waitUntil(lambda: dialog.timezone_field.error.isVisible(), timeout=2000)
    qtbot.wait(50)
    for size, name in ((None, "_errors"), ((1024, 700), "_1024x700")):
        if size is not None:
            dialog.resize(*size)
            qtbot.wait(50)
        assert _cut_off_labels(dialog) == []
        assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
        assert dialog.grab().save(str(out / f"connection_dialog{suffix}{name}.png"))


@pytest.fixture
def mariadb_admin() -> tuple[Any, bool]:
    """The local MariaDB/MySQL server's admin URL (as conftest's fixtures find it), and
    whether it offers TLS; skips when none answers. Nothing is created on it."""
    import os

    import pymysql

    url = make_url(
        os.environ.get("BACKOFFICE_TEST_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306/")
    )
    try:
        connection = pymysql.connect(
            host=url.host or "127.0.0.1",
            port=url.port or 3306,
            user=url.username or "root",
            password=url.password or "",
            connect_timeout=5,
            ssl_disabled=True,
        )
    except pymysql.err.OperationalError as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true requires MariaDB: {exc}")
        pytest.skip(f"MariaDB unreachable: {exc}")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW VARIABLES LIKE 'have_ssl'")
            row = cursor.fetchone()
    finally:
        connection.close()
    return url, bool(row and row[1] == "YES")


def test_dialog_test_button_on_mariadb(
    qtbot: Any,
    qloop: Any,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
    mariadb_admin: tuple[Any, bool],
) -> None:
    url, offers_tls = mariadb_admin
    dialog = _dialog(qtbot)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("mysql"))
    dialog.host_edit.setText(url.host or "127.0.0.1")
    dialog.port_spin.setValue(url.port or 3306)
    dialog.database_edit.setText("information_schema")
    dialog.user_edit.setText(url.username or "root")
    dialog.password_edit.setText(url.password or "")

    def probe(mode: str) -> str:
        dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData(mode))
        dialog.status.setText("")
        dialog.test_button.click()
        qtbot.waitUntil(
            lambda: (
                dialog.status.text() not in ("", "Connexion en cours…")
                and dialog.test_button.isEnabled()
            ),
            timeout=15_000,
        )
        return dialog.status.text()

    assert probe("prefer").startswith("Connexion réussie (M")  # MariaDB or MySQL
    assert probe("disable").startswith("Connexion réussie")
    required = probe("require")
    if offers_tls:
        assert required.startswith("Connexion réussie")
    else:
        # PyMySQL refuses to go on in clear text when TLS is required.
        assert required.startswith("Échec de la connexion chiffrée (TLS)")

    dialog.port_spin.setValue(1)  # nothing listens there
    assert "injoignable" in probe("disable")
