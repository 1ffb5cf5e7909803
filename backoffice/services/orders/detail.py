"""One order as its window shows it, and its internal notes' save.

:func:`get_order` reads the order, its customer, lines (with their product), payments,
history (with who acted) and invoices in a few indexed queries, as plain data.
:func:`update_order_notes` saves ``notes`` by compare-and-set on the text that was read,
like a product form: if the website or a colleague changed the notes meanwhile, a
:class:`ConflictError` carries the current text and nothing is overwritten.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels_orders import ORDER_FIELD_LABELS
from backoffice.models import (
    Avoir,
    Commande,
    CommandeProduit,
    Facture,
    HistoriqueCommande,
    Paiement,
    Produit,
    Utilisateur,
)
from backoffice.services.audit import audit
from backoffice.services.concurrency import conflict
from backoffice.services.errors import NotFound
from backoffice.services.permissions import Permission, Staff, mutation, require

ORDER_COLUMNS = (
    Commande.id,
    Commande.reference,
    Commande.date_commande,
    Commande.statut,
    Commande.id_utilisateur,
    Commande.montant_total,
    Commande.frais_livraison,
    Commande.tva,
    Commande.pays_livraison,
    Commande.mode_livraison,
    Commande.point_relais_id,
    Commande.point_relais_nom,
    Commande.instructions_livraison,
    Commande.adresse_livraison,
    Commande.adresse_facturation,
    Commande.methode_paiement,
    Commande.notes,
    Commande.motif_annulation,
    Commande.commentaire_annulation,
    Commande.note_client,
    Commande.commentaire_client,
)
NOTES_MAX = 20_000


def _not_found(order_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("orders", "La commande n°{id} n'existe pas ou plus.").format(id=order_id)
    )


def parse_details(text: str | None) -> dict[str, Any] | None:
    """A history row's ``details`` as a dictionary; ``None`` when it is not a JSON object
    (then shown as written)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _name(prenom: str | None, nom: str | None, email: str | None) -> str | None:
    return " ".join(p for p in (prenom, nom) if p) or email


def get_order(session: Session, actor: Staff, order_id: int) -> dict[str, Any]:
    """The order with ``customer``, ``lines``, ``payments``, ``history``, ``invoices``,
    ``lines_total`` and ``adds_up`` (lines + shipping = ``montant_total``)."""
    require(actor, Permission.ORDERS_VIEW)
    row = session.execute(select(*ORDER_COLUMNS).where(Commande.id == order_id)).mappings().first()
    if row is None:
        raise _not_found(order_id)
    order: dict[str, Any] = dict(row)
    customer = (
        session.execute(
            select(
                Utilisateur.id,
                Utilisateur.nom,
                Utilisateur.prenom,
                Utilisateur.email,
                Utilisateur.telephone,
            ).where(Utilisateur.id == order["id_utilisateur"])
        )
        .mappings()
        .first()
    )
    order["customer"] = dict(customer) if customer is not None else None
    lines = session.execute(
        select(
            CommandeProduit.id,
            CommandeProduit.id_produit,
            CommandeProduit.quantite,
            CommandeProduit.prix_unitaire,
            Produit.nom,
            Produit.slug,
        )
        .join(Produit, Produit.id == CommandeProduit.id_produit, isouter=True)
        .where(CommandeProduit.id_commande == order_id)
        .order_by(CommandeProduit.id)
    ).mappings()
    order["lines"] = [
        {**dict(line), "total": line["prix_unitaire"] * line["quantite"]} for line in lines
    ]
    lines_total = sum((line["total"] for line in order["lines"]), Decimal("0.00"))
    order["lines_total"] = lines_total
    order["adds_up"] = lines_total + (order["frais_livraison"] or 0) == order["montant_total"]
    order["payments"] = [
        dict(p)
        for p in session.execute(
            select(
                Paiement.id,
                Paiement.payment_intent_id,
                Paiement.statut,
                Paiement.montant,
                Paiement.date_paiement,
            )
            .where(Paiement.id_commande == order_id)
            .order_by(Paiement.id)
        ).mappings()
    ]
    history = session.execute(
        select(
            HistoriqueCommande.id,
            HistoriqueCommande.action,
            HistoriqueCommande.details,
            HistoriqueCommande.date_action,
            HistoriqueCommande.id_utilisateur,
            Utilisateur.prenom,
            Utilisateur.nom,
            Utilisateur.email,
        )
        .join(Utilisateur, Utilisateur.id == HistoriqueCommande.id_utilisateur, isouter=True)
        .where(HistoriqueCommande.id_commande == order_id)
        .order_by(HistoriqueCommande.date_action, HistoriqueCommande.id)
    ).mappings()
    order["history"] = [
        {
            "id": h["id"],
            "action": h["action"],
            "date_action": h["date_action"],
            "id_utilisateur": h["id_utilisateur"],
            "who": _name(h["prenom"], h["nom"], h["email"]),
            "details": parse_details(h["details"]),
            "raw": h["details"],
        }
        for h in history
    ]
    order["invoices"] = [
        dict(f)
        for f in session.execute(
            select(
                Facture.id,
                Facture.numero_facture,
                Facture.date_emission,
                Facture.montant_ttc,
            )
            .where(Facture.id_commande == order_id)
            .order_by(Facture.date_emission, Facture.id)
        ).mappings()
    ]
    # The credit notes (full on cancellation, partial from the invoice): the order window
    # must say that its invoice is credited, not only that it exists.
    order["credit_notes"] = [
        dict(a)
        for a in session.execute(
            select(Avoir.id, Avoir.numero_avoir, Avoir.date_emission, Avoir.montant_ttc)
            .where(Avoir.id_commande == order_id)
            .order_by(Avoir.date_emission, Avoir.id)
        ).mappings()
    ]
    return order


@mutation(Permission.ORDERS_ADVANCE)
def update_order_notes(
    session: Session, actor: Staff, order_id: int, notes: str | None, read: str | None
) -> str | None:
    """Saves the internal ``notes`` if they are still ``read`` (the text the window
    showed); the text saved (``None`` for empty). A change made meanwhile raises a
    :class:`ConflictError` with the current notes (``current["notes"]``)."""
    text = (notes or "").strip() or None
    if text is not None:
        text = text[:NOTES_MAX]
    before = read if read else None
    stmt = (
        update(Commande)
        .where(Commande.id == order_id, Commande.notes.is_not_distinct_from(read))
        .values(notes=text)
        .execution_options(synchronize_session=False)
    )
    if not session.execute(stmt).rowcount:  # type: ignore[attr-defined]
        current = session.execute(
            select(Commande.reference, Commande.notes).where(Commande.id == order_id)
        ).first()
        if current is None:
            raise _not_found(order_id)
        raise conflict(
            QT_TRANSLATE_NOOP("orders", "La commande {reference}").format(
                reference=current.reference
            ),
            {"notes": current.notes},
            {"notes": text},
            ["notes"],
            labels={"notes": ORDER_FIELD_LABELS["notes"]},
            feminine=True,
        )
    audit(
        session,
        actor,
        "commande.notes",
        {"id_commande": order_id},
        before={"notes": before},
        after={"notes": text},
    )
    return text


__all__ = ["ORDER_COLUMNS", "get_order", "parse_details", "update_order_notes"]
