"""Index factures (numero_facture, id) and (id_commande, numero_facture): the Factures
tab's default order and its search by customer read from indexes.

Revision ID: 0012
Revises: 0011

The list pages by keyset on (numero_facture, id). MariaDB does not use the primary key
InnoDB appends to a UNIQUE index for ordering, so with only uq_factures_numero_facture it
scanned the whole index and sorted 924 000 invoices for each page: 0.96 s for the first
page, 2.8 s for the next; from this index, 18 ms and 36 ms. Harmless on PostgreSQL and
SQLite.

A search by customer finds the customers, then their orders, then their invoices by
``id_commande IN (…)`` sorted by number: (id_commande, numero_facture) gives the page's
ids and sort values from the index alone, instead of one table read per matching invoice
(~4 000 for a common surname: random reads once the table is out of the buffer pool).
Idempotent: each index skipped where it exists (``ddl.create_index``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_factures_numero_id": ["numero_facture", "id"],
    "ix_factures_commande_numero": ["id_commande", "numero_facture"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        ddl.create_index(name, "factures", columns, unique=False)


def downgrade() -> None:
    existing = {index["name"] for index in sa.inspect(op.get_bind()).get_indexes("factures")}
    for name in INDEXES:
        if name in existing:
            op.drop_index(name, table_name="factures")
