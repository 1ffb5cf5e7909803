"""The frozen snapshot of an issued invoice or credit note, and its tamper-evident chain.

A snapshot holds **everything the printed document shows** and everything an EN 16931
(Factur-X) invoice needs, as it stood at issue: the seller's identity (from the shop
settings), the buyer with billing and delivery addresses, the lines, the VAT breakdown per
rate, the totals, the payment, the dates, the references and the legal mentions. The PDF
printed in ten years is built from it alone, never from the order, the product or the
settings as they are then.

It is stored as its **canonical JSON** (:func:`canonical_json`: sorted keys, no spaces,
UTF-8, Decimal as strings with their stored places, times in UTC ISO 8601) and each
document's hash chains it to the previous document of its series (:func:`chain_hash`), so
that ``invoices verify`` can name the first document altered, deleted or inserted out of
order.

The EN 16931 business terms each field carries are given in the comments (BT-/BG-
numbers); a later issue writes the Factur-X XML from these fields only.

Pure data, no database, no Qt: the demo generator builds its snapshots with the same code.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, get_args, get_origin, get_type_hints

SNAPSHOT_VERSION = 1
CENT = Decimal("0.01")
HUNDRED = Decimal(100)
# The hash a series' first document is chained to.
GENESIS_HASH = "0" * 64


class DocumentKind(StrEnum):
    FACTURE = "facture"  # EN 16931 BT-3 type code 380 (commercial invoice)
    AVOIR = "avoir"  # BT-3 type code 381 (credit note)


class LineKind(StrEnum):
    PRODUIT = "produit"  # a line of the order
    LIVRAISON = "livraison"  # the shipping fee, its own line
    MONTANT = "montant"  # a credit note for an amount (no line of the order)


class CreditState(StrEnum):
    """An invoice's state in the Factures tab (``labels.py`` has the French words)."""

    EMISE = "emise"
    PARTIELLEMENT_CREDITEE = "partiellement_creditee"
    CREDITEE = "creditee"


@dataclass(frozen=True)
class Seller:
    """BG-4 Seller, from the shop settings at issue (CGI ann. II art. 242 nonies A)."""

    raison_sociale: str  # BT-27
    forme_juridique: str  # BT-33 (with the capital)
    capital: str  # BT-33 « SAS au capital de 10 000 € »
    adresse: str  # BG-5, the registered office (siège), lines separated by "\n"
    siren: str  # BT-30 (legal registration identifier, scheme 0002)
    siret: str  # BT-29
    rcs_ville: str  # « RCS Lyon » (Code de commerce R123-237)
    tva_intracommunautaire: str  # BT-31
    email: str  # BT-43
    telephone: str  # BT-42
    logo_chemin: str = ""  # shown on the PDF; not part of EN 16931
    pays: str = "FR"  # BT-40


@dataclass(frozen=True)
class Buyer:
    """BG-7 Buyer, as the order stood at issue."""

    id_client: int | None  # BT-46 (the shop's customer id)
    nom: str  # BT-44: first name and name as written on the order's account
    email: str  # BT-49
    telephone: str
    adresse_facturation: str  # BG-8, lines separated by "\n"
    adresse_livraison: str  # BG-15 delivery address ("" when none)
    pays_livraison: str  # BT-80
    mode_livraison: str = ""
    point_relais: str = ""  # the relay point's name when delivered to one
    siren: str = ""  # BT-47 a business customer's SIREN (décret 2022-1299), when known
    tva_intracommunautaire: str = ""  # BT-48

    @property
    def livraison_differente(self) -> bool:
        """Whether the PDF prints the delivery address (when it differs from billing)."""
        return bool(self.adresse_livraison) and (
            self.adresse_livraison.strip() != self.adresse_facturation.strip()
        )


@dataclass(frozen=True)
class Line:
    """BG-25 Invoice line. ``total_ht`` lines of a rate add up to that rate's ``base_ht``
    exactly (EN 16931 BR-CO-10); see :func:`vat_breakdown`."""

    numero: int  # BT-126, 1-based
    nature: LineKind
    designation: str  # BT-153
    quantite: Decimal  # BT-129 (a whole number for products, 1 for shipping/amount)
    prix_unitaire_ttc: Decimal  # the shop's price (prices are TTC)
    prix_unitaire_ht: Decimal  # BT-146, TTC ÷ (1 + rate) rounded to the cent
    taux_tva: Decimal  # BT-152, percent (20.00)
    total_ht: Decimal  # BT-131
    total_ttc: Decimal
    id_commande_produit: int | None = None  # the order line it comes from
    id_produit: int | None = None  # BT-155 seller's item identifier
    reference_produit: str = ""  # the product's slug at issue


@dataclass(frozen=True)
class VatRate:
    """BG-23 VAT breakdown: one per rate."""

    taux: Decimal  # BT-119, percent
    base_ht: Decimal  # BT-116 = round(TTC ÷ (1 + taux), cent)
    montant_tva: Decimal  # BT-117 = TTC − HT
    total_ttc: Decimal
    categorie: str = "S"  # BT-118: S standard rate, E exempt
    motif_exoneration: str = ""  # BT-120 (« TVA non applicable, art. 293 B du CGI »)


