"""Documents read from the database and rendered to PDF, for the screens (no Qt).

* Packing slips (issue 10): :func:`render_packing_slips` ``(session, actor, order_ids,
  progress=None) -> RenderedPdf``, :data:`PACKING_SLIPS` for ``ui/document_preview.py``::

      from backoffice.services.documents import PACKING_SLIPS
      from backoffice.ui.document_preview import preview_documents, print_documents, save_documents
      await preview_documents(screen, PACKING_SLIPS, order_ids)   # or print_/save_documents

* Invoices and credit notes (issue 11): :data:`INVOICES`, :data:`CREDIT_NOTES` (module
  :mod:`.invoices`), rendered from the snapshots stored at issue.

Every service here only reads; each needs the view permission of its records.
"""

from backoffice.services.documents.common import (
    Cancelled,
    DocumentKind,
    ProgressFn,
    RenderedPdf,
)
from backoffice.services.documents.packing import (
    PACKABLE_STATUSES,
    PACKING_SLIPS,
    PackingSlipData,
    packing_slip_data,
    render_packing_slips,
)

__all__ = [
    "PACKABLE_STATUSES",
    "PACKING_SLIPS",
    "Cancelled",
    "DocumentKind",
    "PackingSlipData",
    "ProgressFn",
    "RenderedPdf",
    "packing_slip_data",
    "render_packing_slips",
]
