"""Real PgBouncer and a real streaming replica on loopback ports, for the topology tests.

Both are started from the Debian packages (``pgbouncer``; PostgreSQL's ``pg_basebackup`` and
``pg_ctl``). Missing binaries skip the tests outside CI and fail them under ``CI=true``
(``.ci/run`` installs ``pgbouncer``). PostgreSQL's programs refuse to run as root: they
run as the ``postgres`` system user then, in a folder it may read.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(program: str, *candidates: str) -> str:
    found = shutil.which(program) or next((c for c in candidates if Path(c).exists()), None)
    if found is None:
        reason = f"{program} is not installed"
        if in_ci():
            pytest.fail(f"CI=true requires {program}: {reason}")
        pytest.skip(reason)
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _shared_folder(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    folder.chmod(0o700)
    return folder


def _wait_port(port: int, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@contextmanager
def pgbouncer(server_port: int = 5432, pool_size: int = 2) -> Iterator[int]:
    """PgBouncer in transaction mode in front of ``127.0.0.1:server_port``; yields its port.

    A pool of 2 server connections makes transactions of different clients share server
    connections, which is what transaction pooling is about (and what breaks session state).
    """
    program = need("pgbouncer", "/usr/sbin/pgbouncer")
    folder = _shared_folder("bo_pgbouncer_")
    port = free_port()
    (folder / "userlist.txt").write_text('"postgres" ""\n')
    (folder / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host=127.0.0.1 port={server_port}\n"
        "[pgbouncer]\n"
        "listen_addr = 127.0.0.1\n"
        f"listen_port = {port}\n"
        "unix_socket_dir =\n"
        "auth_type = trust\n"
        f"auth_file = {folder / 'userlist.txt'}\n"
        "pool_mode = transaction\n"
        f"default_pool_size = {pool_size}\n"
        "max_client_conn = 200\n"
        f"logfile = {folder / 'pgbouncer.log'}\n"
        f"pidfile = {folder / 'pgbouncer.pid'}\n"
    )
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in folder.iterdir():
            os.chown(path, user.pw_uid, user.pw_gid)
    process = subprocess.Popen(
        _as_postgres([program, str(folder / "pgbouncer.ini")]),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_port(port)
        yield port
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def _pg_bin(name: str) -> str:
    # The server's own version's program first (Debian keeps them per version; what is on
    # PATH may be a wrapper or another version's).
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3])
    )
    if candidates:
        return str(candidates[-1])
    return need(name)


@contextmanager
def streaming_replica(primary_port: int = 5432) -> Iterator[int]:
    """A hot-standby cluster made with ``pg_basebackup -R`` from the server on
    ``primary_port``, started on a free port; yields its port, stopped and removed after."""
    basebackup = _pg_bin("pg_basebackup")
    pg_ctl = _pg_bin("pg_ctl")
    folder = _shared_folder("bo_replica_")
    data = folder / "data"
    port = free_port()
    subprocess.run(
        _as_postgres(
            [
                *(basebackup, "-h", "127.0.0.1", "-p", str(primary_port), "-U", "postgres"),
                *("-D", str(data), "-R", "-X", "stream", "--checkpoint=fast"),
            ]
        ),
        check=True,
        capture_output=True,
        timeout=300,
    )
    # Debian keeps a cluster's configuration in /etc, outside the copied data folder: the
    # standby gets its own minimal one (defaults, loopback only, trust like the test server).
    (data / "postgresql.conf").write_text("")
    (data / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
    (data / "pg_ident.conf").write_text("")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for name in ("postgresql.conf", "pg_hba.conf", "pg_ident.conf"):
            os.chown(data / name, user.pw_uid, user.pw_gid)
    options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder}"
    options += " -c hot_standby=on -c hot_standby_feedback=on"
    log = folder / "replica.log"
    started = subprocess.run(
        # -t: on a loaded machine the standby may take more than pg_ctl's default minute
        # to reach consistency; its log says why when it does not start at all.
        _as_postgres(
            [pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "300", "start"]
        ),
        check=False,
        capture_output=True,
        timeout=330,
    )
    if started.returncode != 0:
        text = log.read_text(errors="replace")[-3000:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the standby did not start: {started.stderr!r}\n{text}")
    try:
        _wait_port(port)
        yield port
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)
