"""Building a snapshot from plain data: the issuing services and the demo generator both
call :func:`compose`, so a demo invoice is made exactly like a real one."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from backoffice.services.invoices.snapshot import (
    CENT,
    Buyer,
    CreditedInvoice,
    DocumentKind,
    DocumentSnapshot,
    Line,
    LineInput,
    LineKind,
    Mentions,
    Payment,
    Seller,
    Totals,
    VatRate,
    vat_breakdown,
)
from backoffice.services.shop_settings import ShopSettings

ZERO = Decimal("0.00")
INDEMNITY_MENTION = (
    "Clients professionnels : en cas de retard de paiement, indemnité forfaitaire pour "
    "frais de recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce)."
)
SHIPPING_LABELS = {
    "colissimo": "Livraison Colissimo",
    "chronopost": "Livraison Chronopost",
    "point_relais": "Livraison en point relais",
}


@functools.lru_cache(maxsize=16)
def seller_from_settings(settings: ShopSettings) -> Seller:
    return Seller(
        raison_sociale=settings.raison_sociale,
        forme_juridique=settings.forme_juridique,
        capital=settings.capital,
        adresse=settings.siege_adresse,
        siren=settings.siren,
        siret=settings.siret,
        rcs_ville=settings.rcs_ville,
        tva_intracommunautaire=settings.tva_intracommunautaire,
        email=settings.email_contact,
        telephone=settings.telephone,
        logo_chemin=settings.logo_chemin,
    )


@functools.lru_cache(maxsize=16)
def mentions_from_settings(settings: ShopSettings) -> Mentions:
    return Mentions(
        nature_operation=settings.nature_operation,
        conditions_paiement=settings.conditions_paiement,
        penalites_retard=settings.taux_penalites_retard,
        indemnite_recouvrement=INDEMNITY_MENTION if settings.mention_indemnite_recouvrement else "",
        exoneration_tva=settings.mention_exoneration_tva.strip(),
    )


def invoice_rate(settings: ShopSettings) -> Decimal:
    """The VAT rate (percent) of the shop's sales: 0 under a VAT exemption."""
    if settings.mention_exoneration_tva.strip():
        return Decimal("0.00")
    return Decimal(settings.taux_tva).quantize(CENT)


@dataclass(frozen=True)
class OrderLine:
    """A line of an order as the database holds it, with its product's name and slug."""

    id: int
    id_produit: int | None
    designation: str
    reference: str
    quantite: int
    prix_unitaire_ttc: Decimal


def order_line_inputs(
    lines: Sequence[OrderLine],
    shipping_fee: Decimal,
    shipping_mode: str | None,
    rate: Decimal,
    order_total: Decimal | None = None,
) -> list[LineInput]:
    """The lines to invoice for an order: its lines, the shipping as a line of its own,
    and, when the order's total differs from them (a website's discount), one « Remise »
    line of the difference, so that the invoice's TTC is the order's total."""
    inputs = [
        LineInput(
            nature=LineKind.PRODUIT,
            designation=line.designation,
            quantite=Decimal(line.quantite),
            prix_unitaire_ttc=line.prix_unitaire_ttc,
            taux_tva=rate,
            id_commande_produit=line.id,
            id_produit=line.id_produit,
            reference_produit=line.reference,
        )
        for line in lines
    ]
    if shipping_fee:
        inputs.append(
            LineInput(
                nature=LineKind.LIVRAISON,
                designation=SHIPPING_LABELS.get(shipping_mode or "", "Frais de livraison"),
                quantite=Decimal(1),
                prix_unitaire_ttc=shipping_fee,
                taux_tva=rate,
            )
        )
    if order_total is not None:
        difference = order_total - sum((i.total_ttc for i in inputs), ZERO)
        if difference:
            inputs.append(
                LineInput(
                    nature=LineKind.MONTANT,
                    designation="Remise" if difference < 0 else "Ajustement",
                    quantite=Decimal(1),
                    prix_unitaire_ttc=difference,
                    taux_tva=rate,
                )
            )
    return inputs


def _with_stored_totals(
    lines: tuple[Line, ...], rates: tuple[VatRate, ...], ht: Decimal, tva: Decimal
) -> tuple[tuple[Line, ...], tuple[VatRate, ...], Totals]:
    """An adopted invoice keeps the amounts it was issued with, whatever rule made them:
    one rate, its HT and TVA as stored, the lines' HT given the difference."""
    rate = rates[0] if rates else VatRate(Decimal("0.00"), ZERO, ZERO, ZERO)
    difference = int((ht - sum((line.total_ht for line in lines), ZERO)) / CENT)
    adjusted = list(lines)
    if adjusted and difference:
        step = CENT if difference > 0 else -CENT
        order = sorted(range(len(adjusted)), key=lambda i: (-abs(adjusted[i].total_ttc), i))
        for k in range(abs(difference)):
            i = order[k % len(order)]
            adjusted[i] = replace(adjusted[i], total_ht=adjusted[i].total_ht + step)
    stored = replace(rate, base_ht=ht, montant_tva=tva, total_ttc=ht + tva)
    totals = Totals(ht, tva, ht + tva, ZERO, ht + tva)
    return tuple(adjusted), (stored,), totals


def compose(
    *,
    kind: DocumentKind,
    numero: str,
    issued_at: datetime,
    sale_date: date,
    order_id: int,
    order_reference: str,
    settings: ShopSettings,
    buyer: Buyer,
    items: Sequence[LineInput],
    payment: Payment | None,
    credited: CreditedInvoice | None = None,
    reconstituted: bool = False,
    stored_totals: tuple[Decimal, Decimal] | None = None,
) -> DocumentSnapshot:
    """The snapshot of a document issued now with these lines (see ``vat_breakdown`` for
    the amounts rule); ``stored_totals`` (HT, TVA) keeps an adopted invoice's amounts."""
    mentions = mentions_from_settings(settings)
    lines, rates, totals = vat_breakdown(items, mentions.exoneration_tva)
    if stored_totals is not None and (totals.total_ht, totals.total_tva) != stored_totals:
        lines, rates, totals = _with_stored_totals(lines, rates, *stored_totals)
    if payment is not None and payment.date_paiement is not None:
        paid = min(payment.montant, totals.total_ttc)
        totals = replace(totals, deja_paye=paid, net_a_payer=totals.total_ttc - paid)
    return DocumentSnapshot(
        type=kind,
        numero=numero,
        date_emission=issued_at,
        date_vente=sale_date,
        id_commande=order_id,
        reference_commande=order_reference,
        vendeur=seller_from_settings(settings),
        acheteur=buyer,
        lignes=lines,
        ventilation_tva=rates,
        totaux=totals,
        paiement=payment,
        mentions=mentions,
        facture_creditee=credited,
        reconstitue=reconstituted,
    )
