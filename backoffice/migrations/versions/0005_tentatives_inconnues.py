"""Schema addition: tentatives_inconnues, failed sign-ins on addresses without an account.

Revision ID: 0005
Revises: 0004

Written by hand to mirror backoffice.models.security.TentativeInconnue: a keyed hash of the
address and the attempt's date, so that an unknown address is throttled like an account's
across restarts (see backoffice.services.throttle).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.create_table(
        "tentatives_inconnues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("date_tentative", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tentatives_inconnues")),
    )
    ddl.create_index(
        "ix_tentatives_inconnues_empreinte_date",
        "tentatives_inconnues",
        ["empreinte", "date_tentative"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("tentatives_inconnues")
