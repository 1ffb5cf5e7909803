"""The desk on a secured PostgreSQL database: the sign-in dialog works through the gate, the
main window's runner then works as the session's own login, the services (catalogue edit,
Sécurité lists, sign-out, the idle lock) go through the database's rules, and the app's own
audit rows get the member and the time from the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import make_engine, make_session_factory
from backoffice.services import auth, catalog, security
from backoffice.services.auth import SignedIn
from backoffice.services.errors import AuthenticationError, PermissionDenied, SessionEnded
from backoffice.services.listing import ListQuery
from backoffice.ui.identity import desk_runner
from backoffice.ui.login import LoginDialog
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers
from tests.db_security_helpers import (
    CLIENT,
    PASSWORD,
    SecuredShop,
    secured_mariadb_shop,
    secured_pg_shop,
)

make_runner = ui_helpers.make_runner
qloop = ui_helpers.qloop


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("postgresql", marks=pytest.mark.postgres),
        pytest.param("mariadb", marks=pytest.mark.mariadb),
    ],
)
def shop(request: pytest.FixtureRequest) -> Iterator[SecuredShop]:
    make = secured_pg_shop if request.param == "postgresql" else secured_mariadb_shop
    with make() as secured:
        yield secured


def _desk_session(shop: SecuredShop, signed: SignedIn) -> sessionmaker[Session]:
    return make_session_factory(shop.desk(signed))


def test_the_sign_in_dialog_works_through_the_gate(
    qtbot: Any, shop: SecuredShop, make_runner: Callable[..., DbRunner]
) -> None:
    gate = shop.gate_engine()
    runner = make_runner(make_session_factory(gate))
    dialog = LoginDialog(runner, database_label="secured", client=CLIENT)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "loginEmail").setText(shop.emails["manager"])
    dialog.findChild(QLineEdit, "loginPassword").setText(PASSWORD)
    with qtbot.waitSignal(dialog.signedIn, timeout=15_000) as blocker:
        qtbot.mouseClick(dialog.findChild(QPushButton, "loginSubmit"), Qt.MouseButton.LeftButton)
    signed = blocker.args[0]
    assert isinstance(signed, SignedIn) and signed.database_login is not None
    assert signed.staff.role == "manager"

    async def work() -> int:
        async with desk_runner(gate, signed, runner, lambda s: None) as desk:
            assert desk.runner is not runner
            who = "SELECT USER()" if shop.mariadb else "SELECT session_user"
            user = await desk.runner.run(lambda session: session.execute(text(who)).scalar())
            assert str(user).split("@")[0] == signed.database_login.user
            return int(
                await desk.runner.run(
                    lambda session: session.execute(text("SELECT count(*) FROM produits")).scalar()
                )
            )

    assert ui_helpers.wait_for(qtbot, work(), timeout_ms=20_000) == 1
    # Leaving the window signed out: the session and its login are gone.
    assert (
        shop.scalar("SELECT count(*) FROM sessions WHERE id = :s", s=signed.staff.session_id) == 0
    )


def test_services_run_as_the_members_login(shop: SecuredShop) -> None:
    signed = shop.sign_in("manager")
    factory = _desk_session(shop, signed)
    staff = signed.staff
    with factory() as session:
        auth.touch_session(session, staff)
        form = catalog.get_product(session, staff, shop.product_id)
        catalog.update_product(
            session, staff, shop.product_id, replace(form, prix=Decimal("12.50")), read=form
        )
        session.commit()
    with shop.engine.connect() as connection:
        audit_row = connection.execute(
            text(
                "SELECT id_utilisateur FROM historique_actions WHERE type_action LIKE "
                "'produit%' ORDER BY id DESC LIMIT 1"
            )
        ).one()
        journal = connection.execute(
            text(
                "SELECT id_utilisateur, colonnes FROM journal_base WHERE table_cible = "
                "'produits' AND id_session = :s"
            ),
            {"s": staff.session_id},
        ).all()
    assert audit_row.id_utilisateur == staff.id
    assert journal and all(row.id_utilisateur == staff.id for row in journal)
    assert any("prix" in (row.colonnes or "") for row in journal)


def test_the_security_lists_work_for_the_admin(shop: SecuredShop) -> None:
    signed = shop.sign_in("admin")
    factory = _desk_session(shop, signed)
    with factory() as session:
        staff = security.list_staff_members(session, signed.staff, ListQuery())
        assert {row["email"] for row in staff.rows} >= {shop.emails["admin"]}
        double = next(row for row in staff.rows if row["email"] == shop.emails["double"])
        assert double["backup_code_present"] is True
        assert security.list_active_sessions(session, signed.staff, ListQuery()).rows
        assert security.list_sign_in_attempts(session, signed.staff, ListQuery()).rows


def test_the_idle_lock_is_checked_by_the_database(shop: SecuredShop) -> None:
    signed = shop.sign_in("employe")
    factory = _desk_session(shop, signed)
    with factory() as session, pytest.raises(AuthenticationError):
        auth.verify_unlock(session, signed.staff, "faux")
    with factory() as session:
        auth.verify_unlock(session, signed.staff, PASSWORD)
    shop.run("DELETE FROM sessions WHERE id = :s", s=signed.staff.session_id)
    with factory() as session, pytest.raises(SessionEnded):
        auth.verify_unlock(session, signed.staff, PASSWORD)


def test_a_permission_the_group_lacks_is_refused_by_the_app_and_the_database(
    shop: SecuredShop,
) -> None:
    signed = shop.sign_in("support")
    factory = _desk_session(shop, signed)
    with factory() as session:
        form = catalog.get_product(session, signed.staff, shop.product_id)
        with pytest.raises(PermissionDenied):
            catalog.update_product(session, signed.staff, shop.product_id, form, read=form)


def test_a_role_change_ends_the_session(shop: SecuredShop) -> None:
    signed = shop.sign_in("employe")
    factory = _desk_session(shop, signed)
    shop.set_member("employe", "support")
    try:
        with factory() as session, pytest.raises(SessionEnded):
            auth.touch_session(session, signed.staff)
    finally:
        shop.set_member("employe", "employe")
    engine = make_engine(shop.engine.url)
    engine.dispose()


def test_the_idle_lock_follows_the_shops_policy(
    qtbot: Any, shop: SecuredShop, make_runner: Callable[..., DbRunner], tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from backoffice.ui.lock import IdleLock

    signed = shop.sign_in("employe")
    runner = make_runner(make_session_factory(shop.desk(signed)))
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    never = IdleLock(window, runner, signed.staff, settings, minutes=0)
    longer = IdleLock(window, runner, signed.staff, settings, minutes=120)
    shorter = IdleLock(window, runner, signed.staff, settings, minutes=5)
    try:
        # « Never » and a longer delay become the policy's 15 minutes; a shorter one stays.
        qtbot.waitUntil(lambda: never.minutes == 15 and longer.minutes == 15, timeout=15_000)
        assert shorter.minutes == 5
    finally:
        for lock in (never, longer, shorter):
            lock.stop()
