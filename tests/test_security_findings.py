"""Tests the suite lacked (issue 16): each fails on a small deliberate change of the code.

* the stored hash never in the "malformed/unsupported hash" log lines;
* a plain backup code compared with ``hmac.compare_digest``;
* the lock counted from the newest failure;
* a backup code typed with a dash or a space;
* ``sign_out`` checks the session's owner; the heartbeat handles a NULL ``last_activity``;
* ``update_product``'s checks (values read, SQL compare-and-set, stock) each needed;
* the whole role → permission matrix, pinned;
* equal hashing work on every refusal, and unknown addresses throttled across restarts.
"""

from __future__ import annotations

import hmac
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import HistoriqueConnexion, Produit, RoleName, SessionUtilisateur
from backoffice.services import auth, passwords, throttle, totp
from backoffice.services.auth import ClientInfo, SignedIn, sign_in
from backoffice.services.catalog import (
    ProductConflict,
    ProductData,
    create_product,
    get_product,
    update_product,
)
from backoffice.services.catalog import products as catalog_products
from backoffice.services.errors import AuthenticationError
from backoffice.services.permissions import ROLE_PERMISSIONS, Permission, Staff
from backoffice.services.sessions import db_now, sign_out, touch_session
from tests.factories import make_staff, make_user, php_bcrypt

