"""Logs and crashes (issue 14, point 2): a rotating log file in the platform's log folder,
no secret ever in it, unhandled errors logged and shown in French with « Copier les
détails », Ctrl+C quitting cleanly."""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs
import pyotp
import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton
from sqlalchemy.orm import Session

from backoffice import logs
from backoffice.models.enums import RoleName
from backoffice.services.auth import complete_second_factor, sign_in
from backoffice.services.catalog import get_product, update_product
from backoffice.services.sign_in_results import SecondFactorRequired, SignedIn
from tests.factories import make_product, make_user, php_bcrypt
from tests.test_auth import CLIENT

PASSWORD = "Tr3s-Secret-Mdp-2026!"
BACKUP_CODE = "SECOURS-LOG-4242"
PRODUCT_NAME = "Théière-Valeur-Liée-Q7Z"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The application's logging into tmp_path, at DEBUG, SQLAlchemy's engine included
    (statements, bound values and result rows: the worst case)."""
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    path = logs.setup_logging(verbose=True, console=False)
    engine_logger = logging.getLogger("sqlalchemy.engine")
    previous = engine_logger.level
    engine_logger.setLevel(logging.DEBUG)
    try:
        assert path is not None
        yield path
    finally:
        engine_logger.setLevel(previous)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_backoffice", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(logging.WARNING)


def test_the_log_file_is_in_the_platform_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(logs.ENV_LOG_DIR, raising=False)
    assert logs.log_dir() == Path(platformdirs.user_log_dir("backoffice", "Boutique"))
    assert logs.log_path().name == "backoffice.log"
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path))
    assert logs.log_path() == tmp_path / "backoffice.log"


def test_the_log_file_rotates(log_file: Path) -> None:
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert Path(handler.baseFilename) == log_file
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUP_COUNT)
    logging.getLogger("backoffice.test").info("x" * 1000)
    handler.maxBytes = 2000
    for _ in range(5):
        logging.getLogger("backoffice.test").info("y" * 1000)
    assert (log_file.parent / "backoffice.log.1").is_file()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("connexion à postgresql://bo:S3cr3t-Url@db.boutique.fr/shop", "S3cr3t-Url"),
        ("profile={'password': 'Mdp-Dict-1'}", "Mdp-Dict-1"),
        ("two_factor_secret=JBSWY3DPEHPK3PXP refused", "JBSWY3DPEHPK3PXP"),
        ("session_token: abcdef0123456789abcdef", "abcdef0123456789abcdef"),
        ("hash $2y$10$abcdefghijklmnopqrstuu0123456789ABCDEFGHIJKLMNOPQRSTU", "0123456789ABCDEF"),
        ("hash $argon2id$v=19$m=65536,t=4,p=1$c2FsdA$aGFzaA", "c2FsdA$aGFzaA"),
        ("[SQL: UPDATE t SET a=%(a)s] [parameters: {'a': 'Valeur-7'}]", "Valeur-7"),
        # What the demo's creation prints (its public accounts) stays out of the log too.
        ("demo:   admin    admin@boutique.demo / Demo-admin-2026", "Demo-admin-2026"),
        (
            "demo: Secret TOTP du compte manager (double authentification) : ABCDEF234567",
            "ABCDEF234567",
        ),
        ("demo: Les clients générés partagent le mot de passe : Client-demo-2026", "Client-demo"),
    ],
)
def test_redact_masks_each_kind_of_secret(text: str, secret: str) -> None:
    masked = logs.redact(text)
    assert secret not in masked
    assert logs.MASK in masked
    assert logs.redact(masked) == masked


def test_no_secret_reaches_the_log_during_two_factor_sign_in_and_a_product_save(
    log_file: Path, db_session: Session
) -> None:
    secret = pyotp.random_base32()
    member = make_user(
        db_session,
        RoleName.MANAGER,
        password_hash=php_bcrypt(PASSWORD),
        two_factor_enabled=True,
        two_factor_secret=secret,
        backup_code=BACKUP_CODE,
    )
    stored_hash = member.password
    pending = sign_in(db_session, member.email, PASSWORD, CLIENT)
    assert isinstance(pending, SecondFactorRequired)
    from backoffice.services import totp
    from backoffice.services.sessions import db_now

    code = pyotp.TOTP(secret).generate_otp(totp.time_step(db_now(db_session)))
    signed = complete_second_factor(db_session, pending.challenge, code, CLIENT)
    assert isinstance(signed, SignedIn)
    product = make_product(db_session, "Théière")
    read = get_product(db_session, signed.staff, product.id)
    update_product(
        db_session,
        signed.staff,
        product.id,
        replace(read, nom=PRODUCT_NAME, prix=Decimal("12.34")),
        read,
    )
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    # The log did record the work (the test can fail): statements and masked rows.
    assert re.search(r"UPDATE\s+produits", text), text[-2000:]
    assert logs.MASK in text
    for value in (
        PASSWORD,
        secret,
        BACKUP_CODE,
        pending.challenge,
        signed.session_token,
        stored_hash,
        PRODUCT_NAME,
        "12.34",
    ):
        assert value not in text, value
    assert not re.search(rf"(?<!\d){code}(?!\d)", text)


def test_an_unexpected_error_is_logged_and_shown_with_copy_details(
    qtbot: Any, log_file: Path
) -> None:
    from backoffice.ui import crash

    reporter = crash.install()
    try:
        raise RuntimeError("boom postgresql://bo:Mdp-Crash@db/shop")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "Une erreur inattendue s'est produite (RuntimeError)" in dialog.summary.text()
    details = dialog.findChild(QPlainTextEdit, "crashDetails").toPlainText()
    assert "Traceback" in details and "Mdp-Crash" not in details
    dialog.grab().save(str(Path(tempfile.gettempdir()) / "desktop_crash_dialog.png"))
    dialog.findChild(QPushButton, "copyDetailsButton").click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.isVisible()  # copying does not close the box

    # A worker thread's error joins the same box (marshalled to the GUI thread).
    def fail() -> None:
        raise ValueError("dans un fil")

    worker = threading.Thread(target=fail, name="worker-test")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog.count == 2)
    assert "2 erreurs inattendues" in dialog.summary.text()

    # asyncio: a callback's exception, through the loop's handler.
    loop = asyncio.new_event_loop()
    try:
        crash.install(loop)
        loop.call_exception_handler({"message": "tâche", "exception": KeyError("clé")})
    finally:
        loop.close()
    qtbot.waitUntil(lambda: dialog.count == 3)
    # Qt's own warnings go to the log (no box).
    qWarning("avertissement de Qt pour le test")
    dialog.reject()

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL backoffice.crash" in text and "RuntimeError: boom" in text
    assert "ValueError: dans un fil" in text and "thread worker-test" in text
    assert "KeyError: 'clé'" in text
    assert "WARNING qt" in text and "avertissement de Qt pour le test" in text
    assert "Mdp-Crash" not in text


def test_about_names_the_log_and_opens_its_folder(
    qtbot: Any, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backoffice.services.permissions import Staff
    from backoffice.ui import about, crash
    from backoffice.ui.context import AppContext

    opened: list[str] = []
    monkeypatch.setattr(
        crash.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    staff = Staff(id=1, email="admin@boutique.fr", role="admin", prenom="A", nom="B")
    context = AppContext(runner=None, actor=staff, settings=None, database_label="démo")  # type: ignore[arg-type]
    box = about.show_about(QApplication.activeWindow(), [], context)
    qtbot.addWidget(box)
    assert str(log_file) in box.informativeText()
    from backoffice import __version__

    assert f"version {__version__}" in box.text()
    box.findChild(QPushButton, "openLogFolderButton").click()
    assert opened == [str(log_file.parent)]


@pytest.mark.slow
def test_ctrl_c_in_a_terminal_quits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        BACKOFFICE_LOG_DIR=str(tmp_path / "logs"),
    )
    env.pop("BACKOFFICE_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "backoffice", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = tmp_path / "logs" / "backoffice.log"
    try:
        # Running, past the demo's creation and at the sign-in window.
        for _ in range(600):
            if log.is_file() and "Sign-in window shown" in log.read_text(encoding="utf-8"):
                break
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "Traceback" not in err
    text = log.read_text(encoding="utf-8")
    assert "Interrupted (signal 2): quitting" in text
    assert "Traceback" not in text
