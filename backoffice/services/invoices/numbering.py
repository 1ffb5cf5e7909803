"""Document numbers: one continuous series per kind and calendar year, without gaps.

Every issue first locks its series' chain head (``chaines_documents``) with an UPDATE,
which PostgreSQL and MariaDB hold as a row lock and SQLite as its write lock until the
transaction ends: issues of a series run one after the other whoever issues, the number
and the chain place are read under the lock, and a rolled-back issue gives its number
back (the counter's UPDATE rolls back with it).

The counter of a year starts after the highest number of that year already in the table
(a website's invoices, an adopted base), and a number found taken when given (the website
inserted it meanwhile) is skipped, never reused.

Years are the shop's calendar years (an invoice issued on 1 January at 00:30 in Paris is
numbered in the new year, as its printed date says).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import ChaineDocument, CompteurDocument, FactureInstantane
from backoffice.services.errors import ValidationError
from backoffice.services.invoices.snapshot import GENESIS_HASH, DocumentKind, chain_hash
from backoffice.shop_time import shop_timezone
from backoffice.sql_compat import insert_or_lock, server_clock

YEAR_FIELDS = ("année", "annee")
NUMBER_FIELDS = ("numéro", "numero")


@dataclass
class ChainHead:
    serie: str
    rang: int  # the last document's rank (0: none yet)
    empreinte: str  # its hash (GENESIS_HASH: none yet)


def check_template(template: str) -> str | None:
    """None when ``template`` is a usable series format, else why not (French)."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        names = ["?"]
    if not any(n in NUMBER_FIELDS for n in names) or any(
        n not in YEAR_FIELDS + NUMBER_FIELDS for n in names
    ):
        return QT_TRANSLATE_NOOP(
            "invoices",
            "Le format « {format} » doit contenir {{numéro}} (par exemple "
            "FA-{{année}}-{{numéro:06}}) et aucun autre champ que {{année}}.",
        ).format(format=template)
    return None


def format_number(template: str, year: int, number: int) -> str:
    """``FA-{année}-{numéro:06}`` for 2026 and 42 → ``FA-2026-000042``."""
    return template.format(année=year, annee=year, numéro=number, numero=number)


def number_pattern(template: str, year: int) -> re.Pattern[str]:
    """The regular expression of the series' numbers for ``year``; group 1 is the number."""
    parts: list[str] = []
    for literal, name, _spec, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name in YEAR_FIELDS:
            parts.append(str(year))
        elif name in NUMBER_FIELDS:
            parts.append(r"(\d+)")
    return re.compile("".join(parts) + r"\Z")


def _like_prefix(template: str, year: int) -> str:
    prefix = ""
    for literal, name, _spec, _ in string.Formatter().parse(template):
        prefix += literal
        if name in YEAR_FIELDS:
            prefix += str(year)
        elif name in NUMBER_FIELDS:
            break
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def numbering_year(issued_at: datetime) -> int:
    """The year a document issued at ``issued_at`` is numbered in: the shop's calendar."""
    return issued_at.astimezone(shop_timezone()).year


def now_utc(session: Session) -> datetime:
    """The issue time, to the second (a website's DATETIME keeps no more): the database
    server's clock where it has one, else this computer's."""
    clock = server_clock(session, ChaineDocument.updated_at.type)
    value = session.scalar(select(clock)) if clock is not None else None
    if not isinstance(value, datetime):
        value = datetime.now(UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def lock_chain(session: Session, kind: DocumentKind) -> ChainHead:
    """Lock the series' chain head until the transaction ends (creating it the first
    time) and read it."""
    serie = DocumentKind(kind).value
    insert_or_lock(
        session,
        ChaineDocument.__table__,  # type: ignore[arg-type]
        {"serie": serie},
        {"rang": 0, "empreinte": GENESIS_HASH, "updated_at": datetime.now(UTC)},
        "updated_at",
    )
    rang, empreinte = session.execute(
        select(ChaineDocument.rang, ChaineDocument.empreinte).where(ChaineDocument.serie == serie)
    ).one()
    return ChainHead(serie, int(rang), str(empreinte))


def advance_chain(session: Session, head: ChainHead, rang: int, empreinte: str) -> None:
    """Record the series' new last document (the head is locked by :func:`lock_chain`)."""
    session.execute(
        update(ChaineDocument)
        .where(ChaineDocument.serie == head.serie)
        .values(rang=rang, empreinte=empreinte, updated_at=datetime.now(UTC))
    )


def highest_existing(
    session: Session, column: InstrumentedAttribute[Any], template: str, year: int
) -> int:
    """The highest number of ``year`` already in ``column`` (0 when none)."""
    pattern = number_pattern(template, year)
    prefix = _like_prefix(template, year)
    highest = 0
    rows = session.execute(select(column).where(column.like(prefix + "%", escape="\\")))
    for (value,) in rows:
        match = pattern.match(value or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return highest


def next_number(
    session: Session,
    kind: DocumentKind,
    template: str,
    year: int,
    column: InstrumentedAttribute[Any],
) -> tuple[str, int]:
    """The next free number of the series in ``year`` and its counter value; the chain
    head must be locked (:func:`lock_chain`). The counter moves in this transaction."""
    problem = check_template(template)
    if problem:
        raise ValidationError({"format": problem})
    serie = DocumentKind(kind).value
    last = session.scalar(
        select(CompteurDocument.dernier_numero).where(
            CompteurDocument.serie == serie, CompteurDocument.annee == year
        )
    )
    if last is None:
        last = highest_existing(session, column, template, year)
        session.execute(
            insert(CompteurDocument).values(serie=serie, annee=year, dernier_numero=last)
        )
    candidate = int(last) + 1
    # A number the website gave meanwhile is skipped, never reused.
    while session.scalar(
        select(func.count())
        .select_from(column.class_)
        .where(column == format_number(template, year, candidate))
    ):
        candidate += 1
    session.execute(
        update(CompteurDocument)
        .where(CompteurDocument.serie == serie, CompteurDocument.annee == year)
        .values(dernier_numero=candidate)
    )
    return format_number(template, year, candidate), candidate


def store_invoice_snapshot(
    session: Session,
    head: ChainHead,
    invoice_id: int,
    canonical: str,
    *,
    reconstituted: bool = False,
) -> str:
    """Chain and insert one invoice's snapshot after the locked ``head`` (which moves on
    to it); gives its hash."""
    rang = head.rang + 1
    digest = chain_hash(head.empreinte, rang, canonical)
    session.execute(
        insert(FactureInstantane).values(
            id_facture=invoice_id,
            rang=rang,
            contenu=canonical,
            empreinte=digest,
            empreinte_precedente=head.empreinte,
            reconstitue=reconstituted,
            date_creation=datetime.now(UTC),
        )
    )
    advance_chain(session, head, rang, digest)
    head.rang, head.empreinte = rang, digest
    return digest
