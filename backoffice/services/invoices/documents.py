"""One document as it was issued, and what remains to be credited on an invoice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Avoir, AvoirLigne, Facture, FactureInstantane
from backoffice.services.errors import NotFound
from backoffice.services.invoices.listing import period_bounds
from backoffice.services.invoices.snapshot import (
    CreditState,
    DocumentKind,
    DocumentSnapshot,
    LineKind,
    StoredDocument,
    snapshot_from_json,
)
from backoffice.services.permissions import Permission, Staff, read_only, require

ZERO = Decimal("0.00")


def _not_found(kind: DocumentKind) -> NotFound:
    if kind is DocumentKind.FACTURE:
        return NotFound(QT_TRANSLATE_NOOP("invoices", "Cette facture n'existe pas (ou plus)."))
    return NotFound(QT_TRANSLATE_NOOP("invoices", "Cet avoir n'existe pas (ou plus)."))


def credit_state(total: Decimal, credited: Decimal) -> CreditState:
    if credited <= 0:
        return CreditState.EMISE
    return CreditState.CREDITEE if credited >= total else CreditState.PARTIELLEMENT_CREDITEE


def get_stored_document(
    session: Session, actor: Staff, kind: DocumentKind, document_id: int
) -> StoredDocument:
    """The snapshot of invoice or credit note ``document_id`` with its hash, its rank and,
    for an invoice, its credit state and its credit notes' numbers. :class:`NotFound` when
    it does not exist, or when an invoice has no snapshot yet (a website's invoice not
    adopted: run ``backoffice invoices verify``)."""
    require(actor, Permission.INVOICES_VIEW)
    kind = DocumentKind(kind)
    if kind is DocumentKind.AVOIR:
        row = session.execute(
            select(Avoir.contenu, Avoir.empreinte, Avoir.rang).where(Avoir.id == document_id)
        ).first()
        if row is None:
            raise _not_found(kind)
        return StoredDocument(kind, document_id, snapshot_from_json(row[0]), row[1], row[2])
    row = session.execute(
        select(
            FactureInstantane.contenu,
            FactureInstantane.empreinte,
            FactureInstantane.rang,
            Facture.montant_ttc,
        )
        .join(Facture, Facture.id == FactureInstantane.id_facture)
        .where(FactureInstantane.id_facture == document_id)
    ).first()
    if row is None:
        raise _not_found(kind)
    credits = session.execute(
        select(Avoir.numero_avoir, Avoir.montant_ttc)
        .where(Avoir.id_facture == document_id)
        .order_by(Avoir.rang)
    ).all()
    credited = sum((c[1] for c in credits), ZERO)
    return StoredDocument(
        kind,
        document_id,
        snapshot_from_json(row[0]),
        row[1],
        row[2],
        etat=credit_state(row[3], credited),
        credits=tuple(c[0] for c in credits),
    )


def get_document(
    session: Session, actor: Staff, kind: DocumentKind, document_id: int
) -> DocumentSnapshot:
    """The snapshot of invoice (``facture``, a ``factures.id``) or credit note (``avoir``,
    an ``avoirs.id``) as issued: everything the PDF prints. Requires ``invoices.view``."""
    return get_stored_document(session, actor, kind, document_id).snapshot


@read_only
def invoice_of_order(session: Session, actor: Staff, order_id: int) -> int | None:
    """The id of the order's invoice (the first issued), ``None`` when it has none."""
    require(actor, Permission.INVOICES_VIEW)
    return session.scalar(select(func.min(Facture.id)).where(Facture.id_commande == order_id))


