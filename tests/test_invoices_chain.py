"""Immutability (service, triggers, grants) and ``invoices verify`` (issue 11)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import make_engine
from backoffice.services.invoices.credit_notes import credit_invoice
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.verify import verify_documents
from tests.factories import make_staff
from tests.invoice_helpers import make_order, set_identity


def _issue(session: Session, n: int = 3) -> list[int]:
    set_identity(session)
    actor = make_staff(session, "manager")
    return [
        issue_invoice(session, actor, make_order(session, status="en_preparation").id)
        for _ in range(n)
    ]


def _number(session: Session, invoice_id: int) -> str:
    return str(
        session.execute(
            text("SELECT numero_facture FROM factures WHERE id = :i"), {"i": invoice_id}
        ).scalar()
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE factures SET montant_ttc = 1 WHERE id = :i",
        "DELETE FROM factures WHERE id = :i",
        "UPDATE factures_instantanes SET contenu = '{}' WHERE id_facture = :i",
        "DELETE FROM factures_instantanes WHERE id_facture = :i",
        "UPDATE avoirs SET montant_ttc = 0 WHERE id_facture = :i",
        "DELETE FROM avoirs WHERE id_facture = :i",
        "UPDATE avoirs_lignes SET quantite = 0",
        "DELETE FROM avoirs_lignes",
    ],
)
def test_triggers_refuse_changing_an_issued_document(db_session: Session, sql: str) -> None:
    invoice_id = _issue(db_session, 1)[0]
    credit_invoice(db_session, None, invoice_id, reason="Retour", full=True)
    db_session.commit()
    with pytest.raises(DBAPIError) as caught, db_session.begin_nested():
        db_session.execute(text(sql), {"i": invoice_id})
    assert "immuable" in str(caught.value)


def test_a_fresh_chain_verifies(db_session: Session) -> None:
    ids = _issue(db_session, 4)
    credit_invoice(db_session, None, ids[1], reason="Retour", full=True)
    report = verify_documents(db_session)
    assert report.ok, report.problems
    assert report.checked["facture"] >= 4 and report.checked["avoir"] >= 1


def _without_triggers(session: Session, sql: str, params: dict[str, object]) -> None:
    """What a superuser (psql) can do: change a row with the triggers off."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SET LOCAL session_replication_role = replica"))
        session.execute(text(sql), params)
        session.execute(text("SET LOCAL session_replication_role = origin"))
    else:  # SQLite: DDL is transactional, the test's rollback puts the triggers back
        names = session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%immuable%'"
            )
        ).all()
        for name, _ in names:
            session.execute(text(f"DROP TRIGGER {name}"))
        session.execute(text(sql), params)
        for _, create in names:
            session.execute(text(create))


TAMPER_DIALECTS = pytest.mark.parametrize("db_session", ["sqlite", "postgresql"], indirect=True)


@TAMPER_DIALECTS
def test_verify_names_an_invoice_row_altered_with_the_trigger_off(db_session: Session) -> None:
    ids = _issue(db_session)
    _without_triggers(
        db_session, "UPDATE factures SET montant_ttc = montant_ttc - 1 WHERE id = :i", {"i": ids[1]}
    )
    report = verify_documents(db_session)
    assert report.first is not None
    assert report.first.code == "modifie" and report.first.numero == _number(db_session, ids[1])


@TAMPER_DIALECTS
def test_verify_names_an_altered_snapshot(db_session: Session) -> None:
    ids = _issue(db_session)
    _without_triggers(
        db_session,
        "UPDATE factures_instantanes SET contenu = replace(contenu, 'Marie', 'Mario') "
        "WHERE id_facture = :i",
        {"i": ids[2]},
    )
    report = verify_documents(db_session)
    assert report.first is not None and report.first.code == "modifie"
    assert report.first.numero == _number(db_session, ids[2])


