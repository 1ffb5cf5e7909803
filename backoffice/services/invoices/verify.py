"""``invoices verify``: walk each series' chain and name the first document altered,
deleted or inserted out of order.

For every document, in chain order: its rank follows the previous one's (else documents
were deleted), it is chained to the previous hash (else one was deleted or inserted), its
hash is that of its stored snapshot (else the snapshot was altered), and the document's
row — the website's ``factures`` row, or the ``avoirs`` row — still holds the number,
date and amounts of its snapshot (else the row was altered, an UPDATE made with the
trigger disabled, say). Numbers must be continuous and in chain order within each series
and year; the chain head must be the last document (else the last ones were deleted, or
some appended without the back office). Invoices not chained yet are adopted first
(``adoption``), unless their number comes before the chain's: those are reported as
inserted out of order.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.models import Avoir, AvoirLigne, ChaineDocument, Facture, FactureInstantane
from backoffice.services.invoices.adoption import adopt_unchained, unchained_ids
from backoffice.services.invoices.numbering import lock_chain
from backoffice.services.invoices.snapshot import GENESIS_HASH, DocumentKind, chain_hash
from backoffice.shop_time import shop_timezone

Progress = Callable[[DocumentKind, int, int], None]
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")
MAX_PROBLEMS = 100
STREAM = 5000


@dataclass(frozen=True)
class Problem:
    kind: DocumentKind
    numero: str
    code: str  # "modifie", "supprime", "insere", "numerotation", "tete"
    message: str  # French


@dataclass
class VerifyReport:
    checked: dict[DocumentKind, int] = field(default_factory=dict)
    adopted: int = 0
    problems: list[Problem] = field(default_factory=list)
    heads: dict[DocumentKind, tuple[int, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None

    def add(self, kind: DocumentKind, numero: str, code: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(kind, numero, code, message))


def _seconds(value: datetime | None) -> str:
    """A time as the shop's wall clock to the second: a website's naive DATETIME holds
    that, and cannot tell apart the two 02:30 of the night summer time ends (compared in
    UTC, the second one would read as altered)."""
    if value is None:
        return ""
    return value.astimezone(shop_timezone()).replace(microsecond=0, tzinfo=None).isoformat()


def _snapshot_seconds(text: str) -> str:
    return _seconds(datetime.fromisoformat(text))


# The top-level fields verify compares, read from the canonical text without decoding it
# all (a third of the walk's time on a million invoices): in canonical JSON the keys are
# sorted, so the document's own number is the one followed by "paiement" (a credited
# invoice's is followed by "total"), its issue time the one followed by "date_vente".
_NUMERO = re.compile(r'"numero":"((?:[^"\\]|\\.)*)","paiement":')
_ISSUED = re.compile(r'"date_emission":"([^"]+)","date_vente":')
_TOTALS = re.compile(
    r'"totaux":\{"deja_paye":"[^"]*","net_a_payer":"[^"]*",'
    r'"total_ht":"([^"]*)","total_ttc":"([^"]*)","total_tva":"([^"]*)"\},"type":'
)


def _fields(contenu: str) -> tuple[str, ...]:
    """(numero, date_emission, total HT, TVA, TTC) of a stored snapshot; () when it does
    not read as one (its hash then tells it was altered)."""
    numero, issued, totals = (
        _NUMERO.search(contenu),
        _ISSUED.search(contenu),
        _TOTALS.search(contenu),
    )
    if numero and issued and totals:
        try:
            text = json.loads(f'"{numero.group(1)}"')
        except ValueError:
            return ()
        ht, ttc, tva = totals.groups()
        return (text, issued.group(1), ht, tva, ttc)
    try:
        data = json.loads(contenu)
        t = data["totaux"]
        return (
            str(data["numero"]),
            str(data["date_emission"]),
            _money(t["total_ht"]),
            _money(t["total_tva"]),
            _money(t["total_ttc"]),
        )
    except (ValueError, KeyError, TypeError):
        return ()


def _money(value: Any) -> str:
    return str(Decimal(str(value)).quantize(Decimal("0.01")))


class _Walker:
    """One series' chain, document by document."""

    def __init__(self, kind: DocumentKind, report: VerifyReport, label: str) -> None:
        self.kind, self.report, self.label = kind, report, label
        self.rank, self.hash = 0, GENESIS_HASH
        self.last_numero = ""
        self.numbers: dict[str, list[int]] = {}
        self.last_in_series: dict[str, int] = {}

    def step(
        self,
        rang: int,
        contenu: str,
        empreinte: str,
        previous: str,
        row: tuple[str, datetime, Any, Any, Any] | None,
    ) -> None:
        add = self.report.add
        fields = _fields(contenu)
        numero = fields[0] if fields else f"rang {rang}"
        where = f"{self.label} {numero}"
        if rang != self.rank + 1:
            add(
                self.kind,
                numero,
                "supprime",
                f"{where} : {rang - self.rank - 1} document(s) manquant(s) dans la chaîne "
                f"juste avant (après {self.last_numero or 'le début'}) — supprimé(s).",
            )
        elif previous != self.hash:
            add(
                self.kind,
                numero,
                "insere",
                f"{where} : n'est pas chaîné au document précédent ({self.last_numero or 'début'})"
                " — document inséré, remplacé ou déplacé.",
            )
        if chain_hash(previous, rang, contenu) != empreinte:
            add(
                self.kind, numero, "modifie", f"{where} : son contenu a été modifié après émission."
            )
        if row is None:
            add(self.kind, numero, "supprime", f"{where} : la ligne du document a été supprimée.")
        elif fields:
            stored_numero, date_emission, ht, tva, ttc = row
            if (
                stored_numero != numero
                or _seconds(date_emission) != _snapshot_seconds(fields[1])
                or (str(ht), str(tva), str(ttc)) != fields[2:]
            ):
                add(
                    self.kind,
                    numero,
                    "modifie",
                    f"{where} : la ligne du document (numéro, date ou montants) ne correspond "
                    "plus à ce qui a été émis.",
                )
        match = _TRAILING_NUMBER.match(numero)
        if match:
            prefix, n = match.group(1), int(match.group(2))
            self.numbers.setdefault(prefix, []).append(n)
            last = self.last_in_series.get(prefix)
            if last is not None and n < last:
                add(
                    self.kind,
                    numero,
                    "insere",
                    f"{where} : numéro inférieur à celui du document émis avant lui "
                    f"({prefix}{last}) — inséré hors de l'ordre.",
                )
            self.last_in_series[prefix] = max(n, last or 0)
        self.rank, self.hash = rang, empreinte
        self.last_numero = numero

    def finish(self, head: tuple[int, str] | None) -> None:
        for prefix, numbers in self.numbers.items():
            numbers.sort()
            for a, b in itertools.pairwise(numbers):
                if b == a:
                    self.report.add(
                        self.kind, f"{prefix}{b}", "numerotation", f"Numéro {prefix}{b} en double."
                    )
                elif b != a + 1:
                    self.report.add(
                        self.kind,
                        f"{prefix}{a + 1}",
                        "numerotation",
                        f"Numérotation discontinue : rien entre {prefix}{a} et {prefix}{b} "
                        "(document supprimé ?).",
                    )
                    break
        rank, digest = head or (0, GENESIS_HASH)
        if (rank, digest) != (self.rank, self.hash):
            self.report.add(
                self.kind,
                self.last_numero,
                "tete",
                f"Fin de chaîne des {self.label.lower()}s : le back-office a enregistré le rang "
                f"{rank}, la chaîne s'arrête au rang {self.rank} ({self.last_numero or 'vide'})"
                " — derniers documents supprimés, ou ajoutés hors du back-office.",
            )
        self.report.heads[self.kind] = (self.rank, self.hash)


