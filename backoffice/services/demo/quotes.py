"""The demo's quote numbers (``devis_numeros``): every quote whose estimate was sent
(``en_cours``, ``termine``) has the number the back office would have given it, continuous
per calendar year in the order the estimates were sent, in the shop's default format.

The rows are derived from :attr:`GeneratorBase.quotes_sent` (filled by ``devis_rows``),
without drawing from the random generator, so adding them changes no other table's rows.
The ``devis`` scale (:data:`~backoffice.services.demo.base.SCALES`) is the queue at
100 000 quotes, for ``benchmarks/quotes_tab.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from backoffice.services.demo.base import GeneratorBase, Row
from backoffice.services.quotes.numbering import DEFAULT_FORMAT, format_number


class QuoteNumberRows(GeneratorBase):
    """``devis_numeros``."""

    def quote_numbers_rows(self) -> Iterator[Row]:
        sent = sorted(self.quotes_sent, key=lambda item: (item[1], item[0]))
        per_year: dict[int, int] = {}
        for quote_id, when in sent:
            year = when.year  # aware UTC, like the numbers the back office gives
            per_year[year] = sequence = per_year.get(year, 0) + 1
            yield (quote_id, year, sequence, format_number(DEFAULT_FORMAT, year, sequence), when)
        self.quotes_sent.clear()


__all__ = ["QuoteNumberRows"]
