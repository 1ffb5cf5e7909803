"""PDF documents (reportlab): the packing slip, invoices and credit notes, quotes. No Qt.

The shared machinery, used by every document:

* :mod:`.fonts` — DejaVu Sans embedded (``resources/fonts``), so that €, accents, « » and
  œ print on every platform and every viewer;
* :mod:`.text` — :func:`~.text.escape`, the one way a text a user typed or a customer wrote
  enters a document (``S&P``, ``</para>``, ``<img src=…>`` print literally, nothing is
  fetched);
* :mod:`.page` — the A4 page: the shop's identity in the header, its legal line and
  « Page x / y » in the footer, numbered per document inside a batch; :func:`~.page.build_pdf`;
* :mod:`.formatting` — amounts (through :mod:`backoffice.money`), rates, dates in French;
* :mod:`.filenames` — safe file names for saving a document.

Documents take plain data (frozen dataclasses) and return PDF bytes; they never touch the
database, the network or Qt, so they run on a worker thread, in the CLI and in benchmarks.
Their words are French on purpose: a French invoice or packing slip is French whatever the
language of the desk's interface.
"""
