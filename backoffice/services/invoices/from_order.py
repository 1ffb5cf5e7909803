"""Reading an order for its invoice: lines, customer, addresses, payment, as they are now."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Commande, CommandeProduit, Paiement, Produit, Utilisateur
from backoffice.services.errors import NotFound
from backoffice.services.invoices.compose import (
    OrderLine,
    compose,
    invoice_rate,
    order_line_inputs,
)
from backoffice.services.invoices.snapshot import Buyer, DocumentKind, DocumentSnapshot, Payment
from backoffice.services.shop_settings import ShopSettings
from backoffice.shop_time import shop_timezone

PAID_STATUSES = ("succeeded", "paid", "payee", "réussi", "completed")


def _joined(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def buyer_of(order: Commande, user: Utilisateur | None) -> Buyer:
    """The order's customer and addresses (the order's own texts first)."""
    own_address = "\n".join(
        p
        for p in (
            (user.adresse or "").strip() if user else "",
            _joined(user.code_postal, user.ville) if user else "",
        )
        if p
    )
    billing = (order.adresse_facturation or "").strip() or own_address
    delivery = (order.adresse_livraison or "").strip()
    return Buyer(
        id_client=user.id if user else None,
        nom=_joined(user.prenom, user.nom) if user else "",
        email=user.email if user else "",
        telephone=(user.telephone or "") if user else "",
        adresse_facturation=billing,
        adresse_livraison=delivery,
        pays_livraison=order.pays_livraison or "",
        mode_livraison=order.mode_livraison or "",
        point_relais=order.point_relais_nom or "",
    )


def payment_of(session: Session, order: Commande) -> Payment | None:
    rows = session.execute(
        select(Paiement.statut, Paiement.montant, Paiement.date_paiement)
        .where(Paiement.id_commande == order.id)
        .order_by(Paiement.id)
    ).all()
    paid = [r for r in rows if (r[0] or "").lower() in PAID_STATUSES and r[2] is not None]
    if paid:
        return Payment(
            order.methode_paiement or "", paid[-1][2], sum((r[1] for r in paid), Decimal("0.00"))
        )
    if order.methode_paiement:
        return Payment(order.methode_paiement, None, Decimal("0.00"))
    return None


def order_lines(session: Session, order_id: int) -> list[OrderLine]:
    rows = session.execute(
        select(
            CommandeProduit.id,
            CommandeProduit.id_produit,
            Produit.nom,
            Produit.slug,
            CommandeProduit.quantite,
            CommandeProduit.prix_unitaire,
        )
        .outerjoin(Produit, Produit.id == CommandeProduit.id_produit)
        .where(CommandeProduit.id_commande == order_id)
        .order_by(CommandeProduit.id)
    ).all()
    return [
        OrderLine(
            id=r[0],
            id_produit=r[1],
            designation=r[2] or f"Produit n° {r[1]}",
            reference=r[3] or "",
            quantite=int(r[4]),
            prix_unitaire_ttc=r[5],
        )
        for r in rows
    ]


def load_order(session: Session, order_id: int) -> Commande:
    order = session.get(Commande, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("invoices", "Cette commande n'existe pas (ou plus)."))
    return order


def invoice_snapshot(
    session: Session,
    order: Commande,
    settings: ShopSettings,
    numero: str,
    issued_at: datetime,
    *,
    reconstituted: bool = False,
    stored_totals: tuple[Decimal, Decimal] | None = None,
) -> DocumentSnapshot:
    """The invoice of ``order`` as it stands now (numbered ``numero``, issued at ``issued_at``)."""
    user = session.get(Utilisateur, order.id_utilisateur)
    rate = invoice_rate(settings)
    items = order_line_inputs(
        order_lines(session, order.id),
        order.frais_livraison or Decimal("0.00"),
        order.mode_livraison,
        rate,
        order.montant_total,
    )
    return compose(
        kind=DocumentKind.FACTURE,
        numero=numero,
        issued_at=issued_at,
        sale_date=order.date_commande.astimezone(shop_timezone()).date(),
        order_id=order.id,
        order_reference=order.reference,
        settings=settings,
        buyer=buyer_of(order, user),
        items=items,
        payment=payment_of(session, order),
        reconstituted=reconstituted,
        stored_totals=stored_totals,
    )
