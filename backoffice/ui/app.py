"""The application shell: Qt + asyncio (qasync), choosing the database, sign-in, main window.

Everything after start-up is one coroutine (:meth:`Shell.run`) on the qasync loop. Dialogs
are shown with ``open()``/``show()`` and awaited through a future, never ``exec()``: a
nested event loop inside an asyncio task would let other tasks re-enter, which asyncio
refuses. Database work goes through the DbRunner (or ``run_in_executor`` before one
exists), so the window never freezes on a slow server.

« Connexion à une base… » opens its dialog over the working window: the session ends only
on a confirmed switch (:mod:`~backoffice.ui.database_switch`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget
from sqlalchemy.engine import Engine, make_url

from backoffice import config, migrations
from backoffice.db import make_engine, make_replica_router, make_session_factory
from backoffice.ui.database_checks import (
    SchemaError,
    check_schema,
    create_demo_database,
    database_label,
    delete_demo_database,
    demo_upgrade_failure_text,
    open_failure_text,
    use_demo_media,
)
from backoffice.ui.database_switch import DatabaseChoice, offer_database_switch
from backoffice.ui.dialogs import ask, tell
from backoffice.ui.errors import translated, user_message
from backoffice.ui.identity import desk_runner
from backoffice.ui.language import install_language
from backoffice.ui.settings_store import app_settings
from backoffice.ui.style import app_icon, apply_stylesheet

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from backoffice.connections import ConnectionProfile
    from backoffice.services.permissions import Staff
    from backoffice.ui.main_window import MainWindow
    from backoffice.ui.tasks import DbRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

ORGANIZATION = "Boutique"
APPLICATION = "backoffice"


async def dialog_result(dialog: QDialog) -> int:
    """Shows ``dialog`` and waits for it to close without a nested event loop."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    try:
        return await future
    finally:
        dialog.finished.disconnect(finished)


async def message(parent: QWidget | None, title: str, text: str, *, warning: bool = True) -> None:
    # The text may quote a driver's error or a file path: shown as typed.
    await tell(parent, title, text, warning=warning)


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """Blocking work (migrations, the demo seed, the first connection) off the GUI thread."""
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


# --- the shell --------------------------------------------------------------------------


