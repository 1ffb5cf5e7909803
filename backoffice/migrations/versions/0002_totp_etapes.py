"""Schema addition: totp_etapes, the last accepted TOTP time step per account.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 14:35:00

Written by hand to mirror backoffice.models.security.TotpEtape.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.create_table(
        "totp_etapes",
        sa.Column("id_utilisateur", sa.Integer(), nullable=False),
        sa.Column("derniere_etape", sa.BigInteger(), nullable=False),
        sa.Column(
            "updated_at",
            ddl.timestamp(),
            server_default=ddl.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["id_utilisateur"],
            ["utilisateurs.id"],
            name=op.f("fk_totp_etapes_id_utilisateur_utilisateurs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id_utilisateur", name=op.f("pk_totp_etapes")),
    )


def downgrade() -> None:
    op.drop_table("totp_etapes")
