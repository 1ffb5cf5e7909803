"""The search and sort indexes the models cannot declare: shared by the migrations (0001,
0004) and the adoption of a site's schema.

* **Trigram GIN indexes** (PostgreSQL, ``pg_trgm``): substring search (``LIKE '%dupont%'``)
  over hundreds of thousands of rows. Built on ``lower(backoffice_unaccent(…))`` where the
  ``unaccent`` extension is available (migration 0004: accent-insensitive search), on
  ``lower(…)`` otherwise (migration 0001's form).
* **French sort indexes** (PostgreSQL with ICU): ``lower(x) COLLATE "fr-x-icu"``, the sort key
  of ``sql_compat.french_sorted``; a ``lower(x)`` index does not serve it.
* **FULLTEXT indexes** (MySQL/MariaDB): words from their start, ``MATCH … AGAINST``.

A shop's hosting may refuse the extensions; without them the app still works, searches just
scan. The models do not declare these indexes (they exist only where the server allows),
see ``env.include_object``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from backoffice.sql_text import FRENCH_ICU_COLLATION, UNACCENT_FUNCTION

TRIGRAM_EXTENSION = "pg_trgm"
UNACCENT_EXTENSION = "unaccent"

# name -> (table, the text expression searched)
_SEARCHED: dict[str, tuple[str, str]] = {
    "ix_utilisateurs_search_trgm": (
        "utilisateurs",
        "coalesce(nom, '') || ' ' || coalesce(prenom, '') || ' ' || email"
        " || ' ' || coalesce(ville, '')",
    ),
    "ix_produits_nom_trgm": ("produits", "nom"),
    "ix_produits_slug_trgm": ("produits", "slug"),
    "ix_produits_description_courte_trgm": ("produits", "coalesce(description_courte, '')"),
    "ix_commandes_reference_trgm": ("commandes", "reference"),
    # The Devis queue's search in the words of the request (services/quotes/listing.py).
    "ix_devis_description_trgm": ("devis", "coalesce(description_demande, '')"),
}
# name -> (table, indexed expression): without unaccent (migration 0001) ...
TRIGRAM_INDEXES: dict[str, tuple[str, str]] = {
    name: (table, f"lower({expression})") for name, (table, expression) in _SEARCHED.items()
}
# ... and with it (migration 0004): the expressions sql_compat.word_search compiles to.
UNACCENT_TRIGRAM_INDEXES: dict[str, tuple[str, str]] = {
    name: (table, f"lower({UNACCENT_FUNCTION}({expression}))")
    for name, (table, expression) in _SEARCHED.items()
}
# name -> (table, column): the default sorts of Clients (nom, ville) and Produits (nom).
FRENCH_SORT_INDEXES: dict[str, tuple[str, str]] = {
    "ix_utilisateurs_nom_fr": ("utilisateurs", "nom"),
    "ix_utilisateurs_ville_fr": ("utilisateurs", "ville"),
    "ix_produits_nom_fr": ("produits", "nom"),
}
# name -> (table, columns): the columns sql_compat.word_search's ``fulltext`` names.
FULLTEXT_INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ix_utilisateurs_search_ft": ("utilisateurs", ("nom", "prenom", "email", "ville")),
    "ix_produits_search_ft": ("produits", ("nom", "slug", "description_courte")),
    "ix_devis_description_ft": ("devis", ("description_demande",)),
}


@dataclass(frozen=True)
class SearchIndex:
    """One index of the families above, as adoption compares and creates it."""

    name: str
    table: str
    kind: str  # "trigram", "french" or "fulltext"
    method: str  # how the schema report lists the site's indexes: gin, btree, fulltext
    expression: str  # as written in CREATE INDEX (columns for FULLTEXT)
    unaccent: bool = False

    def create_sql(self, *, if_not_exists: bool = False) -> str:
        clause = "IF NOT EXISTS " if if_not_exists else ""
        if self.kind == "fulltext":
            return f"CREATE FULLTEXT INDEX {self.name} ON {self.table} ({self.expression})"
        if self.kind == "french":
            return f"CREATE INDEX {clause}{self.name} ON {self.table} (({self.expression}))"
        return (
            f"CREATE INDEX {clause}{self.name} ON {self.table} "
            f"USING gin (({self.expression}) gin_trgm_ops)"
        )


def trigram_index(name: str, *, unaccent: bool) -> SearchIndex:
    table, expression = (UNACCENT_TRIGRAM_INDEXES if unaccent else TRIGRAM_INDEXES)[name]
    return SearchIndex(name, table, "trigram", "gin", expression, unaccent)


def french_sort_expression(column: str) -> str:
    return f'lower({column}) COLLATE "{FRENCH_ICU_COLLATION}"'


def french_index(name: str) -> SearchIndex:
    table, column = FRENCH_SORT_INDEXES[name]
    return SearchIndex(name, table, "french", "btree", french_sort_expression(column))


def fulltext_index(name: str) -> SearchIndex:
    table, columns = FULLTEXT_INDEXES[name]
    return SearchIndex(name, table, "fulltext", "fulltext", ", ".join(columns))


def create_trigram_index_sql(
    name: str, *, if_not_exists: bool = False, unaccent: bool = False
) -> str:
    """``CREATE INDEX`` of one trigram index (PostgreSQL only)."""
    return trigram_index(name, unaccent=unaccent).create_sql(if_not_exists=if_not_exists)


def create_unaccent_function_sql(schema: str) -> str:
    """The IMMUTABLE wrapper an index expression needs: ``unaccent(text)`` is only STABLE
    (its dictionary could change), so PostgreSQL refuses to index it directly. The
    dictionary is named with its schema, so the function never depends on search_path."""
    quoted = '"' + schema.replace('"', '""') + '"'
    return (
        f"CREATE OR REPLACE FUNCTION {UNACCENT_FUNCTION}(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        f"AS $$ SELECT {quoted}.unaccent('{quoted}.unaccent'::regdictionary, $1) $$"
    )


def drop_unaccent_function_sql() -> str:
    return f"DROP FUNCTION IF EXISTS {UNACCENT_FUNCTION}(text)"


# --- What the server has (PostgreSQL) -------------------------------------------------------


def extension_schema(connection: Connection, name: str) -> str | None:
    """The schema an installed extension lives in; None when not installed."""
    return connection.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = :name"
        ),
        {"name": name},
    ).scalar()


def extension_available(connection: Connection, name: str) -> bool:
    """Installed, or installable on this server (it may still be refused to this user)."""
    return bool(
        connection.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = :name"), {"name": name}
        ).scalar()
    )


def has_unaccent_function(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text(f"SELECT to_regprocedure('{UNACCENT_FUNCTION}(text)') IS NOT NULL")
        ).scalar()
    )


def has_french_collation(connection: Connection) -> bool:
    """Whether the server has ICU's French collation for this database's encoding."""
    return bool(
        connection.execute(
            text(
                "SELECT 1 FROM pg_collation WHERE collname = :name AND collencoding IN "
                "(-1, pg_char_to_encoding(current_setting('server_encoding')))"
            ),
            {"name": FRENCH_ICU_COLLATION},
        ).scalar()
    )


def unaccent_expected(connection: Connection) -> bool:
    """Whether the trigram indexes should be the unaccent ones on this server: the wrapper
    exists, or the extension is there or can be asked for."""
    return has_unaccent_function(connection) or extension_available(connection, UNACCENT_EXTENSION)


def expected_search_indexes(connection: Connection) -> list[SearchIndex]:
    """The indexes of this module a base on this server should have."""
    dialect = connection.dialect.name
    if dialect in ("mysql", "mariadb"):
        return [fulltext_index(name) for name in FULLTEXT_INDEXES]
    if dialect != "postgresql":
        return []
    unaccent = unaccent_expected(connection)
    found = [trigram_index(name, unaccent=unaccent) for name in TRIGRAM_INDEXES]
    if has_french_collation(connection):
        found += [french_index(name) for name in FRENCH_SORT_INDEXES]
    return found
