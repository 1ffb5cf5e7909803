"""The sign-in dialog against a real (SQLite file) database, through the DbRunner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.db import make_engine, make_session_factory
from backoffice.models import RoleName, SessionUtilisateur
from backoffice.services import auth
from backoffice.services.auth import SignedIn
from backoffice.services.demo import DEMO_ADMIN
from backoffice.ui.login import LoginDialog
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers
from tests.factories import make_user, php_bcrypt

# The shared qasync fixtures (module attributes are how pytest finds fixtures).
make_runner = ui_helpers.make_runner
qloop = ui_helpers.qloop

PASSWORD = "Bonjour-2026!"
TOTP_SECRET = pyotp.random_base32()


@pytest.fixture(scope="module")
def login_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sessionmaker[Session]]:
    """A migrated SQLite file with committed accounts (the runner uses its own sessions)."""
    path: Path = tmp_path_factory.mktemp("login") / "login.db"
    url = f"sqlite:///{path}"
    migrations.upgrade(url)
    engine: Engine = make_engine(url)
    factory = make_session_factory(engine)
    hashed = php_bcrypt(PASSWORD)
    with factory.begin() as session:
        make_user(
            session,
            RoleName.ADMIN,
            email="admin@boutique.test",
            password_hash=hashed,
            prenom="Alice",
            nom="Martin",
        )
        make_user(session, RoleName.CLIENT, email="client@boutique.test", password_hash=hashed)
        make_user(
            session,
            RoleName.MANAGER,
            email="manager@boutique.test",
            password_hash=hashed,
            two_factor_enabled=True,
            two_factor_secret=TOTP_SECRET,
            backup_code="SECOURS1234",
        )
    yield factory
    engine.dispose()


@pytest.fixture(autouse=True)
def _fresh_throttle() -> None:
    auth._reset_process_state_for_tests()


@pytest.fixture
def dialog(
    qtbot: Any, login_db: sessionmaker[Session], make_runner: Callable[..., DbRunner]
) -> LoginDialog:
    runner = make_runner(login_db)
    widget = LoginDialog(runner, database_label="test", client=auth.ClientInfo("127.0.0.1", "t"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _child(widget: LoginDialog, kind: type, name: str) -> Any:
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def _sign_in(qtbot: Any, dialog: LoginDialog, email: str, password: str) -> None:
    _child(dialog, QLineEdit, "loginEmail").setText(email)
    _child(dialog, QLineEdit, "loginPassword").setText(password)
    qtbot.mouseClick(_child(dialog, QPushButton, "loginSubmit"), Qt.MouseButton.LeftButton)


def test_object_and_accessible_names(dialog: LoginDialog) -> None:
    for kind, name in (
        (QLineEdit, "loginEmail"),
        (QLineEdit, "loginPassword"),
        (QLineEdit, "loginTotp"),
        (QPushButton, "loginSubmit"),
        (QLabel, "loginMessage"),
    ):
        assert _child(dialog, kind, name).accessibleName(), name
    assert _child(dialog, QLineEdit, "loginEmail").accessibleName() == "Adresse e-mail"
    assert _child(dialog, QLineEdit, "loginPassword").echoMode() == QLineEdit.EchoMode.Password


def test_correct_password_signs_in(
    qtbot: Any, dialog: LoginDialog, login_db: sessionmaker[Session]
) -> None:
    submit = _child(dialog, QPushButton, "loginSubmit")
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000) as blocker:
        _sign_in(qtbot, dialog, "admin@boutique.test", PASSWORD)
        # The button is disabled while the runner works: no double submission.
        assert not submit.isEnabled()
    result = blocker.args[0]
    assert isinstance(result, SignedIn)
    assert result.staff.email == "admin@boutique.test"
    assert result.staff.display_name == "Alice Martin"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert submit.isEnabled()
    assert _child(dialog, QLineEdit, "loginPassword").text() == ""
    with login_db() as session:
        count = session.scalar(
            select(func.count())
            .select_from(SessionUtilisateur)
            .where(SessionUtilisateur.id == result.staff.session_id)
        )
    assert count == 1


def test_client_account_is_refused(qtbot: Any, dialog: LoginDialog) -> None:
    message = _child(dialog, QLabel, "loginMessage")
    _sign_in(qtbot, dialog, "client@boutique.test", PASSWORD)
    qtbot.waitUntil(lambda: message.isVisible() and bool(message.text()), timeout=10_000)
    assert message.text() == auth.INVALID_CREDENTIALS_MESSAGE
    assert dialog.signed_in is None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: _child(dialog, QPushButton, "loginSubmit").isEnabled())


def test_wrong_password_shows_french_message(qtbot: Any, dialog: LoginDialog) -> None:
    message = _child(dialog, QLabel, "loginMessage")
    _sign_in(qtbot, dialog, "admin@boutique.test", "pas-le-bon")
    qtbot.waitUntil(lambda: bool(message.text()), timeout=10_000)
    assert "incorrect" in message.text()
    assert not dialog.on_second_step


def test_empty_fields_are_checked_locally(qtbot: Any, dialog: LoginDialog) -> None:
    _sign_in(qtbot, dialog, "", "")
    assert "Saisissez" in _child(dialog, QLabel, "loginMessage").text()


def test_second_factor_step(qtbot: Any, dialog: LoginDialog) -> None:
    totp_edit = _child(dialog, QLineEdit, "loginTotp")
    message = _child(dialog, QLabel, "loginMessage")
    assert not totp_edit.isVisible()
    _sign_in(qtbot, dialog, "manager@boutique.test", PASSWORD)
    qtbot.waitUntil(lambda: dialog.on_second_step and totp_edit.isVisible(), timeout=10_000)
    assert dialog.signed_in is None

    # A wrong code keeps the member on the code step with the service's message.
    totp_edit.setText("000000")
    qtbot.mouseClick(_child(dialog, QPushButton, "loginSubmit"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message.text() == auth.INVALID_CODE_MESSAGE, timeout=10_000)
    assert dialog.on_second_step

    totp_edit.setText(pyotp.TOTP(TOTP_SECRET).now())
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000) as blocker:
        qtbot.mouseClick(_child(dialog, QPushButton, "loginSubmit"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].staff.email == "manager@boutique.test"
    assert dialog.used_second_factor


def test_backup_code_accepted(qtbot: Any, dialog: LoginDialog) -> None:
    totp_edit = _child(dialog, QLineEdit, "loginTotp")
    _sign_in(qtbot, dialog, "manager@boutique.test", PASSWORD)
    qtbot.waitUntil(lambda: dialog.on_second_step, timeout=10_000)
    totp_edit.setText("SECOURS1234")
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000):
        qtbot.mouseClick(_child(dialog, QPushButton, "loginSubmit"), Qt.MouseButton.LeftButton)


def test_demo_email_prefilled(
    qtbot: Any, login_db: sessionmaker[Session], make_runner: Callable[..., DbRunner]
) -> None:
    widget = LoginDialog(make_runner(login_db), email=DEMO_ADMIN.email)
    qtbot.addWidget(widget)
    assert _child(widget, QLineEdit, "loginEmail").text() == "admin@boutique.demo"


def test_code_step_speaks_of_the_one_backup_code(dialog: LoginDialog) -> None:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("ou votre code de secours." in text for text in texts)
    assert not any("l'un de vos codes de secours" in text for text in texts)


def test_sign_in_hint_points_to_the_administrator_or_lists_the_demo_accounts() -> None:
    from backoffice.services.demo.accounts import DEMO_ACCOUNTS
    from backoffice.ui.login import sign_in_hint

    staff_hint = sign_in_hint(demo=False)
    assert "administrateur" in staff_hint and "README" not in staff_hint

    demo_hint = sign_in_hint(demo=True)
    assert "README" not in demo_hint
    for account in DEMO_ACCOUNTS:
        if account.role == RoleName.CLIENT:
            assert account.email not in demo_hint  # customers cannot sign in here
        else:
            assert f"{account.email} — {account.password}" in demo_hint
    assert "Code de manager@boutique.demo : « backoffice-cli demo totp »." in demo_hint
