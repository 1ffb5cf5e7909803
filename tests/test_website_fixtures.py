"""The website-made schema fixtures load, look like what the PHP site creates, and the
snapshot helper sees every change — so adoption tests built on them can be trusted."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from decimal import Decimal
from typing import Any

import bcrypt
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import NullPool

from tests.website_db import (
    ALL_VARIANTS,
    DEFAULT_PG_ADMIN_URL,
    PARIS,
    PG_VARIANTS,
    SEED_TABLES,
    WEBSITE_EXPECTED_TIMES,
    WEBSITE_ORDERS,
    WEBSITE_PASSWORDS,
    WEBSITE_USERS,
    dump_website_tables,
    split_sql_statements,
    website_mariadb_database,
    website_pg_database,
)

NOT_WEBSITE_TABLES = {
    "avis",
    "listes_souhaits",
    "listes_souhaits_produits",
    "totp_etapes",
    "alembic_version",
}


def _database(variant: str, **kwargs: Any) -> AbstractContextManager[str]:
    if variant == "mariadb":
        return website_mariadb_database(**kwargs)
    return website_pg_database(variant, **kwargs)


@pytest.fixture(scope="module", params=ALL_VARIANTS)
def website(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(variant, url) of a loaded website database, shared by the read-only tests."""
    with _database(request.param) as url:
        yield request.param, url


@pytest.fixture(scope="module")
def dumps(website: tuple[str, str]) -> dict[str, Any]:
    return dump_website_tables(website[1])


@contextmanager
def _connect(url: str) -> Iterator[Connection]:
    # NullPool: no connection outlives the block, so dropping the database never waits.
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _column(dump: dict[str, Any], table: str, column: str) -> dict[str, Any]:
    return dump[table]["columns"][column]


def test_website_db_is_importable_from_tests_package() -> None:
    # tests/ is a package: pytest puts the project root on sys.path, so the helper is
    # imported as tests.website_db (a bare "import website_db" would fail).
    import tests.website_db as module

    assert module.website_pg_database is website_pg_database


def test_fixture_has_exactly_the_twenty_seed_tables(dumps: dict[str, Any]) -> None:
    assert len(SEED_TABLES) == 20
    assert set(dumps) == set(SEED_TABLES)
    assert not NOT_WEBSITE_TABLES & set(dumps)


def test_no_other_table_exists(website: tuple[str, str]) -> None:
    variant, url = website
    query = "SELECT table_name FROM information_schema.tables WHERE table_schema = " + (
        "DATABASE()" if variant == "mariadb" else "current_schema()"
    )
    with _connect(url) as conn:
        assert set(conn.execute(text(query)).scalars()) == set(SEED_TABLES)


def test_pg_enum_column_kinds() -> None:
    with website_pg_database("pg_enum") as url:
        dump: dict[str, Any] = dump_website_tables(url)
    statut = _column(dump, "commandes", "statut")
    assert (statut["data_type"], statut["udt_name"]) == ("USER-DEFINED", "statut_commande")
    assert statut["enum_values"] == [
        "en_attente",
        "validee",
        "en_preparation",
        "expediee",
        "livree",
        "annulee",
    ]
    assert _column(dump, "devis", "statut")["udt_name"] == "statut_devis"
    assert _column(dump, "conversations", "type")["udt_name"] == "type_conversation"
    assert _column(dump, "conversations", "statut")["udt_name"] == "statut_conversation"
    assert "idRole" in dump["utilisateurs"]["columns"]
    assert "idrole" not in dump["utilisateurs"]["columns"]
    assert _column(dump, "utilisateurs", "id")["column_default"].startswith("nextval(")
    for table, info in dump.items():
        for name, column in info["columns"].items():
            if column["data_type"].startswith("timestamp"):
                assert column["data_type"] == "timestamp without time zone", (table, name)
    assert _column(dump, "produits", "prix")["numeric_precision"] == 10
    assert _column(dump, "produits", "est_actif")["data_type"] == "boolean"
    assert set(dump["produits"]["triggers"]) == {"produits_maj_updated_at"}
    assert set(dump["categories"]["triggers"]) == {"categories_maj_updated_at"}
    for table, column in [
        ("utilisateurs", "email"),
        ("categories", "slug"),
        ("produits", "slug"),
        ("commandes", "reference"),
        ("factures", "numero_facture"),
    ]:
        assert {"type": "u", "definition": f"UNIQUE ({column})"} in dump[table][
            "constraints"
        ].values()