CLIENT = ClientInfo(ip="192.0.2.20", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"


def refused(session: Session, email: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        sign_in(session, email, password, CLIENT)
    return caught.value.message


# --- Hashes never logged -------------------------------------------------------------------

LOGGED_HASHES = [
    "motdepasse-en-clair",
    "5f4dcc3b5aa765d61d8327deb882cf99",
    "$1$md5crypt$abcdefghijklmnopqrstuv",
    "$2x$10$" + "q" * 53,
    "$2y$10$tropcourtmaisunique",
    "$2y$99$" + "z" * 53,
    "$argon2id$v=19$m=65536,t=3,p=4$c2Fs!dA$aGFz!aAsecret",
]


@pytest.mark.parametrize("stored", LOGGED_HASHES)
def test_a_bad_hash_is_logged_by_format_never_by_value(
    stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    assert passwords.verify_password("x", stored) is False
    assert passwords.check_with_equal_work("x", stored, passwords.WorkProfile(4)) is False
    assert caplog.records, "the bad hash is reported"
    text = caplog.text
    assert stored not in text
    # Not even the part after the format's prefix (salt, digest, or the clear password).
    body = stored[stored.rfind("$") + 1 :] if "$" in stored else stored
    assert body not in text


def test_a_bad_hash_at_sign_in_is_not_logged(
    server_session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    user = make_user(server_session, RoleName.ADMIN)
    user.password = "$2y$10$" + "secretsecret" * 4
    server_session.flush()
    caplog.set_level("DEBUG")
    refused(server_session, user.email, "x")
    assert "secretsecret" not in caplog.text


# --- Backup codes --------------------------------------------------------------------------


def test_a_plain_backup_code_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(passwords.hmac, "compare_digest", spy)
    assert passwords.verify_secret("ABCD-EFGH", "ABCD-EFGH") is True
    assert passwords.verify_secret("ABCD-EFGX", "ABCD-EFGH") is False
    assert calls == [(b"ABCD-EFGH", b"ABCD-EFGH"), (b"ABCD-EFGX", b"ABCD-EFGH")]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("ABCDEFGH", "ABCD-EFGH"), ("abcdefgh", "abcd efgh"), ("ABCDEFGH", " ABCD EFGH ")],
)
def test_a_backup_code_typed_with_a_dash_or_a_space_is_accepted(
    server_session: Session, stored: str, typed: str
) -> None:
    user = make_user(
        server_session,
        RoleName.ADMIN,
        password_hash=php_bcrypt(PASSWORD),
        two_factor_enabled=True,
        two_factor_secret="JBSWY3DPEHPK3PXP",
        backup_code=stored,
    )
    assert totp.check_second_factor(server_session, user, typed, db_now(server_session))
    server_session.expire_all()
    assert server_session.get(type(user), user.id).backup_code is None  # type: ignore[union-attr]


# --- The lock counts from the newest failure ----------------------------------------------


def _failures_at(session: Session, user_id: int, times: list[datetime]) -> None:
    for moment in times:
        session.add(
            HistoriqueConnexion(
                id_utilisateur=user_id,
                ip=CLIENT.ip,
                user_agent=CLIENT.user_agent,
                succes=False,
                date_connexion=moment,
            )
        )
    session.flush()


def test_the_lock_ends_fifteen_minutes_after_the_newest_failure(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    now = db_now(server_session)
    newest = now - timedelta(minutes=2)
    # Five failures spread over 14 minutes, the newest two minutes ago.
    spread = [newest - timedelta(minutes=m) for m in (14, 10.5, 7, 3.5, 0)]
    _failures_at(server_session, user.id, spread)

    end = throttle.account_lock_end(server_session, user.id, now)
    assert end is not None
    assert abs((end - (newest + auth.LOCK_WINDOW)).total_seconds()) < 1
    # Still locked, even for the right password, for the 13 minutes left.
    message = refused(server_session, user.email, PASSWORD)
    assert "Trop de tentatives" in message and "13 minutes" in message


def test_failures_spread_over_more_than_the_window_do_not_lock(server_session: Session) -> None:
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    now = db_now(server_session)
    spread = [now - timedelta(minutes=m) for m in (16, 12, 8, 4, 0.5)]
    _failures_at(server_session, user.id, spread)
    assert throttle.account_lock_end(server_session, user.id, now) is None
    assert isinstance(sign_in(server_session, user.email, PASSWORD, CLIENT), SignedIn)


def test_lock_end_rule() -> None:
    base = datetime(2026, 3, 1, 12, 0)
    minutes = [14, 10, 7, 3, 0]
    newest_first = [base - timedelta(minutes=m) for m in reversed(minutes)][::-1]
    newest_first = sorted(newest_first, reverse=True)
    assert throttle.lock_end(newest_first, base) == base + throttle.LOCK_WINDOW
    assert throttle.lock_end(newest_first, base + throttle.LOCK_WINDOW) is None
    assert throttle.lock_end(newest_first[:4], base) is None


# --- Unknown addresses: counted in the database -------------------------------------------


def test_an_unknown_address_stays_locked_after_a_restart(server_session: Session) -> None:
    address = "personne-nulle-part@example.test"
    for _ in range(auth.MAX_FAILURES):
        assert refused(server_session, address, "x") == auth.INVALID_CREDENTIALS_MESSAGE
    auth._reset_process_state_for_tests()  # a restart: nothing left in memory
    user = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    for _ in range(auth.MAX_FAILURES):
        refused(server_session, user.email, "x")
    auth._reset_process_state_for_tests()
    # Same lock message for the unknown address as for the real account.
    assert refused(server_session, address, PASSWORD) == refused(
        server_session, user.email, PASSWORD
    )
    from backoffice.models import TentativeInconnue

    stored = list(server_session.scalars(select(TentativeInconnue.empreinte)))
    assert stored and address not in stored  # only the keyed hash is kept
    assert set(stored) == {throttle.address_fingerprint(address)}


# --- Equal work ------------------------------------------------------------------------------


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every bcrypt and argon2 check that ran to the end, as (kind, "real" or "dummy")."""
    calls: list[tuple[str, str]] = []
    for kind in ("bcrypt", "argon2"):
        real = getattr(passwords, f"{kind}_check")

        def counting(password: str, stored: str, _real: Any = real, _kind: str = kind) -> bool:
            result = bool(_real(password, stored))  # a malformed hash raises: no work done
            calls.append((_kind, "dummy" if _is_dummy(stored) else "real"))
            return result

        monkeypatch.setattr(passwords, f"{kind}_check", counting)
    return calls


def _is_dummy(stored: str) -> bool:
    cost = passwords.bcrypt_cost(stored[:7])
    if cost is not None:
        return stored == passwords.dummy_bcrypt_hash(cost)
    params = passwords.argon2_params(stored)
    return params is not None and stored == passwords.dummy_argon2_hash(params)


ARGON2 = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def test_every_refusal_does_one_bcrypt_and_one_argon2(
    server_session: Session, checks: list[tuple[str, str]]
) -> None:
    bcrypt_member = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    argon2_member = make_user(server_session, RoleName.ADMIN, password_hash=ARGON2.hash(PASSWORD))
    malformed = make_user(server_session, RoleName.ADMIN)
    malformed.password = "$2y$10$tropcourt"
    unsupported = make_user(server_session, RoleName.ADMIN)
    unsupported.password = "5f4dcc3b5aa765d61d8327deb882cf99"
    customer = make_user(server_session, RoleName.CLIENT, password_hash=php_bcrypt(PASSWORD))
    locked = make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    server_session.flush()
    for _ in range(auth.MAX_FAILURES):
        refused(server_session, locked.email, "x")

    work = throttle.work_profile(server_session)
    assert work.bcrypt_cost == 4  # the accounts' cost, not PHP's default
    assert work.argon2 == passwords.argon2_params(argon2_member.password)

    per_path: dict[str, list[tuple[str, str]]] = {}
    for name, email in [
        ("unknown", "personne@example.test"),
        ("bcrypt", bcrypt_member.email),
        ("argon2", argon2_member.email),
        ("malformed", malformed.email),
        ("unsupported", unsupported.email),
        ("customer", customer.email),
        ("locked", locked.email),
    ]:
        del checks[:]
        refused(server_session, email, "mauvais")
        per_path[name] = sorted(checks)

    kinds = {name: [kind for kind, _ in calls] for name, calls in per_path.items()}
    assert set(map(tuple, kinds.values())) == {("argon2", "bcrypt")}, per_path
    assert per_path["bcrypt"] == [("argon2", "dummy"), ("bcrypt", "real")]
    assert per_path["argon2"] == [("argon2", "real"), ("bcrypt", "dummy")]
    for name in ("unknown", "malformed", "unsupported", "locked"):
        assert per_path[name] == [("argon2", "dummy"), ("bcrypt", "dummy")], name


def test_without_argon2_accounts_only_bcrypt_runs(
    server_session: Session, checks: list[tuple[str, str]]
) -> None:
    make_user(server_session, RoleName.ADMIN, password_hash=php_bcrypt(PASSWORD))
    refused(server_session, "personne@example.test", "x")
    assert checks == [("bcrypt", "dummy")]


def test_work_profile_reads_costs_from_prefixes() -> None:
    assert passwords.bcrypt_cost("$2y$12$") == 12
    assert passwords.bcrypt_cost("$2y$31$") is None  # out of bounds: never a 31-cost dummy
    assert passwords.argon2_params("$argon2id$v=19$m=65536,t=4,p=1$c2FsdA") == (
        passwords.Argon2Params("argon2id", 65536, 4, 1)
    )
    assert passwords.argon2_params("$argon2id$v=19$m=99999999,t=4,p=1$") is None


# --- Sessions ------------------------------------------------------------------------------


def _signed_in(session: Session, role: str = RoleName.ADMIN) -> Staff:
    user = make_user(session, role, password_hash=php_bcrypt(PASSWORD))
    result = sign_in(session, user.email, PASSWORD, CLIENT)
    assert isinstance(result, SignedIn)
    return result.staff


def test_sign_out_only_ends_the_members_own_session(db_session: Session) -> None:
    alice = _signed_in(db_session)
    bob = _signed_in(db_session)
    # Bob's desk asks to sign out with Alice's session id: nothing happens to hers.
    sign_out(db_session, replace(bob, session_id=alice.session_id))
    assert db_session.get(SessionUtilisateur, alice.session_id) is not None
    sign_out(db_session, alice)
    db_session.expire_all()
    assert db_session.get(SessionUtilisateur, alice.session_id) is None
    assert db_session.get(SessionUtilisateur, bob.session_id) is not None


def test_the_heartbeat_fills_a_null_last_activity(db_session: Session) -> None:
    staff = _signed_in(db_session)
    db_session.execute(
        update(SessionUtilisateur)
        .where(SessionUtilisateur.id == staff.session_id)
        .values(last_activity=None)
    )
    touch_session(db_session, staff)
    db_session.expire_all()
    row = db_session.get(SessionUtilisateur, staff.session_id)
    assert row is not None and row.last_activity is not None


# --- update_product's checks ---------------------------------------------------------------


def _product(factory: sessionmaker[Session]) -> tuple[Staff, int]:
    with factory() as setup:
        admin = make_staff(setup)
        product_id = create_product(
            setup,
            admin,
            ProductData(nom="Théière", slug="theiere-cas", prix=Decimal("25.00"), stock=10),
        )
        setup.commit()
    return admin, product_id


def _website_writes(factory: sessionmaker[Session], product_id: int, **values: Any) -> None:
    with factory() as website:
        website.execute(update(Produit).where(Produit.id == product_id).values(**values))
        website.commit()


def _row(factory: sessionmaker[Session], product_id: int) -> tuple[str, Decimal, int]:
    with factory() as check:
        row = check.execute(
            select(Produit.nom, Produit.prix, Produit.stock).where(Produit.id == product_id)
        ).one()
        return row.nom, row.prix, row.stock


def test_a_change_made_after_the_form_read_is_a_conflict(
    server_committed: sessionmaker[Session],
) -> None:
    """The values-read check (``conflicting_fields``): the row changed between the form's
    read and the save."""
    admin, product_id = _product(server_committed)
    with server_committed() as desk:
        read = get_product(desk, admin, product_id)
        desk.commit()
        _website_writes(server_committed, product_id, nom="Théière en fonte")
        with pytest.raises(ProductConflict):
            update_product(desk, admin, product_id, replace(read, prix=Decimal("30.00")), read)
        desk.rollback()
    assert _row(server_committed, product_id) == ("Théière en fonte", Decimal("25.00"), 10)


def test_a_change_between_the_save_s_read_and_write_is_a_conflict(
    server_committed: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SQL compare-and-set (``unchanged_product``): where the save's read does not lock
    the row, a change committed between that read and the UPDATE is caught by the UPDATE."""
    admin, product_id = _product(server_committed)
    real_read_row = catalog_products._read_row
    changed: list[bool] = []

    def unlocked_read_then_website(session: Session, pid: int, lock: bool = False) -> Any:
        row = real_read_row(session, pid)  # as a server without row locks would
        if lock and not changed:
            changed.append(True)
            _website_writes(server_committed, pid, nom="Théière en fonte")
        return row

    with server_committed() as desk:
        read = get_product(desk, admin, product_id)
        desk.commit()
        monkeypatch.setattr(catalog_products, "_read_row", unlocked_read_then_website)
        with pytest.raises(ProductConflict):
            update_product(desk, admin, product_id, replace(read, prix=Decimal("30.00")), read)
        desk.rollback()
    assert changed == [True]
    assert _row(server_committed, product_id) == ("Théière en fonte", Decimal("25.00"), 10)


def test_a_stock_typed_over_a_sale_is_a_conflict(
    server_committed: sessionmaker[Session],
) -> None:
    """The stock check: the member typed a new stock while the website sold some."""
    admin, product_id = _product(server_committed)
    with server_committed() as desk:
        read = get_product(desk, admin, product_id)
        desk.commit()
        _website_writes(server_committed, product_id, stock=7)  # three sold meanwhile
        with pytest.raises(ProductConflict):
            update_product(desk, admin, product_id, replace(read, stock=20), read)
        desk.rollback()
    assert _row(server_committed, product_id)[2] == 7


def test_a_stock_left_as_read_keeps_the_sales(
    server_committed: sessionmaker[Session],
) -> None:
    """The stock check's other side: an untouched stock is neither a conflict nor written."""
    admin, product_id = _product(server_committed)
    with server_committed() as desk:
        read = get_product(desk, admin, product_id)
        desk.commit()
        _website_writes(server_committed, product_id, stock=7)
        saved = update_product(desk, admin, product_id, replace(read, prix=Decimal("30.00")), read)
        desk.commit()
    assert saved.stock == 7
    assert _row(server_committed, product_id) == ("Théière", Decimal("30.00"), 7)


# --- The permission matrix, pinned -----------------------------------------------------------

P = Permission
EXPECTED_MATRIX: dict[str, set[Permission]] = {
    RoleName.ADMIN: set(Permission),
    RoleName.MANAGER: set(Permission) - {P.SECURITY_ADMIN},
    RoleName.EMPLOYE: {
        P.CATALOG_VIEW,
        P.CATALOG_EDIT,
        P.ORDERS_VIEW,
        P.ORDERS_ADVANCE,
        P.INVOICES_VIEW,
        P.QUOTES_VIEW,
        P.CUSTOMERS_VIEW,
    },
    RoleName.SUPPORT: {
        P.CATALOG_VIEW,
        P.ORDERS_VIEW,
        P.QUOTES_VIEW,
        P.QUOTES_ANSWER,
        P.CONVERSATIONS_VIEW,
        P.CONVERSATIONS_REPLY,
        P.CUSTOMERS_VIEW,
    },
    RoleName.CLIENT: set(),
}


def test_the_role_permission_matrix_is_exactly_the_documented_one() -> None:
    assert {p.value for p in Permission} == {
        "catalog.view",
        "catalog.edit",
        "orders.view",
        "orders.advance",
        "orders.cancel",
        "invoices.view",
        "invoices.issue",
        "quotes.view",
        "quotes.answer",
        "conversations.view",
        "conversations.reply",
        "customers.view",
        "customers.edit",
        "reviews.moderate",
        "security.admin",
    }
    assert {str(role): set(perms) for role, perms in ROLE_PERMISSIONS.items()} == {
        str(role): perms for role, perms in EXPECTED_MATRIX.items()
    }
    for role, perms in EXPECTED_MATRIX.items():
        staff = Staff(id=1, email="x@example.test", role=str(role))
        assert {p for p in Permission if staff.can(p)} == perms, role
