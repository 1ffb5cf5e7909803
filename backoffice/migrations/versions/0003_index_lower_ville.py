"""Index lower(ville): the Clients tab sorts by city over 200 000 customers.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from backoffice.migrations import ddl

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    ddl.create_lower_index("ix_utilisateurs_lower_ville", "utilisateurs", "ville")


def downgrade() -> None:
    op.drop_index("ix_utilisateurs_lower_ville", table_name="utilisateurs")
