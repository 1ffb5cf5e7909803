"""What the Factures tab, the order window and the exports read: lists, documents, the
journal. Every function requires ``invoices.view``; nothing here writes.

Row dictionaries of :func:`list_documents` (keys of the ListSource's labelled columns):
``id``, ``numero``, ``date_emission`` (aware), ``reference_commande``, ``id_commande``,
``client`` (« Prénom Nom » as the document shows it), ``montant_ht``, ``montant_tva``,
``montant_ttc`` (Decimal; negative never: a credit note's amounts are positive, the
journal signs them), ``etat`` (invoices: a :class:`CreditState` value; credit notes:
None), ``numero_facture`` (credit notes: the invoice credited; invoices: None),
``reconstitue`` (bool).

Filters (``ListQuery.filters``): ``"debut"`` / ``"fin"`` (a :class:`~datetime.date`,
inclusive, in the shop's zone), ``"etat"`` (a :class:`CreditState` value, invoices only).
Search (``services/invoices/listing.py``): the whole number (any case), or the order's
reference, or the customer (every word, accents ignored: name, first name, e-mail, city).
Sorts: ``numero`` (default, descending), ``date_emission``, ``reference_commande``,
``client``, ``montant_ttc``.
"""

from __future__ import annotations

from backoffice.services.invoices.documents import (
    CreditRemaining,
    RemainingLine,
    credit_remaining,
    documents_in_period,
    get_document,
    get_stored_document,
    invoice_of_order,
)
from backoffice.services.invoices.journal import JournalRow, journal_rows, write_journal_csv
from backoffice.services.invoices.listing import (
    count_documents,
    documents_source,
    list_documents,
)

__all__ = [
    "CreditRemaining",
    "JournalRow",
    "RemainingLine",
    "count_documents",
    "credit_remaining",
    "documents_in_period",
    "documents_source",
    "get_document",
    "get_stored_document",
    "invoice_of_order",
    "journal_rows",
    "list_documents",
    "write_journal_csv",
]
