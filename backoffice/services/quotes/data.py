"""A quote as the window shows it (:class:`QuoteData`), its amounts (HT / TVA / TTC from
the shop's VAT rate) and the conflict of an action over a quote changed meanwhile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels_quotes import QUOTE_FIELD_LABELS
from backoffice.money import CENT
from backoffice.services.concurrency import conflict
from backoffice.services.errors import ConflictError

# What an agent saw and an action compares with the row (compare-and-set): the answer and
# the status. ``date_reponse`` is only ever set once, so "still unset" is what counts.
CHECKED_FIELDS: tuple[str, ...] = ("statut", "montant_estime", "notes_admin", "envoye")


@dataclass(frozen=True)
class Amounts:
    """An estimate split by the VAT rate: ``ht + tva == ttc`` to the cent."""

    ht: Decimal
    tva: Decimal
    ttc: Decimal
    taux: Decimal  # percent


def amounts(ttc: Decimal | None, rate_percent: Decimal) -> Amounts | None:
    """``montant_estime`` is what the customer pays, VAT included (TTC), like every price
    of the shop; HT = TTC / (1 + rate), rounded half up to the cent, and TVA = TTC − HT, so
    the three always add up. ``None`` without an estimate."""
    if ttc is None:
        return None
    if isinstance(ttc, float) or isinstance(rate_percent, float):
        raise TypeError("money must be Decimal, never float")
    ttc = Decimal(ttc).quantize(CENT, rounding=ROUND_HALF_UP)
    rate = Decimal(rate_percent)
    ht = (ttc / (1 + rate / 100)).quantize(CENT, rounding=ROUND_HALF_UP)
    return Amounts(ht=ht, tva=ttc - ht, ttc=ttc, taux=rate)


@dataclass(frozen=True)
class QuoteData:
    """One quote with its customer, its service and its number (``None`` until sent)."""

    id: int
    statut: str
    date_demande: datetime | None
    date_reponse: datetime | None
    description_demande: str | None
    montant_estime: Decimal | None
    notes_admin: str | None
    id_utilisateur: int
    client_nom: str | None
    client_prenom: str | None
    client_email: str
    client_telephone: str | None
    client_adresse: str | None
    client_code_postal: str | None
    client_ville: str | None
    id_service: int | None
    service_nom: str | None
    service_prix_base: Decimal | None
    numero: str | None
    taux_tva: Decimal
    validite_jours: int

    @property
    def envoye(self) -> bool:
        """Whether the answer went to the customer (``date_reponse`` set)."""
        return self.date_reponse is not None

    @property
    def client(self) -> str:
        name = " ".join(p for p in (self.client_prenom, self.client_nom) if p)
        return name or self.client_email

    @property
    def amounts(self) -> Amounts | None:
        return amounts(self.montant_estime, self.taux_tva)

    def checked(self) -> dict[str, Any]:
        """The values an action compares with the row."""
        return {name: getattr(self, name) for name in CHECKED_FIELDS}


FIELD_LABELS: Mapping[str, str] = {
    **QUOTE_FIELD_LABELS,
    "envoye": QT_TRANSLATE_NOOP("LabelsQuotes", "Envoi au client"),
}


class QuoteConflict(ConflictError):
    """Someone (a colleague, the website) changed the quote since it was read; nothing was
    written. ``current_data`` is the quote now."""

    def __init__(
        self,
        message: str,
        current: Mapping[str, Any],
        differences: Sequence[str],
        *,
        current_data: QuoteData,
    ) -> None:
        super().__init__(message, current, differences)
        self.current_data = current_data


def quote_conflict(current: QuoteData, read: QuoteData) -> QuoteConflict:
    mine = {**asdict(current), **read.checked()}
    now = {**asdict(current), "envoye": current.envoye}
    error = conflict(
        QT_TRANSLATE_NOOP("quotes", "Le devis n° {id}").format(id=current.id),
        now,
        mine,
        CHECKED_FIELDS,
        labels=FIELD_LABELS,
        error=QuoteConflict,
        extra={"current_data": current},
    )
    assert isinstance(error, QuoteConflict)
    return error
