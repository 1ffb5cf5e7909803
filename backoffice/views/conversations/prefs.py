"""This desk's Conversations preferences (QSettings): where the attachments live (a folder,
the network share as mounted here, or a web address, read-only) and whether a new
customer message shows a desktop notification."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.attachments import AttachmentRoot
from backoffice.ui.dialogs import button_box

ROOT_KEY = "conversations/attachments_root"
NOTIFY_KEY = "conversations/notifications"


def attachment_root(settings: QSettings) -> AttachmentRoot:
    return AttachmentRoot.parse(str(settings.value(ROOT_KEY, "") or ""))


def notifications_enabled(settings: QSettings) -> bool:
    value = settings.value(NOTIFY_KEY, True)
    return value not in (False, "false", "0", 0)


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPreferences")
        self.setWindowTitle(self.tr("Préférences des conversations"))
        self.settings = settings
        self.root = QLineEdit(str(settings.value(ROOT_KEY, "") or ""), self)
        self.root.setObjectName("attachmentsRoot")
        self.root.setPlaceholderText(self.tr("Dossier partagé, ou https://… (lecture seule)"))
        self.root.setMinimumWidth(360)
        browse = QPushButton(self.tr("Parcourir…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.root, 1)
        row.addWidget(browse)
        self.notify = QCheckBox(
            self.tr("Prévenir d'un nouveau message client (notification)"), self
        )
        self.notify.setObjectName("notifyBox")
        self.notify.setChecked(notifications_enabled(settings))
        form = QFormLayout()
        form.addRow(self.tr("Pièces jointes :"), row)
        form.addRow("", self.notify)
        buttons, _ok, _cancel = button_box(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des pièces jointes"))
        if folder:
            self.root.setText(folder)

    def accept(self) -> None:
        self.settings.setValue(ROOT_KEY, self.root.text().strip())
        self.settings.setValue(NOTIFY_KEY, self.notify.isChecked())
        super().accept()
