"""Orders for the Commandes tests: an order with its lines, its creation in the history
and, on request, a payment and an invoice."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from backoffice.models import (
    Commande,
    CommandeProduit,
    Facture,
    HistoriqueCommande,
    Paiement,
    Produit,
    Utilisateur,
)

_counter = itertools.count(1)


def make_order(
    session: Session,
    customer: Utilisateur,
    statut: str = "en_attente",
    lines: Sequence[tuple[Produit, int]] = (),
    *,
    frais: Decimal = Decimal("4.90"),
    reference: str | None = None,
    date: datetime | None = None,
    paid: str | None = None,
    invoice: str | None = None,
    **fields: Any,
) -> Commande:
    n = next(_counter)
    total = sum((p.prix * q for p, q in lines), Decimal("0.00")) + frais
    order = Commande(
        id_utilisateur=customer.id,
        reference=reference or f"CMD-T-{n:06d}-{id(session) % 10_000}",
        date_commande=date or datetime(2026, 11, 20, 10, n % 60, tzinfo=UTC),
        statut=statut,
        montant_total=fields.pop("montant_total", total),
        frais_livraison=frais,
        tva=(total / 6).quantize(Decimal("0.01")),
        pays_livraison=fields.pop("pays_livraison", "France"),
        mode_livraison=fields.pop("mode_livraison", "colissimo"),
        methode_paiement=fields.pop("methode_paiement", "carte"),
        adresse_livraison=fields.pop(
            "adresse_livraison", "Jeanne Martin\n3 rue des Lilas\n75011 Paris"
        ),
        adresse_facturation=fields.pop(
            "adresse_facturation", "Jeanne Martin\n3 rue des Lilas\n75011 Paris"
        ),
        **fields,
    )
    session.add(order)
    session.flush()
    for product, quantity in lines:
        session.add(
            CommandeProduit(
                id_commande=order.id,
                id_produit=product.id,
                quantite=quantity,
                prix_unitaire=product.prix,
            )
        )
    session.add(
        HistoriqueCommande(
            id_commande=order.id,
            id_utilisateur=customer.id,
            action="creation",
            details=json.dumps({"statut": "en_attente"}),
            date_action=order.date_commande,
        )
    )
    if paid is not None:
        session.add(
            Paiement(
                id_commande=order.id,
                payment_intent_id=f"pi_test_{n}",
                statut=paid,
                montant=order.montant_total,
                date_paiement=order.date_commande,
            )
        )
    if invoice is not None:
        session.add(
            Facture(
                id_commande=order.id,
                numero_facture=invoice,
                date_emission=order.date_commande,
                montant_ht=(order.montant_total - order.tva),
                montant_tva=order.tva,
                montant_ttc=order.montant_total,
            )
        )
    session.flush()
    return order
