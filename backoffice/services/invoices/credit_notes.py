"""Credit notes (avoirs): the only correction of an issued invoice.

Full (cancelling an invoiced order) or partial (« Avoir partiel… »: chosen lines and
quantities, or an amount, with a reason). Issues of credit notes lock their series' chain
head first, so what remains to be credited is read under that lock: two clerks crediting
the same invoice at once cannot together credit more than it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Avoir, AvoirLigne, FactureInstantane
from backoffice.money import format_money
from backoffice.services.audit import audit
from backoffice.services.errors import NotFound, ServiceError, ValidationError
from backoffice.services.invoices.compose import compose
from backoffice.services.invoices.documents import CreditRemaining, remaining_for
from backoffice.services.invoices.numbering import (
    advance_chain,
    lock_chain,
    next_number,
    now_utc,
    numbering_year,
)
from backoffice.services.invoices.snapshot import (
    CreditedInvoice,
    DocumentKind,
    DocumentSnapshot,
    LineInput,
    LineKind,
    canonical_json,
    chain_hash,
    snapshot_from_json,
)
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.shop_settings import get_shop_settings
from backoffice.services.shop_settings.edit import identity_incomplete, missing_identity_fields
from backoffice.sql_compat import insert_returning_ids

ZERO = Decimal("0.00")
FULL_REASON = "Annulation de la commande"


def _invoice(session: Session, invoice_id: int) -> DocumentSnapshot:
    text = session.scalar(
        select(FactureInstantane.contenu).where(FactureInstantane.id_facture == invoice_id)
    )
    if text is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "invoices",
                "Cette facture n'existe pas, ou n'a pas encore été adoptée par le back-office "
                "(lancez « backoffice invoices verify »).",
            )
        )
    return snapshot_from_json(text)


def _refuse(field: str, message: str) -> ValidationError:
    return ValidationError({field: message}, message=message)


def _full_items(invoice: DocumentSnapshot, remaining: CreditRemaining) -> list[LineInput]:
    if remaining.credite_ttc == 0:
        return [
            LineInput(
                line.nature,
                line.designation,
                line.quantite,
                line.prix_unitaire_ttc,
                line.taux_tva,
                line.id_commande_produit,
                line.id_produit,
                line.reference_produit,
            )
            for line in invoice.lignes
        ]
    items = [
        LineInput(
            r.nature,
            r.designation,
            Decimal(r.quantite_restante),
            r.prix_unitaire_ttc,
            r.taux_tva,
            r.id_commande_produit,
        )
        for r in remaining.lignes
        if r.quantite_restante > 0
    ]
    if sum((i.total_ttc for i in items), ZERO) == remaining.restant_ttc:
        return items
    return _amount_items(invoice, remaining.restant_ttc, FULL_REASON)


def _amount_items(invoice: DocumentSnapshot, amount: Decimal, reason: str) -> list[LineInput]:
    rates = [r.taux for r in invoice.ventilation_tva]
    if len(rates) != 1:
        raise _refuse(
            "montant",
            QT_TRANSLATE_NOOP(
                "invoices",
                "Cette facture a plusieurs taux de TVA : créditez des lignes plutôt qu'un montant.",
            ),
        )
    return [
        LineInput(LineKind.MONTANT, f"Montant crédité — {reason}", Decimal(1), amount, rates[0])
    ]


def _line_items(remaining: CreditRemaining, quantities: Mapping[int, int]) -> list[LineInput]:
    by_number = {r.numero: r for r in remaining.lignes}
    items: list[LineInput] = []
    for numero, quantity in sorted(quantities.items()):
        line = by_number.get(numero)
        if line is None:
            raise _refuse(
                "lignes",
                QT_TRANSLATE_NOOP("invoices", "La ligne {n} n'existe pas sur la facture.").format(
                    n=numero
                ),
            )
        if quantity <= 0:
            continue
        if quantity > line.quantite_restante:
            raise _refuse(
                "lignes",
                QT_TRANSLATE_NOOP(
                    "invoices",
                    "« {designation} » : {asked} demandé(s), il en reste {left} à créditer.",
                ).format(designation=line.designation, asked=quantity, left=line.quantite_restante),
            )
        items.append(
            LineInput(
                line.nature,
                line.designation,
                Decimal(quantity),
                line.prix_unitaire_ttc,
                line.taux_tva,
                line.id_commande_produit,
            )
        )
    return items


def credit_invoice(
    session: Session,
    issuer: Staff | None,
    invoice_id: int,
    *,
    reason: str,
    full: bool = False,
    quantities: Mapping[int, int] | None = None,
    amount: Decimal | None = None,
) -> int | None:
    """Issue a credit note of ``invoice_id`` (no permission check: the callers decide).
    ``full``: everything that remains; else the ``quantities`` (invoice line number →
    quantity) or the TTC ``amount``. Gives the credit note's id; ``None`` for a full
    credit of an invoice already wholly credited."""
    reason = (reason or "").strip()
    if not reason:
        raise _refuse("motif", QT_TRANSLATE_NOOP("invoices", "Indiquez le motif de l'avoir."))
    if len(reason) > 255:
        raise _refuse(
            "motif", QT_TRANSLATE_NOOP("invoices", "Motif trop long (255 caractères au plus).")
        )
    settings = get_shop_settings(session)
    missing = missing_identity_fields(settings)
    if missing:
        raise identity_incomplete(missing)
    head = lock_chain(session, DocumentKind.AVOIR)
    invoice = _invoice(session, invoice_id)
    remaining = remaining_for(session, invoice_id, invoice)
    if full:
        if remaining.restant_ttc <= 0:
            return None
        items = _full_items(invoice, remaining)
    elif amount is not None:
        if amount <= 0:
            raise _refuse("montant", QT_TRANSLATE_NOOP("invoices", "Le montant doit être positif."))
        items = _amount_items(invoice, amount, reason)
    else:
        items = _line_items(remaining, quantities or {})
    total = sum((i.total_ttc for i in items), ZERO)
    if total <= 0:
        raise _refuse(
            "lignes", QT_TRANSLATE_NOOP("invoices", "Choisissez au moins une ligne à créditer.")
        )
    if total > remaining.restant_ttc:
        raise _refuse(
            "montant",
            QT_TRANSLATE_NOOP(
                "invoices",
                "L'avoir ({amount}) dépasse ce qui reste à créditer sur la facture {numero} "
                "({left}).",
            ).format(
                amount=format_money(total),
                numero=invoice.numero,
                left=format_money(remaining.restant_ttc),
            ),
        )
    issued_at = now_utc(session)
    numero, _ = next_number(
        session,
        DocumentKind.AVOIR,
        settings.format_avoir,
        numbering_year(issued_at),
        Avoir.numero_avoir,
    )
    whole = full or total == invoice.totaux.total_ttc
    snapshot = compose(
        kind=DocumentKind.AVOIR,
        numero=numero,
        issued_at=issued_at,
        sale_date=invoice.date_vente,
        order_id=invoice.id_commande,
        order_reference=invoice.reference_commande,
        settings=settings,
        buyer=invoice.acheteur,
        items=items,
        payment=None,
        credited=CreditedInvoice(invoice.numero, invoice.date_emission, reason, whole),
    )
    canonical = canonical_json(snapshot)
    rang = head.rang + 1
    digest = chain_hash(head.empreinte, rang, canonical)
    row = {
        "numero_avoir": numero,
        "id_facture": invoice_id,
        "id_commande": invoice.id_commande,
        "date_emission": issued_at,
        "montant_ht": snapshot.totaux.total_ht,
        "montant_tva": snapshot.totaux.total_tva,
        "montant_ttc": snapshot.totaux.total_ttc,
        "total": whole,
        "motif": reason,
        "id_utilisateur": issuer.id if issuer else None,
        "rang": rang,
        "contenu": canonical,
        "empreinte": digest,
        "empreinte_precedente": head.empreinte,
        "date_creation": datetime.now(UTC),
    }
    credit_id = int(insert_returning_ids(session, Avoir.__table__, [row], Avoir.id)[0])
    session.execute(
        insert(AvoirLigne),
        [
            {
                "id_avoir": credit_id,
                "id_commande_produit": line.id_commande_produit,
                "nature": line.nature.value,
                "quantite": int(line.quantite),
                "montant_ttc": line.total_ttc,
                "taux_tva": line.taux_tva,
            }
            for line in snapshot.lignes
        ],
    )
    advance_chain(session, head, rang, digest)
    audit(
        session,
        issuer,
        "avoir.emission",
        {
            "id_avoir": credit_id,
            "numero": numero,
            "id_facture": invoice_id,
            "numero_facture": invoice.numero,
            "montant_ttc": total,
            "total": whole,
            "motif": reason,
        },
    )
    return credit_id


@mutation(Permission.INVOICES_ISSUE)
def issue_credit_note(
    session: Session,
    actor: Staff,
    invoice_id: int,
    reason: str,
    quantities: Mapping[int, int] | None = None,
    amount: Decimal | None = None,
) -> int:
    """« Avoir partiel… »: credit the ``quantities`` of the invoice's lines (line number →
    quantity; the shipping line too) or a TTC ``amount``, with a ``reason``; never more
    than what remains (:func:`~.documents.credit_remaining`). Gives the credit note's id."""
    if quantities and amount is not None:
        raise _refuse(
            "montant",
            QT_TRANSLATE_NOOP("invoices", "Créditez des lignes ou un montant, pas les deux."),
        )
    credit_id = credit_invoice(
        session, actor, invoice_id, reason=reason, quantities=quantities, amount=amount
    )
    if credit_id is None:  # pragma: no cover - only a full credit gives None
        raise ServiceError(QT_TRANSLATE_NOOP("invoices", "Rien à créditer."))
    return credit_id
