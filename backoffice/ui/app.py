"""The application shell: Qt + asyncio (qasync), choosing the database, sign-in, main window.

Everything after start-up is one coroutine (:meth:`Shell.run`) on the qasync loop. Dialogs
are shown with ``open()``/``show()`` and awaited through a future, never ``exec()``: a
nested event loop inside an asyncio task would let other tasks re-enter, which asyncio
refuses. Database work goes through the DbRunner (or ``run_in_executor`` before one
exists), so the window never freezes on a slow server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget
from sqlalchemy.engine import Engine, make_url

from backoffice import config, migrations, schema_profile
from backoffice.db import make_engine, make_session_factory
from backoffice.ui.dialogs import ask, tell
from backoffice.ui.errors import is_connection_error, user_message
from backoffice.ui.style import app_icon, apply_stylesheet, install_french

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
DEMO_LABEL = "démo"


def tr(text: str) -> str:
    return QCoreApplication.translate("Shell", text)


def database_label(url: str, *, demo: bool = False) -> str:
    """``démo``, ``host/database`` for a server, the file name for SQLite."""
    if demo:
        return tr(DEMO_LABEL)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "").name or "sqlite"
    return f"{parsed.host or 'localhost'}/{parsed.database or ''}"


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


# --- demo database --------------------------------------------------------------------


def create_demo_database(path: Path, out: Callable[[str], None]) -> None:
    """Migrate and seed a new demo database (worker thread).

    Built under a temporary name and renamed at the end, so that an interrupted first run
    never leaves a half-filled demo database that would be opened next time.
    """
    from backoffice.services.demo import seed_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    url = f"sqlite:///{building}"
    out(tr("Création du schéma…"))
    migrations.upgrade(url)
    engine = make_engine(url, statement_timeout_ms=None)
    try:
        out(tr("Ajout des produits, clients et commandes de démonstration…"))
        seed_demo(engine, scale="small", out=lambda line: log.info("demo: %s", line))
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    os.replace(building, path)


def delete_demo_database(path: Path) -> None:
    """Removes the demo database file and its WAL side files (worker thread)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def demo_upgrade_failure_text(exc: BaseException) -> str:
    """Why the demo database cannot be brought up to date, in French."""
    from alembic.util import CommandError

    if isinstance(exc, CommandError) and "locate revision" in str(exc):
        # alembic_version names a revision this version does not know.
        return tr(
            "La base de démonstration a été créée par une version plus récente du "
            "back-office : cette version ne peut pas l'ouvrir."
        )
    return tr("La base de démonstration n'a pas pu être mise à jour pour cette version.")


