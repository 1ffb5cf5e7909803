"""Numbers: consecutive under concurrency, no gap after a rollback, after the website's."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Avoir, Facture
from backoffice.services.errors import ValidationError
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.numbering import format_number, now_utc, numbering_year
from backoffice.services.invoices.verify import verify_documents
from backoffice.services.permissions import Staff
from tests.factories import make_staff
from tests.invoice_helpers import make_order, set_identity

THREADS, EACH = 8, 50


def _numbers(session: Session) -> list[int]:
    return sorted(int(n.rsplit("-", 1)[1]) for n in session.scalars(select(Facture.numero_facture)))


def test_eight_clerks_at_once_get_consecutive_numbers(
    server_committed: sessionmaker[Session],
) -> None:
    with server_committed() as session:
        set_identity(session)
        actor = make_staff(session, "manager")
        orders = [make_order(session, status="en_preparation").id for _ in range(THREADS * EACH)]
        session.commit()
    barrier = threading.Barrier(THREADS)

    def clerk(mine: list[int]) -> int:
        barrier.wait()
        for order_id in mine:
            with server_committed() as session:
                issue_invoice(session, actor, order_id)
                session.commit()
        return len(mine)

    with ThreadPoolExecutor(THREADS) as pool:
        done = list(pool.map(clerk, [orders[i::THREADS] for i in range(THREADS)]))
    assert sum(done) == THREADS * EACH
    with server_committed() as session:
        assert _numbers(session) == list(range(1, THREADS * EACH + 1))
        report = verify_documents(session, adopt=False)
        assert report.ok, report.problems[:3]


def test_a_rolled_back_issue_leaves_no_gap(server_committed: sessionmaker[Session]) -> None:
    with server_committed() as session:
        set_identity(session)
        actor = make_staff(session, "manager")
        first, second = (make_order(session, status="expediee").id for _ in range(2))
        session.commit()
    with server_committed() as session:
        issue_invoice(session, actor, first)
        session.rollback()
    with server_committed() as session:
        issue_invoice(session, actor, second)
        issue_invoice(session, actor, first)
        session.commit()
        assert _numbers(session) == [1, 2]


def test_the_series_continues_after_the_website_numbers(db_session: Session) -> None:
    set_identity(db_session)
    actor = make_staff(db_session, "manager")
    year = numbering_year(now_utc(db_session))
    template = "FA-{année}-{numéro:06}"
    website = make_order(db_session, status="livree")
    db_session.execute(
        text(
            "INSERT INTO factures (id_commande, numero_facture, date_emission, montant_ht,"
            " montant_tva, montant_ttc) VALUES (:o, :n, CURRENT_TIMESTAMP, 1, 0.2, 1.2)"
        ),
        {"o": website.id, "n": format_number(template, year, 41)},
    )
    ours = issue_invoice(db_session, actor, make_order(db_session, status="livree").id)
    assert db_session.get(Facture, ours).numero_facture == format_number(template, year, 42)  # type: ignore[union-attr]
    # The website takes the next number meanwhile: ours skips it, never reuses it.
    again = make_order(db_session, status="livree")
    db_session.execute(
        text(
            "INSERT INTO factures (id_commande, numero_facture, date_emission, montant_ht,"
            " montant_tva, montant_ttc) VALUES (:o, :n, CURRENT_TIMESTAMP, 1, 0.2, 1.2)"
        ),
        {"o": again.id, "n": format_number(template, year, 43)},
    )
    later = issue_invoice(db_session, actor, make_order(db_session, status="livree").id)
    assert db_session.get(Facture, later).numero_facture == format_number(template, year, 44)  # type: ignore[union-attr]


def test_concurrent_partial_credits_never_over_credit(
    server_committed: sessionmaker[Session],
) -> None:
    with server_committed() as session:
        set_identity(session)
        actor = make_staff(session, "manager")
        invoice_id = issue_invoice(session, actor, make_order(session, status="livree").id)
        session.commit()
    barrier = threading.Barrier(THREADS)

    def clerk(_: int) -> bool:
        barrier.wait()
        with server_committed() as session:
            try:
                issue_credit_note(
                    session, actor, invoice_id, "Geste commercial", amount=Decimal("10.00")
                )
                session.commit()
                return True
            except ValidationError:
                session.rollback()
                return False

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(clerk, range(THREADS)))
    assert results.count(True) == 5  # 5 × 10 € ≤ 50,38 €, the sixth would pass it
    with server_committed() as session:
        credited = session.scalar(
            select(func.sum(Avoir.montant_ttc)).where(Avoir.id_facture == invoice_id)
        )
        assert credited == Decimal("50.00")
        assert verify_documents(session, adopt=False).ok


def _actor(session: Session) -> Staff:
    return make_staff(session, "manager")