@dataclass(frozen=True)
class Totals:
    """BG-22 Document totals."""

    total_ht: Decimal  # BT-109
    total_tva: Decimal  # BT-110
    total_ttc: Decimal  # BT-112
    deja_paye: Decimal  # BT-113
    net_a_payer: Decimal  # BT-115


@dataclass(frozen=True)
class Payment:
    """BG-16 Payment, as known at issue (« Payée le … par … » when paid)."""

    moyen: str  # the order's methode_paiement (carte, paypal, virement…)
    date_paiement: datetime | None  # None: not paid at issue
    montant: Decimal


@dataclass(frozen=True)
class Mentions:
    """The legal mentions printed at the bottom (Code de commerce L441-9, décret 2022-1299)."""

    nature_operation: str  # « Livraison de biens » (décret 2022-1299)
    conditions_paiement: str  # BT-20
    penalites_retard: str  # « trois fois le taux d'intérêt légal »
    indemnite_recouvrement: str  # the €40 mention for business customers, "" when off
    exoneration_tva: str  # « TVA non applicable, art. 293 B du CGI », "" when none
    date_echeance: date | None = None  # BT-9


@dataclass(frozen=True)
class CreditedInvoice:
    """BG-3 Preceding invoice reference: what a credit note credits."""

    numero: str  # BT-25
    date_emission: datetime  # BT-26
    motif: str  # BT-22 note: why the credit note was issued
    total: bool  # True: the whole invoice (« Annule et remplace »); False: partial


@dataclass(frozen=True)
class DocumentSnapshot:
    """An issued invoice or credit note, whole. Immutable once stored."""

    type: DocumentKind
    numero: str  # BT-1
    date_emission: datetime  # BT-2 (aware; stored in UTC)
    date_vente: date  # BT-72 date of the sale (the order's date)
    id_commande: int
    reference_commande: str  # BT-13
    vendeur: Seller
    acheteur: Buyer
    lignes: tuple[Line, ...]
    ventilation_tva: tuple[VatRate, ...]
    totaux: Totals
    paiement: Payment | None
    mentions: Mentions
    facture_creditee: CreditedInvoice | None = None  # credit notes only
    devise: str = "EUR"  # BT-5
    # True when the back office adopted an invoice it did not issue: rebuilt from the order
    # as it stood at adoption (README « Factures » says what that guarantees).
    reconstitue: bool = False
    version: int = SNAPSHOT_VERSION

    @property
    def titre(self) -> str:
        """« Facture n° … » / « Avoir n° … » (French: the PDF's own words)."""
        word = "Facture" if self.type is DocumentKind.FACTURE else "Avoir"
        return f"{word} n° {self.numero}"


# --- The amounts rule -------------------------------------------------------------------------


