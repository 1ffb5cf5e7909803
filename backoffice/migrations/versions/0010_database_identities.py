"""Schema additions for database-enforced security (issue 16: per-member identities, owner-rights routines, server-stamped audit).

Revision ID: 0010
Revises: 0009

Written by hand to mirror the tables of backoffice.models.security (``JournalBase``,
``IdentiteBase``, ``SessionBase``, ``DefiConnexion``, ``SecuriteBase``). Tables only, on
every server: the roles, routines, triggers and grants are not schema but a choice of the
shop's administrator, made (and re-made after an upgrade) by ``backoffice db secure``
(backoffice.services.db_security); until then these tables stay empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ddl.create_table(
        "journal_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date_action", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.Column("compte_base", sa.String(length=200), nullable=False),
        sa.Column("id_utilisateur", sa.Integer(), nullable=True),
        sa.Column("id_session", sa.Integer(), nullable=True),
        sa.Column("table_cible", sa.String(length=64), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("cle", sa.String(length=255), nullable=True),
        sa.Column("colonnes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_base")),
    )
    ddl.create_index("ix_journal_base_date_action", "journal_base", ["date_action"])
    ddl.create_index(
        "ix_journal_base_utilisateur_date", "journal_base", ["id_utilisateur", "date_action"]
    )
    ddl.create_table(
        "identites_base",
        sa.Column("id_utilisateur", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("compte_base", sa.String(length=80), nullable=False),
        sa.Column("groupe", sa.String(length=20), nullable=False),
        sa.Column("actif", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("date_modification", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("id_utilisateur", name=op.f("pk_identites_base")),
        sa.UniqueConstraint("compte_base", name=op.f("uq_identites_base_compte_base")),
    )
    ddl.create_table(
        "sessions_base",
        sa.Column("id_session", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id_utilisateur", sa.Integer(), nullable=False),
        sa.Column("compte_base", sa.String(length=80), nullable=False),
        sa.Column("date_creation", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.Column("expire_le", ddl.timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id_session", name=op.f("pk_sessions_base")),
        sa.UniqueConstraint("compte_base", name=op.f("uq_sessions_base_compte_base")),
    )
    ddl.create_index("ix_sessions_base_id_utilisateur", "sessions_base", ["id_utilisateur"])
    ddl.create_table(
        "defis_connexion",
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("id_utilisateur", sa.Integer(), nullable=False),
        sa.Column("expire_le", ddl.timestamp(), nullable=False),
        sa.Column("empreinte_mdp", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("empreinte", name=op.f("pk_defis_connexion")),
    )
    ddl.create_table(
        "securite_base",
        sa.Column("cle", sa.String(length=40), nullable=False),
        sa.Column("valeur", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("cle", name=op.f("pk_securite_base")),
    )


def downgrade() -> None:
    for table in (
        "securite_base",
        "defis_connexion",
        "sessions_base",
        "identites_base",
        "journal_base",
    ):
        op.drop_table(table)
