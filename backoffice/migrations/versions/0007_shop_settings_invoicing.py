"""Schema additions for the shop settings and invoicing (issue 11).

Revision ID: 0007
Revises: 0006

Written by hand to mirror backoffice.models.settings.ParametreBoutique (the shop's
settings, shared by every desktop, key → value) and backoffice.models.invoicing (the
snapshot of each invoice, credit notes and their lines, the numbering counters and the
chain heads), beside the website's ``factures``, never inside it.

Foreign keys take the type of the referred key as the database has it (MariaDB refuses a
key of another type; see 0006). Issued documents are made immutable by triggers
(``migrations.immutable``); on ``factures`` itself only where our migrations created it,
never on a website's adopted table.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

from backoffice.migrations import ddl, immutable
from backoffice.migrations.schema_state import ADOPTED_COMMENT, ALEMBIC_TABLE

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
    _invoicing_tables()
    _immutability()


def _key(table: str) -> Any:
    """The type of ``table.id`` as the database has it (INT, INT UNSIGNED, BIGINT…)."""
    columns = {c["name"].lower(): c for c in sa.inspect(op.get_bind()).get_columns(table)}
    column = columns.get("id")
    return sa.Integer() if column is None else column["type"]


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _snapshot_text() -> Any:
    return sa.Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb")


def _invoicing_tables() -> None:
    facture_key, commande_key, user_key = _key("factures"), _key("commandes"), _key("utilisateurs")
    ddl.create_table(
        "factures_instantanes",
        sa.Column("id_facture", facture_key, autoincrement=False, nullable=False),
        sa.Column("rang", sa.BigInteger(), nullable=False),
        sa.Column("contenu", _snapshot_text(), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("empreinte_precedente", sa.String(length=64), nullable=False),
        sa.Column("reconstitue", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("date_creation", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("id_facture", name=op.f("pk_factures_instantanes")),
        sa.UniqueConstraint("rang", name=op.f("uq_factures_instantanes_rang")),
        _fk("id_facture", "factures_instantanes", "factures"),
    )
    ddl.create_table(
        "avoirs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("numero_avoir", sa.String(length=50), nullable=False),
        sa.Column("id_facture", facture_key, nullable=False),
        sa.Column("id_commande", commande_key, nullable=False),
        sa.Column("date_emission", ddl.timestamp(), nullable=False),
        sa.Column("montant_ht", sa.Numeric(10, 2), nullable=False),
        sa.Column("montant_tva", sa.Numeric(10, 2), nullable=False),
        sa.Column("montant_ttc", sa.Numeric(10, 2), nullable=False),
        sa.Column("total", sa.Boolean(), nullable=False),
        sa.Column("motif", sa.String(length=255), nullable=False),
        sa.Column("id_utilisateur", user_key, nullable=True),
        sa.Column("rang", sa.BigInteger(), nullable=False),
        sa.Column("contenu", _snapshot_text(), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("empreinte_precedente", sa.String(length=64), nullable=False),
        sa.Column("date_creation", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avoirs")),
        sa.UniqueConstraint("numero_avoir", name=op.f("uq_avoirs_numero_avoir")),
        sa.UniqueConstraint("rang", name=op.f("uq_avoirs_rang")),
        _fk("id_facture", "avoirs", "factures"),
        _fk("id_commande", "avoirs", "commandes"),
        _fk("id_utilisateur", "avoirs", "utilisateurs"),
    )
    for column in ("id_facture", "id_commande", "date_emission"):
        ddl.create_index(f"ix_avoirs_{column}", "avoirs", [column])
    ddl.create_table(
        "avoirs_lignes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("id_avoir", sa.Integer(), nullable=False),
        sa.Column("id_commande_produit", sa.Integer(), nullable=True),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("quantite", sa.Integer(), nullable=False),
        sa.Column("montant_ttc", sa.Numeric(10, 2), nullable=False),
        sa.Column("taux_tva", sa.Numeric(5, 2), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avoirs_lignes")),
        _fk("id_avoir", "avoirs_lignes", "avoirs"),
    )
    ddl.create_index("ix_avoirs_lignes_id_avoir", "avoirs_lignes", ["id_avoir"])
    ddl.create_table(
        "compteurs_documents",
        sa.Column("serie", sa.String(length=20), nullable=False),
        sa.Column("annee", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("dernier_numero", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("serie", "annee", name=op.f("pk_compteurs_documents")),
    )
    ddl.create_table(
        "chaines_documents",
        sa.Column("serie", sa.String(length=20), nullable=False),
        sa.Column("rang", sa.BigInteger(), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("updated_at", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("serie", name=op.f("pk_chaines_documents")),
    )


def _adopted() -> bool:
    """A website's base adopted earlier: its ``factures`` is the website's, left alone."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return False
    comment = sa.inspect(bind).get_table_comment(ALEMBIC_TABLE).get("text") or ""
    return comment.startswith(ADOPTED_COMMENT)


def _immutability() -> None:
    dialect = op.get_bind().dialect.name
    tables = ["factures_instantanes", "avoirs", "avoirs_lignes"]
    if not _adopted():
        tables.insert(0, "factures")
    for table in tables:
        for statement in immutable.create_statements(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ("factures", "factures_instantanes", "avoirs", "avoirs_lignes"):
        for statement in immutable.drop_statements(dialect, table):
            op.execute(statement)
    for table in ("chaines_documents", "compteurs_documents", "avoirs_lignes", "avoirs"):
        op.drop_table(table)
    op.drop_table("factures_instantanes")
    op.drop_table("parametres_boutique")
