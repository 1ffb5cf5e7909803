"""Shared set-up for the invoicing tests: a shop with its identity, orders to invoice."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from itertools import count

from sqlalchemy.orm import Session

from backoffice.models import Commande, CommandeProduit, Paiement, ParametreBoutique
from backoffice.services.permissions import Staff
from tests.factories import make_product, make_staff, make_user

_n = count(1)

IDENTITY = {
    "raison_sociale": "Boutique & Fils",
    "forme_juridique": "SAS",
    "capital": "10 000 €",
    "siege_adresse": "12 rue de la Paix\n75002 Paris",
    "siren": "123456789",
    "siret": "12345678900012",
    "rcs_ville": "Paris",
    "tva_intracommunautaire": "FR12123456789",
    "email_contact": "contact@boutique.test",
    "telephone": "01 23 45 67 89",
}


def set_identity(session: Session, **overrides: str) -> None:
    now = datetime.now(UTC)
    for key, value in {**IDENTITY, **overrides}.items():
        row = session.get(ParametreBoutique, key)
        if row is None:
            session.add(ParametreBoutique(cle=key, valeur=value, updated_at=now))
        else:
            row.valeur = value
    session.flush()


def make_order(
    session: Session,
    lines: list[tuple[str, int]] | None = None,
    *,
    fee: str = "4.90",
    status: str = "validee",
    customer_name: tuple[str, str] = ("Dupont", "Marie"),
    paid: bool = True,
    total: Decimal | None = None,
) -> Commande:
    """An order with ``lines`` (unit TTC price, quantity) and a shipping fee."""
    lines = lines if lines is not None else [("19.99", 2), ("5.50", 1)]
    customer = make_user(session, nom=customer_name[0], prenom=customer_name[1])
    n = next(_n)
    subtotal = sum((Decimal(p) * q for p, q in lines), Decimal("0.00"))
    order = Commande(
        id_utilisateur=customer.id,
        date_commande=datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
        statut=status,
        montant_total=total if total is not None else subtotal + Decimal(fee),
        frais_livraison=Decimal(fee),
        tva=Decimal("0.00"),
        pays_livraison="France",
        mode_livraison="colissimo",
        adresse_livraison="3 rue des Lilas\n69003 Lyon",
        adresse_facturation="3 rue des Lilas\n69003 Lyon",
        methode_paiement="carte",
        reference=f"CMD-T-{n:06d}-{id(session) % 100000}",
    )
    session.add(order)
    session.flush()
    for price, quantity in lines:
        product = make_product(session, f"Produit {n}-{price}", prix=Decimal(price))
        session.add(
            CommandeProduit(
                id_commande=order.id,
                id_produit=product.id,
                quantite=quantity,
                prix_unitaire=Decimal(price),
            )
        )
    if paid:
        session.add(
            Paiement(
                id_commande=order.id,
                statut="succeeded",
                montant=order.montant_total,
                date_paiement=datetime(2026, 3, 10, 9, 35, tzinfo=UTC),
            )
        )
    session.flush()
    return order


def manager(session: Session) -> Staff:
    return make_staff(session, "manager")