def cents(value: Decimal) -> Decimal:
    """Half up to the cent, as the invoice prints it."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def ht_from_ttc(ttc: Decimal, rate_percent: Decimal) -> Decimal:
    """HT = TTC ÷ (1 + rate), rounded half up to the cent."""
    return cents(ttc * HUNDRED / (HUNDRED + rate_percent))


@dataclass(frozen=True)
class LineInput:
    """A line to invoice, before its HT amounts are computed."""

    nature: LineKind
    designation: str
    quantite: Decimal
    prix_unitaire_ttc: Decimal
    taux_tva: Decimal
    id_commande_produit: int | None = None
    id_produit: int | None = None
    reference_produit: str = ""

    @property
    def total_ttc(self) -> Decimal:
        return cents(self.quantite * self.prix_unitaire_ttc)


def vat_breakdown(
    inputs: Sequence[LineInput], exemption: str = ""
) -> tuple[tuple[Line, ...], tuple[VatRate, ...], Totals]:
    """Lines with their HT amounts, the breakdown per rate and the totals.

    The rule (README « Factures »): prices are TTC. Per rate, HT = Σ TTC ÷ (1 + rate)
    rounded half up to the cent and TVA = TTC − HT, so HT + TVA = TTC exactly and the
    document's TTC is the order's total. Each line's ``total_ht`` is its TTC ÷ (1 + rate)
    rounded, then the rate's rounding difference (a few cents at most) is given to its
    largest lines, one cent each, so that the lines of a rate add up to its HT exactly.
    """
    by_rate: dict[Decimal, list[int]] = {}
    for index, item in enumerate(inputs):
        by_rate.setdefault(item.taux_tva, []).append(index)
    line_ht = [ht_from_ttc(item.total_ttc, item.taux_tva) for item in inputs]
    rates: list[VatRate] = []
    for rate in sorted(by_rate):
        indexes = by_rate[rate]
        ttc = sum((inputs[i].total_ttc for i in indexes), Decimal("0.00"))
        base = ht_from_ttc(ttc, rate)
        difference = int((base - sum((line_ht[i] for i in indexes), Decimal(0))) / CENT)
        step = CENT if difference > 0 else -CENT
        largest = sorted(indexes, key=lambda i: (-abs(inputs[i].total_ttc), i))
        for k in range(abs(difference)):
            line_ht[largest[k % len(largest)]] += step
        rates.append(
            VatRate(
                taux=rate,
                base_ht=base,
                montant_tva=ttc - base,
                total_ttc=ttc,
                categorie="E" if rate == 0 and exemption else "S",
                motif_exoneration=exemption if rate == 0 else "",
            )
        )
    lines = tuple(
        Line(
            numero=index + 1,
            nature=item.nature,
            designation=item.designation,
            quantite=item.quantite,
            prix_unitaire_ttc=item.prix_unitaire_ttc,
            prix_unitaire_ht=ht_from_ttc(item.prix_unitaire_ttc, item.taux_tva),
            taux_tva=item.taux_tva,
            total_ht=line_ht[index],
            total_ttc=item.total_ttc,
            id_commande_produit=item.id_commande_produit,
            id_produit=item.id_produit,
            reference_produit=item.reference_produit,
        )
        for index, item in enumerate(inputs)
    )
    total_ht = sum((r.base_ht for r in rates), Decimal("0.00"))
    total_tva = sum((r.montant_tva for r in rates), Decimal("0.00"))
    total_ttc = sum((r.total_ttc for r in rates), Decimal("0.00"))
    totals = Totals(
        total_ht=total_ht,
        total_tva=total_tva,
        total_ttc=total_ttc,
        deja_paye=Decimal("0.00"),
        net_a_payer=total_ttc,
    )
    return lines, tuple(rates), totals


# --- Canonical JSON -------------------------------------------------------------------------


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def _plain(value: Any) -> Any:
    # Called for every field of ~a million demo invoices: the common types first.
    if isinstance(value, str):  # StrEnum too: json writes its value
        return value.value if isinstance(value, StrEnum) else value
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("snapshot times must be timezone-aware")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Seller | Mentions):
        return _plain_shared(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


@functools.lru_cache(maxsize=64)
def _plain_shared(value: Seller | Mentions) -> dict[str, Any]:
    """The seller and the mentions are the same on most documents: computed once each."""
    return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}


def canonical_json(snapshot: DocumentSnapshot) -> str:
    """The one text a snapshot is stored and hashed as: sorted keys, no whitespace, UTF-8
    characters as themselves, Decimal as strings with their places (``"12.50"``), times
    as UTC ISO 8601. The same snapshot always gives the same text, byte for byte."""
    return json.dumps(_plain(snapshot), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _revive(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin is tuple:
        inner = get_args(kind)[0]
        return tuple(_revive(inner, v) for v in value)
    if origin is not None:  # X | None
        options = [a for a in get_args(kind) if a is not type(None)]
        return _revive(options[0], value)
    if dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        return kind(**{k: _revive(hints[k], v) for k, v in value.items() if k in hints})
    if kind is Decimal:
        return Decimal(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return kind(value)
    return value


def snapshot_from_json(text: str) -> DocumentSnapshot:
    """The snapshot stored as ``text`` (the inverse of :func:`canonical_json`)."""
    result = _revive(DocumentSnapshot, json.loads(text))
    assert isinstance(result, DocumentSnapshot)
    return result


# --- The chain --------------------------------------------------------------------------


def chain_hash(previous: str | None, rank: int, canonical: str) -> str:
    """SHA-256 (hex) of a document chained to the previous one of its series.

    Hashed: the previous document's hash (:data:`GENESIS_HASH` for the first), the
    document's rank in its chain and its canonical JSON, so that altering a document,
    deleting one or moving one changes every hash from there on."""
    digest = hashlib.sha256()
    digest.update((previous or GENESIS_HASH).encode("ascii"))
    digest.update(b"\n")
    digest.update(str(rank).encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical.encode("utf-8"))
    return digest.hexdigest()


def chain(previous: str | None, first_rank: int, documents: Iterable[str]) -> list[str]:
    """The hashes of consecutive canonical documents starting at ``first_rank``."""
    hashes: list[str] = []
    for offset, canonical in enumerate(documents):
        previous = chain_hash(previous, first_rank + offset, canonical)
        hashes.append(previous)
    return hashes


@dataclass(frozen=True)
class StoredDocument:
    """A document as ``get_document`` returns it: the snapshot and where it stands."""

    kind: DocumentKind
    id: int
    snapshot: DocumentSnapshot
    empreinte: str  # its chained SHA-256
    rang: int  # its rank in its series' chain
    etat: CreditState | None = None  # invoices only
    credits: tuple[str, ...] = field(default_factory=tuple)  # credit notes' numbers


__all__ = [
    "CENT",
    "GENESIS_HASH",
    "SNAPSHOT_VERSION",
    "Buyer",
    "CreditState",
    "CreditedInvoice",
    "DocumentKind",
    "DocumentSnapshot",
    "Line",
    "LineInput",
    "LineKind",
    "Mentions",
    "Payment",
    "Seller",
    "StoredDocument",
    "Totals",
    "VatRate",
    "canonical_json",
    "cents",
    "chain",
    "chain_hash",
    "ht_from_ttc",
    "snapshot_from_json",
    "vat_breakdown",
]
