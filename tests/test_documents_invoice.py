"""The invoice and credit-note PDF (issue 11): every mandatory mention, hostile texts
printed literally, page numbers on long invoices; rendered from snapshots built by hand
and from documents issued by the invoicing services on every server."""

from __future__ import annotations

import dataclasses
import io
import socket
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from backoffice.documents.invoice import render
from backoffice.services.documents import (
    CREDIT_NOTES,
    INVOICES,
    render_credit_notes,
    render_invoices,
)
from backoffice.services.documents.invoices import logo_bytes
from backoffice.services.errors import PermissionDenied, ServiceError
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.snapshot import DocumentKind
from backoffice.services.permissions import Staff
from tests import invoice_helpers
from tests.documents_samples import HOSTILE, MENTIONS, sample_snapshot

NBSP = " "  # pypdf gives the no-break spaces as spaces; flat() does too


def pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def flat(data: bytes) -> str:
    text = " ".join(pages(data)).replace("\n", " ")
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_every_mandatory_mention_of_an_invoice(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the renderer opened a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    snapshot = sample_snapshot(name=f"Émilie {HOSTILE}", designation=f"Bol {HOSTILE}")
    text = flat(render([snapshot]))
    seller = snapshot.vendeur
    for mention in (
        "Facture n° FA-2026-000123",
        "Date d'émission 28/11/2026",
        "Date de la vente 27/11/2026",
        "Commande CMD-2026-000042",
        # The seller: name, address, legal form and capital, SIREN/SIRET, RCS, VAT number.
        seller.raison_sociale,
        "12 rue de la Paix",
        "75002 Paris",
        "SAS au capital de 10 000 €",
        "SIRET 12345678900012",
        "RCS Paris 123456789",
        "TVA intracommunautaire FR32123456789",
        # The customer, billing and (different) delivery address.
        "Facturé à",
        f"Émilie {HOSTILE}",
        "3 place Bellecour 69002 Lyon",
        "Livré à",
        "13002 Marseille",
        # Lines: designation, quantity, unit price HT, VAT rate, total HT.
        "Désignation Quantité Prix unitaire HT TVA Total HT",
        f"Bol {HOSTILE} n°0",
        f"1 16,66{NBSP}€ 20{NBSP}% 16,66{NBSP}€",
        "Livraison Colissimo",
        # Totals HT, VAT per rate, TTC.
        f"Total HT 112,37{NBSP}€",
        f"TVA 20{NBSP}% 22,47{NBSP}€",
        f"Total TTC 134,84{NBSP}€",
        # Payment and the legal mentions.
        "Payée le 27/11/2026 par carte bancaire.",
        "Conditions de paiement : Paiement comptant à la commande.",
        "pénalités sont exigibles au taux de trois fois le taux d'intérêt légal",
        "Indemnité forfaitaire pour frais de recouvrement",
        "40 €",
        "Nature de l'opération : Livraison de biens.",
        "Page 1 / 1",
    ):
        assert mention.replace("\n", " ") in text, mention
    assert "TVA non applicable" not in text


def test_exemption_due_date_and_unpaid() -> None:
    mentions = dataclasses.replace(
        MENTIONS, exoneration_tva="TVA non applicable, art. 293 B du CGI"
    )
    snapshot = sample_snapshot(paid=False, mentions=mentions)
    text = flat(render([snapshot]))
    assert "TVA non applicable, art. 293 B du CGI" in text
    assert "Payée le" not in text and "Moyen de paiement : carte bancaire." in text


def test_credit_notes_name_the_invoice() -> None:
    partial = flat(render([sample_snapshot(kind=DocumentKind.AVOIR, total_credit=False)]))
    assert "Avoir n° AV-2026-000007" in partial
    assert "En déduction de la facture n° FA-2026-000123 du 28/11/2026" in partial
    assert f"Motif : Retour {HOSTILE}" in partial
    assert f"Total de l'avoir TTC 134,84{NBSP}€" in partial
    assert "Remboursement par carte bancaire." in partial
    full = flat(render([sample_snapshot(kind=DocumentKind.AVOIR, total_credit=True)]))
    assert "Annule et remplace la facture n° FA-2026-000123 du 28/11/2026" in full


def test_long_invoices_have_page_numbers_and_repeat_the_heading() -> None:
    texts = pages(render([sample_snapshot(n_lines=90)]))
    assert len(texts) >= 3
    for n, text in enumerate(texts, 1):
        assert f"Page {n} / {len(texts)}" in text
        assert "Facture n° FA-2026-000123" in text  # the footer names the document
        if "Réf. bol-gres" in text:  # a page of lines repeats the table's heading
            assert "Désignation Quantité Prix unitaire HT TVA Total HT" in text.replace("\n", " ")
    joined = " ".join(texts)
    assert all(f"n°{i}\n" in joined for i in range(90))
    assert "Total TTC" in joined and "Nature de l'opération" in texts[-1]


def test_a_batch_numbers_each_document() -> None:
    docs = [sample_snapshot(numero=f"FA-2026-{n:06d}") for n in (1, 2)]
    texts = pages(render(docs))
    assert len(texts) == 2
    assert "FA-2026-000001" in texts[0] and "Page 1 / 1" in texts[0]
    assert "FA-2026-000002" in texts[1] and "Page 1 / 1" in texts[1]


def test_the_logo_is_read_only_from_a_local_image(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    assert logo_bytes(str(path)) == path.read_bytes()
    assert logo_bytes(f"file://{path}") == path.read_bytes()
    assert logo_bytes("logo.png") is None  # relative: the media base is a desk's setting
    assert logo_bytes("http://127.0.0.1:9/logo.png") is None
    assert logo_bytes(str(tmp_path / "absent.png")) is None
    assert logo_bytes(str(tmp_path / "notes.txt")) is None
    with_logo = render([sample_snapshot()], logo=path.read_bytes())
    reader = PdfReader(io.BytesIO(with_logo))
    assert "/XObject" in reader.pages[0]["/Resources"]


def test_issued_documents_render_from_their_snapshots(db_session: Session) -> None:
    invoice_helpers.set_identity(db_session, raison_sociale=f"Boutique {HOSTILE}")
    actor = invoice_helpers.manager(db_session)
    order = invoice_helpers.make_order(
        db_session, status="en_preparation", customer_name=(f"Dupont {HOSTILE}", "Marie")
    )
    invoice_id = issue_invoice(db_session, actor, order.id)
    rendered = render_invoices(db_session, actor, [invoice_id])
    text = flat(rendered.data)
    assert rendered.file_name.startswith("Facture FA-") and rendered.file_name.endswith(".pdf")
    assert f"Boutique {HOSTILE}" in text
    assert f"Marie Dupont {HOSTILE}" in text
    assert order.reference in text
    assert "Total TTC 50,38 €" in text  # 2 × 19,99 + 5,50 + 4,90
    assert "RCS Paris 123456789" in text and "TVA intracommunautaire FR12123456789" in text
    assert "Payée le 10/03/2026 par carte bancaire." in text

    credit_id = issue_credit_note(
        db_session, actor, invoice_id, "Retour du colis", amount=Decimal("5.00")
    )
    credit = render_credit_notes(db_session, actor, [credit_id])
    credit_text = flat(credit.data)
    assert "Avoir n° AV-" in credit_text and "En déduction de la facture n° FA-" in credit_text
    assert "Motif : Retour du colis" in credit_text

    both = INVOICES.render(db_session, actor, [invoice_id, 987654], None)
    assert both.count == 1 and both.skipped == ("Facture n° 987654 : introuvable",)
    with pytest.raises(ServiceError, match="introuvable"):
        CREDIT_NOTES.render(db_session, actor, [987654], None)
    support = Staff(id=actor.id, email=actor.email, role="support")
    with pytest.raises(PermissionDenied):
        render_invoices(db_session, support, [invoice_id])
