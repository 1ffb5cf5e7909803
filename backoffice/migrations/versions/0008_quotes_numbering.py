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

Also the queue's indexes on ``devis`` (additions, no column touched): ``date_demande`` for
« Tous » oldest first, and the search in the request's words — a trigram index on
PostgreSQL (with pg_trgm and ``backoffice_unaccent``), FULLTEXT on MySQL/MariaDB — made
here for bases past 0004, which creates them on newer ones (``migrations.trigram``); where
the server refuses, searches scan.
"""

import contextlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl
from backoffice.migrations.trigram import (
    TRIGRAM_EXTENSION,
    create_trigram_index_sql,
    extension_schema,
    fulltext_index,
    has_unaccent_function,
)

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "devis_numeros"
QUOTES = "devis"
TRIGRAM = "ix_devis_description_trgm"
FULLTEXT = "ix_devis_description_ft"


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
    # An adopted base got it from the models already (adoption creates their indexes).
    existing = {index["name"] for index in sa.inspect(op.get_bind()).get_indexes(QUOTES)}
    if "ix_devis_date_demande" not in existing:
        op.create_index("ix_devis_date_demande", QUOTES, ["date_demande"])
    _search_index()


def _search_index() -> None:
    bind = op.get_bind()
    if ddl.is_mysql():
        # DDL commits at once on MySQL (no savepoint to roll back to); refused: it scans.
        with contextlib.suppress(sa.exc.DBAPIError):
            ddl.create_fulltext_index(FULLTEXT, fulltext_index(FULLTEXT).create_sql())
        return
    if bind.dialect.name != "postgresql" or extension_schema(bind, TRIGRAM_EXTENSION) is None:
        return
    sql = create_trigram_index_sql(
        TRIGRAM, if_not_exists=True, unaccent=has_unaccent_function(bind)
    )
    with contextlib.suppress(sa.exc.DBAPIError), bind.begin_nested():
        bind.execute(sa.text(sql))  # refused (privileges): the queue's searches scan


def downgrade() -> None:
    op.drop_index("ix_devis_date_demande", table_name=QUOTES)
    op.drop_table(TABLE)
