"""Documents read from the database and rendered to PDF, for the screens (no Qt).

* Packing slips (issue 10): :func:`render_packing_slips` ``(session, actor, order_ids,
  progress=None) -> RenderedPdf``, :data:`PACKING_SLIPS` for ``ui/document_preview.py``::

      from backoffice.services.documents import PACKING_SLIPS
      from backoffice.ui.document_preview import preview_documents, print_documents, save_documents
      await preview_documents(screen, PACKING_SLIPS, order_ids)   # or print_/save_documents

* Invoices and credit notes (issue 11): :func:`render_invoices`, :func:`render_credit_notes`
  (same signature, ``factures.id`` / ``avoirs.id``), :data:`INVOICES`, :data:`CREDIT_NOTES`,
  rendered from the snapshots stored at issue only.

Every service here only reads; each needs the view permission of its records.
"""

from backoffice.services.documents.common import (
    Cancelled,
    DocumentKind,
    ProgressFn,
    RenderedPdf,
)
from backoffice.services.documents.invoices import (
    CREDIT_NOTES,
    INVOICES,
    render_credit_notes,
    render_invoices,
)
from backoffice.services.documents.packing import (
    PACKABLE_STATUSES,
    PACKING_SLIPS,
    PackingSlipData,
    packing_slip_data,
    render_packing_slips,
)

__all__ = [
    "CREDIT_NOTES",
    "INVOICES",
    "PACKABLE_STATUSES",
    "PACKING_SLIPS",
    "Cancelled",
    "DocumentKind",
    "PackingSlipData",
    "ProgressFn",
    "RenderedPdf",
    "packing_slip_data",
    "render_credit_notes",
    "render_invoices",
    "render_packing_slips",
]