@TAMPER_DIALECTS
def test_verify_names_a_deleted_invoice(db_session: Session) -> None:
    ids = _issue(db_session, 4)
    after = _number(db_session, ids[2])
    _without_triggers(
        db_session,
        "DELETE FROM factures_instantanes WHERE id_facture = :i",
        {"i": ids[1]},
    )
    _without_triggers(db_session, "DELETE FROM factures WHERE id = :i", {"i": ids[1]})
    report = verify_documents(db_session, adopt=False)
    assert report.first is not None and report.first.code == "supprime"
    assert report.first.numero == after  # the first document after the hole
    assert any(p.code == "numerotation" for p in report.problems)


@TAMPER_DIALECTS
def test_verify_names_a_forged_credit_note(db_session: Session) -> None:
    ids = _issue(db_session, 2)
    real = credit_invoice(db_session, None, ids[0], reason="Retour", full=True)
    row = db_session.execute(
        text("SELECT contenu, empreinte, rang FROM avoirs WHERE id = :i"), {"i": real}
    ).one()
    db_session.execute(
        text(
            "INSERT INTO avoirs (numero_avoir, id_facture, id_commande, date_emission, montant_ht,"
            " montant_tva, montant_ttc, total, motif, rang, contenu, empreinte,"
            " empreinte_precedente, date_creation) SELECT 'AV-FAUX-1', id_facture, id_commande,"
            " date_emission, montant_ht, montant_tva, montant_ttc, total, motif, :rang,"
            " replace(contenu, numero_avoir, 'AV-FAUX-1'), :hash, :prev, date_creation"
            " FROM avoirs WHERE id = :i"
        ),
        {"i": real, "rang": row.rang + 1, "hash": "f" * 64, "prev": row.empreinte},
    )
    report = verify_documents(db_session, adopt=False)
    assert report.first is not None
    assert report.first.numero == "AV-FAUX-1" and report.first.code == "modifie"
    assert any(p.code == "tete" for p in report.problems)


def test_website_invoices_are_adopted_and_an_out_of_order_one_is_named(db_session: Session) -> None:
    ids = _issue(db_session, 2)
    last = _number(db_session, ids[-1])
    prefix, n = last.rsplit("-", 1)
    order = make_order(db_session, status="livree")
    # The website issues the next one by itself (no snapshot): adopted at verify.
    db_session.execute(
        text(
            "INSERT INTO factures (id_commande, numero_facture, date_emission, montant_ht,"
            " montant_tva, montant_ttc) VALUES (:o, :n, CURRENT_TIMESTAMP, 41.98, 8.40, 50.38)"
        ),
        {"o": order.id, "n": f"{prefix}-{int(n) + 1:06d}"},
    )
    report = verify_documents(db_session)
    assert report.ok, report.problems
    assert report.adopted == 1
    # One inserted with a number before the chain's last: named, not adopted.
    other = make_order(db_session, status="livree")
    db_session.execute(
        text(
            "INSERT INTO factures (id_commande, numero_facture, date_emission, montant_ht,"
            " montant_tva, montant_ttc) VALUES (:o, :n, CURRENT_TIMESTAMP, 1, 0.2, 1.2)"
        ),
        {"o": other.id, "n": f"{prefix}-{int(n) - 1:06d}-bis"[:0] + f"{prefix}-000000"},
    )
    report = verify_documents(db_session)
    assert report.first is not None and report.first.code == "insere"
    assert report.first.numero == f"{prefix}-000000"


@pytest.fixture
def role_name(pg_engine: Engine) -> Iterator[str]:
    name = f"backoffice_test_{uuid.uuid4().hex[:10]}"
    yield name
    with pg_engine.begin() as connection:
        if connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).scalar():
            connection.execute(text(f'DROP OWNED BY "{name}"'))
            connection.execute(text(f'DROP ROLE "{name}"'))


