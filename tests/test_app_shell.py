"""The main window, the idle lock and the shell's flow, offscreen on a SQLite file."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice import migrations
from backoffice.cli import main
from backoffice.db import make_engine, make_session_factory
from backoffice.models import RoleName, SessionUtilisateur
from backoffice.services import auth
from backoffice.services.permissions import Permission, Staff
from backoffice.ui.app import Shell, check_schema, database_label
from backoffice.ui.context import AppContext
from backoffice.ui.login import LoginDialog
from backoffice.ui.main_window import MainWindow
from backoffice.ui.tasks import DbRunner
from backoffice.views import all as views_all
from backoffice.views.registry import ViewSpec, views_for
from tests import ui_helpers
from tests.factories import make_user, php_bcrypt

# The shared qasync fixtures (module attributes are how pytest finds fixtures).
make_runner = ui_helpers.make_runner
qloop = ui_helpers.qloop
wait_for = ui_helpers.wait_for

PASSWORD = "Bonjour-2026!"


@pytest.fixture(scope="module")
def shell_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Engine]]:
    path: Path = tmp_path_factory.mktemp("shell") / "shell.db"
    url = f"sqlite:///{path}"
    migrations.upgrade(url)
    engine = make_engine(url)
    with make_session_factory(engine).begin() as session:
        hashed = php_bcrypt(PASSWORD)
        for role in (RoleName.ADMIN, RoleName.EMPLOYE, RoleName.SUPPORT):
            make_user(
                session,
                role,
                email=f"{role}@boutique.test",
                password_hash=hashed,
                prenom="Camille",
                nom=str(role).capitalize(),
            )
    yield url, engine
    engine.dispose()


@pytest.fixture
def factory(shell_db: tuple[str, Engine]) -> sessionmaker[Session]:
    return make_session_factory(shell_db[1])


@pytest.fixture(autouse=True)
def _fresh_throttle() -> None:
    auth._reset_process_state_for_tests()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "backoffice.ini"), QSettings.Format.IniFormat)


class FormView(QWidget):
    """A stand-in tab with a field, to check that nothing is torn down."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{key}")
        from PySide6.QtWidgets import QVBoxLayout

        QVBoxLayout(self).addWidget(self.edit)


built: list[str] = []


def _spec(key: str, title: str, permission: Permission, order: int) -> ViewSpec:
    def factory(_context: AppContext) -> QWidget:
        built.append(key)
        return FormView(key)

    return ViewSpec(key, title, "SP_FileIcon", permission, factory, order)


FAKE_SPECS = [
    _spec("catalogue", "Catalogue", Permission.CATALOG_EDIT, 10),
    _spec("clients", "Clients", Permission.CUSTOMERS_VIEW, 20),
    _spec("messages", "Messages", Permission.CONVERSATIONS_REPLY, 30),
    _spec("securite", "Sécurité", Permission.SECURITY_ADMIN, 40),
]


@pytest.fixture
def fake_views(monkeypatch: pytest.MonkeyPatch) -> None:
    """The application (and ``make_window``) hand FAKE_SPECS to the main window."""
    built.clear()
    monkeypatch.setattr(views_all, "all_views", lambda: FAKE_SPECS)


def _sign_in(qtbot: Any, runner: DbRunner, role: str) -> Staff:
    client = auth.ClientInfo("127.0.0.1", "tests")
    result = wait_for(
        qtbot, runner.run(auth.sign_in, f"{role}@boutique.test", PASSWORD, client), 10_000
    )
    assert isinstance(result, auth.SignedIn)
    return result.staff


