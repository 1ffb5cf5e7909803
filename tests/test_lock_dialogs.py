"""The lock screen hides open dialogs for real and gives them back, contents kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from backoffice.services.permissions import Staff
from backoffice.ui.lock import IdleLock

STAFF = Staff(id=1, email="a@example.test", role="admin", prenom="Ada", nom="L", session_id=1)


def _window(qtbot: Any, tmp_path: Any) -> tuple[QMainWindow, IdleLock]:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    window.show()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    lock = IdleLock(window, None, STAFF, settings, minutes=0)  # type: ignore[arg-type]
    return window, lock


def _dialog(parent: QWidget) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    return dialog, edit


def test_open_dialogs_are_hidden_and_come_back_with_their_text(qtbot: Any, tmp_path: Any) -> None:
    window, lock = _window(qtbot, tmp_path)
    dialog, edit = _dialog(window)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.open()  # as the application opens its dialogs (ui.dialogs.run_dialog)
    qtbot.waitExposed(dialog)
    edit.setText("remise de 10 % pour Mme Durand")

    lock.lock_now()
    assert lock.is_locked
    assert not dialog.isVisible()  # hidden, not merely transparent
    assert dialog.windowOpacity() == 1.0

    lock.unlock()
    assert dialog.isVisible()
    assert edit.text() == "remise de 10 % pour Mme Durand"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # still modal
    assert finished == []  # never ended, so never cancelled
    lock.stop()


def test_an_application_modal_dialog_is_faded_not_ended(qtbot: Any, tmp_path: Any) -> None:
    # A dialog run with exec() would leave its loop when hidden: only faded and disabled.
    window, lock = _window(qtbot, tmp_path)
    dialog, edit = _dialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    edit.setText("gardé")
    lock.lock_now()
    assert dialog.isVisible() and not dialog.isEnabled()
    assert dialog.windowOpacity() == 0.0
    lock.unlock()
    assert dialog.isEnabled() and dialog.windowOpacity() == 1.0
    assert edit.text() == "gardé"
    lock.stop()
