"""The ``backoffice db`` commands, run as a user would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from backoffice import migrations
from backoffice.cli import main
from backoffice.db import make_engine


def test_db_upgrade_then_current_on_sqlite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert main(["db", "upgrade", "--database-url", url]) == 0
    assert "Schéma à jour" in capsys.readouterr().out
    assert main(["db", "current", "--database-url", url]) == 0
    assert capsys.readouterr().out.strip() == f"à jour, révision {migrations.head_revision()}."
    engine = make_engine(url)
    try:
        assert "commandes" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_database_url_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("BACKOFFICE_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    assert (tmp_path / "env.db").exists()


def test_db_current_on_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    assert main(["db", "current", "--database-url", url]) == 0
    assert "base vide" in capsys.readouterr().out.lower()


@pytest.mark.postgres
def test_db_upgrade_is_idempotent_on_postgresql(pg_engine: Engine, pg_url: str) -> None:
    # pg_engine is already at head: upgrading again must change nothing and succeed.
    assert main(["db", "upgrade", "--database-url", pg_url]) == 0
    with pg_engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrations.head_revision()


@pytest.mark.mariadb
def test_db_upgrade_is_idempotent_on_mariadb(mariadb_engine: Engine, mariadb_url: str) -> None:
    assert main(["db", "upgrade", "--database-url", mariadb_url]) == 0
    with mariadb_engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrations.head_revision()


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backoffice", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "backoffice" in result.stdout


def test_seed_demo_twice_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["db", "seed-demo", "--database-url", url]) == 0
    out = capsys.readouterr().out
    assert "admin@boutique.demo" in out
    assert main(["db", "seed-demo", "--database-url", url]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_demo_totp_prints_the_managers_current_code(capsys: pytest.CaptureFixture[str]) -> None:
    import pyotp

    from backoffice.cli import main
    from backoffice.services.demo import DEMO_TOTP_SECRET

    assert main(["demo", "totp"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("manager@boutique.demo : ")
    code = out.split(" : ")[1].split()[0]
    assert pyotp.TOTP(DEMO_TOTP_SECRET).verify(code, valid_window=1)
