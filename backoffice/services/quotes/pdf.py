"""The quote PDF's data and rendering: what :mod:`backoffice.documents.quote` prints, read
from the quote, its customer, its service and the shop settings."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from backoffice.documents.filenames import safe_filename
from backoffice.documents.identity import identity_from_settings
from backoffice.documents.quote import QuoteDocument, render
from backoffice.labels import QUOTE_STATUS_LABELS, label
from backoffice.models import utcnow
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
    require(actor, Permission.QUOTES_VIEW)
    quote = get_quote(session, actor, quote_id)
    identity = identity_from_settings(get_shop_settings(session))
    return render(document_for(quote), identity)


def quote_file_name(quote: QuoteData) -> str:
    """« Devis D-2026-00042.pdf » (« Devis demande 17.pdf » for a draft)."""
    stem = f"Devis {quote.numero}" if quote.numero else f"Devis demande {quote.id}"
    return safe_filename(stem)
