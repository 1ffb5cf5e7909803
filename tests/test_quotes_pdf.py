"""The quote PDF: every field in the extracted text, hostile names printed literally, the
number once sent, the embedded font, A4. On SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

import io
from decimal import Decimal

import pypdf
from sqlalchemy.orm import Session

from backoffice.models import ParametreBoutique
from backoffice.services.quotes import get_quote, save_answer, send_quote
from backoffice.services.quotes.pdf import quote_file_name, render_quote
from tests.factories import make_staff, make_user
from tests.quotes_factories import make_quote, make_service

HOSTILE = "S&P <b>Gras</b> </para> <img src=\"http://example.invalid/x.png\"/> <font color='[[['>"


def _text(pdf: bytes) -> tuple[str, pypdf.PdfReader]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), reader


def test_every_field_and_hostile_names_literal(db_session: Session) -> None:
    admin = make_staff(db_session)
    for key, value in (
        ("raison_sociale", "Atelier Dupont & Fils"),
        ("siege_adresse", "12 rue des Lilas\n69001 Lyon"),
        ("taux_tva", "20.00"),
        ("devis_validite_jours", "45"),
    ):
        db_session.add(ParametreBoutique(cle=key, valeur=value))
    customer = make_user(
        db_session,
        "client",
        nom=HOSTILE,
        prenom="Zoé",
        adresse="3 impasse <Secrète>",
        code_postal="75011",
        ville="Paris",
    )
    service = make_service(db_session, nom="Pose & réglage <i>", prix_base=Decimal("89.00"))
    quote = make_quote(
        db_session,
        customer=customer,
        service=service,
        description="Ma hotte </para> fuit & fait du bruit.\nMerci !",
    )
    read = get_quote(db_session, admin, quote.id)
    answered = save_answer(
        db_session, admin, quote.id, Decimal("240.00"), "Intervention <u>mardi</u> & jeudi.", read
    )
    sent = send_quote(db_session, admin, quote.id, answered)
    text, reader = _text(render_quote(db_session, admin, quote.id))
    assert f"Devis n° {sent.numero}" in text
    assert "Atelier Dupont & Fils" in text
    assert "Zoé" in text and "S&P <b>Gras</b> </para>" in text
    assert '<img src="http://example.invalid/x.png"/>' in text
    assert "3 impasse <Secrète>" in text and "75011 Paris" in text
    assert "Pose & réglage <i>" in text and "89,00" in text
    assert "Ma hotte </para> fuit & fait du bruit." in text and "Merci !" in text
    assert "Intervention <u>mardi</u> & jeudi." in text
    assert "Total HT" in text and "200,00" in text  # 240 TTC at 20 %
    assert "TVA 20" in text and "40,00" in text and "240,00" in text
    assert "valable jusqu'au" in text and "Bon pour accord" in text and "Conditions" in text
    # A4, the font embedded (DejaVu), not a standard Helvetica reference.
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("DejaVu" in name for name in fonts), fonts
    assert quote_file_name(sent).startswith("Devis D-")


def test_a_draft_has_no_number(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session)
    text, _reader = _text(render_quote(db_session, admin, quote.id))
    assert f"Devis (projet, demande n° {quote.id})" in text
    assert "à préciser" in text