@read_only
def documents_in_period(
    session: Session,
    actor: Staff,
    start: date | None,
    end: date | None,
    kinds: Sequence[DocumentKind] = (DocumentKind.FACTURE, DocumentKind.AVOIR),
) -> list[tuple[DocumentKind, int, str]]:
    """``(kind, id, number)`` of the documents issued from ``start`` to ``end`` (shop days,
    inclusive; None: open), in issue order; invoices without a snapshot are left out."""
    require(actor, Permission.INVOICES_VIEW)
    low, high = period_bounds(start, end)
    parts = []
    if DocumentKind.FACTURE in kinds:
        stmt = select(
            literal(DocumentKind.FACTURE.value).label("kind"),
            Facture.id.label("id"),
            Facture.numero_facture.label("numero"),
            Facture.date_emission.label("date_emission"),
        ).join(FactureInstantane, FactureInstantane.id_facture == Facture.id)
        if low:
            stmt = stmt.where(Facture.date_emission >= low)
        if high:
            stmt = stmt.where(Facture.date_emission < high)
        parts.append(stmt)
    if DocumentKind.AVOIR in kinds:
        stmt = select(
            literal(DocumentKind.AVOIR.value).label("kind"),
            Avoir.id.label("id"),
            Avoir.numero_avoir.label("numero"),
            Avoir.date_emission.label("date_emission"),
        )
        if low:
            stmt = stmt.where(Avoir.date_emission >= low)
        if high:
            stmt = stmt.where(Avoir.date_emission < high)
        parts.append(stmt)
    if not parts:
        return []
    combined = union_all(*parts).subquery()
    rows = session.execute(
        select(combined.c.kind, combined.c.id, combined.c.numero).order_by(
            combined.c.date_emission, combined.c.kind.desc(), combined.c.numero
        )
    ).all()
    return [(DocumentKind(k), int(i), str(n)) for k, i, n in rows]


@dataclass(frozen=True)
class RemainingLine:
    """A line of the invoice and how much of it may still be credited."""

    numero: int  # the line's number on the invoice
    nature: LineKind  # produit or livraison
    id_commande_produit: int | None
    designation: str
    quantite_facturee: int
    quantite_creditee: int
    prix_unitaire_ttc: Decimal
    taux_tva: Decimal

    @property
    def quantite_restante(self) -> int:
        return self.quantite_facturee - self.quantite_creditee


@dataclass(frozen=True)
class CreditRemaining:
    """What the « Avoir partiel… » dialog offers: the lines and the amount left."""

    id_facture: int
    numero_facture: str
    total_ttc: Decimal
    credite_ttc: Decimal
    lignes: tuple[RemainingLine, ...]

    @property
    def restant_ttc(self) -> Decimal:
        return self.total_ttc - self.credite_ttc


@read_only
def credit_remaining(session: Session, actor: Staff, invoice_id: int) -> CreditRemaining:
    """The invoice's lines with the quantities already credited and the TTC amount left
    to credit (never below zero). Requires ``invoices.view``."""
    stored = get_stored_document(session, actor, DocumentKind.FACTURE, invoice_id)
    return remaining_for(session, invoice_id, stored.snapshot)


def remaining_for(session: Session, invoice_id: int, snapshot: DocumentSnapshot) -> CreditRemaining:
    """:func:`credit_remaining` without the permission check (the issuing service, which
    holds the credit notes' chain lock, calls it)."""
    credited_rows = session.execute(
        select(AvoirLigne.nature, AvoirLigne.id_commande_produit, func.sum(AvoirLigne.quantite))
        .join(Avoir, Avoir.id == AvoirLigne.id_avoir)
        .where(Avoir.id_facture == invoice_id)
        .group_by(AvoirLigne.nature, AvoirLigne.id_commande_produit)
    ).all()
    credited_qty = {(str(n), key): int(q or 0) for n, key, q in credited_rows}
    credited_ttc = session.scalar(
        select(func.coalesce(func.sum(Avoir.montant_ttc), 0)).where(Avoir.id_facture == invoice_id)
    )
    lines = tuple(
        RemainingLine(
            numero=line.numero,
            nature=line.nature,
            id_commande_produit=line.id_commande_produit,
            designation=line.designation,
            quantite_facturee=int(line.quantite),
            quantite_creditee=credited_qty.get((line.nature.value, line.id_commande_produit), 0),
            prix_unitaire_ttc=line.prix_unitaire_ttc,
            taux_tva=line.taux_tva,
        )
        for line in snapshot.lignes
        if line.nature in (LineKind.PRODUIT, LineKind.LIVRAISON)
    )
    return CreditRemaining(
        id_facture=invoice_id,
        numero_facture=snapshot.numero,
        total_ttc=snapshot.totaux.total_ttc,
        credite_ttc=Decimal(str(credited_ttc or 0)).quantize(Decimal("0.01")),
        lignes=lines,
    )
