"""Which state a database is in: empty, a website-made schema, managed, newer, foreign.

A website-made schema holds the seed's tables without ``alembic_version``; a managed one
has a revision this version knows; a newer one a revision it does not; "foreign" is any
other set of tables (another application's database, a partial schema).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import Inspector

from backoffice import migrations

ALEMBIC_TABLE = "alembic_version"
SEED_TABLES = frozenset(
    {
        "utilisateurs",
        "roles",
        "adresses",
        "categories",
        "produits",
        "commandes",
        "commande_produit",
        "factures",
        "paiements",
        "historique_commande",
        "services",
        "devis",
        "conversations",
        "messages",
        "pieces_jointes",
        "panier",
        "panier_temp",
        "historique_actions",
        "historique_connexions",
        "sessions",
    }
)
SEED_003_TABLES = frozenset({"avis", "listes_souhaits", "listes_souhaits_produits"})
BACKOFFICE_TABLES = frozenset({"totp_etapes", "tentatives_inconnues", "connexions_motifs"})
# Tables the back office inserts rows into, today or in the tabs to come: a NOT NULL column
# it does not know, without a default, would make those inserts fail.
INSERTED_TABLES = frozenset(
    {
        "categories",
        "produits",
        "historique_actions",
        "historique_connexions",
        "sessions",
        "historique_commande",
        "factures",
        "messages",
        "totp_etapes",
        "tentatives_inconnues",
        "connexions_motifs",
    }
)
# Written on alembic_version by the adoption, so that ``db current`` can tell.
ADOPTED_COMMENT = "backoffice: schéma du site adopté"
COMMENT_DIALECTS = frozenset({"postgresql", "mysql", "mariadb"})


class DbState(StrEnum):
    EMPTY = "empty"
    WEBSITE = "website"
    MANAGED = "managed"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class DatabaseStatus:
    state: DbState
    head: str
    revision: str | None = None
    tables: frozenset[str] = frozenset()
    missing_seed_tables: tuple[str, ...] = ()
    adopted: bool = False  # managed, and the tables were made by the website

    @property
    def up_to_date(self) -> bool:
        return self.state is DbState.MANAGED and self.revision == self.head


def detect_state(connection: Connection) -> DatabaseStatus:
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    head = migrations.head_revision() or ""
    revision: str | None = None
    if ALEMBIC_TABLE in tables:
        tables.discard(ALEMBIC_TABLE)
        revision = connection.execute(text(f"SELECT version_num FROM {ALEMBIC_TABLE}")).scalar()
    names = frozenset(tables)
    if revision is not None:
        if not migrations.is_known_revision(revision):
            return DatabaseStatus(DbState.NEWER, head, revision, names)
        adopted = _is_adopted(inspector, connection.dialect.name)
        return DatabaseStatus(DbState.MANAGED, head, revision, names, adopted=adopted)
    if not names:
        return DatabaseStatus(DbState.EMPTY, head)
    missing = tuple(sorted(SEED_TABLES - names))
    state = DbState.FOREIGN if missing else DbState.WEBSITE
    return DatabaseStatus(state, head, None, names, missing)


def _is_adopted(inspector: Inspector, dialect: str) -> bool:
    """Adoption leaves its mark in the comment of ``alembic_version`` (our own table)."""
    if dialect not in COMMENT_DIALECTS:
        return False
    comment = inspector.get_table_comment(ALEMBIC_TABLE).get("text") or ""
    return comment.startswith(ADOPTED_COMMENT)
