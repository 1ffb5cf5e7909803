"""The Sécurité tab end to end on PostgreSQL: attempts, revoking sessions, 2FA enrolment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import (
    ConnexionMotif,
    HistoriqueAction,
    HistoriqueConnexion,
    RoleName,
    SessionUtilisateur,
    Utilisateur,
)
from backoffice.services import security as security_services
from backoffice.services import totp
from backoffice.services.errors import PermissionDenied
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Permission, Staff, permissions_for
from backoffice.services.sessions import create_session, revoke_session
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.tasks import DbRunner
from backoffice.views import security
from backoffice.views.registry import views_for
from backoffice.views.security_widgets import TotpEnrolmentDialog, group_secret, qr_png
from tests import ui_helpers
from tests.factories import make_user
from tests.ui_helpers import wait_for

# Fixtures shared by the UI tests (see tests/ui_helpers.py).
qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

pytestmark = pytest.mark.postgres

NOW = datetime.now(UTC).replace(microsecond=0)
UA = "Back-office/0.1.0 (Windows 11)"  # an older version's: no computer name, shown as is
OUR_UA = "Back-office/0.2.0 (CAISSE-01; Windows)"
BROWSER_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0"  # the website's


@dataclass
class Data:
    actor: Staff
    marc_id: int
    emilie_id: int
    own_session: int
    marc_session: int


@pytest.fixture
def data(server_committed: sessionmaker[Session]) -> Data:
    with server_committed() as session:
        alice = make_user(
            session,
            RoleName.ADMIN,
            email="alice.martin@boutique.test",
            prenom="Alice",
            nom="Martin",
        )
        marc = make_user(
            session,
            RoleName.MANAGER,
            email="marc.durand@boutique.test",
            prenom="Marc",
            nom="Durand",
        )
        emilie = make_user(
            session,
            RoleName.EMPLOYE,
            email="emilie.petit@boutique.test",
            prenom="Émilie",
            nom="Petit",
            two_factor_enabled=True,
            two_factor_secret=pyotp.random_base32(),
        )
        make_user(session, RoleName.CLIENT, email="client@exemple.test", nom="Client")
        own, _ = create_session(session, alice.id, "192.0.2.1", OUR_UA, NOW)
        marcs, _ = create_session(session, marc.id, "192.0.2.2", UA, NOW - timedelta(minutes=5))
        for minutes, user_id, ip, ok, agent, reason in [
            (50, marc.id, "192.0.2.2", True, UA, None),
            (40, marc.id, "192.0.2.2", False, OUR_UA, "wrong_password"),
            (30, None, "203.0.113.9", False, BROWSER_UA, "unknown_account"),
            (20, emilie.id, "192.0.2.3", True, UA, None),
            (10, alice.id, "192.0.2.1", True, OUR_UA, None),
        ]:
            attempt = HistoriqueConnexion(
                id_utilisateur=user_id,
                ip=ip,
                user_agent=agent,
                succes=ok,
                date_connexion=NOW - timedelta(minutes=minutes),
            )
            session.add(attempt)
            session.flush()
            if reason is not None:
                session.add(ConnexionMotif(id_connexion=attempt.id, motif=reason))
        session.commit()
        actor = Staff(
            id=alice.id,
            email=alice.email,
            role=RoleName.ADMIN,
            prenom="Alice",
            nom="Martin",
            session_id=own.id,
        )
        return Data(actor, marc.id, emilie.id, own.id, marcs.id)


@pytest.fixture
def tab(
    qtbot: Any,
    data: Data,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> security.SecurityTab:
    widget = security.security_tab(app_context(make_runner(server_committed), data.actor))
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    for screen in widget.screens():
        qtbot.waitUntil(lambda s=screen: not s.model.loading, timeout=5000)
    return widget


def _wait_loaded(qtbot: Any, screen: ListScreen) -> None:
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=5000)


def _column(screen: ListScreen, key: str) -> list[str]:
    model = screen.model
    c = screen.spec.column_index(key)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def _select(screen: ListScreen, key: str, value: Any) -> dict[str, Any]:
    for r in range(screen.model.rowCount()):
        if screen.model.row_at(r)[key] == value:
            screen.table.selectRow(r)
            assert screen.selected_rows() == [screen.model.row_at(r)]
            return screen.model.row_at(r)
    raise AssertionError(f"no row with {key}={value!r}")


def _message_box(qtbot: Any, parent: Any, name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: (box := parent.findChild(QMessageBox, name)) is not None and box.isVisible(),
        timeout=3000,
    )
    return parent.findChild(QMessageBox, name)


def _answer(qtbot: Any, parent: Any, name: str, confirm: bool) -> QMessageBox:
    box = _message_box(qtbot, parent, name)
    box.findChild(QPushButton, "confirmButton" if confirm else "cancelButton").click()
    return box


# --- Registration and permissions -------------------------------------------------------


def test_view_is_only_for_security_admins() -> None:
    assert security.VIEW.key == "securite" and security.VIEW.title == "Sécurité"
    assert security.VIEW.permission == Permission.SECURITY_ADMIN and security.VIEW.order == 90
    assert "securite" in [v.key for v in views_for(permissions_for(RoleName.ADMIN))]
    for role in (RoleName.MANAGER, RoleName.EMPLOYE, RoleName.SUPPORT, RoleName.CLIENT):
        assert "securite" not in [v.key for v in views_for(permissions_for(role))]


def test_services_refuse_a_member_without_security_admin(server_session: Session) -> None:
    target = make_user(server_session, RoleName.EMPLOYE)
    own, _ = create_session(server_session, target.id, "192.0.2.9", UA, NOW)
    manager = Staff(id=target.id, email=target.email, role=RoleName.MANAGER)
    query = ListQuery()
    for fn in (
        security_services.list_sign_in_attempts,
        security_services.count_sign_in_attempts,
        security_services.list_active_sessions,
        security_services.count_active_sessions,
        security_services.list_staff_members,
        security_services.count_staff_members,
    ):
        with pytest.raises(PermissionDenied):
            fn(server_session, manager, query)
    with pytest.raises(PermissionDenied):
        revoke_session(server_session, manager, own.id)
    with pytest.raises(PermissionDenied):
        totp.start_totp_enrolment(server_session, manager, target.id)
    with pytest.raises(PermissionDenied):
        totp.confirm_totp_enrolment(server_session, manager, target.id, "A" * 32, "123456")
    with pytest.raises(PermissionDenied):
        totp.disable_two_factor(server_session, manager, target.id)
    assert server_session.get(SessionUtilisateur, own.id) is not None


# --- Sign-in attempts -------------------------------------------------------------------


def test_attempts_newest_first_with_failures_highlighted(tab: security.SecurityTab) -> None:
    screen = tab.attempts
    assert tab.tabs.tabText(0) == "Tentatives de connexion"
    assert [tab.tabs.tabText(i) for i in (1, 2)] == ["Sessions actives", "Personnel"]
    assert screen.count_label.text() == "5 tentatives"
    assert _column(screen, "email") == [
        "alice.martin@boutique.test",
        "emilie.petit@boutique.test",
        "inconnu",
        "marc.durand@boutique.test",
        "marc.durand@boutique.test",
    ]
    assert _column(screen, "succes") == ["Réussie", "Réussie", "Échec", "Échec", "Réussie"]
    assert _column(screen, "ip")[2] == "203.0.113.9"
    # Our rows show the computer's name (the whole user agent in the tooltip); the
    # website's and older versions' user agents are shown as stored.
    assert _column(screen, "poste") == ["CAISSE-01", UA, BROWSER_UA, "CAISSE-01", UA]
    poste = screen.spec.column_index("poste")
    tooltip = screen.model.data(screen.model.index(0, poste), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == OUR_UA
    # Why each failure was refused, in French; nothing for successes.
    assert screen.spec.columns[screen.spec.column_index("motif")].title == "Motif"
    assert _column(screen, "motif") == [
        "",
        "",
        "Compte inconnu",
        "Mot de passe incorrect",
        "",
    ]

    model = screen.model
    result = screen.spec.column_index("succes")
    failed = model.index(3, result)
    succeeded = model.index(4, result)
    assert model.data(failed, Qt.ItemDataRole.ForegroundRole).color() == QColor("#b71c1c")
    assert model.data(failed, Qt.ItemDataRole.FontRole).bold()
    assert model.data(failed, Qt.ItemDataRole.BackgroundRole) is not None
    # The whole failed row is tinted, successful rows are not.
    assert model.data(model.index(3, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(4, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(succeeded, Qt.ItemDataRole.ForegroundRole).color() == QColor("#2e7d32")


def test_attempts_filter_by_result_and_account(qtbot: Any, tab: security.SecurityTab) -> None:
    screen = tab.attempts
    combo = screen.findChild(QComboBox, "filter_succes")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tous", "Réussies", "Échecs"]
    combo.setCurrentIndex(combo.findText("Échecs"))
    _wait_loaded(qtbot, screen)
    assert _column(screen, "succes") == ["Échec", "Échec"]
    assert screen.count_label.text() == "2 tentatives"

    combo.setCurrentIndex(combo.findText("Tous"))
    account = screen.findChild(QLineEdit, "filter_email")
    account.setText("MARC")  # case does not matter
    qtbot.waitUntil(lambda: screen.model.query.filters.get("email") == "MARC", timeout=2000)
    _wait_loaded(qtbot, screen)
    assert _column(screen, "email") == ["marc.durand@boutique.test"] * 2
    assert _column(screen, "succes") == ["Échec", "Réussie"]


def test_attempts_filter_by_reason(qtbot: Any, tab: security.SecurityTab) -> None:
    screen = tab.attempts
    combo = screen.findChild(QComboBox, "filter_motif")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert (
        labels[0] == "Tous"
        and "Mot de passe incorrect" in labels
        and "Compte bloqué (trop d'échecs)" in labels
    )
    combo.setCurrentIndex(combo.findText("Compte inconnu"))
    _wait_loaded(qtbot, screen)
    assert _column(screen, "email") == ["inconnu"]
    assert screen.count_label.text() == "1 tentative"


# --- Sessions ---------------------------------------------------------------------------


def test_revoke_asks_first_then_removes_the_session(
    qtbot: Any, tab: security.SecurityTab, data: Data, server_committed: sessionmaker[Session]
) -> None:
    tab.tabs.setCurrentWidget(tab.sessions)
    screen = tab.sessions
    _wait_loaded(qtbot, screen)
    assert screen.count_label.text() == "2 sessions"
    assert _column(screen, "role") == ["Administrateur", "Responsable"]
    # The computer's name from the user agent, and which session is this one.
    assert _column(screen, "poste")[0] == "CAISSE-01 — votre session"

    button = screen.findChild(QPushButton, "action_revoquer")
    assert button.text() == "Révoquer…" and not button.isEnabled()
    _select(screen, "id", data.marc_session)
    assert button.isEnabled()

    button.click()
    box = _answer(qtbot, screen, "confirmRevoke", confirm=False)
    assert "Marc Durand" in box.text()
    qtbot.waitUntil(lambda: screen.findChild(QMessageBox, "confirmRevoke") is None, timeout=3000)
    with server_committed() as session:
        assert session.get(SessionUtilisateur, data.marc_session) is not None

    button.click()
    _answer(qtbot, screen, "confirmRevoke", confirm=True)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading, timeout=5000)
    assert [screen.model.row_at(0)["id"]] == [data.own_session]
    assert screen.count_label.text() == "1 session"
    with server_committed() as session:
        assert session.get(SessionUtilisateur, data.marc_session) is None
        actions = session.scalars(select(HistoriqueAction.type_action)).all()
        assert "securite.session_revoquee" in actions


def test_revoking_ones_own_session_warns(
    qtbot: Any, tab: security.SecurityTab, data: Data, server_committed: sessionmaker[Session]
) -> None:
    tab.tabs.setCurrentWidget(tab.sessions)
    screen = tab.sessions
    _wait_loaded(qtbot, screen)
    _select(screen, "id", data.own_session)
    screen.findChild(QPushButton, "action_revoquer").click()
    box = _message_box(qtbot, screen, "confirmRevoke")
    assert box.text() == "Révoquer votre propre session ?"
    assert "vous déconnectera" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.defaultButton() is box.findChild(QPushButton, "cancelButton")
    box.findChild(QPushButton, "confirmButton").click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading, timeout=5000)
    with server_committed() as session:
        assert session.get(SessionUtilisateur, data.own_session) is None


# --- Staff and two-factor ---------------------------------------------------------------


def _closed(dialog: QDialog) -> bool:
    # The dialog deletes itself on close (WA_DeleteOnClose).
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _open_enrolment(qtbot: Any, tab: security.SecurityTab, user_id: int) -> TotpEnrolmentDialog:
    tab.tabs.setCurrentWidget(tab.staff)
    screen = tab.staff
    _wait_loaded(qtbot, screen)
    _select(screen, "id", user_id)
    screen.findChild(QPushButton, "action_activer_2fa").click()
    qtbot.waitUntil(
        lambda: screen.findChild(QDialog, "totpEnrolmentDialog") is not None, timeout=3000
    )
    dialog = screen.findChild(TotpEnrolmentDialog, "totpEnrolmentDialog")
    qtbot.waitUntil(lambda: dialog.secret is not None, timeout=5000)
    return dialog


def test_staff_list_shows_roles_and_two_factor(tab: security.SecurityTab) -> None:
    screen = tab.staff
    assert screen.count_label.text() == "3 membres"  # the customer is not staff
    assert _column(screen, "nom") == ["Durand", "Martin", "Petit"]
    assert _column(screen, "role") == ["Responsable", "Administrateur", "Employé"]
    assert _column(screen, "two_factor_enabled") == ["Désactivée", "Désactivée", "Activée"]


def test_enrolment_refuses_a_wrong_code_and_enables_with_the_right_one(
    qtbot: Any, tab: security.SecurityTab, data: Data, server_committed: sessionmaker[Session]
) -> None:
    dialog = _open_enrolment(qtbot, tab, data.marc_id)
    qr = dialog.findChild(QLabel, "qrCode")
    assert qr.pixmap() is not None and not qr.pixmap().isNull()
    assert qr.pixmap().width() >= 150
    shown = dialog.findChild(QLabel, "secretLabel").text()
    assert shown == group_secret(shown) and all(len(g) == 4 for g in shown.split())
    assert shown.replace(" ", "") == dialog.secret
    assert dialog.findChild(QLabel, "secretLabel").textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByMouse
    )
    assert "marc.durand" in (dialog.uri or "")

    secret = shown.replace(" ", "")
    generator = pyotp.TOTP(secret)
    now = datetime.now(UTC)
    # Every code the service could accept in the next minute or so: the wrong one is none.
    valid = {generator.at(now + timedelta(seconds=30 * k)) for k in range(-2, 4)}
    wrong = next(c for c in (f"{n:06d}" for n in range(0, 1_000_000, 111_111)) if c not in valid)
    code_edit = dialog.findChild(QLineEdit, "codeEdit")
    confirm = dialog.findChild(QPushButton, "confirmButton")
    code_edit.setText("12345")
    assert not confirm.isEnabled()  # five digits are not a code
    code_edit.setText(f"{wrong[:3]} {wrong[3:]}")
    assert confirm.isEnabled()
    confirm.click()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=5000)
    assert dialog.error_text().startswith("Code incorrect")
    assert dialog.isVisible()
    with server_committed() as session:
        assert not session.get(Utilisateur, data.marc_id).two_factor_enabled

    code_edit.setText(generator.now())
    assert dialog.error_text() == ""  # typing clears the old error
    enabled: list[int] = []
    dialog.enabled.connect(enabled.append)
    confirm.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5000)
    assert enabled == [data.marc_id]
    with server_committed() as session:
        user = session.get(Utilisateur, data.marc_id)
        assert user.two_factor_enabled and user.two_factor_secret == secret
    screen = tab.staff
    qtbot.waitUntil(
        lambda: (
            not screen.model.loading
            and _column(screen, "two_factor_enabled") == ["Activée", "Désactivée", "Activée"]
        ),
        timeout=5000,
    )


def test_closing_the_dialog_changes_nothing(
    qtbot: Any, tab: security.SecurityTab, data: Data, server_committed: sessionmaker[Session]
) -> None:
    dialog = _open_enrolment(qtbot, tab, data.emilie_id)
    assert dialog.findChild(QLabel, "replaceNote").isVisibleTo(dialog)  # already enabled
    with server_committed() as session:
        before = session.get(Utilisateur, data.emilie_id).two_factor_secret
    dialog.findChild(QPushButton, "cancelButton").click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=3000)
    with server_committed() as session:
        user = session.get(Utilisateur, data.emilie_id)
        assert user.two_factor_enabled and user.two_factor_secret == before


def test_disable_two_factor_after_confirmation(
    qtbot: Any, tab: security.SecurityTab, data: Data, server_committed: sessionmaker[Session]
) -> None:
    tab.tabs.setCurrentWidget(tab.staff)
    screen = tab.staff
    _wait_loaded(qtbot, screen)
    _select(screen, "id", data.emilie_id)
    screen.findChild(QPushButton, "action_desactiver_2fa").click()
    box = _answer(qtbot, screen, "confirmDisable2fa", confirm=True)
    assert "Émilie Petit" in box.text()
    qtbot.waitUntil(
        lambda: (
            not screen.model.loading and _column(screen, "two_factor_enabled") == ["Désactivée"] * 3
        ),
        timeout=5000,
    )
    with server_committed() as session:
        user = session.get(Utilisateur, data.emilie_id)
        assert not user.two_factor_enabled and user.two_factor_secret is None


def test_disable_on_a_member_without_two_factor_only_informs(
    qtbot: Any, tab: security.SecurityTab, data: Data
) -> None:
    tab.tabs.setCurrentWidget(tab.staff)
    screen = tab.staff
    _wait_loaded(qtbot, screen)
    _select(screen, "id", data.marc_id)
    screen.findChild(QPushButton, "action_desactiver_2fa").click()
    box = _message_box(qtbot, screen, "informationBox")
    assert "n'est pas activée" in box.text()
    assert screen.findChild(QMessageBox, "confirmDisable2fa") is None
    box.close()


# --- Helpers ----------------------------------------------------------------------------


def test_qr_png_and_grouping() -> None:
    assert qr_png("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP").startswith(b"\x89PNG\r\n\x1a\n")
    assert group_secret("JBSWY3DPEHPK3PXPJB") == "JBSW Y3DP EHPK 3PXP JB"
    assert group_secret("JBSW Y3DP") == "JBSW Y3DP"


def test_wait_for_is_usable(qtbot: Any, tab: security.SecurityTab) -> None:
    # The tab's screens reload on demand like any ListScreen.
    wait_for(qtbot, tab.attempts.reload())
    assert tab.attempts.model.rowCount() == 5


def test_confirmation_and_information_boxes_show_names_as_typed(qtbot: Any, qloop: Any) -> None:
    """Members' names go into these boxes: never interpreted as HTML."""
    import asyncio

    from PySide6.QtWidgets import QWidget

    from backoffice.views.security_widgets import ask_confirmation, show_information

    parent = QWidget()
    qtbot.addWidget(parent)
    name = '<a href="https://evil.example/">Émilie</a>'
    task = asyncio.ensure_future(
        ask_confirmation(
            parent,
            "Désactiver",
            f"Désactiver la double authentification de {name} ?",
            "Désactiver",
            informative=f"{name} se connectera de nouveau avec son seul mot de passe.",
        )
    )
    box = _message_box(qtbot, parent, "confirmBox")
    assert box.textFormat() == Qt.TextFormat.PlainText
    for label_name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, label_name)
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert name in label.text()
    box.findChild(QPushButton, "cancelButton").click()
    qtbot.waitUntil(task.done, timeout=3000)
    assert task.result() is False

    show_information(parent, "Double authentification", f"Rien à faire pour {name}.")
    info = _message_box(qtbot, parent, "informationBox")
    assert info.textFormat() == Qt.TextFormat.PlainText
    assert name in info.text()
    info.close()
