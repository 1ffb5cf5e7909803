"""Quote numbers: « D-2026-00042 », given when a quote is first sent (``devis_numeros``).

Continuous within a calendar year (UTC, as invoice numbers): the next number is the
year's highest ``sequence`` + 1, inserted under the table's UNIQUE (annee, sequence). Two
agents sending two quotes at the same instant both compute the same next number; the
second insert waits for the first transaction and, once it commits, fails on the key:
the second then takes the following number (a savepoint undoes only its insert). Nothing
is taken before the insert, so a rolled-back send leaves no gap.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import DevisNumero
from backoffice.services.errors import ServiceError

DEFAULT_FORMAT = "D-{année}-{numéro:05}"
ATTEMPTS = 20


def format_number(template: str, year: int, sequence: int) -> str:
    """The shop's ``format_devis`` filled in; the default format when it is unusable."""
    try:
        text = template.format(**{"année": year, "numéro": sequence})
    except (KeyError, IndexError, ValueError):
        text = ""
    if not text or len(text) > 40 or str(sequence) not in text:
        text = DEFAULT_FORMAT.format(**{"année": year, "numéro": sequence})
    return text


def quote_number(session: Session, quote_id: int) -> str | None:
    return session.scalar(select(DevisNumero.numero).where(DevisNumero.id_devis == quote_id))


def assign_number(session: Session, quote_id: int, when: datetime, template: str) -> str:
    """The quote's number: the one it has, else the next of ``when``'s year (inserted in
    the caller's transaction, which must hold the quote's row lock)."""
    existing = quote_number(session, quote_id)
    if existing is not None:
        return existing
    year = when.astimezone(UTC).year
    for _attempt in range(ATTEMPTS):
        last = session.scalar(
            select(func.max(DevisNumero.sequence)).where(DevisNumero.annee == year)
        )
        sequence = int(last or 0) + 1
        numero = format_number(template, year, sequence)
        try:
            with session.begin_nested():
                session.execute(
                    insert(DevisNumero).values(
                        id_devis=quote_id,
                        annee=year,
                        sequence=sequence,
                        numero=numero,
                        date_attribution=when,
                    )
                )
        except IntegrityError:
            continue  # taken by a concurrent send that committed first: the next one
        return numero
    raise ServiceError(
        QT_TRANSLATE_NOOP(
            "quotes", "Impossible d'attribuer un numéro au devis pour l'instant ; réessayez."
        )
    )
