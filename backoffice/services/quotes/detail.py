"""Reading one quote for its window and its PDF: the request, the customer, the service,
the answer, the number, and the shop's VAT rate and validity."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Devis, DevisNumero, Service, Utilisateur
from backoffice.services.errors import NotFound
from backoffice.services.permissions import Permission, Staff, require
from backoffice.services.quotes.data import QuoteData
from backoffice.services.shop_settings import ShopSettings, get_shop_settings

_COLUMNS = (
    Devis.id,
    Devis.statut,
    Devis.date_demande,
    Devis.date_reponse,
    Devis.description_demande,
    Devis.montant_estime,
    Devis.notes_admin,
    Devis.id_utilisateur,
    Devis.id_service,
    Utilisateur.nom.label("client_nom"),
    Utilisateur.prenom.label("client_prenom"),
    Utilisateur.email.label("client_email"),
    Utilisateur.telephone.label("client_telephone"),
    Utilisateur.adresse.label("client_adresse"),
    Utilisateur.code_postal.label("client_code_postal"),
    Utilisateur.ville.label("client_ville"),
    Service.nom.label("service_nom"),
    Service.prix_base.label("service_prix_base"),
    DevisNumero.numero.label("numero"),
)


def read_quote_row(session: Session, quote_id: int, *, lock: bool = False) -> Any:
    """The quote's row with its customer, service and number; ``lock``: the devis row is
    locked for the rest of the transaction (servers; SQLite serialises writers)."""
    stmt = (
        select(*_COLUMNS)
        .join(Utilisateur, Utilisateur.id == Devis.id_utilisateur)
        .outerjoin(Service, Service.id == Devis.id_service)
        .outerjoin(DevisNumero, DevisNumero.id_devis == Devis.id)
        .where(Devis.id == quote_id)
    )
    if lock:
        stmt = stmt.with_for_update(of=Devis)
    return session.execute(stmt).first()


def quote_from_row(row: Any, settings: ShopSettings) -> QuoteData:
    return QuoteData(
        id=row.id,
        statut=str(row.statut),
        date_demande=row.date_demande,
        date_reponse=row.date_reponse,
        description_demande=row.description_demande,
        montant_estime=row.montant_estime,
        notes_admin=row.notes_admin,
        id_utilisateur=row.id_utilisateur,
        client_nom=row.client_nom,
        client_prenom=row.client_prenom,
        client_email=row.client_email,
        client_telephone=row.client_telephone,
        client_adresse=row.client_adresse,
        client_code_postal=row.client_code_postal,
        client_ville=row.client_ville,
        id_service=row.id_service,
        service_nom=row.service_nom,
        service_prix_base=row.service_prix_base,
        numero=row.numero,
        taux_tva=settings.taux_tva,
        validite_jours=settings.devis_validite_jours,
    )


def not_found(quote_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("quotes", "Le devis n° {id} n'existe plus.").format(id=quote_id)
    )


def get_quote(session: Session, actor: Staff, quote_id: int) -> QuoteData:
    require(actor, Permission.QUOTES_VIEW)
    row = read_quote_row(session, quote_id)
    if row is None:
        raise not_found(quote_id)
    return quote_from_row(row, get_shop_settings(session))
