"""Choosing the shop's database server (PostgreSQL or MariaDB/MySQL): a profile saved as
JSON, its password in the keyring, the shop's time zone with it.

"Tester la connexion" opens a real connection on a worker thread (never the GUI thread: a
server that does not answer takes the whole connect timeout). The keyring is only ever
used from a worker thread too: on Linux it is a D-Bus call that may wait for the desktop's
keyring daemon, or for the member to unlock it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from backoffice import connections, tls
from backoffice.connection_check import (
    describe_connection_error,
    probe_connection,
    technical_detail,
)
from backoffice.connections import MYSQL, POSTGRESQL, ConnectionProfile, ProfileError
from backoffice.ui.dialogs import ask, button_box
from backoffice.ui.errors import translated
from backoffice.ui.style import fit_height
from backoffice.ui.tasks import spawn
from backoffice.ui.timezone_field import TimezoneField, hint_label
from backoffice.ui.topology_fields import TOPOLOGY_KEYS as _TOPOLOGY_KEYS
from backoffice.ui.topology_fields import TopologyFields
from backoffice.ui.window_fit import keep_fitted

log = logging.getLogger(__name__)

T = TypeVar("T")


async def _in_thread(fn: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


def _kind_labels() -> list[tuple[str, str]]:
    return [
        (POSTGRESQL, QCoreApplication.translate("ConnectionDialog", "PostgreSQL")),
        (MYSQL, QCoreApplication.translate("ConnectionDialog", "MariaDB ou MySQL")),
    ]


def _ssl_mode_labels() -> dict[str, str]:
    return {
        "disable": QCoreApplication.translate(
            "ConnectionDialog", "Désactivé (réseau local de confiance uniquement)"
        ),
        "allow": QCoreApplication.translate("ConnectionDialog", "Autorisé (si le serveur l'exige)"),
        "prefer": QCoreApplication.translate("ConnectionDialog", "Préféré (chiffré si possible)"),
        "require": QCoreApplication.translate(
            "ConnectionDialog", "Exigé (chiffré, certificat non vérifié)"
        ),
        "verify-ca": QCoreApplication.translate("ConnectionDialog", "Vérifier l'autorité (CA)"),
        "verify-full": QCoreApplication.translate(
            "ConnectionDialog", "Vérifier l'autorité et le nom du serveur"
        ),
    }


def _tls_help(kind: str) -> str:
    if kind == MYSQL:
        return QCoreApplication.translate(
            "ConnectionDialog",
            "MariaDB/MySQL : « Préféré » chiffre si le serveur le permet, « Exigé » refuse "
            "un serveur sans chiffrement ; les modes « Vérifier » demandent le certificat de "
            "l'autorité (souvent ca.pem), fourni par l'hébergeur.",
        )
    return QCoreApplication.translate(
        "ConnectionDialog",
        "PostgreSQL : « Préféré » chiffre si le serveur le permet ; les modes « Vérifier » "
        "demandent le certificat de l'autorité (souvent root.crt), fourni par l'hébergeur.",
    )


def _stacked(*widgets: QWidget) -> QWidget:
    """A field with its explanation lines under it, as one form row.

    QFormLayout gives a word-wrapped label row of its own more height than it needs; in a
    column of their own the lines take just their height. The row's label (its mnemonic)
    focuses the first widget.
    """
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    column.setFocusProxy(widgets[0])
    return column


class ConnectionDialog(QDialog):
    """Edits one connection profile; after ``accept()``, ``url`` and ``profile`` are set."""

    def __init__(
        self,
        profile: ConnectionProfile | None = None,
        *,
        password: str | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Back-office — Connexion à la base de données"))
        self.setMinimumWidth(560)
        self.url: URL | None = None
        self.profile: ConnectionProfile | None = None
        # Known once the worker thread has asked the keyring (see _load_keyring).
        self.keyring = connections.KeyringStatus(False, self.tr("Recherche du trousseau…"))
        self.keyring_ready = False
        self._testing = False
        self._saving = False
        profile = profile or connections.default_profile() or ConnectionProfile(name="Boutique")
        self._kind = profile.kind if profile.kind in connections.KINDS else POSTGRESQL
        self._profile_extra = dict(profile.extra)

        intro = QLabel(
            self.tr(
                "Indiquez le serveur de base de données de la boutique (PostgreSQL, MariaDB "
                "ou MySQL). Ces réglages sont enregistrés sur cet ordinateur ; le mot de "
                "passe ne l'est que dans le trousseau sécurisé du système."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setObjectName("connectionName")
        self.name_edit.setAccessibleName(self.tr("Nom de la connexion"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("connectionKind")
        self.kind_combo.setAccessibleName(self.tr("Type de serveur"))
        for kind, label in _kind_labels():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(self._kind)))
        self.host_edit = QLineEdit(profile.host)
        self.host_edit.setObjectName("connectionHost")
        self.host_edit.setAccessibleName(self.tr("Serveur"))
        self.host_edit.setPlaceholderText(self.tr("db.boutique.fr ou 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("connectionPort")
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setValue(profile.port or connections.DEFAULT_PORTS[self._kind])
        self.database_edit = QLineEdit(profile.database)
        self.database_edit.setObjectName("connectionDatabase")
        self.database_edit.setAccessibleName(self.tr("Base de données"))
        self.user_edit = QLineEdit(profile.user)
        self.user_edit.setObjectName("connectionUser")
        self.user_edit.setAccessibleName(self.tr("Utilisateur de la base de données"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("connectionPassword")
        self.password_edit.setAccessibleName(self.tr("Mot de passe de la base de données"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if password:
            self.password_edit.setText(password)

        self.ssl_combo = QComboBox()
        self.ssl_combo.setObjectName("connectionSslMode")
        self.ssl_combo.setAccessibleName(self.tr("Chiffrement TLS"))
        self._fill_ssl_modes(profile.sslmode)
        self.tls_help = hint_label(_tls_help(self._kind))
        self.tls_help.setObjectName("connectionTlsHelp")

        self.ca_edit = QLineEdit(profile.sslrootcert or "")
        self.ca_edit.setObjectName("connectionCaFile")
        self.ca_edit.setAccessibleName(self.tr("Fichier de l'autorité de certification"))
        self.ca_button = QPushButton(self.tr("Parcourir…"))
        self.ca_button.setObjectName("connectionCaBrowse")
        # Return in the form saves: never let this button become the default one.
        self.ca_button.setAutoDefault(False)
        self.ca_button.setDefault(False)
        self.ca_button.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)

        self.timezone_field = TimezoneField(profile.shop_timezone)

        self.save_password_check = QCheckBox(self.tr("Enregistrer le mot de passe"))
        self.save_password_check.setObjectName("connectionSavePassword")
        self.keyring_label = QLabel()
        self.keyring_label.setObjectName("connectionKeyringInfo")
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The profile's choice, shown (but not changeable) until the keyring has answered.
        self.save_password_check.setChecked(profile.save_password)
        self.save_password_check.setEnabled(False)
        self.keyring_label.setText(self.keyring.reason)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels on the left on every platform (macOS' default puts long ones on top).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("&Nom de la connexion :"), self.name_edit)
        form.addRow(self.tr("&Type de serveur :"), self.kind_combo)
        form.addRow(self.tr("&Serveur :"), self.host_edit)
        form.addRow(self.tr("P&ort :"), self.port_spin)
        form.addRow(self.tr("&Base de données :"), self.database_edit)
        form.addRow(self.tr("&Utilisateur :"), self.user_edit)
        form.addRow(
            self.tr("&Mot de passe :"),
            _stacked(self.password_edit, self.save_password_check, self.keyring_label),
        )
        form.addRow(self.tr("&Chiffrement (TLS) :"), _stacked(self.ssl_combo, self.tls_help))
        ca_label = QLabel(self.tr("Certificat &CA :"))
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_row)
        form.addRow(self.tr("&Fuseau horaire de la boutique :"), self.timezone_field)
        self.topology_fields = TopologyFields(profile)
        self.topology_label = QLabel(self.tr("Plusieurs postes :"))
        form.addRow(self.topology_label, self.topology_fields)
        self._show_topology()

        self.status = QLabel(message)
        self.status.setObjectName("connectionStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # quotes the driver's error
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(bool(message))

        self.test_button = QPushButton(self.tr("Tester la connexion"))
        self.test_button.setObjectName("connectionTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self._on_test)
        self.buttons, self.save_button, _cancel = button_box(
            None,
            self.tr("Enregistrer"),
            self.tr("Annuler"),
            ok_name="connectionSave",
            cancel_name="connectionCancel",
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        # A taller window puts its extra height here, not between the form's rows.
        layout.addStretch(1)
        layout.addLayout(bottom)
        # Only now that the button is inside the dialog does setDefault register it with
        # the dialog; before, QDialog.show() would make the first auto-default button of
        # the focus chain (« Parcourir… ») the default, and Return would open a file chooser.
        self.save_button.setDefault(True)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.ssl_combo.currentIndexChanged.connect(self._update_ca_state)
        self._update_ca_state()
        first_empty = next(
            (w for w in (self.host_edit, self.database_edit, self.user_edit) if not w.text()),
            self.password_edit,
        )
        first_empty.setFocus()
        self._keyring_task = spawn(
            self._load_keyring(profile, fetch_password=password is None),
            on_error=self._keyring_failed,
            parent=self,
        )

    # --- keyring (worker thread) ---------------------------------------------------------

    async def _load_keyring(self, profile: ConnectionProfile, *, fetch_password: bool) -> None:
        status = await _in_thread(connections.keyring_status)
        saved = None
        if status.available and fetch_password and profile.save_password:
            saved = await _in_thread(connections.get_password, profile)
        if not shiboken6.isValid(self):
            return  # closed meanwhile
        if saved and not self.password_edit.text():
            self.password_edit.setText(saved)
        self._apply_keyring_status(status)

    def _keyring_failed(self, exc: BaseException) -> None:
        log.warning("Keyring check failed: %s", exc)
        if shiboken6.isValid(self):
            self._apply_keyring_status(
                connections.KeyringStatus(
                    False, self.tr("Le trousseau du système est inutilisable ({0}).").format(exc)
                )
            )

    def _apply_keyring_status(self, status: connections.KeyringStatus) -> None:
        self.keyring = status
        self.keyring_ready = True
        if status.available:
            self.save_password_check.setEnabled(True)
            self.keyring_label.setText(
                self.tr(
                    "Le mot de passe est gardé dans le trousseau sécurisé du système, "
                    "jamais dans un fichier."
                )
            )
            self.keyring_label.setProperty("warning", False)
        else:
            self.save_password_check.setChecked(False)
            self.save_password_check.setEnabled(False)
            self.keyring_label.setText(status.reason)
            self.keyring_label.setProperty("warning", True)
        self.keyring_label.style().unpolish(self.keyring_label)
        self.keyring_label.style().polish(self.keyring_label)
        fit_height(self)  # the new text may take more lines

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # A top-level window's first size ignores its word-wrapped lines' real height.
        fit_height(self)
        keep_fitted(self)  # and no later size may cut a notice (ui/window_fit.py)

    # --- form <-> profile --------------------------------------------------------------

    def current_profile(self) -> ConnectionProfile:
        mode = str(self.ssl_combo.currentData())
        return ConnectionProfile(
            name=self.name_edit.text().strip() or self.host_edit.text().strip(),
            kind=self._kind,
            shop_timezone=self.timezone_field.zone_name(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            sslmode=mode,
            sslrootcert=self.ca_edit.text().strip() or None,
            save_password=self.save_password_check.isChecked(),
            extra=self._extra(),
        )

    def _extra(self) -> dict[str, str]:
        # The profile's other extra parameters (channel_binding…) are kept as they were.
        kept = {k: v for k, v in self._profile_extra.items() if k not in _TOPOLOGY_KEYS}
        if self._kind != connections.POSTGRESQL:
            return kept
        return kept | self.topology_fields.extra()

    def _fill_ssl_modes(self, selected: str) -> None:
        """The TLS modes this kind of server knows, keeping ``selected`` when it is one."""
        modes = connections.SSL_MODES_BY_KIND[self._kind]
        if selected not in modes:
            selected = "prefer"  # "allow" has no MySQL equivalent
        labels = _ssl_mode_labels()
        self.ssl_combo.blockSignals(True)
        try:
            self.ssl_combo.clear()
            for mode in modes:
                self.ssl_combo.addItem(labels[mode], mode)
            self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(selected)))
        finally:
            self.ssl_combo.blockSignals(False)

    def _on_kind_changed(self) -> None:
        previous, kind = self._kind, str(self.kind_combo.currentData())
        if kind == previous:
            return
        self._kind = kind
        # The new server's usual port, unless the user typed another one.
        if self.port_spin.value() == connections.DEFAULT_PORTS[previous]:
            self.port_spin.setValue(connections.DEFAULT_PORTS[kind])
        self._fill_ssl_modes(str(self.ssl_combo.currentData()))
        self.tls_help.setText(_tls_help(kind))
        self._update_ca_state()
        self._show_topology()
        fit_height(self)

    def _show_topology(self) -> None:
        # PgBouncer and streaming replicas are PostgreSQL's (backoffice.db_topology).
        postgres = self._kind == POSTGRESQL
        self.topology_label.setVisible(postgres)
        self.topology_fields.setVisible(postgres)

    def _update_ca_state(self) -> None:
        mode = str(self.ssl_combo.currentData())
        needs_ca = mode in connections.SSL_MODES_NEEDING_CA
        self.ca_edit.setEnabled(mode != "disable")
        self.ca_button.setEnabled(mode != "disable")
        if needs_ca:
            placeholder = self.tr("Obligatoire pour ce mode")
        elif mode == "disable" or self._kind == MYSQL:
            placeholder = self.tr("Inutile pour ce mode")  # PyMySQL only checks in « Vérifier »
        else:
            placeholder = self.tr("Facultatif")
        self.ca_edit.setPlaceholderText(placeholder)

    def _choose_ca_file(self) -> None:
        start = self.ca_edit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificat de l'autorité de certification"),
            start,
            self.tr("Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    def show_status(self, text: str, *, error: bool) -> None:
        self.status.setProperty("error", error)
        self.status.setProperty("success", not error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        # After polishing, so that the cached size includes the rule's padding.
        self.status.setText(text)
        self.status.setVisible(bool(text))
        fit_height(self)

    def _build(self) -> tuple[ConnectionProfile, URL] | None:
        if not self.timezone_field.check():
            self.timezone_field.setFocus()
            self.show_status(self.tr("Corrigez le fuseau horaire de la boutique."), error=True)
            return None
        profile = self.current_profile()
        try:
            url = connections.build_url(profile, self.password_edit.text())
        except ProfileError as exc:
            self.show_status(translated(exc.message), error=True)
            return None
        return profile, url

    # --- actions -----------------------------------------------------------------------

    def _on_test(self) -> None:
        built = self._build()
        if built is None or self._testing:
            return
        spawn(self.test_connection(built[1]), parent=self)

    async def test_connection(self, url: URL) -> bool:
        self._testing = True
        self.test_button.setEnabled(False)
        self.show_status(self.tr("Connexion en cours…"), error=False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            loop = asyncio.get_running_loop()
            version = await loop.run_in_executor(None, probe_connection, url)
        except Exception as exc:
            log.info("Connection test failed: %s", exc)
            self.show_status(describe_connection_error(exc), error=True)
            return False
        finally:
            self._testing = False
            self.test_button.setEnabled(True)
            self.unsetCursor()
        success = self.tr("Connexion réussie ({0}).").format(version)
        weak = tls.tls_warning(url.host, self.current_profile().sslmode)
        self.show_status(f"{success}\n{weak}" if weak else success, error=False)
        return True

    def _on_save(self) -> None:
        if self._saving:
            return
        built = self._build()
        if built is None:
            return
        spawn(self.confirm_and_save(*built), parent=self)

    async def confirm_and_save(self, profile: ConnectionProfile, url: URL) -> bool:
        """Asks first when the profile would not check another machine's identity (a TLS
        mode below ``verify-full``), then saves."""
        warning = tls.tls_warning(profile.host, profile.sslmode)
        if warning is not None:
            confirmed = await ask(
                self,
                self.tr("Connexion non vérifiée"),
                warning,
                self.tr("Enregistrer quand même"),
                object_name="tlsWarningBox",
                yes_name="tlsWarningYes",
                no_name="tlsWarningNo",
                warning=True,
            )
            if not confirmed or not shiboken6.isValid(self):
                return False
        return await self.save(profile, url)

    async def save(self, profile: ConnectionProfile, url: URL) -> bool:
        """Saves the profile, keeps (or forgets) the password in the keyring off the GUI
        thread, then accepts the dialog; False (and a French status) when it could not."""
        self._saving = True
        self.save_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            if not self.keyring_ready:
                # Never forget a saved password only because the keyring was slow to answer.
                await asyncio.wait([self._keyring_task])
                if not shiboken6.isValid(self):
                    return False
                profile.save_password = self.save_password_check.isChecked()
            try:
                connections.save_profile(profile)
            except ProfileError as exc:  # e.g. the CA file removed since the check
                self.show_status(translated(exc.message), error=True)
                return False
            except OSError as exc:
                log.warning("Could not save the connection profile: %s", exc)
                self.show_status(
                    self.tr(
                        "Impossible d'enregistrer la connexion sur cet ordinateur : vérifiez "
                        "l'espace disque et les droits sur le dossier de configuration."
                    )
                    + technical_detail(str(exc)),
                    error=True,
                )
                return False
            if profile.save_password and self.keyring.available:
                status = await _in_thread(
                    connections.store_password, profile, self.password_edit.text()
                )
                if not status.available:
                    log.warning("Password not kept: %s", status.reason)
            else:
                await _in_thread(connections.forget_password, profile)
        finally:
            if shiboken6.isValid(self):
                self._saving = False
                self.save_button.setEnabled(True)
                self.unsetCursor()
        if not shiboken6.isValid(self):
            return False
        self.profile = profile
        self.url = url
        self.accept()
        return True
