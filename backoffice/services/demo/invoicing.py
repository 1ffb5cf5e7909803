"""The demo's invoices, issued like real ones: the same numbering (``FA-<year>-<n>``, per
calendar year of the shop, continuous in issue order), the same snapshot
(``services.invoices.compose``) and the same chain of hashes, so that ``backoffice
invoices verify`` passes on a fresh demo database and every demo invoice prints. The demo
shop's identity is stored in ``parametres_boutique`` first, and its snapshots carry it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

from backoffice.services.demo.base import GeneratorBase, InvoiceDue, money
from backoffice.services.invoices.compose import (
    OrderLine,
    compose,
    invoice_rate,
    order_line_inputs,
)
from backoffice.services.invoices.numbering import format_number, numbering_year
from backoffice.services.invoices.snapshot import (
    GENESIS_HASH,
    Buyer,
    DocumentKind,
    Payment,
    canonical_json,
    chain_hash,
)
from backoffice.services.shop_settings import ShopSettings, format_setting
from backoffice.shop_time import shop_timezone

# The demo shop (fictitious identifiers, valid formats).
DEMO_SHOP_SETTINGS: dict[str, str] = {
    "raison_sociale": "Boutique Démo",
    "forme_juridique": "SAS",
    "capital": "20 000 €",
    "siege_adresse": "12 rue de la Démo\n75011 Paris",
    "siren": "912345678",
    "siret": "91234567800017",
    "rcs_ville": "Paris",
    "tva_intracommunautaire": "FR40912345678",
    "email_contact": "contact@boutique.demo",
    "telephone": "01 84 60 12 34",
}


class InvoiceRows(GeneratorBase):
    """``parametres_boutique``, ``factures``, ``factures_instantanes`` and the counters."""

    def shop_settings(self) -> ShopSettings:
        return ShopSettings(**DEMO_SHOP_SETTINGS)  # type: ignore[arg-type]

    def shop_settings_rows(self) -> Iterator[tuple[object, ...]]:
        stamp = self.dt(self.window_start)
        for key, value in DEMO_SHOP_SETTINGS.items():
            yield (key, format_setting(value), stamp)

    def _due_sorted(self) -> list[InvoiceDue]:
        return sorted(self.invoices_due, key=lambda d: (d.emitted, d.order_id))

    def _numbered(self) -> Iterator[tuple[int, InvoiceDue, str, int]]:
        """(invoice id, due item, number, year) in issue order."""
        template = self.shop_settings().format_facture
        year = number = 0
        for invoice_id, item in enumerate(self._due_sorted(), start=1):
            emitted_year = numbering_year(self.dt(item.emitted))
            if emitted_year != year:
                year, number = emitted_year, 0
            number += 1
            self.invoice_counters[year] = number
            yield invoice_id, item, format_number(template, year, number), year

    def invoices_rows(self) -> Iterator[tuple[object, ...]]:
        """The ``factures`` rows: amounts by the invoicing rule (HT = TTC ÷ 1,2 rounded)."""
        for invoice_id, item, numero, _ in self._numbered():
            emitted = self.dt(item.emitted)
            ttc = item.total_cents
            ht = ttc - item.vat_cents
            yield (
                invoice_id,
                item.order_id,
                numero,
                emitted,
                money(ht),
                money(item.vat_cents),
                money(ttc),
                emitted,
            )

    def invoice_snapshots_rows(self) -> Iterator[tuple[object, ...]]:
        """Each invoice's snapshot, chained; then frees the order data kept for them."""
        settings = self.shop_settings()
        rate = invoice_rate(settings)
        zone = shop_timezone()
        previous = GENESIS_HASH
        names, slugs = self.product_name, self.product_slug
        parts = self._address_parts
        for invoice_id, item, numero, _ in self._numbered():
            emitted = self.dt(item.emitted)
            full_name = parts[item.customer_index][0]
            address = self.customer_address[item.customer_index]
            lines = [
                OrderLine(
                    line_id,
                    product,
                    names[product - 1],
                    slugs[product - 1],
                    quantity,
                    Decimal(unit) / 100,
                )
                for line_id, product, quantity, unit in item.lines
            ]
            items = order_line_inputs(
                lines,
                Decimal(item.fee_cents) / 100,
                item.mode,
                rate,
                Decimal(item.total_cents) / 100,
            )
            paid = self.dt(item.paid_at) if item.paid_at else None
            snapshot = compose(
                kind=DocumentKind.FACTURE,
                numero=numero,
                issued_at=emitted,
                sale_date=self.dt(item.placed).astimezone(zone).date(),
                order_id=item.order_id,
                order_reference=item.reference,
                settings=settings,
                buyer=Buyer(
                    id_client=self.customer_ids[item.customer_index],
                    nom=full_name,
                    email="",
                    telephone="",
                    adresse_facturation=address,
                    adresse_livraison=address,
                    pays_livraison="France",
                    mode_livraison=item.mode,
                    point_relais=item.relay,
                ),
                items=items,
                payment=Payment(
                    item.method, paid, Decimal(item.total_cents) / 100 if paid else Decimal("0.00")
                ),
            )
            if snapshot.totaux.total_tva * 100 != item.vat_cents:  # the factures row's VAT
                raise RuntimeError(f"{numero}: VAT {snapshot.totaux.total_tva} ≠ {item.vat_cents}")
            canonical = canonical_json(snapshot)
            digest = chain_hash(previous, invoice_id, canonical)
            yield (invoice_id, invoice_id, canonical, digest, previous, False, emitted)
            previous = digest
        self.invoice_chain = (len(self.invoices_due), previous)
        self.invoices_due = []

    def counters_rows(self) -> Iterator[tuple[object, ...]]:
        for year, last in sorted(self.invoice_counters.items()):
            yield (DocumentKind.FACTURE.value, year, last)

    def chains_rows(self) -> Iterator[tuple[object, ...]]:
        rank, digest = getattr(self, "invoice_chain", (0, GENESIS_HASH))
        stamp = datetime.fromtimestamp(self.now, UTC)
        yield (DocumentKind.FACTURE.value, rank, digest, stamp)
        yield (DocumentKind.AVOIR.value, 0, GENESIS_HASH, stamp)
