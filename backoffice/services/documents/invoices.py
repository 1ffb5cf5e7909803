"""Invoice and credit-note PDFs (issue 11), from the snapshots stored at issue.

``render_invoices(session, actor, invoice_ids, progress=None)`` and
``render_credit_notes(session, actor, credit_note_ids, progress=None)`` return one
:class:`~.common.RenderedPdf` (``factures.id`` / ``avoirs.id``, in the order given);
:data:`INVOICES` and :data:`CREDIT_NOTES` are their kinds for ``ui/document_preview.py``.
Nothing is read but the stored snapshots (in chunks of 500, one query each): the PDF is
the document as issued, whatever became of the order, the products or the settings.
Requires ``invoices.view``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.documents import invoice
from backoffice.documents.filenames import safe_filename
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Avoir, Facture, FactureInstantane
from backoffice.services.documents.common import DocumentKind, ProgressFn, RenderedPdf, report
from backoffice.services.errors import ServiceError
from backoffice.services.invoices.snapshot import DocumentKind as SnapshotKind
from backoffice.services.invoices.snapshot import DocumentSnapshot, snapshot_from_json
from backoffice.services.permissions import Permission, Staff, require

log = logging.getLogger(__name__)

CHUNK = 500
MAX_DOCUMENTS = 5000  # one PDF: the journal's export writes a period's files one by one
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_SUFFIXES = {".png", ".jpg", ".jpeg"}


@lru_cache(maxsize=8)
def _logo_file(path: str, mtime: float) -> bytes | None:
    data = Path(path).read_bytes()
    return data if len(data) <= LOGO_MAX_BYTES else None


def logo_bytes(logo_path: str) -> bytes | None:
    """The logo named in the snapshot when it is a local image file (an absolute path);
    a relative path (under a desk's media base, unknown here), a URL or anything
    unreadable prints no logo: rendering never fetches anything."""
    text = (logo_path or "").strip()
    if text.startswith("file://"):
        text = text[len("file://") :]
    path = Path(text)
    if not text or not path.is_absolute() or path.suffix.lower() not in LOGO_SUFFIXES:
        return None
    try:
        return _logo_file(str(path), path.stat().st_mtime)
    except OSError:
        log.warning("shop logo %s unreadable: documents print without it", path)
        return None


def _snapshots(
    session: Session, kind: SnapshotKind, ids: Sequence[int]
) -> dict[int, DocumentSnapshot]:
    found: dict[int, DocumentSnapshot] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        if kind is SnapshotKind.FACTURE:
            stmt = select(FactureInstantane.id_facture, FactureInstantane.contenu).where(
                FactureInstantane.id_facture.in_(chunk)
            )
        else:
            stmt = select(Avoir.id, Avoir.contenu).where(Avoir.id.in_(chunk))
        for record_id, content in session.execute(stmt).all():
            found[int(record_id)] = snapshot_from_json(content)
    return found


def _missing(session: Session, kind: SnapshotKind, ids: Sequence[int]) -> list[str]:
    """Why each id without a snapshot was left out (French)."""
    if not ids:
        return []
    if kind is SnapshotKind.AVOIR:
        return [
            QT_TRANSLATE_NOOP("documents", "Avoir n° {id} : introuvable").format(id=i) for i in ids
        ]
    numbers = dict(
        session.execute(
            select(Facture.id, Facture.numero_facture).where(Facture.id.in_(list(ids)))
        ).all()
    )
    return [
        QT_TRANSLATE_NOOP(
            "documents",
            "{numero} : pas encore d'instantané (« backoffice invoices verify » l'adopte)",
        ).format(numero=numbers[i])
        if i in numbers
        else QT_TRANSLATE_NOOP("documents", "Facture n° {id} : introuvable").format(id=i)
        for i in ids
    ]


def _render(
    session: Session,
    actor: Staff,
    kind: SnapshotKind,
    record_ids: Sequence[int],
    progress: ProgressFn | None,
) -> RenderedPdf:
    require(actor, Permission.INVOICES_VIEW)
    ids = list(dict.fromkeys(int(i) for i in record_ids))[:MAX_DOCUMENTS]
    snapshots = _snapshots(session, kind, ids)
    documents = [snapshots[i] for i in ids if i in snapshots]
    skipped = tuple(_missing(session, kind, [i for i in ids if i not in snapshots]))
    if not documents:
        raise ServiceError(
            skipped[0] if skipped else QT_TRANSLATE_NOOP("documents", "Aucun document à imprimer.")
        )
    total = len(documents)
    report(progress, 0, total)
    logo = logo_bytes(documents[0].vendeur.logo_chemin)
    data = invoice.render(documents, on_part=lambda i: report(progress, i, total), logo=logo)
    report(progress, total, total)
    if total == 1:
        word = "Facture" if kind is SnapshotKind.FACTURE else "Avoir"
        name, title = safe_filename(f"{word} {documents[0].numero}"), documents[0].titre
    else:
        word = "Factures" if kind is SnapshotKind.FACTURE else "Avoirs"
        name = safe_filename(f"{word} {documents[0].numero} à {documents[-1].numero}")
        title = f"{word} — {total} documents"
    return RenderedPdf(data, title, name, count=total, skipped=skipped)


def render_invoices(
    session: Session,
    actor: Staff,
    invoice_ids: Sequence[int],
    progress: ProgressFn | None = None,
) -> RenderedPdf:
    """One PDF of invoices ``invoice_ids`` (``factures.id``), as issued."""
    return _render(session, actor, SnapshotKind.FACTURE, invoice_ids, progress)


def render_credit_notes(
    session: Session,
    actor: Staff,
    credit_note_ids: Sequence[int],
    progress: ProgressFn | None = None,
) -> RenderedPdf:
    """One PDF of credit notes ``credit_note_ids`` (``avoirs.id``), as issued."""
    return _render(session, actor, SnapshotKind.AVOIR, credit_note_ids, progress)


INVOICES = DocumentKind(
    key="invoices",
    render=render_invoices,
    singular=QT_TRANSLATE_NOOP("documents", "facture"),
    plural=QT_TRANSLATE_NOOP("documents", "factures"),
    batch_name=QT_TRANSLATE_NOOP("documents", "Factures"),
)
CREDIT_NOTES = DocumentKind(
    key="credit_notes",
    render=render_credit_notes,
    singular=QT_TRANSLATE_NOOP("documents", "avoir"),
    plural=QT_TRANSLATE_NOOP("documents", "avoirs"),
    batch_name=QT_TRANSLATE_NOOP("documents", "Avoirs"),
)

__all__ = ["CREDIT_NOTES", "INVOICES", "logo_bytes", "render_credit_notes", "render_invoices"]
