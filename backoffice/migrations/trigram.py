"""The trigram search indexes: shared by migration 0001 and the adoption of a site's schema.

Substring search ("ILIKE '%dupont%'") over hundreds of thousands of rows needs trigram GIN
indexes. pg_trgm ships with PostgreSQL's contrib but a shop's hosting may not allow creating
it; without it the app still works, searches just scan. The models do not declare these
indexes (they exist only where the extension does), see ``env.include_object``.
"""

from __future__ import annotations

TRIGRAM_EXTENSION = "pg_trgm"

# name -> (table, indexed expression)
TRIGRAM_INDEXES: dict[str, tuple[str, str]] = {
    "ix_utilisateurs_search_trgm": (
        "utilisateurs",
        "lower(coalesce(nom, '') || ' ' || coalesce(prenom, '') || ' ' || email"
        " || ' ' || coalesce(ville, ''))",
    ),
    "ix_produits_nom_trgm": ("produits", "lower(nom)"),
    "ix_produits_slug_trgm": ("produits", "lower(slug)"),
    "ix_produits_description_courte_trgm": ("produits", "lower(coalesce(description_courte, ''))"),
    "ix_commandes_reference_trgm": ("commandes", "lower(reference)"),
}


def create_trigram_index_sql(name: str, *, if_not_exists: bool = False) -> str:
    """``CREATE INDEX`` of one trigram index (PostgreSQL only)."""
    table, expression = TRIGRAM_INDEXES[name]
    clause = "IF NOT EXISTS " if if_not_exists else ""
    return f"CREATE INDEX {clause}{name} ON {table} USING gin (({expression}) gin_trgm_ops)"
