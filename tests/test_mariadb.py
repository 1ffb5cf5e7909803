"""MariaDB/MySQL specifics: URLs, the engine's session settings, the schema our migrations
make there, and an interrupted ``db upgrade`` that a second run completes.

The services themselves run on MariaDB through the parametrised ``db_session``,
``server_session`` and ``server_committed`` fixtures of the other test files.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, event, inspect, select, text
from sqlalchemy.orm import Session

from backoffice import migrations
from backoffice.db import make_engine, mysql_time_zone, normalize_url
from backoffice.models import Base, Categorie
from backoffice.shop_time import shop_timezone
from backoffice.sql_compat import insert_returning_ids, statement_timeout_sql
from tests.conftest import fresh_mariadb_database

LOWER_INDEXES = {
    "ix_produits_lower_nom",
    "ix_utilisateurs_lower_email",
    "ix_utilisateurs_lower_nom",
    "ix_utilisateurs_lower_ville",
}


@pytest.mark.parametrize(
    "url",
    [
        "mysql://shop@db.example/boutique",
        "mariadb://shop@db.example/boutique",
        "mysql+pymysql://shop@db.example/boutique",
        "mariadb+pymysql://shop@db.example/boutique?charset=latin1",
    ],
)
def test_mysql_and_mariadb_urls_use_pymysql_in_utf8mb4(url: str) -> None:
    parsed = normalize_url(url)
    assert parsed.drivername == "mysql+pymysql"
    assert parsed.query["charset"] == "utf8mb4"
    assert (parsed.host, parsed.database) == ("db.example", "boutique")


def test_statement_timeout_per_server() -> None:
    assert statement_timeout_sql("10.11.19-MariaDB-0+deb12u1", 30_000) == (
        "SET SESSION max_statement_time = 30.000"
    )
    assert statement_timeout_sql("8.0.36", 1_500) == "SET SESSION max_execution_time = 1500"


class _FakeCursor:
    def __init__(self, known_zones: bool) -> None:
        self.known_zones = known_zones
        self.executed: list[tuple[str, Any]] = []

    def execute(self, sql: str, args: Any = None) -> None:
        if not self.known_zones and "/" in str(args):
            raise _MySQLError(1298, "Unknown or incorrect time zone")
        self.executed.append((sql, args))

    def close(self) -> None:
        pass


class _MySQLError(Exception):
    pass


class _FakeConnection:
    def __init__(self, known_zones: bool) -> None:
        self.cursor_ = _FakeCursor(known_zones)

    def cursor(self) -> _FakeCursor:
        return self.cursor_


def test_time_zone_falls_back_to_the_current_offset_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert mysql_time_zone(_FakeConnection(known_zones=True)) == shop_timezone().key
    connection = _FakeConnection(known_zones=False)
    warned: list[bool] = []
    value = mysql_time_zone(connection, warned)
    offset = datetime.now(shop_timezone()).utcoffset()
    assert offset is not None
    hours = int(offset.total_seconds() // 3600)
    assert value == f"+{hours:02d}:00"
    assert connection.cursor_.executed == [("SET time_zone = %s", (value,))]
    assert "mysql_tzinfo_to_sql" in caplog.text
    caplog.clear()
    mysql_time_zone(_FakeConnection(known_zones=False), warned)
    assert caplog.text == ""  # once per engine


@pytest.mark.mariadb
def test_engine_session_settings(mariadb_engine: Engine) -> None:
    with mariadb_engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT @@session.time_zone, @@session.sql_mode, @@session.tx_isolation,"
                " @@character_set_connection, NOW(6), UTC_TIMESTAMP(6)"
            )
        ).one()
    zone, sql_mode, isolation, charset, local, utc = row
    assert zone == shop_timezone().key or zone.startswith(("+", "-"))
    assert "STRICT_TRANS_TABLES" in sql_mode
    assert "ANSI_QUOTES" not in sql_mode
    assert isolation == "READ-COMMITTED"
    assert charset == "utf8mb4"
    # NOW() is the shop's wall-clock time: TIMESTAMP columns read as the website shows them.
    offset = shop_timezone().utcoffset(datetime.now())
    assert offset is not None
    assert abs((local - utc) - offset).total_seconds() < 1


@pytest.mark.mariadb
def test_schema_is_innodb_utf8mb4_with_native_enums(mariadb_engine: Engine) -> None:
    with mariadb_engine.connect() as connection:
        tables = connection.execute(
            text(
                "SELECT table_name, engine, table_collation FROM information_schema.tables"
                " WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'"
            )
        ).all()
        columns = dict(
            connection.execute(
                text(
                    "SELECT concat(table_name, '.', column_name), column_type"
                    " FROM information_schema.columns WHERE table_schema = DATABASE()"
                )
            ).all()
        )
    assert len(tables) == len(Base.metadata.tables)
    assert {engine for _, engine, _ in tables} == {"InnoDB"}
    collations = {collation for _, _, collation in tables}
    assert len(collations) == 1
    (collation,) = collations
    assert collation in (
        "utf8mb4_uca1400_ai_ci",  # MariaDB >= 10.10
        "utf8mb4_0900_ai_ci",  # MySQL 8
        "utf8mb4_unicode_ci",  # older servers
    )
    assert columns["commandes.statut"] == (
        "enum('en_attente','validee','en_preparation','expediee','livree','annulee')"
    )
    assert columns["avis.statut"] == "enum('en_attente','approuve','rejete')"
    assert columns["conversations.type"].startswith("enum(")
    assert columns["produits.updated_at"] == "datetime(6)"
    assert columns["produits.prix"] == "decimal(10,2)"


@pytest.mark.mariadb
def test_collation_ignores_accents_and_case(mariadb_engine: Engine) -> None:
    with mariadb_engine.connect() as connection:
        collation = connection.execute(
            text(
                "SELECT table_collation FROM information_schema.tables"
                " WHERE table_schema = DATABASE() AND table_name = 'produits'"
            )
        ).scalar()
        same = connection.execute(
            text(f"SELECT 'Crème Brûlée' = 'creme brulee' COLLATE {collation}")
        ).scalar()
    assert same == 1


def _assert_matches_models(engine: Engine) -> None:
    """compare_metadata: nothing differs but the lower(...) indexes, plain column indexes
    on MySQL by design (no expression indexes, case-insensitive collation)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    leftovers = [
        d
        for d in diff
        if not (
            d[0] in ("add_index", "remove_index")
            # FULLTEXT indexes (migrations.trigram) are not in the models.
            and (d[1].name in LOWER_INDEXES or d[1].name.endswith("_ft"))
        )
    ]
    assert leftovers == []
    plain = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("utilisateurs")}
    assert plain["ix_utilisateurs_lower_email"] == ["email"]


