"""The demo generator: one object drawing every table's rows from one seeded
``random.Random`` (see :mod:`.base`); call its ``*_rows`` methods in foreign-key order,
as :func:`backoffice.services.demo.seed.generate` does."""

from __future__ import annotations

from backoffice.services.demo.catalog import CatalogRows
from backoffice.services.demo.engagement import EngagementRows
from backoffice.services.demo.invoicing import InvoiceRows
from backoffice.services.demo.orders import OrderRows
from backoffice.services.demo.people import PeopleRows
from backoffice.services.demo.quotes import QuoteNumberRows


class DemoGenerator(
    PeopleRows, CatalogRows, OrderRows, InvoiceRows, EngagementRows, QuoteNumberRows
):
    """Generates the rows of each table; call the ``*_rows`` methods in foreign-key order."""


__all__ = ["DemoGenerator"]
