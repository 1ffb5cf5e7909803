"""Issuing invoices: the workflow hook, by hand, numbers, snapshot, amounts (issue 11)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models import Facture, FactureInstantane, HistoriqueAction
from backoffice.services.errors import PermissionDenied, ServiceError, ValidationError
from backoffice.services.invoices.documents import get_document, invoice_of_order
from backoffice.services.invoices.hooks import on_order_status_changed
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.numbering import numbering_year
from backoffice.services.invoices.snapshot import (
    DocumentKind,
    LineKind,
    canonical_json,
    chain_hash,
    snapshot_from_json,
)
from tests.factories import make_staff
from tests.invoice_helpers import make_order, manager, set_identity


def test_the_hook_issues_the_invoice_at_the_invoicing_status(db_session: Session) -> None:
    set_identity(db_session)
    actor = make_staff(db_session, "employe")
    order = make_order(db_session)
    assert on_order_status_changed(db_session, actor, order.id, "en_attente", "validee") is None
    invoice_id = on_order_status_changed(db_session, actor, order.id, "validee", "en_preparation")
    assert invoice_id is not None
    invoice = db_session.get(Facture, invoice_id)
    assert invoice is not None
    assert invoice.montant_ttc == order.montant_total == Decimal("50.38")
    assert invoice.montant_ht + invoice.montant_tva == invoice.montant_ttc
    assert invoice.numero_facture.startswith(f"FA-{numbering_year(invoice.date_emission)}-")
    # Passing the status again issues nothing more.
    assert (
        on_order_status_changed(db_session, actor, order.id, "en_preparation", "expediee") is None
    )
    assert invoice_of_order(db_session, actor, order.id) == invoice_id
    audit = db_session.scalars(
        select(HistoriqueAction).where(HistoriqueAction.type_action == "facture.emission")
    ).all()
    assert any(invoice.numero_facture in (a.details or "") for a in audit)


def test_the_snapshot_holds_what_the_invoice_shows(db_session: Session) -> None:
    set_identity(db_session)
    actor = manager(db_session)
    order = make_order(db_session, customer_name=("<b>S&P</b>", "Zoé"))
    invoice_id = on_order_status_changed(db_session, actor, order.id, "validee", "en_preparation")
    assert invoice_id is not None
    snapshot = get_document(db_session, actor, DocumentKind.FACTURE, invoice_id)
    assert snapshot.vendeur.raison_sociale == "Boutique & Fils"
    assert snapshot.vendeur.siren == "123456789"
    assert snapshot.acheteur.nom == "Zoé <b>S&P</b>"
    assert snapshot.reference_commande == order.reference
    assert [line.nature for line in snapshot.lignes] == [
        LineKind.PRODUIT,
        LineKind.PRODUIT,
        LineKind.LIVRAISON,
    ]
    assert snapshot.lignes[0].quantite == 2
    assert snapshot.lignes[0].prix_unitaire_ht == Decimal("16.66")
    assert sum(line.total_ht for line in snapshot.lignes) == snapshot.totaux.total_ht
    assert snapshot.totaux.total_ttc == Decimal("50.38")
    assert snapshot.totaux.total_ht == Decimal("41.98")  # 50.38 / 1.2 = 41.983…
    assert snapshot.totaux.total_tva == Decimal("8.40")
    assert [(r.taux, r.base_ht, r.montant_tva) for r in snapshot.ventilation_tva] == [
        (Decimal("20.00"), Decimal("41.98"), Decimal("8.40"))
    ]
    assert snapshot.paiement is not None and snapshot.paiement.date_paiement is not None
    assert snapshot.mentions.nature_operation == "Livraison de biens"
    assert "40 €" in snapshot.mentions.indemnite_recouvrement
    # Stored canonical, chained to the genesis hash.
    row = db_session.get(FactureInstantane, invoice_id)
    assert row is not None
    assert snapshot_from_json(row.contenu) == snapshot
    assert canonical_json(snapshot) == row.contenu
    assert row.empreinte == chain_hash(row.empreinte_precedente, row.rang, row.contenu)


def test_numbers_follow_each_other_and_chain(db_session: Session) -> None:
    set_identity(db_session)
    actor = manager(db_session)
    ids = []
    for _ in range(3):
        order = make_order(db_session, status="en_preparation")
        ids.append(issue_invoice(db_session, actor, order.id))
    invoices = [db_session.get(Facture, i) for i in ids]
    numbers = [int(inv.numero_facture.rsplit("-", 1)[1]) for inv in invoices if inv]
    assert numbers == list(range(numbers[0], numbers[0] + 3))
    rows = [db_session.get(FactureInstantane, i) for i in ids]
    assert [r.rang for r in rows if r] == list(range(rows[0].rang, rows[0].rang + 3))  # type: ignore[union-attr]
    assert rows[1].empreinte_precedente == rows[0].empreinte  # type: ignore[union-attr]


def test_by_hand_only_past_the_status_and_once(db_session: Session) -> None:
    set_identity(db_session)
    actor = manager(db_session)
    early = make_order(db_session, status="validee")
    with pytest.raises(ServiceError, match="pas encore atteint"):
        issue_invoice(db_session, actor, early.id)
    late = make_order(db_session, status="livree")
    issue_invoice(db_session, actor, late.id)
    with pytest.raises(ServiceError, match="déjà une facture"):
        issue_invoice(db_session, actor, late.id)
    with pytest.raises(PermissionDenied):
        issue_invoice(db_session, make_staff(db_session, "employe"), late.id)


def test_missing_identity_blocks_issuing_and_names_the_fields(db_session: Session) -> None:
    set_identity(db_session, siren="", tva_intracommunautaire="")
    actor = manager(db_session)
    order = make_order(db_session)
    with pytest.raises(ValidationError) as caught:
        on_order_status_changed(db_session, actor, order.id, "validee", "en_preparation")
    assert "SIREN" in caught.value.message
    assert "TVA intracommunautaire" in caught.value.message
    assert set(caught.value.errors) == {"siren", "tva_intracommunautaire"}
    assert db_session.scalar(select(Facture.id).where(Facture.id_commande == order.id)) is None


def test_a_discounted_order_gets_a_remise_line(db_session: Session) -> None:
    set_identity(db_session)
    actor = manager(db_session)
    order = make_order(
        db_session, [("30.00", 1)], fee="0", total=Decimal("27.00"), status="expediee"
    )
    snapshot = get_document(
        db_session, actor, DocumentKind.FACTURE, issue_invoice(db_session, actor, order.id)
    )
    assert snapshot.totaux.total_ttc == Decimal("27.00")
    assert snapshot.lignes[-1].designation == "Remise"
    assert sum(line.total_ht for line in snapshot.lignes) == snapshot.totaux.total_ht
