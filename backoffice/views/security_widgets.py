"""Widgets of the Sécurité tab: an awaitable confirmation box, the QR code, the 2FA dialog.

Kept apart from :mod:`backoffice.views.security` (which holds the list specs) so that the
dialog can be tested and reused (e.g. by a future "my account" screen) on its own.
"""

from __future__ import annotations

import io
from typing import Any

import segno
import shiboken6
from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.errors import ValidationError
from backoffice.services.totp import confirm_totp_enrolment, start_totp_enrolment
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask, button_box, inform
from backoffice.ui.errors import translated, user_message
from backoffice.ui.palette import set_tone
from backoffice.ui.style import fit_height
from backoffice.ui.tasks import spawn

QR_SCALE = 5  # pixels per module: a 33-module code (+ quiet zone) is about 200 px wide


# --- Confirmation -----------------------------------------------------------------------


async def ask_confirmation(
    parent: QWidget | None,
    title: str,
    text: str,
    confirm_label: str,
    *,
    informative: str = "",
    warning: bool = False,
    object_name: str = "confirmBox",
) -> bool:
    """Asks a yes/no question and returns True when the member confirms.

    The box is shown with ``open()`` and awaited through a future, never ``exec()``: a
    nested event loop inside an asyncio task would let other tasks re-enter. "Annuler" is
    the default button, so a hurried Enter never revokes or disables anything.
    """
    return await ask(
        parent,
        title,
        text,
        confirm_label,
        warning=warning,
        informative=informative,
        object_name=object_name,
        yes_name="confirmButton",
        no_name="cancelButton",
    )


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    """A non-blocking information box (``open()``, deleted on close)."""
    inform(parent, title, text, object_name="informationBox")


# --- QR code ----------------------------------------------------------------------------


