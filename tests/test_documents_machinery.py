"""The shared document machinery: escaping, the embedded font, the page (identity header,
legal footer, « Page x / y » per document), amounts and dates, safe file names."""

from __future__ import annotations

import io
import socket
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from backoffice.documents import formatting
from backoffice.documents.filenames import safe_filename, safe_stem, unique_path
from backoffice.documents.fonts import font_bytes, register_fonts
from backoffice.documents.page import Cancelled, DocumentPart, ShopIdentity, build_pdf, styles
from backoffice.documents.text import clean, escape, escape_lines

HOSTILE = (
    'S&P </para> <img src="http://127.0.0.1:9/x.png"/> <font color="[[[x]]]">'
    "<b>gras</b> &amp; &nbsp; œuf « € »"
)


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def identity(**fields: object) -> ShopIdentity:
    base: dict[str, object] = {
        "name": "Boutique Test",
        "address": "1 place Bellecour\n69002 Lyon",
        "email": "contact@boutique.test",
        "phone": "04 00 00 00 00",
        "legal_form": "SAS",
        "capital": "10 000 €",
        "siren": "123456789",
        "siret": "12345678900012",
        "rcs_city": "Lyon",
        "vat_number": "FR12123456789",
    }
    base.update(fields)
    return ShopIdentity(**base)  # type: ignore[arg-type]


def paragraphs(text: str, n: int = 1) -> list[Paragraph]:
    return [Paragraph(escape(f"{text} {i}"), styles()["body"]) for i in range(n)]


def test_escape_makes_markup_literal() -> None:
    escaped = escape(HOSTILE)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped
    assert escaped.count("&amp;") == 3  # S&P, &amp; and &nbsp; all literal
    assert escape(None) == ""
    assert escape("a\nb") == "a b"
    assert escape_lines("a & b\r\nc<d") == "a &amp; b<br/>c&lt;d"
    assert clean("tab\there\x00\x07bell\u2028next") == "tab herebell\nnext"


def test_hostile_text_prints_literally_and_nothing_is_fetched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the renderer tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    part = DocumentPart(
        [Paragraph(escape(HOSTILE), styles()["body"])],
        identity(name=HOSTILE),
        label="Test " + HOSTILE,
    )
    data = build_pdf([part], title=HOSTILE)
    text = "\n".join(pdf_text(data)).replace("\n", " ")
    for fragment in ("S&P", "</para>", '<img src="http://127.0.0.1:9/x.png"/>', "[[[x]]]"):
        assert fragment in text
    assert "<b>gras</b>" in text and "&amp; &nbsp;" in text
    assert "œuf « € »" in text


def test_the_font_is_embedded() -> None:
    family = register_fonts()
    assert register_fonts() == family  # idempotent
    assert font_bytes("DejaVuSans.ttf")[:4] == b"\x00\x01\x00\x00"
    data = build_pdf([DocumentPart(paragraphs("Œuf à 12,50 €"), identity())], title="t")
    reader = PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"].get_object() for f in fonts.values()]
    assert descriptors and all("/FontFile2" in d for d in descriptors)  # TrueType, embedded
    assert all("DejaVu" in str(f.get_object()["/BaseFont"]) for f in fonts.values())


def test_pages_are_numbered_per_document_with_identity_and_legal_line() -> None:
    parts = [
        DocumentPart(paragraphs("Ligne", 150), identity(), label="Document A"),
        DocumentPart(paragraphs("Autre", 3), identity(name="Autre Boutique"), label="Doc B"),
    ]
    seen: list[int] = []
    pages = pdf_text(build_pdf(parts, title="Lot", on_part=seen.append))
    assert seen == [0, 1]
    a_pages = [p for p in pages if "Document A" in p]
    assert len(a_pages) >= 3
    for number, text in enumerate(a_pages, 1):
        assert f"Page {number} / {len(a_pages)}" in text
        assert "Boutique Test" in text and "69002 Lyon" in text
        assert "contact@boutique.test · 04 00 00 00 00" in text
        flat = text.replace("\n", " ")
        assert "SAS au capital de 10 000 €" in flat
        assert "SIRET 12345678900012" in flat and "RCS Lyon 123456789" in flat
        assert "TVA intracommunautaire FR12123456789" in flat
    assert "Page 1 / 1" in pages[-1] and "Autre Boutique" in pages[-1]


def test_a_callback_cancels_the_build() -> None:
    parts = [DocumentPart(paragraphs("x"), identity()) for _ in range(3)]

    def cancel_at_second(index: int) -> None:
        if index == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        build_pdf(parts, title="t", on_part=cancel_at_second)
    with pytest.raises(ValueError):
        build_pdf([], title="t")


def test_a_broken_logo_is_left_out() -> None:
    data = build_pdf([DocumentPart(paragraphs("x"), identity(logo=b"not an image"))], title="t")
    assert "Boutique Test" in pdf_text(data)[0]


def test_amounts_rates_and_dates_in_french() -> None:
    assert formatting.money(Decimal("1234.5")) == "1\u202f234,50\u00a0€"
    assert formatting.amount(Decimal("0.125")) == "0,13"
    assert formatting.rate(Decimal("20.00")) == "20\u00a0%"
    assert formatting.rate(Decimal("5.5")) == "5,5\u00a0%"
    assert formatting.rate(None) == ""
    # 23:30 UTC on 31/12 is already 01/01 in Paris.
    late = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert formatting.day(late) == "01/01/2027"
    assert formatting.day_time(late) == "01/01/2027 à 00:30"
    assert formatting.day(date(2026, 3, 1)) == "01/03/2026"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("FA-2026-000123", "FA-2026-000123"),
        ("Facture Dupont/S&P", "Facture Dupont_S&P"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ('a<b>c:d"e\\f|g?h*i', "a_b_c_d_e_f_g_h_i"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("fin. ", "fin"),
        ("...", "document"),
        ("", "document"),
        ("\x00\x1f", "document"),
        ("Crème brûlée « œuf »", "Crème brûlée « œuf »"),
    ],
)
def test_safe_file_names(given: str, expected: str) -> None:
    assert safe_stem(given) == expected


def test_safe_file_names_are_short_and_unique(tmp_path: Path) -> None:
    assert len(safe_filename("x" * 500)) <= 124
    assert safe_filename("FA 1") == "FA 1.pdf"
    first = unique_path(tmp_path, "FA 1.pdf")
    assert first == tmp_path / "FA 1.pdf"
    first.write_bytes(b"%PDF")
    assert unique_path(tmp_path, "FA 1.pdf") == tmp_path / "FA 1 (2).pdf"


def test_the_name_heading_an_address_is_printed_once() -> None:
    from backoffice.documents.text import address_without_name

    address = "Marthe  Bernier\n12 rue des Lilas\n75011 Paris"
    assert address_without_name(address, "Marthe Bernier") == "12 rue des Lilas\n75011 Paris"
    assert address_without_name(address, "Jeanne Martin") == address
    assert address_without_name("", "Marthe Bernier") == ""
