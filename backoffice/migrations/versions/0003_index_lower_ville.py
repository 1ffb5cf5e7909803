"""Index lower(ville): the Clients tab sorts by city over 200 000 customers.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_utilisateurs_lower_ville", "utilisateurs", [sa.text("lower(ville)")])


def downgrade() -> None:
    op.drop_index("ix_utilisateurs_lower_ville", table_name="utilisateurs")
