"""Credit notes: full on cancellation, partial by lines or amount, never over-credited."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models import Avoir, AvoirLigne
from backoffice.services.errors import PermissionDenied, ServiceError, ValidationError
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.documents import credit_remaining, get_stored_document
from backoffice.services.invoices.hooks import on_order_cancelled, on_order_status_changed
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.listing import list_documents
from backoffice.services.invoices.snapshot import CreditState, DocumentKind, LineKind
from backoffice.services.listing import ListQuery
from tests.factories import make_staff
from tests.invoice_helpers import make_order, set_identity


def _invoiced(session: Session, status: str = "en_preparation") -> tuple[int, int]:
    set_identity(session)
    actor = make_staff(session, "manager")
    order = make_order(session, status=status)
    return order.id, issue_invoice(session, actor, order.id)


def test_cancelling_an_invoiced_order_issues_a_full_credit_note(db_session: Session) -> None:
    order_id, invoice_id = _invoiced(db_session)
    actor = make_staff(db_session, "manager")
    credit_id = on_order_cancelled(db_session, actor, order_id)
    assert credit_id is not None
    stored = get_stored_document(db_session, actor, DocumentKind.AVOIR, credit_id)
    snapshot = stored.snapshot
    assert snapshot.type is DocumentKind.AVOIR and snapshot.numero.startswith("AV-")
    assert snapshot.facture_creditee is not None and snapshot.facture_creditee.total
    invoice = get_stored_document(db_session, actor, DocumentKind.FACTURE, invoice_id)
    assert snapshot.facture_creditee.numero == invoice.snapshot.numero
    assert snapshot.facture_creditee.date_emission == invoice.snapshot.date_emission
    assert snapshot.totaux == invoice.snapshot.totaux.__class__(
        invoice.snapshot.totaux.total_ht,
        invoice.snapshot.totaux.total_tva,
        invoice.snapshot.totaux.total_ttc,
        Decimal("0.00"),
        invoice.snapshot.totaux.total_ttc,
    )
    assert invoice.etat is CreditState.CREDITEE and invoice.credits == (snapshot.numero,)
    # Cancelling again credits nothing more.
    assert on_order_cancelled(db_session, actor, order_id) is None


def test_an_order_without_invoice_is_cancelled_without_credit_note(db_session: Session) -> None:
    set_identity(db_session)
    order = make_order(db_session, status="validee")
    assert on_order_cancelled(db_session, make_staff(db_session, "manager"), order.id) is None


def test_a_shipped_order_is_not_cancelled(db_session: Session) -> None:
    order_id, _ = _invoiced(db_session, status="expediee")
    with pytest.raises(ServiceError, match="expédiée"):
        on_order_cancelled(db_session, make_staff(db_session, "manager"), order_id)


def test_partial_credit_by_lines_then_amount_never_over(db_session: Session) -> None:
    _, invoice_id = _invoiced(db_session, status="livree")
    actor = make_staff(db_session, "manager")
    remaining = credit_remaining(db_session, actor, invoice_id)
    first = remaining.lignes[0]  # 2 × 19,99 €
    assert first.quantite_restante == 2 and first.nature is LineKind.PRODUIT
    credit_id = issue_credit_note(
        db_session, actor, invoice_id, "Article retourné", {first.numero: 1}
    )
    lines = db_session.scalars(select(AvoirLigne).where(AvoirLigne.id_avoir == credit_id)).all()
    assert [(line.quantite, line.montant_ttc) for line in lines] == [(1, Decimal("19.99"))]
    after = credit_remaining(db_session, actor, invoice_id)
    assert after.lignes[0].quantite_restante == 1
    assert after.restant_ttc == Decimal("50.38") - Decimal("19.99")
    with pytest.raises(ValidationError, match="il en reste 1"):
        issue_credit_note(db_session, actor, invoice_id, "Encore", {first.numero: 2})
    with pytest.raises(ValidationError, match="dépasse"):
        issue_credit_note(db_session, actor, invoice_id, "Trop", amount=Decimal("30.40"))
    with pytest.raises(ValidationError):
        issue_credit_note(db_session, actor, invoice_id, "  ", amount=Decimal("1.00"))
    issue_credit_note(db_session, actor, invoice_id, "Geste", amount=Decimal("30.39"))
    stored = get_stored_document(db_session, actor, DocumentKind.FACTURE, invoice_id)
    assert stored.etat is CreditState.CREDITEE
    total = sum(
        db_session.scalars(select(Avoir.montant_ttc).where(Avoir.id_facture == invoice_id)),
        Decimal(0),
    )
    assert total == Decimal("50.38")
    with pytest.raises(PermissionDenied):
        issue_credit_note(
            db_session, make_staff(db_session, "employe"), invoice_id, "x", amount=Decimal("1")
        )


def test_the_list_shows_states_and_searches(db_session: Session) -> None:
    set_identity(db_session)
    actor = make_staff(db_session, "manager")
    plain = make_order(db_session, status="livree", customer_name=("Zanzibar", "Ulysse"))
    partial = make_order(db_session, status="livree", customer_name=("Zanzibar", "Ursule"))
    plain_id = issue_invoice(db_session, actor, plain.id)
    partial_id = issue_invoice(db_session, actor, partial.id)
    issue_credit_note(db_session, actor, partial_id, "Geste", amount=Decimal("5.00"))
    page = list_documents(db_session, actor, DocumentKind.FACTURE, ListQuery(search="zanzibar"))
    states = {row["id"]: row["etat"] for row in page.rows}
    assert states == {plain_id: "emise", partial_id: "partiellement_creditee"}
    filtered = list_documents(
        db_session,
        actor,
        DocumentKind.FACTURE,
        ListQuery(search="zanzibar", filters={"etat": "partiellement_creditee"}),
    )
    assert [row["id"] for row in filtered.rows] == [partial_id]
    credits = list_documents(db_session, actor, DocumentKind.AVOIR, ListQuery(search="ursule"))
    assert len(credits.rows) == 1 and credits.rows[0]["montant_ttc"] == Decimal("5.00")
    assert credits.rows[0]["reference_commande"] == partial.reference
    by_number = page.rows[0]["numero"]
    again = list_documents(db_session, actor, DocumentKind.FACTURE, ListQuery(search=by_number))
    assert [row["numero"] for row in again.rows] == [by_number]


def test_the_hook_is_refused_without_the_workflow_permission(db_session: Session) -> None:
    set_identity(db_session)
    order = make_order(db_session)
    with pytest.raises(PermissionDenied):
        on_order_status_changed(
            db_session, make_staff(db_session, "support"), order.id, "validee", "en_preparation"
        )
