"""The connection dialog's « Plusieurs postes » rows: a transaction pooler, a read replica.

What they mean is in :mod:`backoffice.db_topology`; here they are two fields of a
PostgreSQL profile, kept in its ``extra`` parameters (``backoffice_pooler``,
``backoffice_replica``) and passed on in its URL by ``connections.build_url``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from backoffice.connections import ConnectionProfile
from backoffice.db_topology import POOLER_PARAMETER, REPLICA_PARAMETER, TRANSACTION_POOLING

TOPOLOGY_KEYS = frozenset({POOLER_PARAMETER, REPLICA_PARAMETER})


class TopologyFields(QWidget):
    """A check box for PgBouncer in transaction mode and the replica's « hôte:port »."""

    def __init__(self, profile: ConnectionProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pooler_check = QCheckBox(
            self.tr("Passer par PgBouncer en mode transaction"), objectName="connectionPooler"
        )
        self.pooler_check.setToolTip(
            self.tr(
                "À cocher quand ce poste joint la base à travers un PgBouncer en mode "
                "« transaction » : l'application ne compte alors sur aucun réglage de session "
                "et remplace l'écoute des nouveaux messages par une vérification toutes les 30 s."
            )
        )
        self.replica_edit = QLineEdit(objectName="connectionReplica")
        self.replica_edit.setPlaceholderText(self.tr("hôte:port (facultatif)"))
        self.replica_edit.setToolTip(
            self.tr(
                "Une réplique PostgreSQL en flux (même base, même utilisateur) : les listes, "
                "les comptes et les recherches y sont lus, tout le reste va au serveur principal."
            )
        )
        replica_label = QLabel(self.tr("&Réplique en lecture :"))
        replica_label.setBuddy(self.replica_edit)
        replica_row = QHBoxLayout()
        replica_row.setContentsMargins(0, 0, 0, 0)
        replica_row.addWidget(replica_label)
        replica_row.addWidget(self.replica_edit, 1)
        hint = QLabel(
            self.tr(
                "Pour les boutiques à nombreux postes, sur les indications de "
                "l'administrateur de la base."
            ),
            objectName="connectionTopologyHint",
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pooler_check)
        layout.addLayout(replica_row)
        layout.addWidget(hint)
        self.load(profile)

    def load(self, profile: ConnectionProfile) -> None:
        self.pooler_check.setChecked(profile.extra.get(POOLER_PARAMETER) == TRANSACTION_POOLING)
        self.replica_edit.setText(profile.extra.get(REPLICA_PARAMETER, ""))

    def extra(self) -> dict[str, str]:
        """The profile's extra parameters these fields stand for (empty ones left out)."""
        values: dict[str, str] = {}
        if self.pooler_check.isChecked():
            values[POOLER_PARAMETER] = TRANSACTION_POOLING
        if replica := self.replica_edit.text().strip():
            values[REPLICA_PARAMETER] = replica
        return values