@pytest.fixture
def make_window(
    qtbot: Any,
    factory: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    settings: QSettings,
) -> Callable[..., MainWindow]:
    def make(role: str = RoleName.ADMIN, runner: DbRunner | None = None, **kw: Any) -> MainWindow:
        runner = runner or make_runner(factory)
        staff = _sign_in(qtbot, runner, role)
        context = AppContext(runner=runner, actor=staff, settings=settings, database_label="démo")
        # As the application does: it hands the registered views to the main window.
        window = MainWindow(context, views_all.all_views(), **kw)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.parametrize(
    ("role", "titles"),
    [
        (RoleName.ADMIN, ["Catalogue", "Clients", "Messages", "Sécurité"]),
        (RoleName.EMPLOYE, ["Catalogue", "Clients"]),
        (RoleName.SUPPORT, ["Clients", "Messages"]),
    ],
)
def test_only_permitted_tabs(
    fake_views: None, make_window: Callable[..., MainWindow], role: str, titles: list[str]
) -> None:
    window = make_window(role)
    assert _tab_titles(window) == titles
    # Lazy: only the tab on screen was built.
    assert built == [window.current_tab_key()]


def test_real_registry_gives_clients_tab(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(RoleName.SUPPORT)
    expected = [s.key for s in views_for(window.context.actor.permissions)]
    assert "clients" in expected
    assert window.tab_keys() == expected


def test_no_permission_no_tab(
    qtbot: Any, fake_views: None, make_runner: Callable[..., DbRunner], factory: Any, settings: Any
) -> None:
    staff = Staff(id=1, email="c@x.test", role="client", prenom="Cé", nom="Client")
    context = AppContext(make_runner(factory), staff, settings, "démo")
    window = MainWindow(context, FAKE_SPECS)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.count() == 0
    assert window.findChild(QLabel, "noTabs").isVisible()


def test_member_name_is_shown_as_typed(
    qtbot: Any, fake_views: None, make_runner: Callable[..., DbRunner], factory: Any, settings: Any
) -> None:
    from backoffice.ui.lock import LockOverlay

    staff = Staff(
        id=1, email="<b>a</b>@x.test", role="admin", prenom="<b>Cé</b>", nom="<i>Client</i>"
    )
    context = AppContext(make_runner(factory), staff, settings, "<u>base</u>")
    window = MainWindow(context)
    qtbot.addWidget(window)
    for name in ("statusUser", "statusDatabase"):
        label = window.findChild(QLabel, name)
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "<" in label.text()
    assert "&lt;b&gt;" in window.findChild(QLabel, "statusUser").toolTip()
    overlay = LockOverlay(window, staff, needs_code=False)
    shown = [label for label in overlay.findChildren(QLabel) if "<b>Cé</b>" in label.text()]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_status_bar(fake_views: None, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(RoleName.EMPLOYE)
    user = window.findChild(QLabel, "statusUser")
    database = window.findChild(QLabel, "statusDatabase")
    connection = window.findChild(QLabel, "statusConnection")
    assert user.text() == "Camille Employe — Employé"
    assert database.text() == "Base : démo"
    assert "Connecté" in connection.text()
    assert "démo" in window.windowTitle()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Aide"]


def test_geometry_and_last_tab_persisted(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow], factory: Any
) -> None:
    window = make_window(RoleName.ADMIN)
    window.resize(760, 540)
    window.select_tab("messages")
    runner = window.context.runner
    window.close_quietly()

    again = make_window(RoleName.ADMIN, runner=runner)
    assert again.current_tab_key() == "messages"
    assert (again.width(), again.height()) == (760, 540)
    # The restored tab is built, the others wait until they are shown.
    assert built[-1] == "messages"
    assert "securite" not in built


def test_connection_lost_and_restored(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(RoleName.ADMIN)
    field = window.tab_for(window.current_tab_key()).view.edit  # type: ignore[union-attr]
    field.setText("brouillon en cours")
    runner = window.context.runner
    connection = window.findChild(QLabel, "statusConnection")

    runner.connectionLost.emit("Connexion à la base perdue. Vérifiez le réseau.")
    assert "perdue" in connection.text()
    assert window.banner.isVisible()
    assert "Vérifiez le réseau" in window.banner_label.text()
    assert not window.connected
    assert field.text() == "brouillon en cours"

    # "Vérifier la connexion" runs a query; the database answers, so it is restored.
    runner._connection_lost = True  # as the runner would after a failure
    qtbot.mouseClick(window.findChild(QPushButton, "connectionRetry"), _left())
    qtbot.waitUntil(lambda: window.connected, timeout=5000)
    assert not window.banner.isVisible()
    assert "Connecté" in connection.text()
    assert field.text() == "brouillon en cours"


def test_busy_indicator(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(RoleName.ADMIN)
    window.context.runner.busyChanged.emit(True)
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=2000)
    window.context.runner.busyChanged.emit(False)
    assert not window.busy_bar.isVisible()


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_idle_lock_keeps_typed_text(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(RoleName.ADMIN, idle_minutes=0.002)  # 0.12 s
    tab = window.tab_for(window.current_tab_key())
    field = tab.view.edit  # type: ignore[union-attr]
    field.setText("commande à moitié saisie")
    lock = window.idle_lock

    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    overlay = lock.overlay
    assert overlay.isVisible()
    assert overlay.geometry() == window.rect()
    assert not window.centralWidget().isEnabled()
    assert field.text() == "commande à moitié saisie"

    password = overlay.findChild(QLineEdit, "lockPassword")
    message = overlay.findChild(QLabel, "lockMessage")
    password.setText("mauvais")
    qtbot.mouseClick(overlay.findChild(QPushButton, "lockSubmit"), _left())
    qtbot.waitUntil(lambda: message.isVisible(), timeout=10_000)
    assert message.text() == auth.UNLOCK_FAILED_MESSAGE
    assert lock.is_locked

    password.setText(PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        qtbot.mouseClick(overlay.findChild(QPushButton, "lockSubmit"), _left())
    assert not overlay.isVisible()
    assert window.centralWidget().isEnabled()
    assert window.tab_for(window.current_tab_key()) is tab
    assert field.text() == "commande à moitié saisie"
    assert password.text() == ""


def test_lock_now_and_setting(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow], settings: QSettings
) -> None:
    settings.setValue("security/idleLockMinutes", 12)
    window = make_window(RoleName.EMPLOYE)
    assert window.idle_lock.minutes == 12
    window.lock_action.trigger()
    assert window.idle_lock.is_locked
    assert not window.menuBar().isEnabled()
    # Locked by the member: the lock screen says so, not « après une période d'inactivité ».
    reason = window.idle_lock.overlay.findChild(QLabel, "lockReason").text()
    assert reason.startswith("Vous avez verrouillé le back-office.")
    assert "inactivité" not in reason


def test_idle_lock_says_it_was_idle(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(RoleName.EMPLOYE)
    window.idle_lock.lock_now()  # what the idle timer calls
    reason = window.idle_lock.overlay.findChild(QLabel, "lockReason").text()
    assert "après une période d'inactivité" in reason


def test_about_describes_the_tabs_the_member_has(
    qtbot: Any, fake_views: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(RoleName.EMPLOYE)
    assert window.about_action.text().endswith("…")
    window.show_about()
    box = window.findChild(QMessageBox, "aboutBox")
    text = box.informativeText()
    assert "Vos onglets : " + ", ".join(_tab_titles(window)) in text
    for absent in ("commandes", "factures", "devis"):
        assert absent not in text
    box.close()


def test_database_label() -> None:
    assert database_label("postgresql+psycopg://u:p@db.boutique.fr:5432/boutique") == (
        "db.boutique.fr/boutique"
    )
    assert database_label("sqlite:////tmp/x/demo.sqlite3", demo=True) == "démo"


def test_check_schema(shell_db: tuple[str, Engine], tmp_path: Path) -> None:
    from backoffice.ui.app import SchemaError

    check_schema(shell_db[1])
    empty = make_engine(f"sqlite:///{tmp_path / 'vide.db'}")
    try:
        with pytest.raises(SchemaError, match=r"vide.*backoffice-cli db upgrade"):
            check_schema(empty)
    finally:
        empty.dispose()


def test_check_schema_on_a_website_base_asks_for_adoption() -> None:
    from backoffice.ui.app import SchemaError
    from tests.website_db import website_pg_database

    with website_pg_database("pg_check") as url:
        engine = make_engine(url)
        try:
            with pytest.raises(SchemaError, match=r"pas\s+encore adoptée.*--dry-run"):
                check_schema(engine)
            assert main(["db", "upgrade", "--database-url", url]) == 0
            check_schema(engine)  # adopted: the app opens it
        finally:
            engine.dispose()


def _top_level(kind: type, name: str) -> Any:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_shell_flow(
    qtbot: Any,
    qloop: Any,
    fake_views: None,
    shell_db: tuple[str, Engine],
    settings: QSettings,
) -> None:
    """Sign in → main window → sign out (session row deleted) → sign in again → quit."""
    url, engine = shell_db
    shell = Shell(database_url=url, demo=False, settings=settings)
    task = asyncio.ensure_future(shell.run())

    def sign_in() -> MainWindow:
        qtbot.waitUntil(lambda: _top_level(LoginDialog, "loginDialog") is not None, timeout=10_000)
        login = _top_level(LoginDialog, "loginDialog")
        assert login.findChild(QLabel, "loginDatabase").text() == f"Base : {Path(url).name}"
        login.findChild(QLineEdit, "loginEmail").setText("employe@boutique.test")
        login.findChild(QLineEdit, "loginPassword").setText(PASSWORD)
        login.findChild(QPushButton, "loginSubmit").click()
        qtbot.waitUntil(
            lambda: shell.window is not None and shell.window.isVisible(), timeout=10_000
        )
        assert shell.window is not None
        return shell.window

    window = sign_in()
    staff = window.context.actor
    assert _tab_titles(window) == ["Catalogue", "Clients"]
    assert shell.current_staff == staff

    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: shell.window is None, timeout=10_000)
    with make_session_factory(engine)() as session:

        def remaining() -> int:
            return session.scalar(
                select(func.count())
                .select_from(SessionUtilisateur)
                .where(SessionUtilisateur.id == staff.session_id)
            )

        qtbot.waitUntil(lambda: remaining() == 0, timeout=10_000)

    window = sign_in()
    # The session is revoked elsewhere: the next operation ends it, back to the sign-in.
    with make_session_factory(engine).begin() as session:
        session.execute(
            SessionUtilisateur.__table__.delete().where(
                SessionUtilisateur.id == window.context.actor.session_id
            )
        )
    window.check_connection()
    qtbot.waitUntil(lambda: _top_level(LoginDialog, "loginDialog") is not None, timeout=10_000)
    login = _top_level(LoginDialog, "loginDialog")
    assert "reconnecter" in login.findChild(QLabel, "loginMessage").text()
    assert shell.window is None

    login.reject()
    qtbot.waitUntil(task.done, timeout=10_000)
    assert task.result() == 0


@pytest.fixture
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    import keyring

    from backoffice import config
    from tests.test_connections import MemoryKeyring

    monkeypatch.setattr(config, "config_dir", lambda: tmp_path / "config")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_connection_dialog_saves_profile_and_keyring(
    qtbot: Any, qloop: Any, memory_keyring: Any, tmp_path: Path
) -> None:
    from backoffice import connections
    from backoffice.ui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_ready, timeout=5000)  # asked off the GUI thread
    assert dialog.save_password_check.isEnabled()
    dialog.host_edit.setText("127.0.0.1")
    dialog.database_edit.setText("boutique")
    dialog.user_edit.setText("backoffice")
    dialog.password_edit.setText("secret-pg")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("verify-full"))
    dialog.save_button.click()
    # verify-full without a CA file is refused with a French explanation.
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "autorité de certification" in dialog.status.text()

    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.ca_edit.setText(str(ca))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert dialog.url is not None and dialog.url.query["sslrootcert"] == str(ca)
    saved = connections.default_profile()
    assert saved is not None and saved.sslmode == "verify-full"
    assert "secret-pg" not in connections.profiles_path().read_text(encoding="utf-8")
    assert memory_keyring.store == {("fr.boutique.backoffice", "Boutique:backoffice"): "secret-pg"}


def test_connection_dialog_without_keyring(
    qtbot: Any, qloop: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    import keyring
    from keyring.backends import fail

    from backoffice import config
    from backoffice.ui.connection_dialog import ConnectionDialog

    monkeypatch.setattr(config, "config_dir", lambda: tmp_path)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectionDialog()
        qtbot.addWidget(dialog)
        assert not dialog.save_password_check.isEnabled()  # until the keyring answers
        qtbot.waitUntil(lambda: dialog.keyring_ready, timeout=5000)
    finally:
        keyring.set_keyring(previous)
    assert not dialog.save_password_check.isEnabled()
    assert not dialog.save_password_check.isChecked()
    assert "demandé à chaque démarrage" in dialog.keyring_label.text()


def test_connection_dialog_uses_the_keyring_off_the_gui_thread(
    qtbot: Any, qloop: Any, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyring_status, get_password and store_password (D-Bus on Linux, may prompt)."""
    import threading

    from backoffice import connections
    from backoffice.connections import ConnectionProfile
    from backoffice.ui.connection_dialog import ConnectionDialog

    calls: list[tuple[str, bool]] = []

    def spy(name: str) -> Callable[..., Any]:
        real = getattr(connections, name)

        def wrapper(*args: Any) -> Any:
            calls.append((name, threading.current_thread() is threading.main_thread()))
            return real(*args)

        return wrapper

    for name in ("keyring_status", "get_password", "store_password", "forget_password"):
        monkeypatch.setattr(connections, name, spy(name))
    profile = ConnectionProfile(name="Boutique", host="localhost", database="shop", user="bo")
    # Saved by a version before the reverse-DNS service name: found, and moved.
    memory_keyring.store[("backoffice", "Boutique:bo")] = "from-keyring"
    dialog = ConnectionDialog(profile)
    qtbot.addWidget(dialog)
    assert calls == []  # nothing asked while building the dialog
    qtbot.waitUntil(lambda: dialog.keyring_ready, timeout=5000)
    assert dialog.password_edit.text() == "from-keyring"
    dialog.password_edit.setText("new-secret")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert memory_keyring.store == {("fr.boutique.backoffice", "Boutique:bo"): "new-secret"}
    names = [name for name, _ in calls]
    assert "keyring_status" in names and "get_password" in names
    assert "store_password" in names
    assert not any(on_gui for _, on_gui in calls), calls


def test_connection_errors_lead_with_french() -> None:
    from backoffice.ui.connection_dialog import describe_connection_error

    raw = "FATAL: sorry, too many clients already"
    text = describe_connection_error(OSError(raw))
    first, _, detail = text.partition("\n")
    assert first.startswith("Connexion à la base de données impossible")
    assert raw not in first and raw in detail
    tls = describe_connection_error(OSError("SSL error: certificate verify failed"))
    assert tls.split("\n")[0].startswith("Échec de la connexion chiffrée (TLS)")
    assert "certificate verify failed" not in tls.split("\n")[0]


def test_connection_dialog_test_button(
    qtbot: Any, qloop: Any, pg_url: str, memory_keyring: Any
) -> None:
    from sqlalchemy.engine import make_url

    from backoffice.ui.connection_dialog import ConnectionDialog

    parsed = make_url(pg_url)
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText(parsed.host or "127.0.0.1")
    dialog.port_spin.setValue(parsed.port or 5432)
    dialog.database_edit.setText(parsed.database or "")
    dialog.user_edit.setText(parsed.username or "")
    dialog.password_edit.setText(parsed.password or "")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("prefer"))
    dialog.test_button.click()
    # Off the GUI thread: the button is disabled while the probe runs, then re-enabled.
    qtbot.waitUntil(lambda: "réussie" in dialog.status.text(), timeout=10_000)
    assert dialog.test_button.isEnabled()

    dialog.port_spin.setValue(1)  # nothing listens there
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "injoignable" in dialog.status.text(), timeout=15_000)


def _signed_in_shell(
    qtbot: Any, url: str, settings: QSettings, email: str = "admin@boutique.test"
) -> tuple[Shell, asyncio.Future[int]]:
    """A shell started on ``url`` with ``email`` signed in (its main window shown)."""
    shell = Shell(database_url=url, demo=False, settings=settings)
    task = asyncio.ensure_future(shell.run())
    _sign_in_dialog(qtbot, shell, email)
    return shell, task


def _sign_in_dialog(qtbot: Any, shell: Shell, email: str) -> LoginDialog:
    qtbot.waitUntil(lambda: _top_level(LoginDialog, "loginDialog") is not None, timeout=10_000)
    login = _top_level(LoginDialog, "loginDialog")
    login.findChild(QLineEdit, "loginEmail").setText(email)
    login.findChild(QLineEdit, "loginPassword").setText(PASSWORD)
    login.findChild(QPushButton, "loginSubmit").click()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10_000)
    return login


def _session_exists(engine: Engine, session_id: int | None) -> bool:
    with make_session_factory(engine)() as session:
        return session.get(SessionUtilisateur, session_id) is not None


def _quit(qtbot: Any, shell: Shell, task: asyncio.Future[int]) -> None:
    assert shell.window is not None
    shell.window.close()
    qtbot.waitUntil(task.done, timeout=10_000)
    assert task.result() == 0


@pytest.fixture
def profiles_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from backoffice import config

    monkeypatch.setattr(config, "config_dir", lambda: tmp_path / "config")
    return tmp_path / "config"


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[str]:
    """A second shop database, with its own member."""
    url = f"sqlite:///{tmp_path / 'autre.db'}"
    migrations.upgrade(url)
    engine = make_engine(url)
    try:
        with make_session_factory(engine).begin() as session:
            make_user(
                session,
                RoleName.EMPLOYE,
                email="employe@autre.test",
                password_hash=php_bcrypt(PASSWORD),
            )
    finally:
        engine.dispose()
    return url


def _connection_chosen(
    monkeypatch: pytest.MonkeyPatch, url: str, asked: list[QWidget | None]
) -> None:
    """The connection dialog answers ``url`` (SQLite, which the real dialog does not offer),
    saving a profile as the real one does when accepted."""
    from backoffice import connections
    from backoffice.connections import ConnectionProfile

    async def chosen(
        self: Shell, notice: str = "", *_args: Any, parent: QWidget | None = None
    ) -> tuple[str, ConnectionProfile]:
        asked.append(parent)
        profile = ConnectionProfile(name="Autre", host="localhost", database="autre", user="bo")
        connections.profiles_path().parent.mkdir(parents=True, exist_ok=True)
        connections.profiles_path().write_text('{"saved": "by the dialog"}', encoding="utf-8")
        return url, profile

    monkeypatch.setattr(Shell, "ask_connection", chosen)


def test_shell_change_database_then_cancel(
    qtbot: Any,
    qloop: Any,
    fake_views: None,
    shell_db: tuple[str, Engine],
    settings: QSettings,
    profiles_dir: Path,
) -> None:
    """Fichier → Connexion à une base… then Annuler: the dialog opened over the working
    window, and nothing changed — still signed in, same window, tabs and typed text."""
    from backoffice.ui.connection_dialog import ConnectionDialog

    url, engine = shell_db
    shell, task = _signed_in_shell(qtbot, url, settings)
    window = shell.window
    assert window is not None
    staff = shell.current_staff
    assert staff is not None
    tabs = _tab_titles(window)
    field = window.tab_for(window.current_tab_key()).view.edit  # type: ignore[union-attr]
    field.setText("brouillon en cours")

    window.connect_action.trigger()
    qtbot.waitUntil(
        lambda: _top_level(ConnectionDialog, "connectionDialog") is not None, timeout=10_000
    )
    dialog = _top_level(ConnectionDialog, "connectionDialog")
    # Over the window, modal to it; the session goes on meanwhile.
    assert dialog.parentWidget() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert shell.window is window and window.isVisible()
    assert _session_exists(engine, staff.session_id)

    dialog.reject()
    qtbot.waitUntil(lambda: _top_level(ConnectionDialog, "connectionDialog") is None, timeout=5000)
    qtbot.wait(100)  # the flow's last steps (profiles put back) run after the dialog closed
    assert shell.window is window and window.isVisible()
    assert shell.current_staff == staff
    assert _tab_titles(window) == tabs
    assert field.text() == "brouillon en cours"
    assert _top_level(LoginDialog, "loginDialog") is None
    assert _session_exists(engine, staff.session_id)
    assert not (profiles_dir / "connections.json").exists()  # Annuler saved nothing
    _quit(qtbot, shell, task)


def test_shell_switch_database_asks_then_signs_in_on_the_new_base(
    qtbot: Any,
    qloop: Any,
    fake_views: None,
    shell_db: tuple[str, Engine],
    settings: QSettings,
    profiles_dir: Path,
    other_db: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    url, engine = shell_db
    asked: list[QWidget | None] = []
    _connection_chosen(monkeypatch, other_db, asked)
    shell, task = _signed_in_shell(qtbot, url, settings)
    window = shell.window
    staff = shell.current_staff
    assert window is not None and staff is not None

    # Asked first; « Annuler » keeps the session, and the profile the dialog saved is put
    # back as it was (the next start opens the base still in use).
    window.connect_action.trigger()
    qtbot.waitUntil(
        lambda: _top_level(QMessageBox, "switchDatabaseBox") is not None, timeout=10_000
    )
    box = _top_level(QMessageBox, "switchDatabaseBox")
    assert asked == [window]
    assert box.text().startswith("Changer de base vous déconnecte de « shell.db »")
    assert "« autre.db »" in box.text()
    assert box.defaultButton().objectName() == "switchDatabaseNo"
    box.findChild(QPushButton, "switchDatabaseNo").click()
    qtbot.waitUntil(lambda: not (profiles_dir / "connections.json").exists(), timeout=5000)
    assert shell.window is window and shell.current_staff == staff
    assert _session_exists(engine, staff.session_id)

    # Confirmed: signed out of the first base, sign-in on the new one.
    window.connect_action.trigger()
    qtbot.waitUntil(
        lambda: _top_level(QMessageBox, "switchDatabaseBox") is not None, timeout=10_000
    )
    _top_level(QMessageBox, "switchDatabaseBox").findChild(QPushButton, "switchDatabaseYes").click()
    qtbot.waitUntil(lambda: _top_level(LoginDialog, "loginDialog") is not None, timeout=10_000)
    login = _top_level(LoginDialog, "loginDialog")
    assert login.findChild(QLabel, "loginDatabase").text() == "Base : autre.db"
    assert shell.window is None
    qtbot.waitUntil(lambda: not _session_exists(engine, staff.session_id), timeout=10_000)
    assert (profiles_dir / "connections.json").exists()  # the new base is the default now

    _sign_in_dialog(qtbot, shell, "employe@autre.test")
    assert shell.current_database is not None and shell.current_database.url == other_db
    assert shell.current_staff is not None and shell.current_staff.email == "employe@autre.test"
    _quit(qtbot, shell, task)


def test_shell_will_not_switch_while_a_form_has_unsaved_changes(
    qtbot: Any,
    qloop: Any,
    fake_views: None,
    shell_db: tuple[str, Engine],
    settings: QSettings,
    profiles_dir: Path,
    other_db: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from backoffice.ui.forms import FieldSpec, FormScreen, FormSpec, open_form

    url, _engine = shell_db
    asked: list[QWidget | None] = []
    _connection_chosen(monkeypatch, other_db, asked)
    shell, task = _signed_in_shell(qtbot, url, settings)
    window = shell.window
    assert window is not None
    spec = FormSpec(
        title="Produit",
        fields=(FieldSpec("nom", "Nom", required=True),),
        load=lambda _session, _actor, _id: {"nom": "Bol en grès"},
    )
    view = window.tab_for(window.current_tab_key()).view  # type: ignore[union-attr]
    form = FormScreen(window.context, spec, 1)
    dialog = wait_for(qtbot, open_form(form, parent=view, title="Produit — Bol en grès"))
    name = dialog.findChild(QLineEdit, "field_nom")
    name.setText("Bol en grès émaillé")
    assert window.unsaved_forms() == ["Produit — Bol en grès"]

    window.connect_action.trigger()
    qtbot.waitUntil(lambda: _top_level(QMessageBox, "unsavedFormsBox") is not None, timeout=5000)
    box = _top_level(QMessageBox, "unsavedFormsBox")
    assert "Produit — Bol en grès" in box.text()
    assert asked == []  # refused before any dialog
    box.findChild(QPushButton, "infoOk").click()
    qtbot.waitUntil(lambda: shell._switching is not None and shell._switching.done(), timeout=5000)
    assert shell.window is window and dialog.isVisible()
    assert name.text() == "Bol en grès émaillé"

    # Changes undone: the question says the open window will close.
    name.setText("Bol en grès")
    assert window.unsaved_forms() == []
    window.connect_action.trigger()
    qtbot.waitUntil(
        lambda: _top_level(QMessageBox, "switchDatabaseBox") is not None, timeout=10_000
    )
    box = _top_level(QMessageBox, "switchDatabaseBox")
    assert "La fenêtre ouverte sera fermée" in box.informativeText()
    box.findChild(QPushButton, "switchDatabaseNo").click()
    qtbot.waitUntil(lambda: _top_level(QMessageBox, "switchDatabaseBox") is None, timeout=5000)
    assert shell.window is window and dialog.isVisible()
    dialog.force_close()
    _quit(qtbot, shell, task)


@pytest.fixture
def newer_demo_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo database whose alembic_version names a revision this version does not know."""
    from sqlalchemy import text

    from backoffice import config
    from backoffice.ui import app as app_module

    path = tmp_path / "data" / "demo.sqlite3"
    path.parent.mkdir()
    monkeypatch.setattr(config, "demo_database_path", lambda: path)
    monkeypatch.setattr(config, "demo_database_url", lambda: f"sqlite:///{path}")
    # Re-creating only needs the schema here (the real one also seeds the demo data).
    monkeypatch.setattr(
        app_module, "create_demo_database", lambda p, _out: migrations.upgrade(f"sqlite:///{p}")
    )
    migrations.upgrade(f"sqlite:///{path}")
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    finally:
        engine.dispose()
    return path


def _demo_rebuild_box(qtbot: Any) -> Any:
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: _top_level(QMessageBox, "demoRebuildBox") is not None, timeout=10_000)
    box = _top_level(QMessageBox, "demoRebuildBox")
    assert "version plus récente" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    return box


def test_demo_database_from_a_newer_version_can_quit_cleanly(
    qtbot: Any, qloop: Any, settings: QSettings, newer_demo_database: Path
) -> None:
    shell = Shell(database_url=None, demo=True, settings=settings)
    task = asyncio.ensure_future(shell.run())
    box = _demo_rebuild_box(qtbot)
    box.findChild(QPushButton, "quitButton").click()
    qtbot.waitUntil(task.done, timeout=10_000)
    assert task.result() == 0  # no traceback: a clean exit
    assert newer_demo_database.exists()  # nothing deleted without asking


def test_demo_database_from_a_newer_version_can_be_recreated(
    qtbot: Any, qloop: Any, settings: QSettings, newer_demo_database: Path
) -> None:
    shell = Shell(database_url=None, demo=True, settings=settings)
    task = asyncio.ensure_future(shell.run())
    box = _demo_rebuild_box(qtbot)
    box.findChild(QPushButton, "rebuildDemoButton").click()
    qtbot.waitUntil(lambda: _top_level(LoginDialog, "loginDialog") is not None, timeout=10_000)
    engine = make_engine(f"sqlite:///{newer_demo_database}")
    try:
        assert migrations.current_revision(engine) == migrations.head_revision()
    finally:
        engine.dispose()
    _top_level(LoginDialog, "loginDialog").reject()
    qtbot.waitUntil(task.done, timeout=10_000)
    assert task.result() == 0


def test_connection_dialog_save_error_leads_with_french(
    qtbot: Any, qloop: Any, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backoffice import connections
    from backoffice.ui.connection_dialog import ConnectionDialog

    def full_disk(_profile: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(connections, "save_profile", full_disk)
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("localhost")  # this computer: no TLS question
    dialog.database_edit.setText("boutique")
    dialog.user_edit.setText("backoffice")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Impossible d'enregistrer" in dialog.status.text(), timeout=5000)
    first, _, detail = dialog.status.text().partition("\n")
    assert "No space left" not in first and "No space left on device" in detail
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.save_button.isEnabled()
