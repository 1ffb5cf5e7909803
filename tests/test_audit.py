"""The audit row belongs to the change's transaction: both are kept or both are gone."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import HistoriqueAction, RoleName, SessionUtilisateur, Utilisateur
from backoffice.services import sessions, totp
from backoffice.services.audit import audit, changed_fields, encode_details
from backoffice.services.auth import ClientInfo, SignedIn, sign_in
from backoffice.services.errors import ValidationError
from backoffice.services.permissions import Staff
from tests.factories import make_staff, make_user, php_bcrypt

pytestmark = pytest.mark.postgres

CLIENT = ClientInfo(ip="192.0.2.40", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"


def _audit_count(session: Session, type_action: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(HistoriqueAction)
            .where(HistoriqueAction.type_action == type_action)
        )
        or 0
    )


def _setup(factory: sessionmaker[Session]) -> tuple[int, int, int]:
    """(admin id, member id, member's session id), committed."""
    with factory() as session:
        admin = make_staff(session, RoleName.ADMIN)
        member = make_user(session, RoleName.EMPLOYE, password_hash=php_bcrypt(PASSWORD))
        session.commit()
        result = sign_in(session, member.email, PASSWORD, CLIENT)
        assert isinstance(result, SignedIn)
        return admin.id, member.id, result.staff.session_id  # type: ignore[return-value]


def test_audit_row_is_rolled_back_with_the_change(server_committed: sessionmaker[Session]) -> None:
    admin_id, _member_id, session_id = _setup(server_committed)
    with server_committed() as session:
        admin = Staff(id=admin_id, email="admin@example.test", role=RoleName.ADMIN)
        sessions.revoke_session(session, admin, session_id)
        assert _audit_count(session, "securite.session_revoquee") == 1  # visible inside
        session.rollback()  # the runner does this when the operation fails afterwards

    with server_committed() as session:
        assert session.get(SessionUtilisateur, session_id) is not None
        assert _audit_count(session, "securite.session_revoquee") == 0


def test_audit_row_is_committed_with_the_change(server_committed: sessionmaker[Session]) -> None:
    admin_id, member_id, _session_id = _setup(server_committed)
    with server_committed() as session:
        admin = Staff(id=admin_id, email="admin@example.test", role=RoleName.ADMIN)
        assert sessions.revoke_all_sessions(session, admin, member_id) == 1
        session.commit()

    with server_committed() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(SessionUtilisateur)
                .where(SessionUtilisateur.id_utilisateur == member_id)
            )
            == 0
        )
        row = session.scalars(
            select(HistoriqueAction).where(
                HistoriqueAction.type_action == "securite.sessions_revoquees"
            )
        ).one()
        assert row.id_utilisateur == admin_id
        assert json.loads(row.details or "{}") == {"id_utilisateur": member_id, "nombre": 1}


def test_failed_mutation_leaves_no_audit_row(server_committed: sessionmaker[Session]) -> None:
    admin_id, member_id, _ = _setup(server_committed)
    with server_committed() as session:
        admin = Staff(id=admin_id, email="admin@example.test", role=RoleName.ADMIN)
        with pytest.raises(ValidationError):
            totp.confirm_totp_enrolment(session, admin, member_id, "JBSWY3DPEHPK3PXP", "000000")
        session.rollback()
    with server_committed() as session:
        assert _audit_count(session, "securite.2fa_activee") == 0
        member = session.get(Utilisateur, member_id)
        assert member is not None and not member.two_factor_enabled


def test_audit_details_are_json_that_cannot_forge_lines(server_session: Session) -> None:
    actor = make_staff(server_session, RoleName.ADMIN)
    row = audit(
        server_session,
        actor,
        "test.action",
        {
            "nom": "ligne\nfausse",
            "prix": Decimal("1.50"),
            "quand": datetime(2026, 1, 1, tzinfo=UTC),
        },
        before={"prix": Decimal("1.00")},
        after={"prix": Decimal("1.50")},
    )
    server_session.flush()
    assert "\n" not in (row.details or "")
    details = json.loads(row.details or "{}")
    assert details["nom"] == "ligne\nfausse"
    assert details["prix"] == "1.50"
    assert details["avant"] == {"prix": "1.00"} and details["apres"] == {"prix": "1.50"}
    assert row.id_utilisateur == actor.id
    assert json.loads(encode_details({"s": {1}})) == {"s": [1]}


def test_changed_fields() -> None:
    assert changed_fields({"a": 1, "b": 2}, {"a": 1, "b": 3}) == ({"b": 2}, {"b": 3})
