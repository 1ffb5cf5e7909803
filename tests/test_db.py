"""Engine settings of :func:`backoffice.db.make_engine`."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.db import make_engine

SECRET = "totp-secret-JBSWY3DPEHPK3PXP"
INSERT = text("INSERT INTO secrets_test (k, v) VALUES (:k, :v)")


def test_bound_values_stay_out_of_errors(db_session: Session) -> None:
    """A failing statement's error names the statement, never the values sent with it."""
    db_session.execute(text("CREATE TEMPORARY TABLE secrets_test (k INTEGER PRIMARY KEY, v TEXT)"))
    db_session.execute(INSERT, {"k": 1, "v": "first"})
    with pytest.raises(IntegrityError) as caught:
        db_session.execute(INSERT, {"k": 1, "v": SECRET})
    assert "INSERT INTO secrets_test" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_bound_values_stay_out_of_the_sql_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'log.db'}", echo=True)
    try:
        with (
            caplog.at_level(logging.INFO, logger="sqlalchemy.engine"),
            engine.begin() as connection,
        ):
            connection.execute(text("CREATE TABLE secrets_test (k INTEGER, v TEXT)"))
            connection.execute(INSERT, {"k": 1, "v": SECRET})
    finally:
        engine.dispose()
    assert "INSERT INTO secrets_test" in caplog.text
    assert SECRET not in caplog.text