def test_pg_enum_trigger_sets_updated_at() -> None:
    with website_pg_database("pg_enum") as url, _connect(url) as conn:
        select = text("SELECT updated_at FROM produits WHERE id = 3")
        assert conn.execute(select).scalar() == datetime(2025, 2, 2, 9, 0)
        conn.execute(text("UPDATE produits SET stock = stock + 1 WHERE id = 3"))
        assert (
            conn.execute(select).scalar() == conn.execute(text("SELECT now()::timestamp")).scalar()
        )


def test_pg_check_column_kinds() -> None:
    with website_pg_database("pg_check") as url:
        dump: dict[str, Any] = dump_website_tables(url)
    users = dump["utilisateurs"]["columns"]
    assert "idrole" in users
    assert "idRole" not in users
    statut = _column(dump, "commandes", "statut")
    assert (statut["data_type"], statut["enum_values"]) == ("character varying", None)
    assert dump["commandes"]["constraints"]["chk_commandes_statut"]["type"] == "c"
    assert "chk_conversations_type" in dump["conversations"]["constraints"]
    assert _column(dump, "utilisateurs", "id")["is_identity"] == "YES"
    assert _column(dump, "utilisateurs", "email")["character_maximum_length"] == 150
    assert "idx_commandes_date" in dump["commandes"]["indexes"]
    assert _column(dump, "utilisateurs", "date_inscription")["data_type"] == (
        "timestamp without time zone"
    )
    assert _column(dump, "historique_connexions", "date_connexion")["data_type"] == (
        "timestamp with time zone"
    )
    assert not dump["produits"]["triggers"]


def test_mariadb_column_kinds() -> None:
    with website_mariadb_database() as url:
        dump: dict[str, Any] = dump_website_tables(url)
    statut = _column(dump, "commandes", "statut")
    assert statut["data_type"] == "enum"
    assert statut["udt_name"].startswith("enum('en_attente','validee'")
    assert _column(dump, "conversations", "type")["data_type"] == "enum"
    assert _column(dump, "utilisateurs", "date_inscription")["data_type"] == "datetime"
    assert _column(dump, "produits", "updated_at")["data_type"] == "timestamp"
    assert "on update" in _column(dump, "produits", "updated_at")["extra"].lower()
    assert _column(dump, "produits", "est_actif")["udt_name"] == "tinyint(1)"
    assert _column(dump, "utilisateurs", "id")["extra"] == "auto_increment"
    assert "idRole" in dump["utilisateurs"]["columns"]
    for info in dump.values():
        assert info["options"]["engine"] == "InnoDB"
        assert info["options"]["collation"].startswith("utf8mb4")


def test_php_bcrypt_hashes_verify(website: tuple[str, str]) -> None:
    _variant, url = website
    with _connect(url) as conn:
        rows = conn.execute(text("SELECT id, email, password FROM utilisateurs")).all()
        roles = dict(conn.execute(text("SELECT id, libelle FROM roles")).all())
    assert {email for _id, email, _pw in rows} == set(WEBSITE_PASSWORDS)
    assert set(roles.values()) == {"admin", "manager", "employe", "support", "client"}
    for user_id, email, stored in rows:
        assert stored.startswith("$2y$10$")
        php_compatible = stored.replace("$2y$", "$2b$", 1).encode()
        assert bcrypt.checkpw(WEBSITE_PASSWORDS[email].encode(), php_compatible), email
        assert WEBSITE_USERS[email][0] == user_id