@pytest.mark.mariadb
def test_migrations_match_models_on_mariadb(mariadb_engine: Engine) -> None:
    _assert_matches_models(mariadb_engine)


def _interrupt_after(engine: Engine, ddl_statements: int, how: str) -> Engine:
    """Make the ``ddl_statements``-th CREATE of ``engine`` fail: an error, or the server
    killing the connection (as a lost network or a restart would)."""
    seen = [0]
    killer = make_engine(engine.url, isolation_level="AUTOCOMMIT", statement_timeout_ms=None)

    def before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip().upper().startswith("CREATE"):
            return
        seen[0] += 1
        if seen[0] < ddl_statements:
            return
        if how == "error":
            raise RuntimeError("interrupted for the test")
        thread_id = conn.connection.dbapi_connection.thread_id()
        with killer.connect() as other:
            other.exec_driver_sql(f"KILL CONNECTION {int(thread_id)}")

    event.listen(engine, "before_cursor_execute", before)
    return killer


@pytest.mark.mariadb
# 70 CREATE statements in all: the 7th and 23rd are in 0001, the 70th is 0003's index.
@pytest.mark.parametrize(("how", "after"), [("error", 7), ("kill", 23), ("kill", 70)])
def test_an_interrupted_upgrade_completes_when_run_again(how: str, after: int) -> None:
    with fresh_mariadb_database("backoffice_test_resume", migrate=False) as engine:
        url = engine.url.render_as_string(hide_password=False)
        failing = make_engine(engine.url, statement_timeout_ms=None)
        killer = _interrupt_after(failing, after, how)
        try:
            with pytest.raises(Exception):  # noqa: B017 - whatever the interruption raised
                migrations.upgrade(url, engine=failing)
        finally:
            killer.dispose()
            failing.dispose()
        assert inspect(engine).get_table_names(), "interrupted before any table was made"
        assert migrations.current_revision(engine) != migrations.head_revision()

        migrations.upgrade(url)

        engine.dispose()
        assert migrations.current_revision(engine) == migrations.head_revision()
        _assert_matches_models(engine)


@pytest.mark.mariadb
@pytest.mark.parametrize("server_has_returning", [True, False])
def test_insert_returning_ids_with_and_without_returning(
    mariadb_engine: Engine, server_has_returning: bool
) -> None:
    """MariaDB has INSERT … RETURNING, MySQL 8 does not: both give the ids in order."""
    engine = make_engine(mariadb_engine.url)
    try:
        with engine.connect() as connection:  # the dialect learns the server's features
            transaction = connection.begin()
            engine.dialect.insert_returning = server_has_returning
            session = Session(bind=connection)
            rows = [
                {"nom": f"Catégorie {i}", "slug": f"ids-{i}", "est_actif": True} for i in range(3)
            ]
            table = Categorie.__table__
            ids = insert_returning_ids(session, table, rows, table.c.id)  # type: ignore[arg-type]
            assert ids == sorted(ids) and len(set(ids)) == 3
            slugs = dict(session.execute(select(table.c.id, table.c.slug)).all())
            assert [slugs[i] for i in ids] == ["ids-0", "ids-1", "ids-2"]
            session.close()
            transaction.rollback()
    finally:
        engine.dispose()
