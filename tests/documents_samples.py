"""Invoice and credit-note snapshots built by hand for the documents' tests and benchmark
(the same dataclasses and amounts rule as the issuing service)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from backoffice.services.invoices.snapshot import (
    Buyer,
    CreditedInvoice,
    DocumentKind,
    DocumentSnapshot,
    LineInput,
    LineKind,
    Mentions,
    Payment,
    Seller,
    vat_breakdown,
)

HOSTILE = 'S&P </para> <img src="http://127.0.0.1:9/x.png"> <font color="[[[x]]]">'

SELLER = Seller(
    raison_sociale="Boutique Lumière",
    forme_juridique="SAS",
    capital="10 000 €",
    adresse="12 rue de la Paix\n75002 Paris",
    siren="123456789",
    siret="12345678900012",
    rcs_ville="Paris",
    tva_intracommunautaire="FR32123456789",
    email="contact@boutique-lumiere.fr",
    telephone="01 23 45 67 89",
)

MENTIONS = Mentions(
    nature_operation="Livraison de biens",
    conditions_paiement="Paiement comptant à la commande",
    penalites_retard="trois fois le taux d'intérêt légal",
    indemnite_recouvrement=(
        "Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement "
        "(client professionnel) : 40 €."
    ),
    exoneration_tva="",
)


def sample_snapshot(
    *,
    kind: DocumentKind = DocumentKind.FACTURE,
    n_lines: int = 3,
    name: str = "Émilie Dupont",
    designation: str = "Bol en grès « œuf »",
    delivery: str = "Relais Tabac du Port\n2 quai Nord\n13002 Marseille",
    paid: bool = True,
    total_credit: bool = True,
    numero: str | None = None,
    mentions: Mentions = MENTIONS,
) -> DocumentSnapshot:
    inputs = [
        LineInput(
            LineKind.PRODUIT,
            f"{designation} n°{i}",
            Decimal(i % 3 + 1),
            Decimal("19.99") + i,
            Decimal("20.00"),
            id_commande_produit=i + 1,
            id_produit=100 + i,
            reference_produit=f"bol-gres-{i}",
        )
        for i in range(n_lines)
    ]
    inputs.append(
        LineInput(
            LineKind.LIVRAISON, "Livraison Colissimo", Decimal(1), Decimal("6.90"), Decimal("20.00")
        )
    )
    lines, rates, totals = vat_breakdown(inputs)
    is_invoice = kind is DocumentKind.FACTURE
    return DocumentSnapshot(
        type=kind,
        numero=numero or ("FA-2026-000123" if is_invoice else "AV-2026-000007"),
        date_emission=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
        date_vente=date(2026, 11, 27),
        id_commande=42,
        reference_commande="CMD-2026-000042",
        vendeur=SELLER,
        acheteur=Buyer(
            id_client=7,
            nom=name,
            email="emilie@example.fr",
            telephone="06 00 00 00 00",
            adresse_facturation="3 place Bellecour\n69002 Lyon",
            adresse_livraison=delivery,
            pays_livraison="France",
            mode_livraison="Point relais",
            point_relais="Tabac du Port",
        ),
        lignes=lines,
        ventilation_tva=rates,
        totaux=totals,
        paiement=Payment(
            "carte", datetime(2026, 11, 27, 18, 0, tzinfo=UTC) if paid else None, totals.total_ttc
        ),
        mentions=mentions,
        facture_creditee=None
        if is_invoice
        else CreditedInvoice(
            "FA-2026-000123",
            datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
            f"Retour {HOSTILE}",
            total_credit,
        ),
    )
