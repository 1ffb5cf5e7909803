"""The connection dialog's « Plusieurs postes » rows: PgBouncer and a read replica in the
profile, its URL and back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from backoffice import connections
from backoffice.db_topology import split_topology
from tests import test_connection_dialog, test_connections, ui_helpers
from tests.test_connections import MemoryKeyring, _profile

qloop = ui_helpers.qloop
config_dir = test_connections.config_dir
memory_keyring = test_connections.memory_keyring
restore_shop_timezone = test_connections.restore_shop_timezone


def test_the_profile_carries_pooler_and_replica_into_its_url_and_back() -> None:
    profile = _profile(
        extra={"backoffice_pooler": "transaction", "backoffice_replica": "standby:5433"}
    )
    url = connections.build_url(profile, "secret")
    _stripped, topology = split_topology(url)
    assert topology.transaction_pooler
    assert (topology.replica_host, topology.replica_port) == ("standby", 5433)
    again, _password = connections.profile_from_url(url)
    assert again.extra == profile.extra
    # Saved without the password, with both settings.
    assert connections.ConnectionProfile.from_json(profile.to_json()).extra == profile.extra


def test_the_dialog_edits_them_and_keeps_other_extra_parameters(
    qtbot: Any, qloop: Any, config_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    dialog = test_connection_dialog._dialog(
        qtbot, _profile(extra={"channel_binding": "prefer", "backoffice_replica": "standby"})
    )
    fields = dialog.topology_fields
    assert fields.isVisible() and not fields.pooler_check.isChecked()
    assert fields.replica_edit.text() == "standby"
    fields.pooler_check.setChecked(True)
    fields.replica_edit.setText("  standby.boutique.lan:5432 ")
    assert dialog.current_profile().extra == {
        "channel_binding": "prefer",
        "backoffice_pooler": "transaction",
        "backoffice_replica": "standby.boutique.lan:5432",
    }
    fields.pooler_check.setChecked(False)
    fields.replica_edit.clear()
    assert dialog.current_profile().extra == {"channel_binding": "prefer"}
    # MariaDB/MySQL: no such rows, nothing passed on.
    fields.pooler_check.setChecked(True)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("mysql"))
    assert not fields.isVisible()
    assert "backoffice_pooler" not in dialog.current_profile().extra
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("postgresql"))
    dialog.resize(1024, 700)
    assert dialog.grab().save(str(tmp_path / "connection_topology.png"))