def _local(value: datetime) -> datetime:
    """Paris wall-clock time of a stored value (naive values already are)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(PARIS).replace(tzinfo=None)


def _check_expected_times(url: str) -> None:
    dump: dict[str, Any] = dump_website_tables(url)
    for expected in WEBSITE_EXPECTED_TIMES:
        (row,) = [r for r in dump[expected.table]["rows"] if r["id"] == expected.row_id]
        assert _local(row[expected.column]) == expected.local, expected


def test_dst_rows_hold_paris_wall_clock(website: tuple[str, str]) -> None:
    _check_expected_times(website[1])


@pytest.mark.parametrize("variant", PG_VARIANTS)
@pytest.mark.parametrize("server_timezone", ["Europe/Paris", "UTC"])
def test_server_timezone_is_set_and_values_do_not_move(variant: str, server_timezone: str) -> None:
    with website_pg_database(variant, server_timezone=server_timezone) as url:
        with _connect(url) as conn:
            assert conn.execute(text("SHOW TimeZone")).scalar() == server_timezone
        _check_expected_times(url)


def test_expected_times_cross_dst() -> None:
    by_key = {(e.table, e.row_id, e.column): e for e in WEBSITE_EXPECTED_TIMES}
    before = by_key[("utilisateurs", 6, "date_inscription")]
    after = by_key[("utilisateurs", 7, "date_inscription")]
    assert before.local.replace(tzinfo=PARIS).utcoffset().total_seconds() == 3600
    assert after.local.replace(tzinfo=PARIS).utcoffset().total_seconds() == 7200
    autumn = by_key[("utilisateurs", 8, "date_inscription")]
    assert autumn.utc.date() < autumn.local.date()  # UTC is still the day before


def test_catalogue_and_orders_are_consistent(dumps: dict[str, Any]) -> None:
    products = dumps["produits"]["rows"]
    assert len(products) == 10
    assert sum(1 for p in products if not p["est_actif"]) == 1
    assert sum(1 for p in products if p["stock"] == 0) == 1
    assert sum(1 for p in products if p["prix_promo"] is not None) == 1
    assert any(c["parent_id"] is not None for c in dumps["categories"]["rows"])
    orders = {o["id"]: o for o in dumps["commandes"]["rows"]}
    assert {i: (o["reference"], o["statut"], o["id_utilisateur"]) for i, o in orders.items()} == (
        WEBSITE_ORDERS
    )
    lines: dict[int, Decimal] = {}
    for line in dumps["commande_produit"]["rows"]:
        lines[line["id_commande"]] = (
            lines.get(line["id_commande"], Decimal(0)) + line["quantite"] * line["prix_unitaire"]
        )
    for order_id, order in orders.items():
        assert order["montant_total"] == lines[order_id] + order["frais_livraison"], order_id
    assert {p["id_commande"] for p in dumps["paiements"]["rows"]} == set(orders)
    assert {h["id_commande"] for h in dumps["historique_commande"]["rows"]} == set(orders)
    (invoice,) = dumps["factures"]["rows"]
    assert invoice["montant_ht"] + invoice["montant_tva"] == invoice["montant_ttc"]


def test_dump_rows_are_sorted_by_primary_key(dumps: dict[str, Any]) -> None:
    for table, info in dumps.items():
        ids = [row["id"] for row in info["rows"]]
        assert ids == sorted(ids), table
        assert info["primary_key"] == ["id"], table


@pytest.mark.parametrize("variant", ALL_VARIANTS)
def test_dump_is_stable_and_detects_changes(variant: str) -> None:
    with _database(variant) as url:
        before = dump_website_tables(url)
        assert dump_website_tables(url) == before
        with _connect(url) as conn:
            conn.execute(text("UPDATE commandes SET notes = 'changé' WHERE id = 1"))
            conn.commit()
        after_row = dump_website_tables(url)
        assert after_row != before
        assert after_row["commandes"]["rows"][0]["notes"] == "changé"
        with _connect(url) as conn:
            conn.execute(text("CREATE INDEX ix_probe ON produits (stock)"))
            conn.commit()
        after_index = dump_website_tables(url)
        assert after_index["produits"] != after_row["produits"]
        with _connect(url) as conn:
            conn.execute(text("CREATE TABLE avis (id INTEGER PRIMARY KEY)"))
            conn.commit()
        # A table outside the seed (here a seed-003 one) never enters the snapshot.
        assert dump_website_tables(url) == after_index


def test_empty_schema_and_drop_on_exit() -> None:
    with website_pg_database("pg_enum", with_data=False) as url:
        name = make_url(url).database
        dump: dict[str, Any] = dump_website_tables(url)
        assert set(dump) == set(SEED_TABLES)
        assert all(info["rows"] == [] for info in dump.values())
    admin_url = os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_PG_ADMIN_URL)
    with _connect(admin_url) as conn:
        found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        assert found.first() is None


def test_split_sql_statements_respects_quotes_comments_and_delimiter() -> None:
    script = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE `a;b` (x VARCHAR(10) DEFAULT 'x;y');\n"
        "INSERT INTO t VALUES ('it''s; fine', \"dq;\", 'back\\'slash;'); # trailing\n"
        "/* block; comment */ SELECT 1;\n"
        "DELIMITER //\n"
        "CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW BEGIN SET NEW.a = 1; END//\n"
        "DELIMITER ;\n"
        "SELECT 2"
    )
    statements = split_sql_statements(script)
    assert statements == [
        "CREATE TABLE `a;b` (x VARCHAR(10) DEFAULT 'x;y')",
        "INSERT INTO t VALUES ('it''s; fine', \"dq;\", 'back\\'slash;')",
        "SELECT 1",
        "CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW BEGIN SET NEW.a = 1; END",
        "SELECT 2",
    ]
