"""TLS: verify-full by default for another machine, unknown modes refused (never turned
into ``prefer``), channel binding where TLS is certain, a warning below verify-full."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from backoffice import connections, tls
from backoffice.connection_check import describe_connection_error
from backoffice.connections import ConnectionProfile, ProfileError
from backoffice.db import normalize_url
from tests import test_connections, ui_helpers
from tests.test_connections import MemoryKeyring

qloop = ui_helpers.qloop
config_dir = test_connections.config_dir
memory_keyring = test_connections.memory_keyring
ca_file = test_connections.ca_file


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "/var/run/postgresql", ""])
def test_this_computer_keeps_prefer(host: str) -> None:
    assert tls.is_local_host(host)
    assert connections.default_sslmode(host) == "prefer"
    assert tls.tls_warning(host, "disable") is None


def test_another_machine_defaults_to_verify_full() -> None:
    profile = ConnectionProfile(name="B", host="db.boutique.fr", database="shop", user="bo")
    assert (profile.sslmode, profile.sslrootcert) == ("verify-full", "system")
    url = connections.build_url(profile, "secret")
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "system"
    assert url.query["channel_binding"] == "require"
    # MariaDB/MySQL: verify-full too, with the CA file to choose.
    mysql = ConnectionProfile(name="B", kind="mysql", host="db.boutique.fr", database="s", user="u")
    assert mysql.sslmode == "verify-full"
    with pytest.raises(ProfileError, match="autorité de certification"):
        connections.build_url(mysql, "x")


def test_a_url_without_mode_gets_the_defaults() -> None:
    remote = normalize_url("postgresql://bo:pw@db.boutique.fr/shop")
    assert dict(remote.query) == {
        "sslmode": "verify-full",
        "sslrootcert": "system",
        "channel_binding": "require",
    }
    local = normalize_url("postgresql://postgres@127.0.0.1/shop")
    assert dict(local.query) == {}
    socket = normalize_url("postgresql://bo:pw@/shop?host=/var/run/postgresql")
    assert "sslmode" not in socket.query
    # What the user wrote is kept; channel binding only where TLS is certain.
    chosen = normalize_url("postgresql://bo:pw@db.boutique.fr/shop?sslmode=prefer")
    assert dict(chosen.query) == {"sslmode": "prefer"}
    required = normalize_url("postgresql://bo:pw@db.boutique.fr/shop?sslmode=require")
    assert required.query["channel_binding"] == "require"
    no_password = normalize_url("postgresql://bo@db.boutique.fr/shop?sslmode=verify-ca")
    assert "channel_binding" not in no_password.query  # certificate auth: nothing to bind
    kept = normalize_url(
        "postgresql://bo:pw@db.boutique.fr/shop?sslmode=require&channel_binding=prefer"
    )
    assert kept.query["channel_binding"] == "prefer"


@pytest.mark.parametrize("typed", ["verify_full", "verifyfull", "VERIFY-FULL", "sometimes"])
def test_unknown_modes_are_refused_never_prefer(typed: str) -> None:
    with pytest.raises(ProfileError, match="Mode TLS inconnu") as caught:
        connections.profile_from_url(f"postgresql://bo@db.boutique.fr/shop?sslmode={typed}")
    assert typed in caught.value.message and "verify-full" in caught.value.message
    with pytest.raises(ProfileError, match="Mode TLS inconnu"):
        connections.profile_from_url(f"mysql://bo@db.boutique.fr/shop?sslmode={typed}")
    with pytest.raises(ProfileError, match="Mode TLS inconnu"):
        connections.build_url(
            ConnectionProfile(name="B", host="db", database="s", user="u", sslmode=typed), "x"
        )
    # A URL given to the engine keeps it as typed: libpq refuses it, said in French.
    assert normalize_url(f"postgresql://bo@db/shop?sslmode={typed}").query["sslmode"] == typed
    error = OSError(f'connection is bad: invalid sslmode value: "{typed}"')
    assert describe_connection_error(error).startswith(f"Mode TLS inconnu : « {typed} »")


def test_libpq_itself_refuses_an_unknown_mode() -> None:
    import psycopg

    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect("host=127.0.0.1 user=postgres sslmode=verify_full", connect_timeout=2)
    assert "Mode TLS inconnu" in describe_connection_error(caught.value)


def test_require_warns_verify_full_does_not() -> None:
    for mode in ("disable", "allow", "prefer", "require", "verify-ca"):
        warning = tls.tls_warning("db.boutique.fr", mode)
        assert warning is not None
        assert warning.startswith("La connexion ne vérifiera pas l'identité du serveur")
    assert tls.tls_warning("db.boutique.fr", "verify-full") is None


def test_a_round_trip_keeps_the_mode(ca_file: Path) -> None:
    profile = ConnectionProfile(
        name="B", host="db.boutique.fr", database="s", user="u", sslmode="require"
    )
    again, _ = connections.profile_from_url(connections.build_url(profile, "x"))
    assert again.sslmode == "require"
    typed = make_url("postgresql://u@db.boutique.fr/s")
    assert connections.profile_from_url(typed)[0].sslmode == "verify-full"


# --- The dialog asks before saving a connection that checks nothing ----------------------


def _remote_dialog(qtbot: Any, mode: str) -> Any:
    from backoffice.ui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(ConnectionProfile(name="Boutique"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_ready, timeout=5000)
    dialog.host_edit.setText("db.boutique.fr")
    dialog.database_edit.setText("boutique")
    dialog.user_edit.setText("backoffice")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData(mode))
    return dialog


def _warning_box(qtbot: Any) -> Any:
    from PySide6.QtWidgets import QApplication, QMessageBox

    def find() -> Any:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "tlsWarningBox" and w.isVisible()
        ]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: find() is not None, timeout=5000)
    return find()


@pytest.mark.parametrize("confirm", [False, True])
def test_the_dialog_asks_below_verify_full(
    qtbot: Any, qloop: Any, config_dir: Path, memory_keyring: MemoryKeyring, confirm: bool
) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = _remote_dialog(qtbot, "require")
    dialog.save_button.click()
    box = _warning_box(qtbot)
    assert "ne vérifiera pas l'identité du serveur « db.boutique.fr »" in box.text()
    box.findChild(QPushButton, "tlsWarningYes" if confirm else "tlsWarningNo").click()
    if confirm:
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
        assert connections.default_profile().sslmode == "require"  # type: ignore[union-attr]
    else:
        qtbot.wait(100)
        assert dialog.result() != dialog.DialogCode.Accepted
        assert not connections.profiles_path().exists()


def test_the_dialog_saves_verify_full_without_asking(
    qtbot: Any, qloop: Any, config_dir: Path, memory_keyring: MemoryKeyring, ca_file: Path
) -> None:
    dialog = _remote_dialog(qtbot, "verify-full")
    dialog.ca_edit.setText(str(ca_file))
    dialog.password_edit.setText("secret-pg")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert dialog.url.query["channel_binding"] == "require"  # type: ignore[union-attr]
