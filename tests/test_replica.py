"""Many desks: lists, counts and searches from a real streaming replica, writes on the primary.

The replica is a second cluster made with ``pg_basebackup -R`` from the test server and
started on a free port (tests/pg_topology.py); the desk's URL names it with
``?backoffice_replica=127.0.0.1:<port>``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import make_replica_router, make_session_factory
from backoffice.db_topology import ReplicaRouter, run_read, split_topology
from backoffice.services.customers.listing import count_customers, list_customers
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers
from tests.conftest import fresh_pg_database, truncate_all
from tests.factories import make_staff, make_user
from tests.pg_topology import free_port, streaming_replica
from tests.ui_helpers import wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner


@pytest.fixture(scope="module")
def primary() -> Iterator[Engine]:
    with fresh_pg_database("backoffice_replica") as engine:
        yield engine


@pytest.fixture(scope="module")
def replica_port(primary: Engine) -> Iterator[int]:
    with streaming_replica(primary.url.port or 5432) as port:
        yield port


def _desk_url(primary: Engine, port: int) -> str:
    url = make_url(str(primary.url)).update_query_dict({"backoffice_replica": f"127.0.0.1:{port}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def router(primary: Engine, replica_port: int) -> Iterator[ReplicaRouter]:
    found = make_replica_router(_desk_url(primary, replica_port))
    assert found is not None
    truncate_all(primary)
    try:
        yield found
    finally:
        found.dispose()
        truncate_all(primary)


@pytest.fixture
def admin(primary: Engine) -> Staff:
    with Session(primary) as session:
        staff = make_staff(session)
        session.commit()
    return staff


def _wait_until(condition: Callable[[], Any], seconds: float = 90.0) -> None:
    # Replay is usually a matter of milliseconds; a machine busy with other suites (or the
    # standby still replaying the base backup's WAL) can take much longer.
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the replica did not catch up"
        time.sleep(0.05)


def test_the_replica_parameter_names_host_and_port() -> None:
    url, topology = split_topology(
        make_url("postgresql+psycopg://u@primary/db?backoffice_replica=standby:5433")
    )
    assert (topology.replica_host, topology.replica_port) == ("standby", 5433)
    assert "backoffice_replica" not in url.query
    assert make_replica_router("postgresql+psycopg://u@primary/db") is None


def test_lists_come_from_the_replica_which_refuses_writes(
    router: ReplicaRouter, primary: Engine, admin: Staff
) -> None:
    with Session(primary) as session:
        make_user(session, nom="Lefèvre", prenom="Anaïs")
        session.commit()
    factory = make_session_factory(primary)

    def found() -> bool:
        return run_read(router, factory, count_customers, admin, ListQuery(search="anais")) == 1

    _wait_until(found)
    assert router.reads_on_replica >= 1 and router.reads_on_primary == 0
    # It really is the standby that answered: it cannot write.
    session = router.read_session()
    assert session is not None
    try:
        assert session.scalar(text("SELECT pg_is_in_recovery()")) is True
        with pytest.raises(DBAPIError, match="read-only"):
            session.execute(text("CREATE TABLE nope (id int)"))
    finally:
        session.close()


def test_a_row_just_written_is_read_from_the_primary_until_the_replica_has_it(
    router: ReplicaRouter, primary: Engine, admin: Staff
) -> None:
    factory = make_session_factory(primary)
    for n in range(30):
        with factory() as session:
            make_user(session, nom=f"Écrit{n}", prenom="Juste")
            session.commit()
            router.note_write(session)
        # The desk's own write is always visible at once, from whichever server serves.
        page = run_read(router, factory, list_customers, admin, ListQuery(search=f"ecrit{n}"))
        assert [row["nom"] for row in page.rows] == [f"Écrit{n}"]
    assert router.reads_on_replica + router.reads_on_primary == 30


def test_an_unreachable_replica_leaves_the_primary_serving(primary: Engine, admin: Staff) -> None:
    dead = make_replica_router(_desk_url(primary, free_port()))
    assert dead is not None
    try:
        factory = make_session_factory(primary)
        assert run_read(dead, factory, count_customers, admin, ListQuery()) >= 0
        assert run_read(dead, factory, count_customers, admin, ListQuery()) >= 0
        # Tried once, then left alone for a while: no connection attempt per read.
        assert dead.reads_on_primary == 2 and dead.reads_on_replica == 0
    finally:
        dead.dispose()


def test_the_runner_reads_lists_from_the_replica_and_writes_on_the_primary(
    qtbot: Any,
    make_runner: Callable[..., DbRunner],
    router: ReplicaRouter,
    primary: Engine,
    admin: Staff,
) -> None:
    runner = make_runner(sessionmaker(bind=primary, expire_on_commit=False), replica=router)

    def add_customer(session: Session) -> None:
        make_user(session, nom="Depuis", prenom="Leposte")

    wait_for(qtbot, runner.run(add_customer))
    # The write was noted: the next list read sees it, wherever it is served.
    page = wait_for(qtbot, runner.read(list_customers, admin, ListQuery(search="leposte")))
    assert len(page.rows) == 1

    # Once the standby has replayed the write, reads go back to it.
    def served_by_replica() -> bool:
        wait_for(qtbot, runner.read(count_customers, admin, ListQuery()))
        return router.reads_on_replica >= 1

    _wait_until(served_by_replica)
