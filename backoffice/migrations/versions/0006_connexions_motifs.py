"""Schema addition: connexions_motifs, why a sign-in attempt failed.

Revision ID: 0006
Revises: 0005

Written by hand to mirror backoffice.models.security.ConnexionMotif: one row per failed
``historique_connexions`` row the back office writes (``motif``, a short code such as
``wrong_password``), shown in French in the Sécurité tab.

The key column takes the type of ``historique_connexions.id`` as the database has it (an
adopted website base may use ``INT(11)``, ``INT UNSIGNED`` or ``BIGINT``: MariaDB refuses
a foreign key between columns of different types); without a primary key on that column
(a website that made none) the table is created without the foreign key.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "connexions_motifs"
HISTORY = "historique_connexions"


def _history_key() -> tuple[Any, bool]:
    """The type of ``historique_connexions.id`` and whether a foreign key may refer to it."""
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"].lower(): c for c in inspector.get_columns(HISTORY)}
    column = columns.get("id")
    if column is None:
        return sa.Integer(), False
    primary = inspector.get_pk_constraint(HISTORY).get("constrained_columns") or []
    return column["type"], [c.lower() for c in primary] == ["id"]


def upgrade() -> None:
    key_type, referable = _history_key()
    constraints: list[Any] = [sa.PrimaryKeyConstraint("id_connexion", name=op.f("pk_" + TABLE))]
    if referable:
        constraints.append(
            sa.ForeignKeyConstraint(
                ["id_connexion"],
                [f"{HISTORY}.id"],
                name=op.f(f"fk_{TABLE}_id_connexion_{HISTORY}"),
                ondelete="CASCADE",
            )
        )
    ddl.create_table(
        TABLE,
        sa.Column("id_connexion", key_type, autoincrement=False, nullable=False),
        sa.Column("motif", sa.String(length=30), nullable=False),
        *constraints,
    )


def downgrade() -> None:
    op.drop_table(TABLE)
