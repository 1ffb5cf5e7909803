"""What every document service returns, and how the UI asks for one kind of document.

A document service renders PDF bytes on the worker thread (no Qt), from the database, for
the preview/print/save machinery (``ui/document_preview.py``)::

    pdf = render_packing_slips(session, actor, [12, 13], progress)   # -> RenderedPdf

:class:`DocumentKind` bundles, for one kind (packing slips, invoices, credit notes,
quotes), the service that renders several records as one PDF and the French nouns; the
UI needs nothing else to preview, print, or save them as one PDF or one file each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from backoffice.documents.page import Cancelled
from backoffice.services.permissions import Staff

# progress(done, total): called between documents from the worker thread; raising
# Cancelled (the user clicked « Annuler ») stops the rendering, nothing is returned.
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered PDF: its bytes, its title (the preview's window title), a safe default
    file name, and what was left out and why (« CMD-… : expédiée, rien à préparer »)."""

    data: bytes
    title: str
    file_name: str
    count: int = 1  # documents in the PDF
    skipped: tuple[str, ...] = ()


# (session, actor, record ids, progress) -> one PDF of every record that could be rendered.
RenderMany = Callable[[Session, Staff, Sequence[int], ProgressFn | None], RenderedPdf]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document, for the UI machinery.

    ``render`` turns record ids into one PDF; « one file each » calls it with one id at a
    time. ``singular``/``plural`` are French nouns (marked ``QT_TRANSLATE_NOOP``, shown
    through ``translated()``): « 3 factures enregistrées ». ``batch_name`` is the default
    file name of a combined PDF (« Factures »)."""

    key: str
    render: RenderMany
    singular: str
    plural: str
    batch_name: str


def report(progress: ProgressFn | None, done: int, total: int) -> None:
    """Calls ``progress`` if given (it may raise :class:`Cancelled`)."""
    if progress is not None:
        progress(done, total)


__all__ = ["Cancelled", "DocumentKind", "ProgressFn", "RenderMany", "RenderedPdf", "report"]
