"""The shop's settings, shared by every desktop (table ``parametres_boutique``).

:class:`ShopSettings` is the typed view of the key/value rows: one attribute per setting,
its default used while the table has no row for it. Every domain reads what it needs with
:func:`get_shop_settings`; adding a setting is adding a field here (its name is the key,
its type says how the text is parsed). Editing (admins only) lives in
``services.shop_settings.edit``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, get_type_hints

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models.settings import ParametreBoutique


@dataclass(frozen=True)
class ShopSettings:
    # The seller's identity (invoice mentions, CGI annexe II art. 242 nonies A).
    raison_sociale: str = ""
    forme_juridique: str = ""
    capital: str = ""
    siege_adresse: str = ""
    siren: str = ""
    siret: str = ""
    rcs_ville: str = ""
    tva_intracommunautaire: str = ""
    logo_chemin: str = ""
    email_contact: str = ""
    telephone: str = ""
    # Invoicing.
    format_facture: str = "FA-{année}-{numéro:06}"
    format_avoir: str = "AV-{année}-{numéro:06}"
    statut_facturation: str = "en_preparation"
    taux_tva: Decimal = Decimal("20.00")  # percent
    nature_operation: str = "Livraison de biens"
    conditions_paiement: str = "Paiement comptant à la commande"
    taux_penalites_retard: str = "trois fois le taux d'intérêt légal"
    mention_indemnite_recouvrement: bool = True
    mention_exoneration_tva: str = ""
    # Orders: an order waiting in en_attente, validee or en_preparation longer is late.
    jours_retard_commande: int = 3
    # Quotes.
    format_devis: str = "D-{année}-{numéro:05}"
    devis_validite_jours: int = 30
    devis_jours_sans_reponse: int = 3
    # Conversations.
    taille_max_piece_jointe_mo: int = 10


SETTING_KEYS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ShopSettings))
_TYPES: dict[str, Any] = get_type_hints(ShopSettings)


def parse_setting(key: str, text: str | None) -> Any:
    """The typed value of setting ``key`` stored as ``text``; its default when unreadable."""
    default = next(f.default for f in dataclasses.fields(ShopSettings) if f.name == key)
    if text is None:
        return default
    kind = _TYPES[key]
    try:
        if kind is bool:
            return text.strip().lower() in ("1", "true", "oui", "yes")
        if kind is int:
            return int(text.strip())
        if kind is Decimal:
            return Decimal(text.strip())
    except (ValueError, InvalidOperation):
        return default
    return text


def format_setting(value: Any) -> str:
    """The text stored for a typed value (the inverse of :func:`parse_setting`)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def get_shop_settings(session: Session) -> ShopSettings:
    """The shop's settings: the stored ones, the defaults for the others (one query)."""
    rows = session.execute(select(ParametreBoutique.cle, ParametreBoutique.valeur)).all()
    stored = {cle: valeur for cle, valeur in rows if cle in _TYPES}
    return ShopSettings(**{key: parse_setting(key, text) for key, text in stored.items()})
