"""Invoices and credit notes (factures, avoirs): issuing, numbering, immutability."""