def _head(session: Session, kind: DocumentKind) -> tuple[int, str] | None:
    row = session.execute(
        select(ChaineDocument.rang, ChaineDocument.empreinte).where(
            ChaineDocument.serie == kind.value
        )
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def adopt_pending(session: Session, report: VerifyReport, progress: Progress | None) -> None:
    """Adopt the unchained invoices that come after the chain; report the others."""
    ids = unchained_ids(session)
    if not ids:
        return
    head = lock_chain(session, DocumentKind.FACTURE)
    last_numbers: dict[str, int] = {}
    if head.rang:
        for (numero,) in session.execute(select(Facture.numero_facture).join(FactureInstantane)):
            match = _TRAILING_NUMBER.match(numero or "")
            if match:
                prefix, n = match.group(1), int(match.group(2))
                last_numbers[prefix] = max(n, last_numbers.get(prefix, 0))
    adoptable = []
    for invoice_id, numero in session.execute(
        select(Facture.id, Facture.numero_facture).where(Facture.id.in_(ids))
    ):
        match = _TRAILING_NUMBER.match(numero or "")
        if match and int(match.group(2)) < last_numbers.get(match.group(1), 0):
            report.add(
                DocumentKind.FACTURE,
                numero,
                "insere",
                f"Facture {numero} : absente de la chaîne et numérotée avant la dernière facture "
                "chaînée — insérée hors de l'ordre (non adoptée).",
            )
        else:
            adoptable.append(invoice_id)
    order = {i: k for k, i in enumerate(ids)}
    adoptable.sort(key=order.__getitem__)

    def adopted(done: int, total: int) -> None:
        if progress:
            progress(DocumentKind.FACTURE, done, total)

    report.adopted = adopt_unchained(session, head, adoptable, adopted)


def verify_documents(
    session: Session, *, adopt: bool = True, progress: Progress | None = None
) -> VerifyReport:
    """Walk both chains; with ``adopt``, chain the invoices not chained yet first (that
    part writes: commit the session after). ``progress(kind, done, total)``."""
    report = VerifyReport()
    if adopt:
        adopt_pending(session, report, progress)
    total = session.scalar(select(func.count()).select_from(FactureInstantane)) or 0
    walker = _Walker(DocumentKind.FACTURE, report, "Facture")
    stmt = (
        select(
            FactureInstantane.rang,
            FactureInstantane.contenu,
            FactureInstantane.empreinte,
            FactureInstantane.empreinte_precedente,
            Facture.id,
            Facture.numero_facture,
            Facture.date_emission,
            Facture.montant_ht,
            Facture.montant_tva,
            Facture.montant_ttc,
        )
        .outerjoin(Facture, Facture.id == FactureInstantane.id_facture)
        .order_by(FactureInstantane.rang)
        .execution_options(yield_per=STREAM)
    )
    done = 0
    for r in session.execute(stmt):
        walker.step(r[0], r[1], r[2], r[3], None if r[4] is None else tuple(r[5:10]))  # type: ignore[arg-type]
        done += 1
        if progress and done % STREAM == 0:
            progress(DocumentKind.FACTURE, done, total)
    if progress:
        progress(DocumentKind.FACTURE, done, total)
    walker.finish(_head(session, DocumentKind.FACTURE))
    report.checked[DocumentKind.FACTURE] = done
    _verify_credit_notes(session, report, progress)
    return report


def _verify_credit_notes(session: Session, report: VerifyReport, progress: Progress | None) -> None:
    total = session.scalar(select(func.count()).select_from(Avoir)) or 0
    lines = dict(
        session.execute(
            select(AvoirLigne.id_avoir, func.sum(AvoirLigne.montant_ttc)).group_by(
                AvoirLigne.id_avoir
            )
        ).all()
    )
    walker = _Walker(DocumentKind.AVOIR, report, "Avoir")
    stmt = (
        select(
            Avoir.id,
            Avoir.rang,
            Avoir.contenu,
            Avoir.empreinte,
            Avoir.empreinte_precedente,
            Avoir.numero_avoir,
            Avoir.date_emission,
            Avoir.montant_ht,
            Avoir.montant_tva,
            Avoir.montant_ttc,
        )
        .order_by(Avoir.rang)
        .execution_options(yield_per=STREAM)
    )
    done = 0
    for r in session.execute(stmt):
        walker.step(r[1], r[2], r[3], r[4], tuple(r[5:10]))  # type: ignore[arg-type]
        if _money(lines.get(r[0], 0)) != _money(r[9]):
            report.add(
                DocumentKind.AVOIR,
                r[5],
                "modifie",
                f"Avoir {r[5]} : ses lignes ne font plus son montant (lignes supprimées ou "
                "modifiées).",
            )
        done += 1
        if progress and done % STREAM == 0:
            progress(DocumentKind.AVOIR, done, total)
    if progress:
        progress(DocumentKind.AVOIR, done, total)
    walker.finish(_head(session, DocumentKind.AVOIR))
    report.checked[DocumentKind.AVOIR] = done