class Shell(QObject):
    """Runs the whole session flow: database → sign-in → main window → … → quit."""

    def __init__(
        self,
        *,
        database_url: str | None,
        demo: bool,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cli_url = database_url
        self.demo = demo
        self.settings = settings or app_settings()  # the one configuration folder
        self.current_staff: Staff | None = None
        self.window: MainWindow | None = None
        self.runner: DbRunner | None = None
        self._client: Any = None
        # The database the session runs on, and the one a confirmed switch goes to.
        self.current_database: DatabaseChoice | None = None
        self.next_database: DatabaseChoice | None = None
        self._switching: asyncio.Task[Any] | None = None

    # The runner's guard: every operation first checks that the member's session still
    # exists (revoked elsewhere, role changed); skipped while nobody is signed in.
    def session_guard(self, session: Session) -> None:
        staff = self.current_staff
        if staff is not None:
            from backoffice.services.auth import touch_session

            touch_session(session, staff)

    async def run(self) -> int:
        target: DatabaseChoice | None = None  # None: the start-up database
        fallback: DatabaseChoice | None = None  # the base left by a switch
        while True:
            chosen = await self.choose_database(target)
            if chosen is None and fallback is not None:
                # The new base could not be opened after all and the member gave up: back
                # to the one they left (signing in again).
                target, fallback = fallback, None
                continue
            if chosen is None:
                return 0
            engine, label = chosen
            fallback = None
            try:
                outcome = await self.session_loop(engine, label)
            finally:
                # Closing pooled connections can wait on the network: not on the GUI thread.
                await in_thread(engine.dispose)
            if outcome == "quit" or self.next_database is None:
                return 0
            # "change": a switch the member confirmed (offer_database_switch).
            fallback, target, self.next_database = self.current_database, self.next_database, None

    # --- database ----------------------------------------------------------------------

    async def choose_database(
        self, target: DatabaseChoice | None = None, *, notice: str = ""
    ) -> tuple[Engine, str] | None:
        """An engine on a reachable, migrated database, or None if the user gave up:
        ``target`` (chosen in the window), else the start-up one."""
        if (target is None and self.demo) or (target is not None and target.demo):
            self.apply_shop_timezone(None)
            return await self.open_demo_database()

        url: str | None = None
        # The saved profile the URL comes from: its shop time zone applies. None for
        # --database-url and BACKOFFICE_DATABASE_URL.
        profile: ConnectionProfile | None = None
        if target is not None:
            url, profile = target.url, target.profile
        else:
            url, profile = await self.startup_url()
        # Pre-fill the dialog with what did not work.
        failed_url: str | None = None
        failed_profile: ConnectionProfile | None = None
        while True:
            if url is None:
                asked = await self.ask_connection(notice, failed_url, failed_profile)
                if asked is None:
                    return None
                url, profile = asked
            try:
                # Before make_engine: the engine gives the zone to the database session.
                self.apply_shop_timezone(profile)
            except ValueError as exc:  # UnknownTimeZone: a hand-edited profile
                notice = translated(getattr(exc, "message", str(exc)))
                failed_url, failed_profile, url = url, profile, None
                continue
            engine = make_engine(url)
            try:
                await in_thread(check_schema, engine)
            except Exception as exc:
                await in_thread(engine.dispose)
                if not isinstance(exc, SchemaError):
                    log.warning("Cannot open %s: %s", database_label(url), exc)
                notice, failed_url, failed_profile = open_failure_text(exc), url, profile
                url = None
                continue
            self.current_database = DatabaseChoice(url, profile)
            return engine, database_label(url)

    async def startup_url(self) -> tuple[str | None, ConnectionProfile | None]:
        """The URL to open first (same order as ``config.resolve_database_url``) and the
        saved profile it comes from, if it does."""
        if url := config.resolve_database_url(self.cli_url):
            return url, None
        from backoffice.connections import load_default_connection

        # The profile's password is in the keyring (D-Bus on Linux): off the GUI thread.
        found = await in_thread(load_default_connection)
        return (found[1], found[0]) if found else (None, None)

    @staticmethod
    def apply_shop_timezone(profile: ConnectionProfile | None) -> None:
        """The profile's shop time zone, or BACKOFFICE_SHOP_TIMEZONE (else Europe/Paris)
        for a URL given directly; raises UnknownTimeZone for an unknown name."""
        from backoffice import shop_time

        if profile is not None:
            shop_time.set_shop_timezone(profile.shop_timezone)
        else:
            shop_time.set_shop_timezone(
                os.environ.get(shop_time.ENV_SHOP_TIMEZONE) or shop_time.DEFAULT_SHOP_TIMEZONE
            )

    async def open_demo_database(self) -> tuple[Engine, str] | None:
        """The demo database, created on first use and brought up to date.

        A demo database this version cannot upgrade (made by a newer version: its
        ``alembic_version`` names an unknown revision) is not a crash: the member is told
        so and may re-create it from scratch, or quit.
        """
        rebuilt = False
        while True:
            url = await self.ensure_demo_database()
            if url is None:
                return None
            engine = make_engine(url)
            try:
                await in_thread(check_schema, engine)
            except SchemaError:
                # The demo database is ours: bring an older one up to date.
                try:
                    await in_thread(migrations.upgrade, url)
                except Exception as exc:
                    log.warning("Could not upgrade the demo database: %s", exc)
                    await in_thread(engine.dispose)
                    if rebuilt:
                        await message(
                            None,
                            self.tr("Base de démonstration"),
                            demo_upgrade_failure_text(exc) + "\n" + str(exc),
                        )
                        return None
                    if not await self.offer_demo_rebuild(exc):
                        return None
                    await in_thread(delete_demo_database, config.demo_database_path())
                    rebuilt = True
                    continue
            except Exception as exc:
                await in_thread(engine.dispose)
                await message(None, self.tr("Base de démonstration"), user_message(exc))
                return None
            self.current_database = DatabaseChoice(url, demo=True)
            use_demo_media(self.settings, config.demo_database_path())
            return engine, database_label(url, demo=True)

    async def offer_demo_rebuild(self, exc: BaseException) -> bool:
        """Asks whether to re-create the demo database (True) or to quit (False)."""
        return await ask(
            None,
            self.tr("Base de démonstration"),
            demo_upgrade_failure_text(exc),
            self.tr("Recréer la base de démonstration"),
            self.tr("Quitter"),
            warning=True,
            informative=self.tr(
                "Vous pouvez la recréer : les données de démonstration d'origine seront "
                "reconstruites et les changements faits dans la démonstration seront perdus. "
                "Ou quittez, puis ouvrez-la avec la version du back-office qui l'a créée."
            ),
            details=str(exc),
            object_name="demoRebuildBox",
            yes_name="rebuildDemoButton",
            no_name="quitButton",
        )

    async def ask_connection(
        self,
        notice: str = "",
        failed_url: str | None = None,
        failed_profile: ConnectionProfile | None = None,
        *,
        parent: QWidget | None = None,
    ) -> tuple[str, ConnectionProfile] | None:
        """The connection dialog (over ``parent``, modal to it, when given); the URL and the
        saved profile, or None if cancelled."""
        from backoffice.connections import profile_from_url, url_string
        from backoffice.shop_time import shop_timezone
        from backoffice.ui.connection_dialog import ConnectionDialog

        profile, password = failed_profile, None
        if failed_url:
            parsed = make_url(failed_url)
            if failed_profile is not None:
                password = parsed.password
            elif parsed.get_backend_name() in ("postgresql", "mysql", "mariadb"):
                # A URL given directly: its zone is the one in use (BACKOFFICE_SHOP_TIMEZONE).
                profile, password = profile_from_url(failed_url, shop_timezone=shop_timezone().key)
        dialog = ConnectionDialog(profile, password=password, message=notice, parent=parent)
        if parent is not None:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if notice:
            dialog.show_status(notice, error=True)
        try:
            if await dialog_result(dialog) != QDialog.DialogCode.Accepted:
                return None
            if dialog.url is None or dialog.profile is None:
                return None
            return url_string(dialog.url), dialog.profile
        finally:
            dialog.deleteLater()

    async def ensure_demo_database(self) -> str | None:
        path = config.demo_database_path()
        url = config.demo_database_url()
        if path.exists():
            return url
        progress = QProgressDialog(self.tr("Création de la base de démonstration…"), "", 0, 0)
        progress.setObjectName("demoProgress")
        progress.setWindowTitle(self.tr("Back-office — démonstration"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()
        loop = asyncio.get_running_loop()

        def out(line: str) -> None:
            # Called on the worker thread: hand the text to the GUI thread.
            text = self.tr("Création de la base de démonstration…") + "\n" + line
            loop.call_soon_threadsafe(progress.setLabelText, text)

        try:
            await in_thread(create_demo_database, path, out)
        except Exception as exc:
            log.exception("Could not create the demo database")
            progress.close()
            await message(
                None,
                self.tr("Base de démonstration"),
                self.tr("La base de démonstration n'a pas pu être créée : {0}").format(
                    user_message(exc, log_unexpected=False)
                ),
            )
            return None
        finally:
            progress.close()
            progress.deleteLater()
        return url

    # --- sign-in and main window -------------------------------------------------------

    async def session_loop(self, engine: Engine, label: str) -> str:
        """Sign-in → main window, repeated after sign-out; returns "quit" or "change"."""
        from backoffice.services import auth
        from backoffice.services.demo.accounts import DEMO_ADMIN
        from backoffice.ui.login import LoginDialog, sign_in_hint
        from backoffice.ui.tasks import DbRunner

        # Lists, counts and searches from the read replica the URL may name (db_topology).
        choice = self.current_database
        replica = await in_thread(make_replica_router, choice.url if choice else None)
        runner = DbRunner(
            make_session_factory(engine), session_guard=self.session_guard, replica=replica
        )
        self.runner = runner
        if self._client is None:
            self._client = await in_thread(auth.this_computer)
        demo = self.current_database is not None and self.current_database.demo
        email = DEMO_ADMIN.email if demo else str(self.settings.value("login/email", ""))
        hint = sign_in_hint(demo=demo)
        notice = ""
        try:
            while True:
                login = LoginDialog(
                    runner,
                    email=email,
                    database_label=label,
                    message=notice,
                    hint=hint,
                    client=self._client,
                )
                try:
                    accepted = await dialog_result(login) == QDialog.DialogCode.Accepted
                    signed_in = login.signed_in
                    used_code = login.used_second_factor
                    email = login.email.text().strip() or email
                finally:
                    login.deleteLater()
                if not accepted or signed_in is None:
                    return "quit"
                if not demo:
                    self.settings.setValue("login/email", email)
                staff = signed_in.staff
                self.current_staff = staff
                async with desk_runner(engine, signed_in, runner, self.session_guard) as desk:
                    outcome, notice = await self.main_window(desk.runner, staff, label, used_code)
                    self.current_staff = None
                    desk.sign_out = outcome != "ended"  # best effort, quietly, on leaving
                if outcome in ("quit", "change"):
                    return outcome
        finally:
            self.current_staff = None
            self.runner = None
            runner.shutdown(wait=False)
            if replica is not None:
                await in_thread(replica.dispose)

    async def main_window(
        self, runner: DbRunner, staff: Staff, label: str, used_code: bool
    ) -> tuple[str, str]:
        """Shows the main window until sign-out, quit, a new database or the session ends."""
        from backoffice.services import auth
        from backoffice.ui.context import AppContext
        from backoffice.ui.main_window import MainWindow
        from backoffice.views.all import all_views

        try:
            needs_code = await runner.run(auth.requires_second_factor, staff)
        except Exception:
            needs_code = used_code
        context = AppContext(
            runner=runner, actor=staff, settings=self.settings, database_label=label
        )
        window = MainWindow(context, all_views(), lock_needs_code=needs_code)
        self.window = window
        future: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()

        def finish(outcome: str, text: str = "") -> None:
            if not future.done():
                future.set_result((outcome, text))

        window.signOutRequested.connect(lambda: finish("signout"))
        window.quitRequested.connect(lambda: finish("quit"))

        def change_requested() -> None:
            # The dialog is modal to the window: a second request can only come from code.
            if self._switching is not None and not self._switching.done():
                return

            async def switch() -> None:
                if await offer_database_switch(self, window, label):
                    finish("change")

            from backoffice.ui.tasks import spawn

            self._switching = spawn(switch(), parent=window)

        window.changeConnectionRequested.connect(change_requested)

        def ended(text: str) -> None:
            finish("ended", text)

        runner.sessionEnded.connect(ended)
        window.show()
        try:
            return await future
        finally:
            if self._switching is not None and not self._switching.done():
                self._switching.cancel()  # the session ended meanwhile: no switch
            self._switching = None
            runner.sessionEnded.disconnect(ended)
            window.close_quietly()
            window.deleteLater()
            self.window = None


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("boutique.fr")
    app.setApplicationName(APPLICATION)
    # No applicationDisplayName: Qt would append it to every window title, which already
    # say "Back-office — …".
    install_language(app, app_settings())  # --lang, Préférences, system
    apply_stylesheet(app)
    app.setWindowIcon(app_icon())
    # The shell decides when to quit: between the sign-in dialog closing and the main
    # window opening there is a moment with no window, which must not end the program.
    app.setQuitOnLastWindowClosed(False)


def run_gui(database_url: str | None, demo: bool, *, smoke_test: bool = False) -> int:
    # The qasync loop, crash hooks, Ctrl+C, --smoke-test.
    from backoffice.ui.lifecycle import make_event_loop, run_shell

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_application(app)
    loop = make_event_loop(app)
    shell = Shell(database_url=database_url, demo=demo)
    return run_shell(app, loop, shell, smoke_test=smoke_test)
