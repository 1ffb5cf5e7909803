"""Idle lock: after N minutes without mouse or keyboard, the window hides behind a lock screen.

The lock screen is an opaque overlay on top of the main window: the tabs underneath are
neither closed nor rebuilt, so a half-filled form is exactly as it was after unlocking.
Open dialogs are hidden (``hide()``, out of the accessibility tree too) and shown again,
with their contents, on unlock. The
password (and the code for two-factor accounts) is checked by ``auth.verify_unlock``
through the DbRunner.

Setting: ``security/idleLockMinutes`` in QSettings (default 30; 0 disables the lock).
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.ui.errors import user_message
from backoffice.ui.tasks import spawn

if TYPE_CHECKING:
    from backoffice.services.permissions import Staff
    from backoffice.ui.tasks import DbRunner

log = logging.getLogger(__name__)

SETTINGS_KEY = "security/idleLockMinutes"
DEFAULT_IDLE_MINUTES = 30.0

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes(settings: QSettings) -> float:
    try:
        value = float(settings.value(SETTINGS_KEY, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0.0, value)


class LockOverlay(QFrame):
    """The lock screen, a child of the main window covering all of it."""

    unlockRequested = Signal(str, str)  # password, code
    signOutRequested = Signal()

    def __init__(self, window: QMainWindow, staff: Staff, *, needs_code: bool) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(440)

        title = QLabel(self.tr("Session verrouillée"))
        title.setObjectName("lockTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self._name = staff.display_name
        self.why = who = QLabel()
        who.setObjectName("lockReason")
        who.setWordWrap(True)
        who.setTextFormat(Qt.TextFormat.PlainText)  # the member's name, as typed
        self.set_reason(manual=False)

        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(self.tr("Mot de passe"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setObjectName("lockTotp")
        self.code.setAccessibleName(self.tr("Code de vérification"))
        self.code.setPlaceholderText(self.tr("123456 ou code de secours"))
        self.code.setMaxLength(32)
        form = QFormLayout()
        form.addRow(self.tr("Mot de &passe :"), self.password)
        if needs_code:
            form.addRow(self.tr("&Code :"), self.code)
        self.code.setVisible(needs_code)

        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.unlock_button = QPushButton(self.tr("Déverrouiller"))
        self.unlock_button.setObjectName("lockSubmit")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Se déconnecter"))
        self.sign_out_button.setObjectName("lockSignOut")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(who)
        card_layout.addLayout(form)
        card_layout.addWidget(self.message)
        card_layout.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 0)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.code.returnPressed.connect(self._submit)
        self.sign_out_button.clicked.connect(self.signOutRequested)

    def _submit(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlockRequested.emit(self.password.text(), self.code.text().strip())

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Vérification…") if busy else self.tr("Déverrouiller"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_reason(self, *, manual: bool) -> None:
        """Say what happened: the member locked it, or it locked itself after idling."""
        if manual:
            text = self.tr(
                "Vous avez verrouillé le back-office. "
                "{0}, saisissez votre mot de passe pour reprendre là où vous en étiez."
            )
        else:
            text = self.tr(
                "Le back-office a été verrouillé après une période d'inactivité. "
                "{0}, saisissez votre mot de passe pour reprendre là où vous en étiez."
            )
        self.why.setText(text.format(self._name))

    def reset(self) -> None:
        self.password.clear()
        self.code.clear()
        self.show_message("")
        self.set_busy(False)


class IdleLock(QObject):
    """Watches application-wide input and locks ``window`` after the idle delay.

    ``lock_now()`` locks at once (menu entry, tests). While locked, the window's own widgets
    are disabled (so that their shortcuts, such as Ctrl+S in a form, cannot fire behind the
    lock screen) but keep their contents.
    """

    locked = Signal()
    unlocked = Signal()
    signOutRequested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        runner: DbRunner,
        staff: Staff,
        settings: QSettings,
        *,
        needs_code: bool = False,
        minutes: float | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.staff = staff
        self.settings = settings
        self._minutes = idle_minutes(settings) if minutes is None else minutes
        self._last_activity = time.monotonic()
        self._locked = False
        self._disabled: list[QWidget] = []
        # Dialogs hidden for real, and those only made transparent (see _hide_dialogs).
        self._hidden_dialogs: list[tuple[QDialog, Qt.WindowModality]] = []
        self._faded_dialogs: list[tuple[QDialog, float]] = []
        self._focus: QWidget | None = None

        self.overlay = LockOverlay(window, staff, needs_code=needs_code)
        self.overlay.hide()
        self.overlay.unlockRequested.connect(self._on_unlock_requested)
        self.overlay.signOutRequested.connect(self.signOutRequested)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check_idle)
        self._configure_timer()
        self._follow_database_policy()
        window.installEventFilter(self)  # to follow resizes
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # --- configuration ---------------------------------------------------------------

    def _follow_database_policy(self) -> None:
        """On a secured database the delay is the shop's policy: a member may choose a
        shorter one, not a longer one nor « never » (services/db_security)."""
        from backoffice.services.db_security import desk

        factory = getattr(self.runner, "session_factory", None)
        engine = factory.kw.get("bind") if factory is not None else None
        if engine is None or not desk.is_identity_engine(engine):
            return

        async def apply() -> None:
            limit = await self.runner.run(desk.lock_minutes)
            if limit:
                chosen = self._minutes if self._minutes > 0 else float(limit)
                self.set_minutes(min(chosen, float(limit)))

        spawn(apply(), on_error=lambda exc: log.warning("lock policy unread: %s", exc))

    @property
    def minutes(self) -> float:
        return self._minutes

    def set_minutes(self, minutes: float) -> None:
        self._minutes = max(0.0, minutes)
        self._configure_timer()

    def _configure_timer(self) -> None:
        if self._minutes <= 0:
            self._timer.stop()
            return
        # Checking a timestamp a few times per delay is cheaper than restarting a timer on
        # every mouse move.
        interval_ms = int(min(15_000, max(50, self._minutes * 60_000 / 4)))
        self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- idle detection ------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self._locked:
            self.overlay.setGeometry(self.window.rect())
        elif kind in _ACTIVITY_EVENTS and not self._locked:
            self._last_activity = time.monotonic()
        return False

    def _check_idle(self) -> None:
        if self._locked or self._minutes <= 0:
            return
        if time.monotonic() - self._last_activity >= self._minutes * 60:
            self.lock_now()

    # --- lock / unlock -------------------------------------------------------------------

    def lock_now(self, *, manual: bool = False) -> None:
        """Lock at once; ``manual`` when the member asked (menu, Ctrl+L), not the idle timer."""
        if self._locked:
            return
        self._locked = True
        log.info(
            "Locking the window %s", "at the member's request" if manual else "after inactivity"
        )
        self._focus = QApplication.focusWidget()
        self._disabled = []
        for widget in (self.window.centralWidget(), self.window.menuBar()):
            if widget is not None and widget.isEnabled():
                widget.setEnabled(False)
                self._disabled.append(widget)
        self._hide_dialogs()
        self.overlay.reset()
        self.overlay.set_reason(manual=manual)
        self.overlay.setGeometry(self.window.rect())
        self.overlay.show()
        self.overlay.raise_()
        self.overlay.password.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        if not self._locked:
            return
        self._locked = False
        self.overlay.hide()
        self.overlay.reset()
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self._show_dialogs()
        if self._focus is not None:
            # RuntimeError: the widget was deleted meanwhile.
            with contextlib.suppress(RuntimeError):
                self._focus.setFocus()
        self._focus = None
        self._last_activity = time.monotonic()
        self.unlocked.emit()

    def _hide_dialogs(self) -> None:
        """Hide the open dialogs, which would stay readable (on screen and to screen readers)
        beside the lock screen; their widgets, and so what was typed, are kept.

        The application opens its dialogs with ``open()`` (window-modal), which ``hide()``
        does not end. A dialog run with ``exec()`` (application-modal: a file chooser)
        would leave its loop and be cancelled by ``hide()``: that one is only made
        transparent and inert."""
        self._hidden_dialogs = []
        self._faded_dialogs = []
        for top in QApplication.topLevelWidgets():
            if not isinstance(top, QDialog) or not top.isVisible():
                continue
            if top.windowModality() == Qt.WindowModality.ApplicationModal:
                self._faded_dialogs.append((top, top.windowOpacity()))
                top.setWindowOpacity(0.0)
                top.setEnabled(False)
            else:
                # hide() drops the modality open() gave: it is given back before show().
                self._hidden_dialogs.append((top, top.windowModality()))
                top.hide()

    def _show_dialogs(self) -> None:
        for dialog, modality in self._hidden_dialogs:
            # RuntimeError: the dialog was deleted meanwhile (its screen closed).
            with contextlib.suppress(RuntimeError):
                dialog.setWindowModality(modality)
                dialog.show()
        for dialog, opacity in self._faded_dialogs:
            with contextlib.suppress(RuntimeError):
                dialog.setEnabled(True)
                dialog.setWindowOpacity(opacity)
        self._hidden_dialogs = []
        self._faded_dialogs = []

    def _on_unlock_requested(self, password: str, code: str) -> None:
        if not password:
            self.overlay.show_message(self.tr("Saisissez votre mot de passe."))
            return
        spawn(self.try_unlock(password, code or None), on_error=self._on_error)

    async def try_unlock(self, password: str, code: str | None = None) -> bool:
        from backoffice.services import auth

        self.overlay.set_busy(True)
        try:
            result = await self.runner.run(auth.verify_unlock, self.staff, password, code)
        finally:
            self.overlay.set_busy(False)
        if result is False:
            self.overlay.show_message(self.tr("Mot de passe incorrect."))
            self.overlay.password.selectAll()
            return False
        self.unlock()
        return True

    def _on_error(self, exc: BaseException) -> None:
        message = user_message(exc)
        self.overlay.show_message(message)
        self.overlay.password.selectAll()
        self.overlay.password.setFocus()
