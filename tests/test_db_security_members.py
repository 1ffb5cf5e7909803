"""Member management from Sécurité → Personnel on a secured PostgreSQL database: an admin
changes a member's role (their group follows, their sessions end), removes their access
(their open connection is ended), and the tab shows each member's « Accès à la base »;
elsewhere (SQLite) the service says the database has no identities to manage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from backoffice.db import make_session_factory
from backoffice.services import auth
from backoffice.services.db_security.members import disable_member, set_member_role
from backoffice.services.errors import AuthenticationError, PermissionDenied, ValidationError
from backoffice.ui.tasks import DbRunner
from backoffice.views import security
from tests import ui_helpers
from tests.db_security_helpers import CLIENT, PASSWORD, SecuredShop, secured_pg_shop
from tests.factories import make_staff

make_runner = ui_helpers.make_runner
qloop = ui_helpers.qloop
app_context = ui_helpers.app_context


@pytest.fixture(scope="module")
def shop() -> Iterator[SecuredShop]:
    with secured_pg_shop() as secured:
        yield secured


def _group_of(shop: SecuredShop, label: str) -> list[str]:
    with shop.engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :m"
                ),
                {"m": shop.accounts.member(shop.users[label])},
            ).scalars()
        )


@pytest.mark.postgres
def test_an_admin_changes_a_role_and_the_group_follows(shop: SecuredShop) -> None:
    admin = shop.sign_in("admin")
    employe = shop.sign_in("employe")
    employe_desk = shop.desk(employe)
    with make_session_factory(shop.desk(admin))() as session:
        set_member_role(session, admin.staff, shop.users["employe"], "support")
        session.commit()
    try:
        assert _group_of(shop, "employe") == [shop.accounts.group("support")]
        assert (
            shop.scalar(
                'SELECT r.libelle FROM utilisateurs u JOIN roles r ON r.id = u."idRole" '
                "WHERE u.id = :u",
                u=shop.users["employe"],
            )
            == "support"
        )
        # The employee's session ended with their old rights.
        with pytest.raises(DBAPIError), employe_desk.connect() as connection:
            connection.execute(text("SELECT 1"))
        assert (
            shop.scalar(
                "SELECT count(*) FROM historique_actions WHERE type_action = 'securite.identite_role'"
            )
            == 1
        )
    finally:
        shop.set_member("employe", "employe")


@pytest.mark.postgres
def test_an_admin_removes_access_and_the_connection_ends(shop: SecuredShop) -> None:
    admin = shop.sign_in("admin")
    support = shop.sign_in("support")
    connection = shop.desk(support).connect()
    connection.execute(text("SELECT 1"))
    connection.commit()
    with make_session_factory(shop.desk(admin))() as session:
        disable_member(session, admin.staff, shop.users["support"])
        session.commit()
    try:
        with pytest.raises(DBAPIError):
            connection.execute(text("SELECT count(*) FROM produits"))
        with Session(shop.gate_engine()) as session, pytest.raises(AuthenticationError):
            auth.sign_in(session, shop.emails["support"], PASSWORD, CLIENT)
    finally:
        connection.invalidate()
        shop.set_member("support", "support")


@pytest.mark.postgres
def test_only_an_admin_and_never_on_oneself(shop: SecuredShop) -> None:
    manager = shop.sign_in("manager")
    with make_session_factory(shop.desk(manager))() as session, pytest.raises(PermissionDenied):
        set_member_role(session, manager.staff, shop.users["employe"], "admin")
    admin = shop.sign_in("admin")
    with make_session_factory(shop.desk(admin))() as session, pytest.raises(ValidationError):
        disable_member(session, admin.staff, admin.staff.id)
        # Even bypassing the app, the routine refuses a non-admin session.
    with shop.desk(manager).connect() as connection, pytest.raises(DBAPIError):
        connection.execute(
            text("SELECT backoffice_admin_membre(:u, 'admin')"), {"u": shop.users["manager"]}
        )


def test_an_unsecured_database_has_no_identities_to_manage(sqlite_session: Session) -> None:
    admin = make_staff(sqlite_session)
    other = make_staff(sqlite_session, "employe")
    with pytest.raises(ValidationError):
        set_member_role(sqlite_session, admin, other.id, "support")


@pytest.mark.postgres
def test_the_tab_shows_access_and_changes_a_role(
    qtbot: Any,
    shop: SecuredShop,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[..., Any],
    tmp_path: Any,
) -> None:
    admin = shop.sign_in("admin")
    runner = make_runner(make_session_factory(shop.desk(admin)))
    tab = security.security_tab(app_context(runner, admin.staff))
    qtbot.addWidget(tab)
    tab.resize(1440, 900)
    tab.show()
    tab.tabs.setCurrentWidget(tab.staff)
    screen = tab.staff
    qtbot.waitUntil(
        lambda: not screen.model.loading and screen.model.rowCount() > 0, timeout=10_000
    )
    column = screen.spec.column_index("identite")
    shown = {
        screen.model.row_at(r)["email"]: screen.model.data(screen.model.index(r, column))
        for r in range(screen.model.rowCount())
    }
    assert shown[shop.emails["manager"]] == "Actif"
    tab.grab().save(str(tmp_path / "db_security_staff.png"))
    row = next(
        r
        for r in range(screen.model.rowCount())
        if screen.model.row_at(r)["email"] == shop.emails["employe"]
    )
    screen.table.selectRow(row)
    action = next(a for a in screen.spec.actions if a.key == "role_acces")
    task = ui_helpers.asyncio.ensure_future(action.run(screen, screen.selected_rows()))
    qtbot.waitUntil(lambda: tab.findChild(QComboBox, "memberRole") is not None, timeout=5000)
    combo = tab.findChild(QComboBox, "memberRole")
    combo.setCurrentIndex(combo.findData("support"))
    tab.findChild(QPushButton, "memberRoleOk").click()
    try:
        qtbot.waitUntil(task.done, timeout=15_000)
        task.result()
        assert _group_of(shop, "employe") == [shop.accounts.group("support")]
        assert tab.findChild(QMessageBox, "operationRefused") is None
    finally:
        shop.set_member("employe", "employe")
