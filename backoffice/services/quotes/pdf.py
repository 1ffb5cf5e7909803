"""The quote PDF's data and rendering: what :mod:`backoffice.documents.quote` prints, read
from the quote, its customer, its service and the shop settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.orm import Session

from backoffice.documents.filenames import safe_filename
from backoffice.documents.identity import identity_from_settings
from backoffice.documents.quote import QuoteDocument, render_many
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import QUOTE_STATUS_LABELS, label
from backoffice.models import utcnow
from backoffice.services.documents.common import DocumentKind, ProgressFn, RenderedPdf, report
from backoffice.services.permissions import Permission, Staff, require
from backoffice.services.quotes.data import QuoteData
from backoffice.services.quotes.detail import get_quote
from backoffice.services.shop_settings import get_shop_settings


def document_for(quote: QuoteData) -> QuoteDocument:
    """The quote as printed: dated the day it was sent (today for a draft), valid for the
    shop's ``devis_validite_jours`` from then."""
    sent = quote.date_reponse or utcnow()
    split = quote.amounts
    address_lines = [
        quote.client_adresse or "",
        " ".join(p for p in (quote.client_code_postal, quote.client_ville) if p),
    ]
    return QuoteDocument(
        quote_id=quote.id,
        numero=quote.numero,
        date=sent,
        valid_until=sent + timedelta(days=quote.validite_jours),
        customer_name=quote.client,
        customer_email=quote.client_email,
        customer_address="\n".join(line for line in address_lines if line.strip()),
        service_name=quote.service_nom or "",
        service_base_price=quote.service_prix_base,
        request=quote.description_demande or "",
        amount_ht=split.ht if split else None,
        amount_tva=split.tva if split else None,
        amount_ttc=split.ttc if split else None,
        vat_rate=quote.taux_tva,
        notes=quote.notes_admin or "",
        status_label=label(QUOTE_STATUS_LABELS, quote.statut),
    )


def render_quote(session: Session, actor: Staff, quote_id: int) -> bytes:
    """The quote's PDF bytes (numbered once sent; a draft before)."""
    return render_quotes(session, actor, [quote_id]).data


def render_quotes(
    session: Session,
    actor: Staff,
    quote_ids: Sequence[int],
    progress: ProgressFn | None = None,
) -> RenderedPdf:
    """One PDF of the quotes (each on its own pages), for the preview/print/save machinery."""
    require(actor, Permission.QUOTES_VIEW)
    found = [get_quote(session, actor, quote_id) for quote_id in quote_ids]
    identity = identity_from_settings(get_shop_settings(session))
    total = len(found)

    def on_part(index: int) -> None:
        report(progress, index, total)

    data = render_many([document_for(q) for q in found], identity, on_part=on_part)
    report(progress, total, total)
    if total == 1:
        title = document_for(found[0]).heading
        return RenderedPdf(data=data, title=title, file_name=quote_file_name(found[0]))
    return RenderedPdf(data=data, title="Devis", file_name=safe_filename("Devis"), count=total)


def quote_file_name(quote: QuoteData) -> str:
    """« Devis D-2026-00042.pdf » (« Devis demande 17.pdf » for a draft)."""
    stem = f"Devis {quote.numero}" if quote.numero else f"Devis demande {quote.id}"
    return safe_filename(stem)


QUOTES_PDF = DocumentKind(
    key="quotes",
    render=render_quotes,
    singular=QT_TRANSLATE_NOOP("documents", "devis"),
    plural=QT_TRANSLATE_NOOP("documents", "devis"),
    batch_name=QT_TRANSLATE_NOOP("documents", "Devis"),
)
