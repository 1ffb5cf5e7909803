"""Schema additions for conversations (issue 13): assignment, internal notes, canned replies,
the unread-messages index, search indexes on the messages and, on PostgreSQL, the NOTIFY
triggers that tell the desktops about new messages, conversations and orders.

Revision ID: 0009
Revises: 0008

Written by hand to mirror backoffice.models.support. The search indexes (trigram on
PostgreSQL with pg_trgm and backoffice_unaccent, FULLTEXT on MySQL/MariaDB) and the
triggers are made only where the server allows them; without them the inbox works, its
searches scan and the desktops poll every 30 s instead of being told.
"""

import contextlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from backoffice.migrations import ddl
from backoffice.migrations.trigram import has_unaccent_function

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "backoffice_activity"
# One notification per statement (a transition table), not per row: a bulk load of a
# million messages sends a handful, each naming at most 50 rows (more: "some rows").
NOTIFY_ROWS = f"""
CREATE OR REPLACE FUNCTION backoffice_notify_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', json_build_object(
    't', TG_TABLE_NAME,
    'n', (SELECT count(*) FROM nouveaux),
    'ids', (SELECT json_agg(id) FROM (SELECT id FROM nouveaux ORDER BY id LIMIT 50) s)
  )::text);
  RETURN NULL;
END $$
"""
NOTIFY_MESSAGES = f"""
CREATE OR REPLACE FUNCTION backoffice_notify_messages() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', json_build_object(
    't', TG_TABLE_NAME,
    'n', (SELECT count(*) FROM nouveaux),
    'ids', (SELECT json_agg(id) FROM (SELECT id FROM nouveaux ORDER BY id LIMIT 50) s),
    'c', (SELECT json_agg(DISTINCT id_conversation)
          FROM (SELECT id_conversation FROM nouveaux ORDER BY id LIMIT 50) s),
    'client', (SELECT json_agg(id) FROM (
          SELECT id FROM nouveaux WHERE is_client ORDER BY id LIMIT 50) s)
  )::text);
  RETURN NULL;
END $$
"""
# (trigger, table, event, function)
TRIGGERS = (
    ("backoffice_notify_messages_insert", "messages", "INSERT", "backoffice_notify_messages"),
    ("backoffice_notify_conversations_insert", "conversations", "INSERT", "backoffice_notify_rows"),
    ("backoffice_notify_conversations_update", "conversations", "UPDATE", "backoffice_notify_rows"),
    ("backoffice_notify_commandes_insert", "commandes", "INSERT", "backoffice_notify_rows"),
)
TRIGRAM = {
    "ix_messages_contenu_trgm": ("messages", "contenu"),
    "ix_conversations_sujet_trgm": ("conversations", "sujet"),
}
FULLTEXT = {
    "ix_messages_contenu_ft": ("messages", "contenu"),
    "ix_conversations_sujet_ft": ("conversations", "sujet"),
}


def _try(*statements: str) -> bool:
    """Run ``statements`` in a savepoint; False (and nothing done) if the server refuses."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            for statement in statements:
                bind.execute(sa.text(statement))
    except sa.exc.DBAPIError:
        return False
    return True


def _tables() -> None:
    ddl.create_table(
        "conversations_assignations",
        sa.Column("id_conversation", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id_agent", sa.Integer(), nullable=False),
        sa.Column("date_assignation", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["id_conversation"],
            ["conversations.id"],
            name=op.f("fk_conversations_assignations_id_conversation_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id_agent"],
            ["utilisateurs.id"],
            name=op.f("fk_conversations_assignations_id_agent_utilisateurs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id_conversation", name=op.f("pk_conversations_assignations")),
    )
    ddl.create_index(
        "ix_conversations_assignations_id_agent", "conversations_assignations", ["id_agent"]
    )
    ddl.create_table(
        "conversations_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("id_conversation", sa.Integer(), nullable=False),
        sa.Column("id_auteur", sa.Integer(), nullable=True),
        sa.Column("contenu", sa.Text(), nullable=False),
        sa.Column("date_creation", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["id_conversation"],
            ["conversations.id"],
            name=op.f("fk_conversations_notes_id_conversation_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id_auteur"],
            ["utilisateurs.id"],
            name=op.f("fk_conversations_notes_id_auteur_utilisateurs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations_notes")),
    )
    ddl.create_index(
        "ix_conversations_notes_conversation_date",
        "conversations_notes",
        ["id_conversation", "date_creation"],
    )
    ddl.create_index("ix_conversations_notes_id_auteur", "conversations_notes", ["id_auteur"])
    ddl.create_table(
        "reponses_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("titre", sa.String(length=100), nullable=False),
        sa.Column("contenu", sa.Text(), nullable=False),
        sa.Column("est_actif", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("updated_at", ddl.timestamp(), server_default=ddl.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reponses_types")),
        sa.UniqueConstraint("titre", name=op.f("uq_reponses_types_titre")),
    )
    ddl.create_index("ix_messages_non_lus", "messages", ["is_client", "lu", "id_conversation"])
    ddl.create_index(
        "ix_conversations_date_derniere_activite", "conversations", ["date_derniere_activite"]
    )
    open_only = sa.text("statut IN ('ouvert', 'en_attente')")
    ddl.create_index(
        "ix_conversations_a_traiter",
        "conversations",
        ["date_derniere_activite", "id"],
        postgresql_where=open_only,
        sqlite_where=open_only,
    )


def _postgresql() -> None:
    bind = op.get_bind()
    if has_unaccent_function(bind):
        for name, (table, column) in TRIGRAM.items():
            _try(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                f"USING gin ((lower(backoffice_unaccent({column}))) gin_trgm_ops)"
            )
    if not _try(NOTIFY_ROWS, NOTIFY_MESSAGES):
        return
    for trigger, table, event, function in TRIGGERS:
        _try(
            f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
            f"CREATE TRIGGER {trigger} AFTER {event} ON {table} "
            f"REFERENCING NEW TABLE AS nouveaux FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        )


def _mysql() -> None:
    for name, (table, column) in FULLTEXT.items():
        # Refused (privileges): searches scan.
        with contextlib.suppress(sa.exc.DBAPIError):
            ddl.create_fulltext_index(name, f"CREATE FULLTEXT INDEX {name} ON {table} ({column})")


def upgrade() -> None:
    _tables()
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _postgresql()
    elif ddl.is_mysql():
        _mysql()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for trigger, table, _event, _function in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS backoffice_notify_rows()")
        op.execute("DROP FUNCTION IF EXISTS backoffice_notify_messages()")
        for name in TRIGRAM:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    elif ddl.is_mysql():
        for name, (table, _column) in FULLTEXT.items():
            op.execute(f"DROP INDEX {name} ON {table}")
    op.drop_index("ix_conversations_a_traiter", table_name="conversations")
    op.drop_index("ix_conversations_date_derniere_activite", table_name="conversations")
    op.drop_index("ix_messages_non_lus", table_name="messages")
    op.drop_table("reponses_types")
    op.drop_table("conversations_notes")
    op.drop_table("conversations_assignations")
