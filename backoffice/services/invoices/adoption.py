"""Adopting invoices the back office did not issue (the website's, or older ones).

Each ``factures`` row without a snapshot gets one, **reconstituted** from its order as the
order stands at adoption (lines, customer, addresses) with the amounts, number and date
the invoice row holds, marked ``reconstitue``, and its place at the end of the chain, in
issue order. What that guarantees and what it cannot: README « Factures ».

Runs at the first ``invoices verify`` and, on a base whose chain is still empty, before
the first invoice the back office issues (so the adopted ones come first in the chain).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from backoffice.models import Commande, Facture, FactureInstantane
from backoffice.services.invoices.from_order import invoice_snapshot
from backoffice.services.invoices.numbering import ChainHead, store_invoice_snapshot
from backoffice.services.invoices.snapshot import canonical_json
from backoffice.services.shop_settings import get_shop_settings

Progress = Callable[[int, int], None]
BATCH = 500


def _unchained() -> ColumnElement[bool]:
    return ~exists().where(FactureInstantane.id_facture == Facture.id).correlate(Facture)


def has_unchained(session: Session) -> bool:
    return session.scalar(select(Facture.id).where(_unchained()).limit(1)) is not None


def unchained_ids(session: Session) -> list[int]:
    """Invoices without a snapshot, in issue order (date, then id)."""
    return list(
        session.scalars(
            select(Facture.id).where(_unchained()).order_by(Facture.date_emission, Facture.id)
        )
    )


def adopt_unchained(
    session: Session,
    head: ChainHead,
    ids: list[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Snapshot and chain the invoices ``ids`` (default: every unchained one) after the
    locked ``head``; gives how many."""
    settings = get_shop_settings(session)
    ids = unchained_ids(session) if ids is None else ids
    for done, invoice_id in enumerate(ids, start=1):
        invoice = session.get(Facture, invoice_id)
        assert invoice is not None
        order = session.get(Commande, invoice.id_commande)
        assert order is not None
        snapshot = invoice_snapshot(
            session,
            order,
            settings,
            invoice.numero_facture,
            invoice.date_emission,
            reconstituted=True,
            stored_totals=(invoice.montant_ht, invoice.montant_tva),
        )
        store_invoice_snapshot(
            session, head, invoice_id, canonical_json(snapshot), reconstituted=True
        )
        if done % BATCH == 0:
            session.flush()
            session.expunge_all()
            if progress:
                progress(done, len(ids))
    if progress and ids:
        progress(len(ids), len(ids))
    return len(ids)