@pytest.mark.postgres
def test_the_granted_role_cannot_update_or_delete_documents(
    pg_engine: Engine, pg_committed: sessionmaker[Session], role_name: str
) -> None:
    from backoffice.services.db_role import grant_role

    with pg_committed() as session:
        invoice_id = _issue(session, 1)[0]
        credit_invoice(session, None, invoice_id, reason="Retour", full=True)
        session.commit()
    grant_role(pg_engine, role_name, password="Mot-de-passe-du-role-2026")
    app = make_engine(pg_engine.url.set(username=role_name, password="Mot-de-passe-du-role-2026"))
    try:
        for sql in (
            "UPDATE factures SET montant_ttc = 0",
            "DELETE FROM factures",
            "UPDATE factures_instantanes SET contenu = ''",
            "DELETE FROM factures_instantanes",
            "UPDATE avoirs SET motif = ''",
            "DELETE FROM avoirs_lignes",
        ):
            with app.connect() as connection:
                with pytest.raises(DBAPIError) as caught:
                    connection.execute(text(sql))
                assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege), sql
        # It can still issue: SELECT/INSERT on the documents, UPDATE on the counters.
        with Session(app) as session:
            actor = make_staff(session, "manager")
            order = make_order(session, status="en_preparation")
            assert issue_invoice(session, actor, order.id) > invoice_id
            session.commit()
    finally:
        app.dispose()


def test_amounts_stay_decimal(db_session: Session) -> None:
    ids = _issue(db_session, 1)
    value = db_session.execute(
        text("SELECT montant_ttc FROM factures WHERE id = :i"), {"i": ids[0]}
    ).scalar()
    assert Decimal(str(value)) == Decimal("50.38")


@pytest.mark.mariadb
def test_the_granted_mariadb_account_cannot_update_or_delete_documents(
    mariadb_engine: Engine,
) -> None:
    import pymysql

    from backoffice.services.db_role import grant_role

    name = f"bo_test_{uuid.uuid4().hex[:10]}"
    password = "Mot-de-passe-du-compte-2026"
    grant_role(mariadb_engine, name, password=password)
    url = mariadb_engine.url
    try:
        connection = pymysql.connect(
            host=url.host or "127.0.0.1",
            port=url.port or 3306,
            user=name,
            password=password,
            database=url.database,
            autocommit=True,
        )
        with connection:
            for sql in (
                "UPDATE factures SET montant_ttc = 0",
                "DELETE FROM factures",
                "UPDATE factures_instantanes SET contenu = ''",
                "DELETE FROM factures_instantanes",
                "UPDATE avoirs SET motif = ''",
                "DELETE FROM avoirs_lignes",
            ):
                with connection.cursor() as cursor, pytest.raises(pymysql.MySQLError) as caught:
                    cursor.execute(sql)
                assert caught.value.args[0] == 1142, (sql, caught.value)
            with connection.cursor() as cursor:  # the counters move: UPDATE granted there
                cursor.execute("UPDATE chaines_documents SET rang = rang WHERE serie = 'x'")
    finally:
        with mariadb_engine.connect() as admin:
            for (host,) in admin.execute(
                text("SELECT Host FROM mysql.user WHERE User = :n"), {"n": name}
            ):
                admin.execute(text(f"DROP USER '{name}'@'{host}'"))
            admin.commit()


def test_an_invoice_issued_in_the_repeated_hour_of_autumn_verifies(db_session: Session) -> None:
    """01:30 UTC on 26/10/2025 is the second 02:30 in Paris: a wall-clock DATETIME reads it
    back as the first one, which is no alteration."""
    from datetime import UTC, datetime

    from backoffice.services.invoices.issuing import issue_for_order

    set_identity(db_session)
    order = make_order(db_session, status="en_preparation")
    issue_for_order(db_session, None, order.id, at=datetime(2025, 10, 26, 1, 30, tzinfo=UTC))
    report = verify_documents(db_session, adopt=False)
    assert report.ok, report.problems
