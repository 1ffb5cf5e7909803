"""The main window: one tab per view the member may use, a status bar, the idle lock.

Tabs come from the views the application hands over (the registry's), filtered by the
member's permissions, and are built the first time they are shown (opening the application
does not query every table). Losing the database connection tears nothing down: a banner
and the status bar say so, what the member typed stays, and the next action reconnects (the
engine pings pooled connections first).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backoffice.labels import role_label
from backoffice.ui.errors import translated, user_message
from backoffice.ui.formatting import plain_tooltip
from backoffice.ui.lock import IdleLock
from backoffice.ui.openers import can_open, open_record
from backoffice.ui.style import icon
from backoffice.ui.tasks import spawn

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from backoffice.ui.context import AppContext
    from backoffice.views.registry import ViewSpec

log = logging.getLogger(__name__)

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
LAST_TAB_KEY = "mainWindow/lastTab"
BUSY_DELAY_MS = 250  # short operations should not make the indicator flicker


def _ping(session: Session) -> None:
    from sqlalchemy import text

    session.execute(text("SELECT 1"))


class LazyTab(QWidget):
    """Placeholder for a view, replaced by the real widget the first time it is shown."""

    def __init__(self, spec: ViewSpec, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.context = context
        self.view: QWidget | None = None
        self.setObjectName(f"tab_{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self.view is not None

    def ensure_built(self) -> QWidget:
        if self.view is None:
            try:
                view = self.spec.factory(self.context)
            except Exception as exc:
                # One broken tab must not take the whole window down.
                log.exception("Could not build the %s tab", self.spec.key)
                view = QLabel(
                    self.tr("Cet onglet n'a pas pu s'ouvrir : {0}").format(user_message(exc))
                )
                view.setObjectName("tabError")
                view.setTextFormat(Qt.TextFormat.PlainText)
                view.setAlignment(Qt.AlignmentFlag.AlignCenter)
                view.setWordWrap(True)
            self.view = view
            self.layout().addWidget(view)
        return self.view


class MainWindow(QMainWindow):
    """Emits what the member asks for; the application shell decides what happens next."""

    signOutRequested = Signal()
    changeConnectionRequested = Signal()
    quitRequested = Signal()

    def __init__(
        self,
        context: AppContext,
        views: Sequence[ViewSpec] = (),
        *,
        lock_needs_code: bool = False,
        idle_minutes: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self._closing_quietly = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Back-office — {0}").format(context.database_label))
        self.setMinimumSize(QSize(640, 420))

        # --- central area: connection banner above the tabs -----------------------------
        self.banner = QFrame()
        self.banner.setObjectName("connectionBanner")
        self.banner_label = QLabel()
        self.banner_label.setObjectName("connectionBannerText")
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Vérifier la connexion"))
        self.retry_button.setObjectName("connectionRetry")
        self.retry_button.clicked.connect(self.check_connection)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.retry_button)
        self.banner.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        # The application passes the registered views: this module imports no view.
        permissions = context.actor.permissions
        self.specs = [spec for spec in views if spec.permission in permissions]
        for spec in self.specs:
            tab = LazyTab(spec, context)
            self.tabs.addTab(tab, icon(spec.icon, self), translated(spec.title))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.background: list[object] = []
        for spec in self.specs:
            if spec.background is not None:
                try:
                    self.background.append(spec.background(context, self))
                except Exception:  # a tab's background work must not stop the window
                    log.exception("Could not start the %s tab's background work", spec.key)

        self.empty_label = QLabel(
            self.tr("Votre rôle ne donne accès à aucun onglet. Contactez un administrateur.")
        )
        self.empty_label.setObjectName("noTabs")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(not self.specs)
        self.tabs.setVisible(bool(self.specs))

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        central_layout.addWidget(self.empty_label, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()

        runner = context.runner
        runner.connectionLost.connect(self.on_connection_lost)
        runner.connectionRestored.connect(self.on_connection_restored)
        runner.busyChanged.connect(self.on_busy_changed)

        self.idle_lock = IdleLock(
            self,
            runner,
            context.actor,
            self.settings,
            needs_code=lock_needs_code,
            minutes=idle_minutes,
        )
        self.idle_lock.signOutRequested.connect(self.signOutRequested)

        self.restore_state()

    # --- construction ----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        # The shell opens the connection dialog over this window: nothing ends until the
        # member has chosen another database and confirmed.
        self.connect_action = QAction(self.tr("&Connexion à une base…"), self)
        self.connect_action.triggered.connect(self.changeConnectionRequested)
        self.lock_action = QAction(self.tr("&Verrouiller"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock_now(manual=True))
        self.sign_out_action = QAction(self.tr("Se &déconnecter"), self)
        self.sign_out_action.triggered.connect(self.signOutRequested)
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        # Every member reaches the language from here (and the catalog's settings).
        self.preferences_action = QAction(self.tr("&Préférences…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        file_menu.addAction(self.preferences_action)
        # The shop's settings, for the members who may read them: the Factures tab's dialog,
        # reached through its opener (this window imports no view).
        self.shop_settings_action: QAction | None = None
        if can_open(self.context, "parametres_boutique"):
            self.shop_settings_action = QAction(self.tr("Paramètres de la &boutique…"), self)
            self.shop_settings_action.triggered.connect(self.show_shop_settings)
            file_menu.addAction(self.shop_settings_action)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.about_action = QAction(self.tr("À &propos…"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_shop_settings(self) -> None:
        task = open_record(self.context, "parametres_boutique", 0)
        if task is not None:
            spawn(task, parent=self)  # type: ignore[arg-type]  # a failure is shown

    def show_preferences(self) -> QDialog:
        from backoffice.ui.preferences import PreferencesDialog, preferences_for

        dialog = PreferencesDialog(preferences_for(self.settings), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        actor = self.context.actor
        self.user_label = QLabel(f"{actor.display_name} — {translated(role_label(actor.role))}")
        self.user_label.setObjectName("statusUser")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)  # a member's own name
        self.user_label.setToolTip(plain_tooltip(actor.email))
        self.database_label = QLabel(self.tr("Base : {0}").format(self.context.database_label))
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("statusConnection")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("statusBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Opération en cours"))
        self.busy_bar.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.connection_label)
        self._set_connection_state(connected=True)

    # --- tabs ---------------------------------------------------------------------------

    def tab_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def tab_for(self, key: str) -> LazyTab | None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, LazyTab) and tab.spec.key == key:
                return tab
        return None

    def set_tab_title(self, key: str, title: str) -> None:
        """The title of tab ``key`` (« Conversations (3) »: a count the tab keeps)."""
        tab = self.tab_for(key)
        if tab is not None:
            self.tabs.setTabText(self.tabs.indexOf(tab), title)

    def select_tab(self, key: str) -> bool:
        tab = self.tab_for(key)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        tab.ensure_built()
        return True

    def current_tab_key(self) -> str | None:
        tab = self.tabs.currentWidget()
        return tab.spec.key if isinstance(tab, LazyTab) else None

    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab):
            tab.ensure_built()
            self.settings.setValue(LAST_TAB_KEY, tab.spec.key)

    # --- open work ------------------------------------------------------------------------

    def unsaved_forms(self) -> list[str]:
        """The titles of the open forms holding unsaved changes (« Produit — Bol en grès »),
        which signing out or changing database would lose."""
        from backoffice.ui.forms.screen import FormScreen

        titles: list[str] = []
        for form in self.findChildren(FormScreen):
            if not (form.dirty or form.busy) or not form.isVisible():
                continue
            top = form.window()
            title = top.windowTitle().removesuffix(" *") if top is not self else ""
            titles.append(title or translated(form.spec.title))
        return titles

    def open_windows(self) -> list[QWidget]:
        """The windows open over this one (record forms, sheets, dialogs), which close with
        it; message boxes aside."""
        return [
            widget
            for widget in self.findChildren(QWidget)
            if widget.isWindow() and widget.isVisible() and not isinstance(widget, QMessageBox)
        ]

    # --- persistence ----------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        last = self.settings.value(LAST_TAB_KEY)
        if not (isinstance(last, str) and self.select_tab(last)) and self.specs:
            self.tabs.setCurrentIndex(0)
            self._on_tab_changed(0)

    def save_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        key = self.current_tab_key()
        if key:
            self.settings.setValue(LAST_TAB_KEY, key)
        self.settings.sync()

    def close_quietly(self) -> None:
        """Closes without asking the shell to quit (sign-out, session ended, new database)."""
        self._closing_quietly = True
        self.idle_lock.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_state()
        event.accept()
        if not self._closing_quietly:
            self.idle_lock.stop()
            self.quitRequested.emit()

    # --- connection state and busy indicator ------------------------------------------

    def _set_connection_state(self, *, connected: bool) -> None:
        if connected:
            self.connection_label.setText(self.tr("● Connecté"))
            self.connection_label.setToolTip(self.tr("La base de données répond."))
        else:
            self.connection_label.setText(self.tr("● Connexion perdue"))
            self.connection_label.setToolTip(plain_tooltip(self.banner_label.text()))
        self.connection_label.setProperty("connected", connected)
        style = self.connection_label.style()
        style.unpolish(self.connection_label)
        style.polish(self.connection_label)

    @property
    def connected(self) -> bool:
        return bool(self.connection_label.property("connected"))

    def on_connection_lost(self, message: str) -> None:
        self.banner_label.setText(
            message
            or self.tr(
                "Connexion à la base perdue. Vérifiez le réseau ; la prochaine action "
                "tentera de se reconnecter."
            )
        )
        self.banner.show()
        self._set_connection_state(connected=False)

    def on_connection_restored(self) -> None:
        self.banner.hide()
        self._set_connection_state(connected=True)
        self.statusBar().showMessage(self.tr("Connexion à la base rétablie."), 5000)

    def check_connection(self) -> None:
        """A trivial query: on success the runner emits connectionRestored."""

        async def ping() -> None:
            self.retry_button.setEnabled(False)
            try:
                await self.context.runner.run(_ping)
            finally:
                self.retry_button.setEnabled(True)

        spawn(ping(), on_error=lambda exc: log.info("Still disconnected: %s", exc))

    def on_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    # --- help -------------------------------------------------------------------------------

    def show_about(self) -> None:
        from backoffice.ui.about import show_about  # version, tabs, base, the log's folder

        show_about(self, self.specs, self.context)
