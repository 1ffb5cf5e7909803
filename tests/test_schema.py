"""The models map the shop schema of seed 000 exactly, plus seed 003's additions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from backoffice.models import Base

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_SCHEMA = SEEDS / "000_20aaad8898270d9a.txt"

# Written out so that the test still means something where the seed file is not beside us.
EXPECTED_TABLES: dict[str, list[str]] = {
    "utilisateurs": [
        "id",
        "email",
        "username",
        "password",
        "nom",
        "prenom",
        "adresse",
        "code_postal",
        "ville",
        "telephone",
        "idRole",
        "date_inscription",
        "derniere_connexion",
        "two_factor_secret",
        "two_factor_enabled",
        "backup_code",
        "notif_new_connexion",
        "notif_password_change",
        "notif_failed_attempts",
        "remember_devices",
        "extended_session",
        "confirm_order_by_email",
        "points_fidelite",
        "profile_picture",
    ],
    "roles": ["id", "libelle", "created_at"],
    "adresses": [
        "id",
        "id_utilisateur",
        "nom_adresse",
        "type_adresse",
        "nom_complet",
        "rue",
        "complement",
        "code_postal",
        "ville",
        "pays",
        "telephone",
        "is_default",
        "date_creation",
        "date_modification",
    ],
    "categories": [
        "id",
        "nom",
        "description",
        "parent_id",
        "image_url",
        "est_actif",
        "slug",
        "created_at",
        "updated_at",
    ],
    "produits": [
        "id",
        "nom",
        "description",
        "description_courte",
        "prix",
        "prix_promo",
        "stock",
        "id_categorie",
        "image_url",
        "images_supplementaires",
        "caracteristiques",
        "est_actif",
        "est_featured",
        "slug",
        "created_at",
        "updated_at",
    ],
    "commandes": [
        "id",
        "id_utilisateur",
        "date_commande",
        "statut",
        "montant_total",
        "frais_livraison",
        "tva",
        "pays_livraison",
        "mode_livraison",
        "point_relais_id",
        "point_relais_nom",
        "instructions_livraison",
        "adresse_livraison",
        "adresse_facturation",
        "methode_paiement",
        "reference",
        "notes",
        "motif_annulation",
        "commentaire_annulation",
        "note_client",
        "commentaire_client",
    ],
    "commande_produit": ["id", "id_commande", "id_produit", "quantite", "prix_unitaire"],
    "factures": [
        "id",
        "id_commande",
        "numero_facture",
        "date_emission",
        "montant_ht",
        "montant_tva",
        "montant_ttc",
        "date_creation",
    ],
    "paiements": [
        "id",
        "id_commande",
        "payment_intent_id",
        "statut",
        "montant",
        "details",
        "date_paiement",
    ],
    "historique_commande": [
        "id",
        "id_commande",
        "id_utilisateur",
        "action",
        "details",
        "date_action",
    ],
    "services": [
        "id",
        "nom",
        "description",
        "prix_base",
        "image_url",
        "est_actif",
        "created_at",
        "updated_at",
    ],
    "devis": [
        "id",
        "id_utilisateur",
        "id_service",
        "description_demande",
        "statut",
        "date_demande",
        "date_reponse",
        "montant_estime",
        "notes_admin",
    ],
    "conversations": [
        "id",
        "id_utilisateur",
        "sujet",
        "type",
        "reference_commande",
        "reference_devis",
        "statut",
        "date_creation",
        "date_derniere_activite",
    ],
    "messages": [
        "id",
        "id_conversation",
        "id_utilisateur",
        "contenu",
        "is_client",
        "lu",
        "date_creation",
    ],
    "pieces_jointes": [
        "id",
        "id_message",
        "id_conversation",
        "nom_fichier",
        "chemin_fichier",
        "date_creation",
    ],
    "panier": [
        "id",
        "id_utilisateur",
        "id_produit",
        "quantite",
        "date_ajout",
        "date_modification",
    ],
    "panier_temp": [
        "id",
        "session_id",
        "id_produit",
        "quantite",
        "date_ajout",
        "date_modification",
    ],
    "historique_actions": ["id", "id_utilisateur", "type_action", "details", "date_action"],
    "historique_connexions": [
        "id",
        "id_utilisateur",
        "ip",
        "user_agent",
        "succes",
        "date_connexion",
    ],
    "sessions": ["id", "id_utilisateur", "session_token", "user_agent", "ip", "last_activity"],
}

SEED_003_TABLES = {
    "avis": [
        "id",
        "id_utilisateur",
        "id_produit",
        "note",
        "commentaire",
        "statut",
        "motif_rejet",
        "created_at",
        "updated_at",
    ],
    "listes_souhaits": ["id", "id_utilisateur", "nom", "created_at", "updated_at"],
    "listes_souhaits_produits": ["id", "id_liste", "id_produit", "date_ajout"],
}

EXPECTED_FOREIGN_KEYS = {
    ("utilisateurs", "idRole", "roles"),
    ("adresses", "id_utilisateur", "utilisateurs"),
    ("categories", "parent_id", "categories"),
    ("produits", "id_categorie", "categories"),
    ("commandes", "id_utilisateur", "utilisateurs"),
    ("commande_produit", "id_commande", "commandes"),
    ("commande_produit", "id_produit", "produits"),
    ("factures", "id_commande", "commandes"),
    ("paiements", "id_commande", "commandes"),
    ("historique_commande", "id_commande", "commandes"),
    ("historique_commande", "id_utilisateur", "utilisateurs"),
    ("devis", "id_utilisateur", "utilisateurs"),
    ("devis", "id_service", "services"),
    ("conversations", "id_utilisateur", "utilisateurs"),
    ("conversations", "reference_commande", "commandes"),
    ("conversations", "reference_devis", "devis"),
    ("messages", "id_conversation", "conversations"),
    ("messages", "id_utilisateur", "utilisateurs"),
    ("pieces_jointes", "id_message", "messages"),
    ("pieces_jointes", "id_conversation", "conversations"),
    ("panier", "id_utilisateur", "utilisateurs"),
    ("panier", "id_produit", "produits"),
    ("panier_temp", "id_produit", "produits"),
    ("historique_actions", "id_utilisateur", "utilisateurs"),
    ("historique_connexions", "id_utilisateur", "utilisateurs"),
    ("sessions", "id_utilisateur", "utilisateurs"),
    ("avis", "id_utilisateur", "utilisateurs"),
    ("avis", "id_produit", "produits"),
    ("listes_souhaits", "id_utilisateur", "utilisateurs"),
    ("listes_souhaits_produits", "id_liste", "listes_souhaits"),
    ("listes_souhaits_produits", "id_produit", "produits"),
}


def parse_seed_schema(path: Path) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^\s{4}(\w+) \{$", line):
            current = match.group(1)
            tables[current] = []
        elif current and (match := re.match(r"^\s{8}\S+ (\w+)", line)):
            tables[current].append(match.group(1))
        elif line.strip() == "}":
            current = None
    return tables


def test_expected_tables_are_the_seed_file() -> None:
    if not SEED_SCHEMA.exists():
        pytest.skip(f"seed file not found at {SEED_SCHEMA}")
    assert parse_seed_schema(SEED_SCHEMA) == EXPECTED_TABLES


def test_models_have_every_seed_table_and_column_exactly() -> None:
    tables = Base.metadata.tables
    for name, columns in {**EXPECTED_TABLES, **SEED_003_TABLES}.items():
        assert name in tables, name
        assert [c.name for c in tables[name].columns] == columns, name
    assert set(tables) == set(EXPECTED_TABLES) | set(SEED_003_TABLES) | ADDITIONS


# Tables the back-office adds beyond the seeds: every model table that is not a seed's.
# Each must be listed under "Schema additions" in the README (checked below).
ADDITIONS: set[str] = set(Base.metadata.tables) - set(EXPECTED_TABLES) - set(SEED_003_TABLES)


def test_every_addition_is_listed_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Schema additions", 1)[1].split("\n## ", 1)[0]
    missing = sorted(name for name in ADDITIONS if f"`{name}`" not in section)
    assert missing == [], f"tables added without a row in README « Schema additions »: {missing}"


def test_every_relationship_of_the_diagram_is_a_foreign_key() -> None:
    found = {
        (table.name, fk.parent.name, fk.column.table.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
    }
    assert found >= EXPECTED_FOREIGN_KEYS
    assert all(t in EXPECTED_TABLES or t in SEED_003_TABLES or t in ADDITIONS for t, _, _ in found)


def test_unique_columns() -> None:
    for table, column in [
        ("utilisateurs", "email"),
        ("categories", "slug"),
        ("produits", "slug"),
        ("commandes", "reference"),
        ("factures", "numero_facture"),
    ]:
        col = Base.metadata.tables[table].c[column]
        assert col.unique, f"{table}.{column}"


def _assert_migrations_match_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: (
                    # The search and sort indexes of migrations.trigram: not in the models.
                    not (type_ == "index" and name and name.endswith(("_trgm", "_fr", "_ft")))
                ),
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.postgres
def test_migrations_match_models_on_postgresql(pg_engine: Engine) -> None:
    _assert_migrations_match_models(pg_engine)


def test_migrations_match_models_on_sqlite(sqlite_engine: Engine) -> None:
    _assert_migrations_match_models(sqlite_engine)


@pytest.mark.postgres
def test_postgres_schema_has_check_constraints_and_trigram_indexes(pg_engine: Engine) -> None:
    inspector = inspect(pg_engine)
    checks = {c["name"] for c in inspector.get_check_constraints("commandes")}
    assert "ck_commandes_statut" in checks
    indexes = {i["name"] for i in inspector.get_indexes("produits")}
    assert "ix_produits_nom_trgm" in indexes
