"""The « Journal des ventes »: one line per invoice and credit note over a period, for the
accountant, in a CSV a French spreadsheet opens as it is.

Amounts come from each document's own snapshot (its VAT breakdown), so the journal's
totals are the documents' to the cent; credit notes are negative. The CSV: UTF-8 with a
BOM, ``;`` separator, CRLF, decimal comma without grouping (``1234,50``); every text cell
(a customer's name may be ``=HYPERLINK(…)``) is neutralised against formula injection.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models import Avoir, FactureInstantane
from backoffice.money import money_text
from backoffice.services.catalog.csv_format import BOM, DELIMITER, neutralize
from backoffice.services.invoices.documents import documents_in_period
from backoffice.services.invoices.snapshot import DocumentKind, snapshot_from_json
from backoffice.services.permissions import Staff, read_only
from backoffice.shop_time import shop_timezone

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class JournalRow:
    """One document in the journal; a credit note's amounts are negative."""

    kind: DocumentKind
    numero: str
    date_emission: datetime
    client: str
    reference_commande: str
    numero_facture: str  # a credit note's invoice, "" for an invoice
    ht_par_taux: tuple[tuple[Decimal, Decimal], ...]  # (rate %, HT), by rate
    tva_par_taux: tuple[tuple[Decimal, Decimal], ...]
    total_ht: Decimal
    total_tva: Decimal
    total_ttc: Decimal


@read_only
def journal_rows(
    session: Session, actor: Staff, start: date | None, end: date | None
) -> list[JournalRow]:
    """The documents issued from ``start`` to ``end`` (shop days, inclusive), in issue
    order, with their amounts per VAT rate. Requires ``invoices.view``."""
    documents = documents_in_period(session, actor, start, end)
    invoice_ids = [i for k, i, _ in documents if k is DocumentKind.FACTURE]
    credit_ids = [i for k, i, _ in documents if k is DocumentKind.AVOIR]
    contents: dict[tuple[DocumentKind, int], str] = {}
    for chunk in _chunks(invoice_ids):
        for doc_id, text in session.execute(
            select(FactureInstantane.id_facture, FactureInstantane.contenu).where(
                FactureInstantane.id_facture.in_(chunk)
            )
        ):
            contents[DocumentKind.FACTURE, doc_id] = text
    for chunk in _chunks(credit_ids):
        for doc_id, text in session.execute(
            select(Avoir.id, Avoir.contenu).where(Avoir.id.in_(chunk))
        ):
            contents[DocumentKind.AVOIR, doc_id] = text
    rows: list[JournalRow] = []
    for kind, doc_id, _ in documents:
        snapshot = snapshot_from_json(contents[kind, doc_id])
        sign = Decimal(-1) if kind is DocumentKind.AVOIR else Decimal(1)
        rates = snapshot.ventilation_tva
        credited = snapshot.facture_creditee
        rows.append(
            JournalRow(
                kind=kind,
                numero=snapshot.numero,
                date_emission=snapshot.date_emission,
                client=snapshot.acheteur.nom,
                reference_commande=snapshot.reference_commande,
                numero_facture=credited.numero if credited else "",
                ht_par_taux=tuple((r.taux, sign * r.base_ht) for r in rates),
                tva_par_taux=tuple((r.taux, sign * r.montant_tva) for r in rates),
                total_ht=sign * snapshot.totaux.total_ht,
                total_tva=sign * snapshot.totaux.total_tva,
                total_ttc=sign * snapshot.totaux.total_ttc,
            )
        )
    return rows


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _rate_text(rate: Decimal) -> str:
    text = f"{rate.normalize():f}".replace(".", ",")
    return f"{text} %"


def write_journal_csv(rows: Sequence[JournalRow], stream: TextIO) -> None:
    """The journal as CSV into ``stream`` (open it with ``newline=""``, UTF-8): a header,
    one line per document, a « Total » line. Columns: Date, Type, Numéro, Facture
    d'origine, Commande, Client, then HT and TVA per rate found, Total HT, Total TVA,
    TTC."""
    rates = sorted({rate for row in rows for rate, _ in row.ht_par_taux})
    stream.write(BOM)
    writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\r\n")
    header = ["Date", "Type", "Numéro", "Facture d'origine", "Commande", "Client"]
    for rate in rates:
        header += [f"HT {_rate_text(rate)}", f"TVA {_rate_text(rate)}"]
    header += ["Total HT", "Total TVA", "TTC"]
    writer.writerow(header)
    sums: dict[str, Decimal] = {}

    def add(key: str, value: Decimal) -> str:
        sums[key] = sums.get(key, ZERO) + value
        return money_text(value)

    zone = shop_timezone()
    for row in rows:
        ht, tva = dict(row.ht_par_taux), dict(row.tva_par_taux)
        cells = [
            row.date_emission.astimezone(zone).strftime("%d/%m/%Y"),
            "Facture" if row.kind is DocumentKind.FACTURE else "Avoir",
            neutralize(row.numero),
            neutralize(row.numero_facture),
            neutralize(row.reference_commande),
            neutralize(row.client),
        ]
        for rate in rates:
            cells += [add(f"ht{rate}", ht.get(rate, ZERO)), add(f"tva{rate}", tva.get(rate, ZERO))]
        cells += [add("ht", row.total_ht), add("tva", row.total_tva), add("ttc", row.total_ttc)]
        writer.writerow(cells)
    total = ["Total", "", "", "", "", f"{len(rows)} documents"]
    for rate in rates:
        total += [money_text(sums.get(f"ht{rate}", ZERO)), money_text(sums.get(f"tva{rate}", ZERO))]
    total += [money_text(sums.get(k, ZERO)) for k in ("ht", "tva", "ttc")]
    writer.writerow(total)
