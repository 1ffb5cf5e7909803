"""``backoffice db upgrade`` on a database the shop's website made: report, dry run, adoption.

The website schemas come from ``tests/website_db.py`` (hand-written from the seed, never
from the models). Each test that changes a database gets a fresh one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text

from backoffice import migrations
from backoffice.cli import main
from backoffice.db import make_engine
from backoffice.migrations.adopt import AdoptionPlan, execute_plan, plan_adoption
from backoffice.migrations.schema_report import Severity, compare_schema, normalize_expression
from backoffice.migrations.schema_state import DbState, detect_state
from backoffice.migrations.trigram import TRIGRAM_INDEXES
from backoffice.models import Base
from tests.test_schema import EXPECTED_TABLES
from tests.website_db import dump_website_tables, website_mariadb_database, website_pg_database

pytestmark = pytest.mark.postgres

HEAD = migrations.head_revision()
# The website fixtures hold the 20 tables of seed 000: adoption adds every other model
# table (seed 003's and the back office's own).
ADDED_TABLES = set(Base.metadata.tables) - set(EXPECTED_TABLES)
TABLES_AT_0005 = {"totp_etapes", "tentatives_inconnues", "avis", "listes_souhaits"}
TABLES_AT_0005 |= {"listes_souhaits_produits"}


@contextmanager
def _engine(url: str) -> Iterator[Engine]:
    engine = make_engine(url, statement_timeout_ms=None)
    try:
        yield engine
    finally:
        engine.dispose()


def _execute(url: str, *statements: str) -> None:
    with _engine(url) as engine, engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _plan(url: str) -> AdoptionPlan:
    with _engine(url) as engine, engine.connect() as connection:
        return plan_adoption(connection)


def _schema_objects(url: str) -> dict[str, Any]:
    """Everything in the schema, by name and kind, for "nothing changed" checks."""
    with _engine(url) as engine, engine.connect() as connection:
        return {
            "relations": sorted(
                connection.execute(
                    text(
                        "SELECT c.relname || ':' || c.relkind::text FROM pg_class c JOIN pg_namespace n"
                        " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                    )
                ).scalars()
            ),
            "extensions": sorted(
                connection.execute(text("SELECT extname FROM pg_extension")).scalars()
            ),
        }


def _strict_parts(dump: dict[str, Any]) -> dict[str, Any]:
    return {
        table: {k: v for k, v in info.items() if k != "indexes"} for table, info in dump.items()
    }


@pytest.fixture(scope="module")
def pg_enum_url() -> Iterator[str]:
    """A website database that stays as the site made it (read-only tests)."""
    with website_pg_database("pg_enum") as url:
        yield url


# --- the report --------------------------------------------------------------------------


def test_state_of_a_website_schema(pg_enum_url: str) -> None:
    with _engine(pg_enum_url) as engine, engine.connect() as connection:
        status = detect_state(connection)
    assert status.state is DbState.WEBSITE
    assert status.revision is None and status.missing_seed_tables == ()


def test_report_on_pg_enum(pg_enum_url: str) -> None:
    plan = _plan(pg_enum_url)
    report = plan.report
    assert report.blocking == []
    assert set(report.absent_tables) == ADDED_TABLES
    messages = "\n".join(f.message for f in report.findings)
    # ENUM types are text for the app, naive timestamps are noted, nothing is missing.
    assert "type ENUM statut_commande" in messages
    assert "sans fuseau horaire" in messages
    assert all(not t.missing for t in report.tables.values() if t.present)
    added = {a.name for a in plan.additions}
    assert added >= ADDED_TABLES
    assert {"ix_utilisateurs_lower_ville", "ix_produits_lower_nom", "ix_commandes_statut_date"} <= (
        added
    )
    assert set(TRIGRAM_INDEXES) <= added


def test_report_on_pg_check_notes_case_lengths_and_existing_indexes() -> None:
    with website_pg_database("pg_check", with_data=False) as url:
        plan = _plan(url)
    report = plan.report
    assert report.blocking == []
    users = report.tables["utilisateurs"]
    assert users.columns["idRole"] == "idrole"
    assert any("« idrole » au lieu de « idRole »" in f.message for f in users.findings)
    assert "idRole" in users.matching
    lengths = [f for f in report.tables["produits"].findings if "caractères au plus" in f.message]
    assert lengths and all(f.severity is Severity.WARNING for f in lengths)
    added = {a.name for a in plan.additions}
    # The site's own idx_utilisateurs_role (idrole) and idx_produits_categorie cover ours.
    assert "ix_utilisateurs_idRole" not in added
    assert "ix_produits_id_categorie" not in added
    # (id_utilisateur) alone does not cover (id_utilisateur, date_commande).
    assert "ix_commandes_utilisateur_date" in added


def test_expressions_compare_whatever_the_server_renders() -> None:
    assert normalize_expression("lower((nom)::text)") == normalize_expression("lower(nom)")
    ours = TRIGRAM_INDEXES["ix_utilisateurs_search_trgm"][1]
    theirs = (
        "lower((((((((COALESCE(nom, ''::character varying))::text || ' '::text) || "
        "(COALESCE(prenom, ''::character varying))::text) || ' '::text) || (email)::text) || "
        "' '::text) || (COALESCE(ville, ''::character varying))::text))"
    )
    assert normalize_expression(ours) == normalize_expression(theirs)


def test_dry_run_changes_nothing(pg_enum_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    dump_before, objects_before = dump_website_tables(pg_enum_url), _schema_objects(pg_enum_url)
    assert main(["db", "upgrade", "--dry-run", "--database-url", pg_enum_url]) == 0
    out = capsys.readouterr().out
    assert "Schéma trouvé : celui du site de la boutique" in out
    assert "Le back-office ajoutera" in out
    assert "SQL qui serait exécuté" in out
    assert "CREATE TABLE totp_etapes" in out
    assert "CREATE INDEX ix_utilisateurs_lower_ville ON utilisateurs (lower(ville));" in out
    assert "USING gin" in out
    assert "rien n'a été modifié" in out
    assert dump_website_tables(pg_enum_url) == dump_before
    assert _schema_objects(pg_enum_url) == objects_before
    assert "alembic_version:r" not in objects_before["relations"]


def test_current_on_a_website_schema(pg_enum_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "current", "--database-url", pg_enum_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Schéma du site, pas encore adopté : 20 tables")
    assert "0 blocage(s)" in out and f"{len(ADDED_TABLES)} table(s)" in out


# --- the real run --------------------------------------------------------------------------


def _website(variant: str) -> Any:
    if variant == "mariadb":
        return website_mariadb_database()
    return website_pg_database(variant)


@pytest.mark.parametrize("variant", ["pg_enum", "pg_check", "mariadb"])
def test_adoption_adds_only_additions_then_is_a_no_op(
    variant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with _website(variant) as url:
        before = dump_website_tables(url)
        planned = {a.name for a in _plan(url).additions}
        assert main(["db", "upgrade", "--database-url", url]) == 0
        out = capsys.readouterr().out
        assert f"Base adoptée : révision {HEAD} inscrite." in out
        after = dump_website_tables(url)
        # Columns, constraints, triggers, options and rows: not one change.
        assert _strict_parts(after) == _strict_parts(before)
        # Indexes: the site's all there, unchanged; the new ones are planned additions.
        for table, info in before.items():
            new = after[table]["indexes"]
            assert {k: new[k] for k in info["indexes"]} == info["indexes"]
            assert set(new) - set(info["indexes"]) <= planned
        with _engine(url) as engine, engine.connect() as connection:
            status = detect_state(connection)
            tables = set(inspect(connection).get_table_names())
        assert status.state is DbState.MANAGED and status.revision == HEAD and status.adopted
        assert tables >= ADDED_TABLES

        assert main(["db", "current", "--database-url", url]) == 0
        assert capsys.readouterr().out.strip() == f"Base adoptée, à jour, révision {HEAD}."
        assert main(["db", "upgrade", "--database-url", url]) == 0
        assert f"déjà adoptée, révision {HEAD}" in capsys.readouterr().out
        assert dump_website_tables(url) == after
        # Computed from what exists: nothing left to add.
        assert _plan(url).additions == []


def test_adopted_schema_has_what_the_head_revision_implies() -> None:
    """The stamp says 0001-0003 ran: their tables, indexes and trigram indexes exist, and
    the migrations go down and up again on the adopted schema."""
    with website_pg_database("pg_enum", with_data=False) as url:
        assert main(["db", "upgrade", "--database-url", url]) == 0
        with _engine(url) as engine, engine.connect() as connection:
            inspector = inspect(connection)
            assert {t.name for t in Base.metadata.sorted_tables} <= set(inspector.get_table_names())
            index_names = {
                i["name"] for t in inspector.get_table_names() for i in inspector.get_indexes(t)
            }
            report = compare_schema(connection)
        assert set(TRIGRAM_INDEXES) <= index_names
        assert "ix_utilisateurs_lower_ville" in index_names
        assert report.missing_indexes == []
        migrations_config = migrations.alembic_config(url)
        from alembic import command

        command.downgrade(migrations_config, "0001")
        command.upgrade(migrations_config, "head")
        with _engine(url) as engine, engine.connect() as connection:
            assert detect_state(connection).revision == HEAD


def test_an_interrupted_adoption_completes_when_run_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with website_pg_database("pg_enum", with_data=False) as url:
        plan = _plan(url)
        partial = AdoptionPlan(plan.status, plan.report, plan.additions[:5])
        with _engine(url) as engine:
            execute_plan(engine, partial, out=lambda _line: None)
        remaining = {a.name for a in _plan(url).additions}
        assert remaining == {a.name for a in plan.additions[5:]}
        assert main(["db", "upgrade", "--database-url", url]) == 0
        assert f"révision {HEAD} inscrite" in capsys.readouterr().out
        assert _plan(url).additions == []


def test_a_refused_index_is_reported_and_adoption_goes_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A user who may create tables but does not own the site's tables cannot index them."""
    role = f"bo_adopter_{uuid.uuid4().hex[:8]}"
    try:
        with website_pg_database("pg_enum", with_data=False) as url:
            _execute(
                url,
                f"CREATE ROLE {role} LOGIN",
                f"GRANT CREATE, USAGE ON SCHEMA public TO {role}",
                f"GRANT SELECT, REFERENCES ON ALL TABLES IN SCHEMA public TO {role}",
                "DROP EXTENSION IF EXISTS pg_trgm",
            )
            from sqlalchemy.engine import make_url

            role_url = make_url(url).set(username=role).render_as_string(hide_password=False)
            assert main(["db", "upgrade", "--database-url", role_url]) == 0
            out = capsys.readouterr().out
            assert "la recherche sera plus lente sur les clients" in out
            assert "index non créé(s) (must be owner of table …)" in out
            assert "ix_utilisateurs_lower_ville" in out
            assert "Traceback" not in out
            with _engine(url) as engine, engine.connect() as connection:
                status = detect_state(connection)
                tables = set(inspect(connection).get_table_names())
            assert status.revision == HEAD and status.adopted
            assert tables >= ADDED_TABLES
            assert _plan(url).additions  # what was refused is still to add
            # The owner runs it again: the refused additions are made, nothing else.
            assert main(["db", "upgrade", "--database-url", url]) == 0
            assert "restent à ajouter" in capsys.readouterr().out
            assert _plan(url).additions == []
            assert main(["db", "upgrade", "--database-url", url]) == 0
            assert "rien à faire" in capsys.readouterr().out
    finally:
        with _engine(_admin_url()) as admin, admin.begin() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))


