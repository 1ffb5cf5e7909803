"""The invoice and credit-note PDF (issue 11), drawn from the snapshot stored at issue only.

::

    from backoffice.documents.invoice import render, story
    pdf = render([snapshot, …])      # one PDF, each document on its own pages

:class:`~backoffice.services.invoices.snapshot.DocumentSnapshot` holds everything printed
(seller, buyer, lines, VAT per rate, totals, payment, mentions), so a document printed in
ten years is the one issued today. The mandatory mentions (CGI annexe II art. 242 nonies A,
Code de commerce L441-9, décret 2022-1299): the seller's identity, SIREN/SIRET, RCS, VAT
number, legal form and capital (header and legal footer); the number and date of issue;
the date of the sale; the customer and the billing address (the delivery address when
different); per line the designation, quantity, unit price excluding VAT, VAT rate and
total excluding VAT; totals HT, VAT per rate, TTC; payment (« Payée le … par … »), payment
terms, late-payment penalty rate, the €40 recovery indemnity mention, the nature of the
operation, the VAT exemption mention where set; a credit note names the invoice it credits.
Pages are numbered per document (« Page x / y »).

Every text that came from a customer or from staff (names, addresses, designations,
reasons, the settings' words) is drawn as a plain string (:mod:`.blocks`, table cells):
no markup is ever parsed, so ``</para>`` or ``<img src=…>`` print as written and nothing
is fetched; control characters are dropped (:func:`.text.clean`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from backoffice.documents import formatting
from backoffice.documents.blocks import (
    BODY,
    BOLD_BODY,
    BOLD_MENTION,
    HEADING,
    MENTION,
    SMALL,
    SUBTITLE,
    TITLE,
    Font,
    TextBlock,
)
from backoffice.documents.fonts import BOLD, REGULAR
from backoffice.documents.page import CONTENT_WIDTH, DocumentPart, ShopIdentity, build_pdf
from backoffice.documents.text import address_without_name, clean
from backoffice.services.invoices.snapshot import (
    DocumentKind,
    DocumentSnapshot,
    Line,
    LineKind,
    Seller,
)

GRID = colors.HexColor("#999999")
HEAD_BG = colors.HexColor("#eeeeee")
TOTAL_BG = colors.HexColor("#f4f4f4")
BOX = colors.HexColor("#666666")
GREY = colors.HexColor("#555555")

# The shop's payment codes as words on the document (others are printed as stored).
PAYMENT_WORDS = {"carte": "carte bancaire", "paypal": "PayPal", "virement": "virement"}


def identity_of(seller: Seller, logo: bytes | None = None) -> ShopIdentity:
    """The header and footer identity frozen in the snapshot."""
    return ShopIdentity(
        name=seller.raison_sociale,
        address=seller.adresse,
        email=seller.email,
        phone=seller.telephone,
        legal_form=seller.forme_juridique,
        capital=seller.capital,
        siren=seller.siren,
        siret=seller.siret,
        rcs_city=seller.rcs_ville,
        vat_number=seller.tva_intracommunautaire,
        logo=logo,
    )


def _quantity(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def _table(
    rows: list[list[object]],
    widths: list[float],
    style: list[tuple[object, ...]],
    repeat: int = 0,
    **kwargs: object,
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=repeat, **kwargs)
    table.setStyle(TableStyle(style))
    return table


def _heading(doc: DocumentSnapshot) -> list[Flowable]:
    facts = [
        ("Date d'émission", formatting.day(doc.date_emission)),
        ("Date de la vente", formatting.day(doc.date_vente)),
        ("Commande", clean(doc.reference_commande)),
    ]
    if doc.acheteur.id_client is not None:
        facts.append(("Client n°", str(doc.acheteur.id_client)))
    if doc.mentions.date_echeance is not None:
        facts.append(("Échéance", formatting.day(doc.mentions.date_echeance)))
    facts_table = _table(
        [[label, value] for label, value in facts],
        [30 * mm, 45 * mm],
        [
            ("BOX", (0, 0), (-1, -1), 0.6, BOX),
            ("FONT", (0, 0), (0, -1), REGULAR, 8),
            ("TEXTCOLOR", (0, 0), (0, -1), GREY),
            ("FONT", (1, 0), (1, -1), BOLD, 9),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ],
    )
    runs: list[tuple[object, Font]] = [(doc.titre, TITLE)]
    if doc.type is DocumentKind.AVOIR and doc.facture_creditee is not None:
        credited = doc.facture_creditee
        words = "Annule et remplace la facture" if credited.total else "En déduction de la facture"
        date = formatting.day(credited.date_emission)
        runs.append((f"{words} n° {credited.numero} du {date}", SUBTITLE))
        if credited.motif.strip():
            runs.append((f"Motif : {credited.motif}", BODY))
    if doc.reconstitue:
        runs.append(
            (
                "Document reconstitué à partir de la commande telle qu'elle était lors de "
                "son adoption par le back-office.",
                SMALL,
            )
        )
    head = _table(
        [[TextBlock(runs), facts_table]],
        [CONTENT_WIDTH - 77 * mm, 77 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
        ],
    )
    return [head, Spacer(0, 4 * mm)]


def _parties(doc: DocumentSnapshot) -> list[Flowable]:
    buyer = doc.acheteur
    billed: list[tuple[object, Font]] = [
        ("Facturé à" if doc.type is DocumentKind.FACTURE else "Client", HEADING),
        (buyer.nom, BOLD_BODY),
    ]
    if billing := address_without_name(buyer.adresse_facturation, buyer.nom):
        billed.append((billing, BODY))
    if buyer.email.strip():
        billed.append((buyer.email, SMALL))
    if buyer.siren.strip():
        billed.append((f"SIREN {buyer.siren}", SMALL))
    if buyer.tva_intracommunautaire.strip():
        billed.append((f"TVA intracommunautaire {buyer.tva_intracommunautaire}", SMALL))
    cells: list[object] = [TextBlock(billed), ""]
    if buyer.livraison_differente or buyer.point_relais.strip():
        delivered: list[tuple[object, Font]] = [("Livré à", HEADING)]
        if buyer.point_relais.strip():
            delivered.append((f"Point relais : {buyer.point_relais}", BODY))
        if delivery := address_without_name(buyer.adresse_livraison, buyer.nom):
            delivered.append((delivery, BODY))
        mode = " · ".join(p for p in (buyer.mode_livraison, buyer.pays_livraison) if p.strip())
        if mode:
            delivered.append((mode, SMALL))
        cells[1] = TextBlock(delivered)
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (0, 0), 0.6, BOX),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if cells[1]:
        style.append(("BOX", (1, 0), (1, 0), 0.6, BOX))
    half = CONTENT_WIDTH / 2
    return [_table([cells], [half, half], style), Spacer(0, 5 * mm)]


LINE_WIDTHS = [CONTENT_WIDTH - 98 * mm, 22 * mm, 30 * mm, 16 * mm, 30 * mm]
LINE_HEAD = ["Désignation", "Quantité", "Prix unitaire HT", "TVA", "Total HT"]


def _designation(line: Line) -> object:
    # A plain string when it fits on one line (drawn by the table itself, the cheapest);
    # a wrapping block otherwise, or to add the product's reference under it.
    name = clean(line.designation).replace("\n", " ")
    fits = stringWidth(name, REGULAR, 9) <= LINE_WIDTHS[0] - 12
    if line.nature is LineKind.PRODUIT and line.reference_produit:
        return TextBlock([(name, BODY), (f"Réf. {line.reference_produit}", SMALL)])
    return name if fits else TextBlock([(name, BODY)])


def _lines(doc: DocumentSnapshot) -> Table:
    rows: list[list[object]] = [list(LINE_HEAD)]
    for line in doc.lignes:
        rows.append(
            [
                _designation(line),
                _quantity(line.quantite),
                formatting.money(line.prix_unitaire_ht),
                formatting.rate(line.taux_tva),
                formatting.money(line.total_ht),
            ]
        )
    return _table(
        rows,
        LINE_WIDTHS,
        [
            ("FONT", (0, 0), (-1, 0), BOLD, 9),
            ("FONT", (0, 1), (-1, -1), REGULAR, 9),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        repeat=1,  # a long invoice repeats the heading on each page
    )


def _totals(doc: DocumentSnapshot) -> list[Flowable]:
    vat_rows: list[list[object]] = [["Taux de TVA", "Base HT", "TVA", "Total TTC"]]
    for rate in doc.ventilation_tva:
        vat_rows.append(
            [
                formatting.rate(rate.taux),
                formatting.money(rate.base_ht),
                formatting.money(rate.montant_tva),
                formatting.money(rate.total_ttc),
            ]
        )
    vat = _table(
        vat_rows,
        [24 * mm, 24 * mm, 22 * mm, 24 * mm],
        [
            ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
            ("FONT", (0, 1), (-1, -1), REGULAR, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ],
    )
    totals = doc.totaux
    is_credit = doc.type is DocumentKind.AVOIR
    rows: list[list[object]] = [["Total HT", formatting.money(totals.total_ht)]]
    for rate in doc.ventilation_tva:
        rows.append([f"TVA {formatting.rate(rate.taux)}", formatting.money(rate.montant_tva)])
    rows.append(
        ["Total de l'avoir TTC" if is_credit else "Total TTC", formatting.money(totals.total_ttc)]
    )
    total_row = len(rows) - 1
    if not is_credit and totals.deja_paye:
        rows.append(["Déjà payé", formatting.money(totals.deja_paye)])
        rows.append(["Net à payer", formatting.money(totals.net_a_payer)])
    summary = _table(
        rows,
        [42 * mm, 32 * mm],
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("FONT", (0, total_row), (-1, total_row), BOLD, 11),
            ("BACKGROUND", (0, total_row), (-1, total_row), TOTAL_BG),
            ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, BOX),
        ],
    )
    block = _table(
        [[vat, summary]],
        [CONTENT_WIDTH - 76 * mm, 76 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ],
    )
    return [Spacer(0, 4 * mm), KeepTogether([block])]


def _payment_text(doc: DocumentSnapshot) -> str:
    payment = doc.paiement
    if payment is None:
        return ""
    word = PAYMENT_WORDS.get(payment.moyen, payment.moyen)
    if doc.type is DocumentKind.AVOIR:
        return f"Remboursement par {word}." if word else ""
    if payment.date_paiement is not None:
        return f"Payée le {formatting.day(payment.date_paiement)} par {word}."
    return f"Moyen de paiement : {word}." if word else ""


def _mentions(doc: DocumentSnapshot) -> list[Flowable]:
    m = doc.mentions
    runs: list[tuple[object, Font]] = []
    paid = _payment_text(doc)
    if paid:
        runs.append((paid, BOLD_MENTION))
    if m.nature_operation.strip():
        runs.append((f"Nature de l'opération : {m.nature_operation}.", MENTION))
    if doc.type is DocumentKind.FACTURE:
        if m.conditions_paiement.strip():
            runs.append((f"Conditions de paiement : {m.conditions_paiement}.", MENTION))
        if m.date_echeance is not None:
            runs.append((f"Date d'échéance : {formatting.day(m.date_echeance)}.", MENTION))
        if m.penalites_retard.strip():
            runs.append(
                (
                    "En cas de retard de paiement, des pénalités sont exigibles au taux de "
                    f"{m.penalites_retard}.",
                    MENTION,
                )
            )
        if m.indemnite_recouvrement.strip():
            runs.append((m.indemnite_recouvrement, MENTION))
    if m.exoneration_tva.strip():
        runs.append((m.exoneration_tva, MENTION))
    if not runs:
        return []
    return [Spacer(0, 6 * mm), TextBlock(runs)]


def story(doc: DocumentSnapshot) -> list[Flowable]:
    """The flowables of one invoice or credit note."""
    return [*_heading(doc), *_parties(doc), _lines(doc), *_totals(doc), *_mentions(doc)]


def part(doc: DocumentSnapshot, logo: bytes | None = None) -> DocumentPart:
    return DocumentPart(story(doc), identity_of(doc.vendeur, logo), label=doc.titre)


def render(
    documents: Sequence[DocumentSnapshot],
    *,
    on_part: Callable[[int], None] | None = None,
    logo: bytes | None = None,
) -> bytes:
    """One PDF of ``documents`` (each on its own pages, numbered per document).

    ``on_part(i)`` is called as document ``i`` starts (it may raise ``Cancelled``)."""
    title = documents[0].titre if len(documents) == 1 else f"{len(documents)} documents"
    return build_pdf([part(d, logo) for d in documents], title=title, on_part=on_part)


__all__ = ["PAYMENT_WORDS", "identity_of", "part", "render", "story"]
