"""Schema additions for quotes (issue 12: quote numbers assigned at first sending).

Revision ID: 0008
Revises: 0007

Written by hand to mirror backoffice.models.quotes.DevisNumero: the number a quote gets
when it is first sent (« D-2026-00042 »), in a table of its own beside the website's
``devis``, which is never altered. ``(annee, sequence)`` and ``numero`` are unique, so two
quotes sent at the same instant cannot share a number.

The key column takes the type of ``devis.id`` as the database has it (an adopted website
base may use ``INT(11)``, ``INT UNSIGNED`` or ``BIGINT``: MariaDB refuses a foreign key
between columns of different types); without a primary key on that column (a website that
made none) the table is created without the foreign key.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "devis_numeros"
QUOTES = "devis"


def _quote_key() -> tuple[Any, bool]:
    """The type of ``devis.id`` and whether a foreign key may refer to it."""
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"].lower(): c for c in inspector.get_columns(QUOTES)}
    column = columns.get("id")
    if column is None:
        return sa.Integer(), False
    primary = inspector.get_pk_constraint(QUOTES).get("constrained_columns") or []
    return column["type"], [c.lower() for c in primary] == ["id"]


def upgrade() -> None:
    key_type, referable = _quote_key()
    constraints: list[Any] = [
        sa.PrimaryKeyConstraint("id_devis", name=op.f("pk_" + TABLE)),
        sa.UniqueConstraint("annee", "sequence", name=op.f(f"uq_{TABLE}_annee_sequence")),
        sa.UniqueConstraint("numero", name=op.f(f"uq_{TABLE}_numero")),
    ]
    if referable:
        constraints.append(
            sa.ForeignKeyConstraint(
                ["id_devis"],
                [f"{QUOTES}.id"],
                name=op.f(f"fk_{TABLE}_id_devis_{QUOTES}"),
                ondelete="CASCADE",
            )
        )
    ddl.create_table(
        TABLE,
        sa.Column("id_devis", key_type, autoincrement=False, nullable=False),
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("numero", sa.String(length=40), nullable=False),
        sa.Column("date_attribution", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        *constraints,
    )


def downgrade() -> None:
    op.drop_table(TABLE)