def _admin_url() -> str:
    import os

    from tests.conftest import DEFAULT_PG_URL

    return os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_PG_URL)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("ALTER TABLE produits DROP COLUMN description_courte", "description_courte"),
        ("ALTER TABLE factures ALTER COLUMN date_emission TYPE text", "factures.date_emission"),
    ],
)
def test_a_blocking_difference_stops_adoption(
    change: str, named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with website_pg_database("pg_check", with_data=False) as url:
        _execute(url, change)
        before = _schema_objects(url)
        assert main(["db", "upgrade", "--database-url", url]) == 1
        captured = capsys.readouterr()
        assert "Adoption impossible" in captured.err
        assert named in captured.err
        assert "Traceback" not in captured.err
        assert "bloquant" in captured.out  # the report says it too
        assert _schema_objects(url) == before
        assert main(["db", "upgrade", "--dry-run", "--database-url", url]) == 1
        assert main(["db", "current", "--database-url", url]) == 0
        assert "1 blocage(s)" in capsys.readouterr().out


@pytest.mark.parametrize("variant", ["mariadb", "pg_check"])
def test_sign_in_reasons_table_on_a_base_adopted_before_it(
    variant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A base adopted at 0005 gets connexions_motifs from migration 0006, its key typed
    like the site's historique_connexions.id (MariaDB refuses a foreign key otherwise), and
    a refused sign-in then stores its reason there."""
    from sqlalchemy.orm import Session

    from backoffice.services.auth import sign_in
    from backoffice.services.errors import AuthenticationError

    with _website(variant) as url:
        assert main(["db", "upgrade", "--database-url", url]) == 0
        # A base adopted at 0005 has none of the tables later migrations add.
        later = [
            f"DROP TABLE {t.name}"
            for t in reversed(Base.metadata.sorted_tables)
            if t.name in ADDED_TABLES - TABLES_AT_0005
        ]
        _execute(url, *later, "UPDATE alembic_version SET version_num = '0005'")
        assert main(["db", "upgrade", "--database-url", url]) == 0
        capsys.readouterr()
        with _engine(url) as engine:
            with engine.connect() as connection:
                inspector = inspect(connection)
                [fk] = inspector.get_foreign_keys("connexions_motifs")
                key = {c["name"]: c["type"] for c in inspector.get_columns("connexions_motifs")}
                site = {
                    c["name"]: c["type"] for c in inspector.get_columns("historique_connexions")
                }
                assert detect_state(connection).revision == HEAD
            assert fk["referred_table"] == "historique_connexions"
            assert str(key["id_connexion"]) == str(site["id"])
            with Session(engine) as session:
                with pytest.raises(AuthenticationError):
                    sign_in(session, "personne@example.test", "mauvais")
                reasons = session.scalars(select_reasons()).all()
            assert reasons == ["unknown_account"]


def select_reasons() -> Any:
    from sqlalchemy import select

    from backoffice.models import ConnexionMotif

    return select(ConnexionMotif.motif)
