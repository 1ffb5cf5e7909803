"""Sign-in: email and password, then the 6-digit code (or a backup code) for 2FA accounts.

The services run through the DbRunner, so the window stays responsive while bcrypt and the
database work; the dialog reports the outcome through ``signedIn``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.errors import AuthenticationError
from backoffice.ui.errors import translated, user_message
from backoffice.ui.style import fit_height
from backoffice.ui.tasks import spawn

if TYPE_CHECKING:
    from backoffice.services.auth import ClientInfo, SignedIn
    from backoffice.ui.tasks import DbRunner

log = logging.getLogger(__name__)


def sign_in_hint(*, demo: bool) -> str:
    """The line under the title: on the demo database its staff accounts and passwords
    (public, demo data only); elsewhere who to ask."""
    if not demo:
        return QCoreApplication.translate(
            "LoginDialog",
            "Compte ou mot de passe oublié : adressez-vous à l'administrateur du back-office.",
        )
    from backoffice.models.enums import STAFF_ROLES
    from backoffice.services.demo.accounts import DEMO_ACCOUNTS

    lines = [
        QCoreApplication.translate(
            "LoginDialog", "Base de démonstration, comptes (e-mail — mot de passe) :"
        )
    ]
    with_code: list[str] = []
    for account in DEMO_ACCOUNTS:
        if account.role not in STAFF_ROLES:
            continue  # customers cannot sign in here
        # The e-mail names the role; short lines do not break inside a password.
        lines.append(f"{account.email} — {account.password}")
        if account.totp_secret:
            with_code.append(account.email)
    for email in with_code:
        lines.append(
            QCoreApplication.translate(
                "LoginDialog", "Code de {0} : « backoffice-cli demo totp »."
            ).format(email)
        )
    return "\n".join(lines)


class LoginDialog(QDialog):
    """Emits ``signedIn(SignedIn)`` then accepts; rejected when the user closes it."""

    signedIn = Signal(object)

    def __init__(
        self,
        runner: DbRunner,
        *,
        email: str = "",
        database_label: str = "",
        message: str = "",
        hint: str = "",
        client: ClientInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._client = client
        self._challenge: Any = None
        self._busy = False
        self.signed_in: SignedIn | None = None
        # Whether the member proved a second factor: the idle lock then asks for a code too.
        self.used_second_factor = False

        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Back-office — Connexion"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Connexion au back-office"))
        title.setObjectName("loginTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.database_label = QLabel()
        self.database_label.setObjectName("loginDatabase")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.set_database_label(database_label)

        # A line under the title, e.g. the demo accounts' password in demo mode.
        self.hint = QLabel(hint)
        self.hint.setObjectName("loginHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))

        # Step 1: credentials.
        self.email = QLineEdit(email)
        self.email.setObjectName("loginEmail")
        self.email.setAccessibleName(self.tr("Adresse e-mail"))
        self.email.setPlaceholderText(self.tr("prenom.nom@boutique.fr"))
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setAccessibleName(self.tr("Mot de passe"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        credentials = QWidget()
        form = QFormLayout(credentials)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&E-mail :"), self.email)
        form.addRow(self.tr("Mot de &passe :"), self.password)

        # Step 2: the second factor.
        self.totp = QLineEdit()
        self.totp.setObjectName("loginTotp")
        self.totp.setAccessibleName(self.tr("Code de vérification"))
        self.totp.setPlaceholderText(self.tr("123456"))
        self.totp.setMaxLength(32)  # backup codes are longer than 6 digits
        self.totp.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        code_help = QLabel(
            self.tr(
                "Saisissez le code à 6 chiffres affiché par votre application "
                "d'authentification, ou votre code de secours."
            )
        )
        code_help.setWordWrap(True)
        self.back_button = QPushButton(self.tr("← Changer de compte"))
        self.back_button.setObjectName("loginBack")
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_to_credentials)
        second = QWidget()
        second_layout = QFormLayout(second)
        second_layout.setContentsMargins(0, 0, 0, 0)
        second_layout.addRow(code_help)
        second_layout.addRow(self.tr("&Code :"), self.totp)
        second_layout.addRow(self.back_button)

        # Two pages shown one at a time (not a QStackedWidget, whose height is that of its
        # tallest page and would leave a gap under the password).
        self._pages = (credentials, second)
        second.hide()

        self.message = QLabel(message)
        self.message.setObjectName("loginMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message de connexion"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(bool(message))

        self.submit = QPushButton(self.tr("Se connecter"))
        self.submit.setObjectName("loginSubmit")
        self.submit.setAccessibleName(self.tr("Se connecter"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._on_submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.database_label)
        layout.addWidget(self.hint)
        layout.addWidget(credentials)
        layout.addWidget(second)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.email.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._on_submit)
        self.totp.returnPressed.connect(self._on_submit)
        (self.password if email else self.email).setFocus()

    # --- state -------------------------------------------------------------------------

    @property
    def on_second_step(self) -> bool:
        return not self._pages[1].isHidden()

    @property
    def busy(self) -> bool:
        return self._busy

    def set_database_label(self, label: str) -> None:
        self.database_label.setText(self.tr("Base : {0}").format(label) if label else "")
        self.database_label.setVisible(bool(label))

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("error", error)
        # Re-polish so that the style sheet's [error="true"] rule follows the property.
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        # After polishing, so that the cached size includes the rule's padding.
        self.message.setText(text)
        self.message.setVisible(bool(text))
        fit_height(self)

    def _show_page(self, index: int) -> None:
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        fit_height(self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.submit.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self.submit.setText(self.tr("Vérification…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.submit.setText(
                self.tr("Valider le code") if self.on_second_step else self.tr("Se connecter")
            )
            self.unsetCursor()

    def back_to_credentials(self) -> None:
        self._challenge = None
        self.totp.clear()
        self.password.clear()
        self._show_page(0)
        self._set_busy(False)
        self.show_message("")
        self.password.setFocus()

    def _go_to_second_step(self, challenge: Any) -> None:
        self._challenge = challenge
        self.password.clear()  # not needed any more; do not keep it in memory
        self._show_page(1)
        self.show_message(self.tr("Double authentification : saisissez votre code."), error=False)
        self.totp.setFocus()

    # --- actions -----------------------------------------------------------------------

    def _on_submit(self) -> None:
        if self._busy:
            return
        if self.on_second_step:
            code = self.totp.text().strip().replace(" ", "")
            if not code:
                self.show_message(self.tr("Saisissez le code de vérification."))
                return
            # Busy before the task starts, so that a second click cannot slip in.
            self._set_busy(True)
            spawn(self._complete(code), on_error=self._on_error)
        else:
            email = self.email.text().strip()
            password = self.password.text()
            if not email or not password:
                self.show_message(self.tr("Saisissez votre e-mail et votre mot de passe."))
                return
            self._set_busy(True)
            spawn(self._sign_in(email, password), on_error=self._on_error)

    async def _sign_in(self, email: str, password: str) -> None:
        from backoffice.services import auth

        self.show_message("")
        try:
            result = await self.runner.run(auth.sign_in, email, password, self._client)
        finally:
            self._set_busy(False)
        if isinstance(result, auth.SecondFactorRequired):
            self._go_to_second_step(result.challenge)
            self._set_busy(False)  # relabels the button for the code step
            return
        self._finish(result, second_factor=False)

    async def _complete(self, code: str) -> None:
        from backoffice.services import auth

        self.show_message("")
        try:
            result = await self.runner.run(
                auth.complete_second_factor, self._challenge, code, self._client
            )
        finally:
            self._set_busy(False)
        self._finish(result, second_factor=True)

    def _finish(self, result: SignedIn, *, second_factor: bool) -> None:
        self.signed_in = result
        self.used_second_factor = second_factor
        self.password.clear()
        self.totp.clear()
        self.show_message("")
        self.signedIn.emit(result)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, AuthenticationError):
            self.show_message(translated(exc.message))
            if self.on_second_step:
                self.totp.selectAll()
                self.totp.setFocus()
            else:
                self.password.selectAll()
                self.password.setFocus()
            return
        self.show_message(user_message(exc))
