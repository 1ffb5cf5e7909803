"""Many desks, one shop database: a transaction pooler and a read-only replica.

A shop with 30 desks opens 30 × (pool + listener) connections to its server. Two standard
remedies, both optional and both said in the database's URL (so a saved profile, through
its extra parameters, ``--database-url`` and ``BACKOFFICE_DATABASE_URL`` all carry them):

``?backoffice_pooler=transaction``
    The desk goes through PgBouncer in *transaction* pooling mode: each transaction may run
    on another server connection, so nothing may rely on session state. The engine then
    sets no startup ``options`` (PgBouncer refuses them) and gives every transaction its
    time zone and time limits with ``set_config(…, true)`` — ``SET LOCAL``, gone at its
    end — instead of once per connection; no statement is prepared (psycopg's automatic
    preparation is already off, see ``db.make_engine``); and LISTEN, which needs a session,
    is replaced by polling (:func:`behind_transaction_pooler`).

``?backoffice_replica=host:port`` (or ``host``)
    Lists, counts and searches read from a streaming replica (same database name, user and
    password) while every write, every read before a write and every record window read
    goes to the primary. Read-your-writes: after this desk commits a write, the primary's
    WAL position is remembered and a read goes to the replica only once the replica has
    replayed up to it (one ``pg_last_wal_replay_lsn()`` comparison); otherwise it reads
    from the primary. A replica that cannot be reached is left alone for 30 s and the
    primary serves. PostgreSQL only.

Both parameters are removed from the URL before it reaches the driver.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

POOLER_PARAMETER = "backoffice_pooler"
REPLICA_PARAMETER = "backoffice_replica"
TRANSACTION_POOLING = "transaction"
REPLICA_RETRY_S = 30.0

T = TypeVar("T")


@dataclass(frozen=True)
class Topology:
    """What stands between the desk and the shop's server, read from the URL."""

    transaction_pooler: bool = False
    replica_host: str | None = None
    replica_port: int | None = None


def split_topology(url: URL) -> tuple[URL, Topology]:
    """``url`` without the back office's own parameters, and what they said.

    Raises ``ValueError`` for a value it does not know (a typo must not silently connect
    without the pooler's precautions)."""
    query = dict(url.query)
    pooler = query.pop(POOLER_PARAMETER, None)
    replica = query.pop(REPLICA_PARAMETER, None)
    if isinstance(pooler, tuple):
        pooler = pooler[-1]
    if isinstance(replica, tuple):
        replica = replica[-1]
    if pooler not in (None, "", TRANSACTION_POOLING, "session", "none"):
        raise ValueError(
            f"{POOLER_PARAMETER}={pooler!r} : valeurs possibles « transaction », "
            "« session », « none »."
        )
    host: str | None = None
    port: int | None = None
    if replica:
        host, _, port_text = replica.rpartition(":") if ":" in replica else (replica, "", "")
        if port_text and not port_text.isdigit():
            raise ValueError(
                f"{REPLICA_PARAMETER}={replica!r} : attendu « hôte » ou « hôte:port »."
            )
        port = int(port_text) if port_text else None
    stripped = url.set(query=query)
    return stripped, Topology(pooler == TRANSACTION_POOLING, host or None, port)


def replica_url(url: URL, topology: Topology) -> URL | None:
    """The replica's URL: the primary's with the replica's host and port."""
    if topology.replica_host is None:
        return None
    return url.set(host=topology.replica_host, port=topology.replica_port or url.port)


# --- transaction pooling ------------------------------------------------------------------

_POOLED: weakref.WeakSet[Engine] = weakref.WeakSet()


def behind_transaction_pooler(engine: Engine) -> bool:
    """Whether ``engine`` goes through a transaction pooler (no LISTEN, no session state)."""
    return engine in _POOLED


def set_per_transaction(engine: Engine, settings: dict[str, str]) -> None:
    """Gives every transaction of ``engine`` these PostgreSQL settings (``SET LOCAL``).

    Under transaction pooling a ``SET`` made once per connection would land on whichever
    server connection ran it, and leak to another desk's transactions there: each
    transaction sets its own instead, in one round trip before its first statement."""
    _POOLED.add(engine)
    names = list(settings)
    sql = "SELECT " + ", ".join(f"set_config(%(n{i})s, %(v{i})s, true)" for i in range(len(names)))
    parameters = {f"n{i}": name for i, name in enumerate(names)}
    parameters |= {f"v{i}": settings[name] for i, name in enumerate(names)}

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql(sql, parameters)


# --- the replica ---------------------------------------------------------------------------


class ReplicaRouter:
    """Chooses, for each read-only operation, the replica or the primary (module docstring).

    Thread-safe: the runner's workers share it."""

    def __init__(self, replica: sessionmaker[Session]) -> None:
        self.replica = replica
        self._lock = threading.Lock()
        self._written_lsn: str | None = None
        self._unreachable_until = 0.0
        self.reads_on_replica = 0
        self.reads_on_primary = 0

    def dispose(self) -> None:
        """Closes the replica's pooled connections (when the desk leaves the database)."""
        bind = self.replica.kw.get("bind")
        if isinstance(bind, Engine):
            bind.dispose()

    def note_write(self, primary_session: Session) -> None:
        """After this desk committed a write: the primary's WAL position to wait for."""
        try:
            lsn = primary_session.scalar(text("SELECT CAST(pg_current_wal_lsn() AS text)"))
        except DBAPIError:
            log.warning("Could not read the primary's WAL position", exc_info=True)
            return
        with self._lock:
            self._written_lsn = lsn

    def read_session(self) -> Session | None:
        """A replica Session that has replayed this desk's writes, or ``None`` (use the
        primary)."""
        with self._lock:
            lsn = self._written_lsn
            if time.monotonic() < self._unreachable_until:
                self.reads_on_primary += 1
                return None
        session = self.replica()
        try:
            caught_up = session.scalar(
                text(
                    "SELECT NOT pg_is_in_recovery() "
                    "OR pg_last_wal_replay_lsn() >= CAST(:lsn AS pg_lsn)"
                ),
                {"lsn": lsn or "0/0"},
            )
        except DBAPIError:
            session.close()
            log.warning("Read replica unreachable: reading from the primary", exc_info=True)
            with self._lock:
                self._unreachable_until = time.monotonic() + REPLICA_RETRY_S
                self.reads_on_primary += 1
            return None
        if not caught_up:
            session.close()
            with self._lock:
                self.reads_on_primary += 1
            return None
        with self._lock:
            self.reads_on_replica += 1
        return session


def run_read(
    router: ReplicaRouter | None,
    primary: sessionmaker[Session],
    fn: Callable[..., T],
    *args: Any,
    **kwargs: Any,
) -> T:
    """``fn(session, …)`` on the replica when it is caught up, else on the primary; outside
    the UI (benchmarks, scripts) the same rule as the runner's reads."""
    session = router.read_session() if router is not None else None
    session = session or primary()
    try:
        result = fn(session, *args, **kwargs)
        session.commit()
        return result
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
