"""The amounts rule (hypothesis), the canonical JSON, the sales journal, the settings."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from backoffice.services.errors import ConflictError, PermissionDenied, ValidationError
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.documents import get_document
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.journal import journal_rows, write_journal_csv
from backoffice.services.invoices.snapshot import (
    DocumentKind,
    LineInput,
    LineKind,
    canonical_json,
    chain_hash,
    ht_from_ttc,
    snapshot_from_json,
    vat_breakdown,
)
from backoffice.services.shop_settings import get_shop_settings
from backoffice.services.shop_settings.edit import (
    missing_identity_fields,
    read_shop_settings,
    update_shop_settings,
)
from tests.factories import make_staff
from tests.invoice_helpers import make_order, set_identity

cents = st.integers(min_value=1, max_value=500_000).map(lambda c: Decimal(c) / 100)
rates = st.sampled_from([Decimal("20.00"), Decimal("10.00"), Decimal("5.50"), Decimal("2.10")])
lines = st.lists(
    st.tuples(cents, st.integers(min_value=1, max_value=7), rates), min_size=1, max_size=12
)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_ht_plus_tva_is_ttc_per_rate_and_lines_add_up(
    items: list[tuple[Decimal, int, Decimal]],
) -> None:
    inputs = [
        LineInput(LineKind.PRODUIT, f"Article {i}", Decimal(q), price, rate)
        for i, (price, q, rate) in enumerate(items)
    ]
    computed, breakdown, totals = vat_breakdown(inputs)
    ttc = sum((price * q for price, q, _ in items), Decimal(0))
    assert totals.total_ttc == ttc  # the order's total, to the cent
    assert totals.total_ht + totals.total_tva == totals.total_ttc
    for rate in breakdown:
        rate_ttc = sum((p * q for p, q, r in items if r == rate.taux), Decimal(0))
        assert rate.total_ttc == rate_ttc
        assert rate.base_ht == ht_from_ttc(rate_ttc, rate.taux)  # TTC ÷ (1 + taux), half up
        assert rate.base_ht + rate.montant_tva == rate_ttc
        assert sum(line.total_ht for line in computed if line.taux_tva == rate.taux) == rate.base_ht
    for line in computed:
        assert abs(line.total_ht - ht_from_ttc(line.total_ttc, line.taux_tva)) <= Decimal("0.05")


def test_the_rule_on_known_values() -> None:
    assert ht_from_ttc(Decimal("0.03"), Decimal("20")) == Decimal("0.03")  # 0,025 → 0,03
    assert ht_from_ttc(Decimal("120.00"), Decimal("20")) == Decimal("100.00")
    assert ht_from_ttc(Decimal("10.00"), Decimal("5.5")) == Decimal("9.48")


def test_canonical_json_is_stable_and_round_trips(db_session: Session) -> None:
    set_identity(db_session)
    actor = make_staff(db_session, "manager")
    invoice_id = issue_invoice(db_session, actor, make_order(db_session, status="livree").id)
    snapshot = get_document(db_session, actor, DocumentKind.FACTURE, invoice_id)
    text = canonical_json(snapshot)
    assert snapshot_from_json(text) == snapshot
    assert canonical_json(snapshot_from_json(text)) == text
    assert '"total_ttc":"50.38"' in text and '", "' not in text
    other = replace(snapshot, numero=snapshot.numero + "x")
    assert chain_hash(None, 1, canonical_json(other)) != chain_hash(None, 1, text)


def _journal(session: Session) -> tuple[list[list[str]], list[object]]:
    actor = make_staff(session, "manager")
    rows = journal_rows(session, actor, None, None)
    stream = io.StringIO(newline="")
    write_journal_csv(rows, stream)
    text = stream.getvalue()
    assert text.startswith("\ufeff") and "\r\n" in text
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")), rows  # type: ignore[return-value]


def _amount(cell: str) -> Decimal:
    return Decimal(cell.replace(",", "."))


def test_the_journal_matches_the_documents_to_the_cent(db_session: Session) -> None:
    set_identity(db_session)
    actor = make_staff(db_session, "manager")
    invoices = [
        issue_invoice(
            db_session,
            actor,
            make_order(
                db_session,
                [(f"{7 + k}.{k}7", k % 3 + 1), ("0.99", 3)],
                status="livree",
                customer_name=('=HYPERLINK("http://x")', "@Eve") if k == 0 else ("Martin", "Luc"),
            ).id,
        )
        for k in range(6)
    ]
    issue_credit_note(db_session, actor, invoices[2], "Geste", amount=Decimal("3.33"))
    table, _rows = _journal(db_session)
    header, body, total = table[0], table[1:-1], table[-1]
    assert header[:6] == ["Date", "Type", "Numéro", "Facture d'origine", "Commande", "Client"]
    assert header[-3:] == ["Total HT", "Total TVA", "TTC"] and "HT 20 %" in header
    assert len(body) == 7 and body[-1][1] == "Avoir" and _amount(body[-1][-1]) == Decimal("-3.33")
    assert body[0][5] == '\'@Eve =HYPERLINK("http://x")'  # neutralised, kept literally
    assert all(not cell.startswith(("=", "+", "@")) for row in body for cell in row[2:6])
    documents = [
        get_document(db_session, actor, DocumentKind.FACTURE, i).totaux.total_ttc for i in invoices
    ]
    expected = sum(documents, Decimal(0)) - Decimal("3.33")
    assert sum(_amount(row[-1]) for row in body) == _amount(total[-1]) == expected
    for column in range(6, len(header)):
        assert sum(_amount(row[column]) for row in body) == _amount(total[column])


def test_settings_are_edited_by_admins_with_compare_and_set(db_session: Session) -> None:
    admin = make_staff(db_session, "admin")
    manager = make_staff(db_session, "manager")
    read = read_shop_settings(db_session, manager)
    assert "raison_sociale" in missing_identity_fields(read)
    with pytest.raises(PermissionDenied):
        update_shop_settings(db_session, manager, read, {"raison_sociale": "X"})
    saved = update_shop_settings(
        db_session, admin, read, {"raison_sociale": "La Boutique", "taux_tva": Decimal("5.50")}
    )
    assert saved.raison_sociale == "La Boutique" and saved.taux_tva == Decimal("5.50")
    # A colleague's save based on the old values conflicts, and writes nothing.
    with pytest.raises(ConflictError) as caught:
        update_shop_settings(db_session, admin, read, {"raison_sociale": "Autre"})
    assert "raison_sociale" in caught.value.differences
    assert get_shop_settings(db_session).raison_sociale == "La Boutique"
    with pytest.raises(ValidationError) as invalid:
        update_shop_settings(
            db_session,
            admin,
            saved,
            {"format_facture": "FA-{inconnu}", "statut_facturation": "livree", "taux_tva": "x"},
        )
    assert set(invalid.value.errors) == {"format_facture", "statut_facturation", "taux_tva"}


def test_the_exemption_mention_invoices_without_vat(db_session: Session) -> None:
    set_identity(
        db_session,
        mention_exoneration_tva="TVA non applicable, art. 293 B du CGI",
        tva_intracommunautaire="",
    )
    actor = make_staff(db_session, "manager")
    snapshot = get_document(
        db_session,
        actor,
        DocumentKind.FACTURE,
        issue_invoice(db_session, actor, make_order(db_session, status="livree").id),
    )
    assert snapshot.totaux.total_tva == Decimal("0.00")
    assert snapshot.ventilation_tva[0].categorie == "E"
    assert snapshot.mentions.exoneration_tva.startswith("TVA non applicable")
    assert snapshot.date_emission.tzinfo is not None
    assert snapshot.date_emission <= datetime.now(UTC)