class SchemaError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_schema(engine: Engine) -> None:
    """Raises SchemaError (French) when the database is not at this version's revision."""
    from backoffice.migrations.schema_state import DbState, detect_state

    with engine.connect() as connection:
        status = detect_state(connection)
    if status.up_to_date:
        schema_profile.refresh(engine)  # tables made since the engine first connected
        return
    if status.state is DbState.WEBSITE:
        raise SchemaError(
            tr(
                "Cette base est celle du site de la boutique, mais le back-office ne l'a pas "
                "encore adoptée. Un administrateur doit lancer « backoffice-cli db upgrade "
                "--dry-run » (pour voir ce qui sera ajouté), puis « backoffice-cli db "
                "upgrade » sur cette base : rien du site n'est modifié."
            )
        )
    if status.state is DbState.EMPTY:
        raise SchemaError(
            tr(
                "Cette base de données est vide. Un administrateur doit d'abord lancer "
                "« backoffice-cli db upgrade » sur cette base."
            )
        )
    if status.state is DbState.FOREIGN:
        raise SchemaError(
            tr(
                "Cette base ne contient pas le schéma de la boutique (tables absentes : {0}). "
                "Vérifiez le nom de la base dans la connexion."
            ).format(", ".join(status.missing_seed_tables))
        )
    if status.state is DbState.NEWER:
        raise SchemaError(
            tr(
                "Cette base (révision {0}) a été mise à jour par une version plus récente du "
                "back-office. Installez la dernière version du back-office."
            ).format(status.revision)
        )
    raise SchemaError(
        tr(
            "Le schéma de cette base (révision {0}) ne correspond pas à cette version du "
            "back-office (révision {1}). Un administrateur doit lancer « backoffice-cli db "
            "upgrade », ou installez la version du back-office qui correspond à la base."
        ).format(status.revision, status.head)
    )


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
        self.settings = settings or QSettings(ORGANIZATION, APPLICATION)
        self.current_staff: Staff | None = None
        self.window: MainWindow | None = None
        self.runner: DbRunner | None = None
        self._client: Any = None

    # The runner's guard: every operation first checks that the member's session still
    # exists (revoked elsewhere, role changed); skipped while nobody is signed in.
    def session_guard(self, session: Session) -> None:
        staff = self.current_staff
        if staff is not None:
            from backoffice.services.auth import touch_session

            touch_session(session, staff)

    async def run(self) -> int:
        force_dialog = False
        while True:
            chosen = await self.choose_database(force_dialog=force_dialog)
            if chosen is None and force_dialog:
                # "Connexion à une base…" then Annuler: back to the database of the start.
                force_dialog = False
                continue
            if chosen is None:
                return 0
            engine, label = chosen
            try:
                outcome = await self.session_loop(engine, label)
            finally:
                # Closing pooled connections can wait on the network: not on the GUI thread.
                await in_thread(engine.dispose)
            if outcome == "quit":
                return 0
            # "change": the member asked for another database.
            force_dialog = True

    # --- database ----------------------------------------------------------------------

    async def choose_database(
        self, *, force_dialog: bool = False, notice: str = ""
    ) -> tuple[Engine, str] | None:
        """An engine on a reachable, migrated database, or None if the user gave up."""
        if self.demo and not force_dialog:
            self.apply_shop_timezone(None)
            return await self.open_demo_database()

        url: str | None = None
        # The saved profile the URL comes from: its shop time zone applies. None for
        # --database-url and BACKOFFICE_DATABASE_URL.
        profile: ConnectionProfile | None = None
        if not force_dialog:
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
                notice, failed_url, failed_profile, url = str(exc), url, profile, None
                continue
            engine = make_engine(url)
            try:
                await in_thread(check_schema, engine)
            except SchemaError as exc:
                await in_thread(engine.dispose)
                notice, failed_url, failed_profile, url = exc.message, url, profile, None
                continue
            except Exception as exc:
                await in_thread(engine.dispose)
                log.warning("Cannot open %s: %s", database_label(url), exc)
                from backoffice.ui.connection_dialog import describe_connection_error

                notice = (
                    describe_connection_error(exc)
                    # PyMySQL: "Can't connect to MySQL server on 'db' (timed out)".
                    if is_connection_error(exc) or "connect" in str(exc).lower()
                    else user_message(exc)
                )
                failed_url, failed_profile, url = url, profile, None
                continue
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
                            tr("Base de démonstration"),
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
                await message(None, tr("Base de démonstration"), user_message(exc))
                return None
            return engine, database_label(url, demo=True)

    async def offer_demo_rebuild(self, exc: BaseException) -> bool:
        """Asks whether to re-create the demo database (True) or to quit (False)."""
        return await ask(
            None,
            tr("Base de démonstration"),
            demo_upgrade_failure_text(exc),
            tr("Recréer la base de démonstration"),
            tr("Quitter"),
            warning=True,
            informative=tr(
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
    ) -> tuple[str, ConnectionProfile] | None:
        """The connection dialog; the URL and the saved profile, or None if cancelled."""
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
        dialog = ConnectionDialog(profile, password=password, message=notice)
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
        progress = QProgressDialog(tr("Création de la base de démonstration…"), "", 0, 0)
        progress.setObjectName("demoProgress")
        progress.setWindowTitle(tr("Back-office — démonstration"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()
        loop = asyncio.get_running_loop()

        def out(line: str) -> None:
            # Called on the worker thread: hand the text to the GUI thread.
            text = tr("Création de la base de démonstration…") + "\n" + line
            loop.call_soon_threadsafe(progress.setLabelText, text)

        try:
            await in_thread(create_demo_database, path, out)
        except Exception as exc:
            log.exception("Could not create the demo database")
            progress.close()
            await message(
                None,
                tr("Base de démonstration"),
                tr("La base de démonstration n'a pas pu être créée : {0}").format(
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
        from backoffice.ui.login import LoginDialog
        from backoffice.ui.tasks import DbRunner

        runner = DbRunner(make_session_factory(engine), session_guard=self.session_guard)
        self.runner = runner
        if self._client is None:
            self._client = await in_thread(auth.this_computer)
        email = DEMO_ADMIN.email if self.demo else str(self.settings.value("login/email", ""))
        hint = (
            tr(
                "Base de démonstration : le mot de passe de {0} est {1} "
                "(les autres comptes sont dans le README)."
            ).format(DEMO_ADMIN.email, DEMO_ADMIN.password)
            if self.demo
            else ""
        )
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
                if not self.demo:
                    self.settings.setValue("login/email", email)
                staff = signed_in.staff
                self.current_staff = staff
                outcome, notice = await self.main_window(runner, staff, label, used_code)
                self.current_staff = None
                if outcome != "ended":
                    # The row must go even if the window closes: best effort, quietly.
                    with contextlib.suppress(Exception):
                        await runner.run(auth.sign_out, staff)
                if outcome in ("quit", "change"):
                    return outcome
        finally:
            self.current_staff = None
            self.runner = None
            runner.shutdown(wait=False)

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
        window.changeConnectionRequested.connect(lambda: finish("change"))
        window.quitRequested.connect(lambda: finish("quit"))

        def ended(text: str) -> None:
            finish("ended", text)

        runner.sessionEnded.connect(ended)
        window.show()
        try:
            return await future
        finally:
            runner.sessionEnded.disconnect(ended)
            window.close_quietly()
            window.deleteLater()
            self.window = None


def make_event_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    """qasync's selector loop: psycopg's async mode refuses Windows' proactor loop, and
    ``qasync.QEventLoop`` is the proactor one on Windows."""
    factory = getattr(qasync, "QSelectorEventLoop", None) or qasync.QEventLoop
    return factory(app)


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("boutique.fr")
    app.setApplicationName(APPLICATION)
    # No applicationDisplayName: Qt would append it to every window title, which already
    # say "Back-office — …".
    install_french(app)
    apply_stylesheet(app)
    app.setWindowIcon(app_icon())
    # The shell decides when to quit: between the sign-in dialog closing and the main
    # window opening there is a moment with no window, which must not end the program.
    app.setQuitOnLastWindowClosed(False)


def run_gui(database_url: str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_application(app)
    loop = make_event_loop(app)
    asyncio.set_event_loop(loop)
    shell = Shell(database_url=database_url, demo=demo)
    with loop:
        return loop.run_until_complete(shell.run())
