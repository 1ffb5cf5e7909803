"""PDF rendering with reportlab (invoices, credit notes, quotes). No Qt."""
