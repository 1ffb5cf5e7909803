"""The seller's identity printed on documents, from the shop settings."""

from __future__ import annotations

from backoffice.documents.page import ShopIdentity
from backoffice.services.shop_settings import ShopSettings

DEFAULT_NAME = "Boutique"  # a shop whose settings are still empty still prints a header


def identity_from_settings(settings: ShopSettings, logo: bytes | None = None) -> ShopIdentity:
    """The current identity (packing slips, quotes); an invoice prints its snapshot's."""
    return ShopIdentity(
        name=settings.raison_sociale.strip() or DEFAULT_NAME,
        address=settings.siege_adresse,
        email=settings.email_contact,
        phone=settings.telephone,
        legal_form=settings.forme_juridique,
        capital=settings.capital,
        siren=settings.siren,
        siret=settings.siret,
        rcs_city=settings.rcs_ville,
        vat_number=settings.tva_intracommunautaire,
        logo=logo,
    )
