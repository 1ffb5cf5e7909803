"""Builders for the quotes and services tests."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from backoffice.models import Devis, Service, Utilisateur
from tests.factories import make_user


def make_service(
    session: Session,
    nom: str = "Installation",
    prix_base: Decimal | None = Decimal("89.00"),
    **fields: object,
) -> Service:
    service = Service(nom=nom, prix_base=prix_base, **fields)
    session.add(service)
    session.flush()
    return service


def make_quote(
    session: Session,
    *,
    customer: Utilisateur | None = None,
    service: Service | None = None,
    description: str = "Bonjour, je voudrais faire poser une hotte.",
    statut: str = "en_attente",
    date_demande: datetime | None = None,
    **fields: object,
) -> Devis:
    customer = customer or make_user(session, "client", nom="Durand", prenom="Élodie")
    quote = Devis(
        id_utilisateur=customer.id,
        id_service=service.id if service else None,
        description_demande=description,
        statut=statut,
        date_demande=date_demande or datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        **fields,
    )
    session.add(quote)
    session.flush()
    return quote
