"""Every ``backoffice db`` error path: a French message, a non-zero exit, never a traceback."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from backoffice.cli import main
from backoffice.db import make_engine, normalize_url
from tests.conftest import DEFAULT_PG_URL
from tests.website_db import website_pg_database

SECRET = "S3cret-Mot-de-passe"


def _admin_url() -> str:
    return os.environ.get("BACKOFFICE_TEST_POSTGRES_URL", DEFAULT_PG_URL)


def _admin_execute(*statements: str) -> None:
    engine = make_engine(_admin_url(), isolation_level="AUTOCOMMIT", statement_timeout_ms=None)
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@contextmanager
def empty_pg_database() -> Iterator[str]:
    """A new PostgreSQL database with no table at all (no migration)."""
    try:
        _admin_execute("SELECT 1")
    except Exception as exc:  # no server
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true requires PostgreSQL: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    name = f"bo_cli_{uuid.uuid4().hex[:10]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        yield normalize_url(_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _execute(url: str, *statements: str) -> None:
    engine = make_engine(url, statement_timeout_ms=None)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _fails(capsys: pytest.CaptureFixture[str], argv: list[str], *expected: str) -> str:
    assert main(argv) != 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    assert SECRET not in captured.err and SECRET not in captured.out
    for phrase in expected:
        assert phrase in captured.err
    return captured.err


# --- no server needed ----------------------------------------------------------------------


def test_db_alone_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db"]) == 0
    out = capsys.readouterr().out
    assert "upgrade" in out and "seed-demo" in out and "grant" in out


@pytest.mark.parametrize("command", ["upgrade", "current", "seed-demo"])
def test_unknown_database_kind(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    _fails(
        capsys,
        ["db", command, "--database-url", "oracle://x/y"],
        "Type de base non pris en charge : « oracle »",
    )


def test_unknown_database_kind_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backoffice", "db", "upgrade", "--database-url", "oracle://x/y"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Type de base non pris en charge" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_driver(capsys: pytest.CaptureFixture[str]) -> None:
    err = _fails(
        capsys,
        ["db", "upgrade", "--database-url", f"mysql+mysqldb://shop:{SECRET}@127.0.0.1/shop"],
        "n'est pas installé",
    )
    assert "mysqlclient" in err


def test_unreadable_url(capsys: pytest.CaptureFixture[str]) -> None:
    _fails(capsys, ["db", "current", "--database-url", "pas une adresse"], "illisible")


def test_no_url_at_all(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BACKOFFICE_DATABASE_URL", raising=False)
    monkeypatch.setattr("backoffice.connections.load_default_connection", lambda: None)
    _fails(capsys, ["db", "upgrade"], "Aucune base indiquée")


@pytest.mark.parametrize("command", ["upgrade", "current", "seed-demo"])
def test_unreachable_server_never_shows_the_password(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://postgres:{SECRET}@127.0.0.1:1/shop"
    _fails(capsys, ["db", command, "--database-url", url], "Impossible de joindre", "127.0.0.1:1")


def test_grant_with_an_unreachable_server(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://postgres:{SECRET}@127.0.0.1:1/shop"
    _fails(
        capsys, ["db", "grant", "--role", "bo_app", "--database-url", url], "Impossible de joindre"
    )


def test_verbose_logs_the_traceback_at_debug(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="backoffice.cli"):
        _fails(
            capsys, ["--verbose", "db", "upgrade", "--database-url", "postgresql://x@127.0.0.1:1/y"]
        )
    assert any(r.levelno == logging.DEBUG and r.exc_info for r in caplog.records)


# --- with a PostgreSQL server --------------------------------------------------------------


@pytest.mark.postgres
def test_database_does_not_exist(capsys: pytest.CaptureFixture[str]) -> None:
    with empty_pg_database() as url:
        missing = make_url(url).set(database="bo_nowhere_1234").render_as_string(False)
    _fails(capsys, ["db", "upgrade", "--database-url", missing], "« bo_nowhere_1234 » n'existe pas")


@pytest.mark.postgres
def test_wrong_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    with empty_pg_database() as url:
        wrong = make_url(url).set(username="bo_nobody_1234", password=SECRET)
        _fails(
            capsys,
            ["db", "current", "--database-url", wrong.render_as_string(hide_password=False)],
            "refuse la connexion de l'utilisateur « bo_nobody_1234 »",
        )


@pytest.mark.postgres
def test_no_permission_to_create_tables(capsys: pytest.CaptureFixture[str]) -> None:
    role = f"bo_reader_{uuid.uuid4().hex[:8]}"
    try:
        with empty_pg_database() as url:
            _admin_execute(f"CREATE ROLE {role} LOGIN")
            role_url = make_url(url).set(username=role).render_as_string(hide_password=False)
            err = _fails(
                capsys,
                ["db", "upgrade", "--database-url", role_url],
                f"Droits insuffisants pour l'utilisateur « {role} »",
            )
            assert "propriétaire" in err
    finally:
        _admin_execute(f"DROP ROLE IF EXISTS {role}")


@pytest.mark.postgres
def test_a_newer_schema_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with empty_pg_database() as url:
        assert main(["db", "upgrade", "--database-url", url]) == 0
        _execute(url, "UPDATE alembic_version SET version_num = '9999'")
        capsys.readouterr()
        _fails(capsys, ["db", "upgrade", "--database-url", url], "plus récente", "9999")
        _fails(capsys, ["db", "seed-demo", "--database-url", url], "plus récente")
        _fails(capsys, ["db", "grant", "--role", "bo_app", "--database-url", url], "plus récente")
        assert main(["db", "current", "--database-url", url]) == 0
        assert "Plus récente que cette version (révision 9999)" in capsys.readouterr().out


@pytest.mark.postgres
def test_current_on_an_empty_then_a_late_database(capsys: pytest.CaptureFixture[str]) -> None:
    with empty_pg_database() as url:
        assert main(["db", "current", "--database-url", url]) == 0
        assert "Base vide" in capsys.readouterr().out
        _fails(capsys, ["db", "grant", "--role", "bo_app", "--database-url", url], "Base vide")
        from backoffice import migrations

        migrations.upgrade(url, "0002")
        assert main(["db", "current", "--database-url", url]) == 0
        head = migrations.head_revision()
        assert f"en retard : révision 0002, dernière {head}" in capsys.readouterr().out
        _fails(capsys, ["db", "grant", "--role", "bo_app", "--database-url", url], "en retard")
        assert main(["db", "upgrade", "--dry-run", "--database-url", url]) == 0
        assert "rien n'a été modifié" in capsys.readouterr().out
        assert main(["db", "upgrade", "--database-url", url]) == 0
        assert main(["db", "current", "--database-url", url]) == 0
        assert capsys.readouterr().out.strip().endswith(f"à jour, révision {head}.")


@pytest.mark.postgres
def test_a_foreign_database_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with empty_pg_database() as url:
        _execute(url, "CREATE TABLE wp_posts (id integer PRIMARY KEY)")
        err = _fails(
            capsys, ["db", "upgrade", "--database-url", url], "pas le schéma de la boutique"
        )
        assert "utilisateurs" in err and "commandes" in err
        _fails(capsys, ["db", "seed-demo", "--database-url", url], "pas le schéma de la boutique")
        assert main(["db", "current", "--database-url", url]) == 0
        assert "tables absentes" in capsys.readouterr().out


@pytest.mark.postgres
def test_seed_demo_and_grant_refuse_a_website_schema(capsys: pytest.CaptureFixture[str]) -> None:
    with website_pg_database("pg_enum", with_data=False) as url:
        _fails(
            capsys,
            ["db", "seed-demo", "--database-url", url],
            "n'est pas vide",
            "schéma du site",
        )
        _fails(
            capsys,
            ["db", "grant", "--role", "bo_app", "--database-url", url],
            "pas encore adoptée",
        )
        assert main(["db", "upgrade", "--database-url", url]) == 0
        capsys.readouterr()
        # Adopted: still the shop's real base, never a place for demo data.
        _fails(capsys, ["db", "seed-demo", "--database-url", url], "n'est pas vide")


def test_an_unknown_shop_time_zone_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shop-timezone", "Mars/Olympus", "db", "current"]) == 2
    err = capsys.readouterr().err
    assert "Fuseau horaire inconnu : « Mars/Olympus »" in err
    assert "Traceback" not in err


def test_the_shop_time_zone_option_applies(monkeypatch: pytest.MonkeyPatch) -> None:
    from backoffice import shop_time

    monkeypatch.delenv(shop_time.ENV_SHOP_TIMEZONE, raising=False)
    before = shop_time.shop_timezone()
    try:
        main(
            [
                "--shop-timezone",
                "America/Martinique",
                "db",
                "current",
                "--database-url",
                "oracle://x/y",
            ]
        )
        assert shop_time.shop_timezone().key == "America/Martinique"
    finally:
        shop_time.set_shop_timezone(before.key)