def qr_png(data: str, scale: int = QR_SCALE) -> bytes:
    """The QR code of ``data`` as PNG bytes, made in memory (the secret never touches disk)."""
    buffer = io.BytesIO()
    # Error correction "M" (15 %): a phone camera reads it from a screen without trouble.
    segno.make(data, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_pixmap(data: str, scale: int = QR_SCALE) -> QPixmap:
    pixmap = QPixmap()
    if not pixmap.loadFromData(qr_png(data, scale), "PNG"):
        raise RuntimeError("QR code PNG could not be decoded")
    return pixmap


def group_secret(secret: str, size: int = 4) -> str:
    """``"JBSWY3DPEHPK3PXP"`` → ``"JBSW Y3DP EHPK 3PXP"``, easier to read and to type."""
    compact = "".join(secret.split())
    return " ".join(compact[i : i + size] for i in range(0, len(compact), size))


# --- Enrolment dialog -------------------------------------------------------------------


class TotpEnrolmentDialog(QDialog):
    """Turns two-factor on for one staff member, once their authenticator app works.

    On opening it asks ``start_totp_enrolment`` for a fresh secret (nothing is stored yet),
    shows it as a QR code and as grouped text, and enables two-factor only when
    ``confirm_totp_enrolment`` accepts the six-digit code the member's app displays. A wrong
    code leaves the dialog open with the reason under the field. Closing the dialog before
    that leaves the account as it was.

    Signal ``enabled(int)`` (the account id) after success. Object names for tests:
    ``qrCode``, ``secretLabel``, ``codeEdit``, ``confirmButton``, ``enrolmentError``,
    ``enrolmentStatus``.
    """

    enabled = Signal(int)

    def __init__(
        self,
        context: AppContext,
        member: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.user_id = int(member["id"])
        self.secret: str | None = None
        self.uri: str | None = None
        self._busy = False
        self.setObjectName("totpEnrolmentDialog")
        name = " ".join(p for p in (member.get("prenom"), member.get("nom")) if p)
        name = name or str(member.get("email") or "")
        self.setWindowTitle(self.tr("Double authentification — {name}").format(name=name))
        self.setModal(True)

        intro = QLabel(
            self.tr(
                "<b>1.</b> Dans l'application d'authentification de <b>{name}</b> "
                "(Google Authenticator, Microsoft Authenticator, FreeOTP…), ajoutez un "
                "compte en scannant ce QR code, ou en saisissant la clé à la main."
            ).format(name=_escape(name))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.replace_note = QLabel(
            self.tr(
                "La double authentification est déjà activée pour ce compte : une fois le "
                "code confirmé, cette nouvelle clé remplacera l'ancienne."
            )
        )
        self.replace_note.setObjectName("replaceNote")
        self.replace_note.setWordWrap(True)
        set_tone(self.replace_note, "warning")
        self.replace_note.setVisible(bool(member.get("two_factor_enabled")))

        self.qr_label = QLabel(self.tr("Préparation de la clé…"))
        self.qr_label.setObjectName("qrCode")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = 41 * QR_SCALE  # the largest code an otpauth URI gives (version 6, 41 modules)
        self.qr_label.setMinimumSize(side, side)
        self.qr_label.setFrameShape(QFrame.Shape.NoFrame)

        self.secret_label = QLabel("…")
        self.secret_label.setObjectName("secretLabel")
        self.secret_label.setTextFormat(Qt.TextFormat.PlainText)
        self.secret_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.15)
        self.secret_label.setFont(mono)
        self.secret_label.setToolTip(
            self.tr("Clé à saisir dans l'application (espaces facultatifs)")
        )
        self.copy_button = QPushButton(self.tr("Copier la clé"))
        self.copy_button.setObjectName("copySecretButton")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self._copy_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_label, 1)
        secret_row.addWidget(self.copy_button)
        key_form = QFormLayout()
        key_form.addRow(self.tr("Clé :"), secret_row)
        account = QLabel(str(member.get("email") or ""))
        account.setTextFormat(Qt.TextFormat.PlainText)
        key_form.addRow(self.tr("Compte :"), account)

        step2 = QLabel(
            self.tr(
                "<b>2.</b> Saisissez le code à 6 chiffres que l'application affiche "
                "maintenant pour ce compte."
            )
        )
        step2.setWordWrap(True)
        step2.setTextFormat(Qt.TextFormat.RichText)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText("123 456")
        self.code_edit.setMaxLength(7)  # "123 456" as some apps display it
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,3}[ -]?\d{0,3}$"), self)
        )
        code_font = QFont(mono)
        code_font.setPointSizeF(mono.pointSizeF() * 1.2)
        self.code_edit.setFont(code_font)
        self.code_edit.setFixedWidth(self.code_edit.fontMetrics().horizontalAdvance("0") * 11)
        self.code_edit.setEnabled(False)
        self.code_edit.textChanged.connect(self._code_changed)
        self.code_edit.returnPressed.connect(self._submit)
        code_form = QFormLayout()
        code_form.addRow(self.tr("Code de vérification :"), self.code_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("enrolmentError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("enrolmentStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.buttons, self.confirm_button, _cancel = button_box(
            None, self.tr("Activer"), ok_name="confirmButton", cancel_name="cancelButton"
        )
        self.confirm_button.setEnabled(False)
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(key_form)
        layout.addSpacing(4)
        layout.addWidget(step2)
        layout.addLayout(code_form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # No fixed minimum width: the layout's own minimum (the whole key on one line) wins.
        self.resize(520, self.sizeHint().height())

        spawn(self._start(), on_error=self._start_failed)

    # --- steps ----------------------------------------------------------------------------

    async def _start(self) -> None:
        secret, uri = await self.context.runner.run(
            start_totp_enrolment, self.context.actor, self.user_id
        )
        if not shiboken6.isValid(self):
            return  # closed while the key was being prepared
        self.secret, self.uri = secret, uri
        pixmap = qr_pixmap(uri)
        self.qr_label.setPixmap(pixmap)
        self.qr_label.setFixedSize(pixmap.size())
        self.qr_label.setToolTip(self.tr("À scanner avec l'application d'authentification"))
        grouped = group_secret(secret)
        self.secret_label.setText(grouped)
        # Never elided: a key missing its last characters would silently be a wrong key.
        metrics = self.secret_label.fontMetrics()
        self.secret_label.setMinimumWidth(metrics.horizontalAdvance(grouped) + 12)
        self.copy_button.setEnabled(True)
        self.code_edit.setEnabled(True)
        self.code_edit.setFocus()
        self.adjustSize()

    def _start_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.qr_label.setText(self.tr("Clé indisponible"))
        self._show_error(user_message(exc))

    def _code_changed(self, text: str) -> None:
        self.error_label.hide()
        self.confirm_button.setEnabled(
            self.secret is not None and not self._busy and len(_digits(text)) == 6
        )

    def _submit(self) -> None:
        code = _digits(self.code_edit.text())
        if self.secret is None or self._busy or len(code) != 6:
            return
        spawn(self._confirm(code), on_error=self._confirm_failed)

    async def _confirm(self, code: str) -> None:
        assert self.secret is not None
        self._set_busy(True)
        try:
            await self.context.runner.run(
                confirm_totp_enrolment, self.context.actor, self.user_id, self.secret, code
            )
        finally:
            if shiboken6.isValid(self):
                self._set_busy(False)
        if not shiboken6.isValid(self):
            return  # closed meanwhile; two-factor is on all the same
        self.enabled.emit(self.user_id)
        self.accept()

    def _confirm_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError) and "code" in exc.errors:
            message = _sentence(translated(exc.errors["code"]))
        else:
            message = user_message(exc)
        self._show_error(message)
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    # --- helpers --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.code_edit.setReadOnly(busy)
        self.status_label.setText(self.tr("Vérification du code…"))
        self.status_label.setVisible(busy)
        if busy:
            self.confirm_button.setEnabled(False)
        else:
            self._code_changed(self.code_edit.text())

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        fit_height(self)  # a long message wraps: grow rather than cut it off

    def _copy_secret(self) -> None:
        if self.secret:
            QGuiApplication.clipboard().setText(self.secret)
            self.status_label.setText(self.tr("Clé copiée dans le presse-papiers."))
            self.status_label.show()
            fit_height(self)

    def error_text(self) -> str:
        """The error shown under the code field ("" when none), for tests and scripts."""
        return self.error_label.text() if not self.error_label.isHidden() else ""


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _sentence(text: str) -> str:
    """``"code incorrect : …"`` (a field message) → ``"Code incorrect : …."``."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
