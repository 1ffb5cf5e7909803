"""A secured database's desk works as the session's own login, not as the gate.

After a sign-in through the gate (``SignedIn.database_login``), the shell runs the main
window on a runner of its own whose engine connects with the session's short-lived login
(:func:`backoffice.services.db_security.session_engine`); the gate's runner only signs in.
On any other database nothing changes: the sign-in's runner goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backoffice.db import make_session_factory

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from backoffice.services.auth import SignedIn
    from backoffice.ui.tasks import DbRunner


@dataclass
class Desk:
    """The runner the main window works with; ``sign_out``: end the session on leaving
    (not when it has already ended)."""

    runner: DbRunner
    sign_out: bool = True


@asynccontextmanager
async def desk_runner(
    gate_engine: Engine,
    signed_in: SignedIn,
    sign_in_runner: DbRunner,
    session_guard: Callable[[Session], None],
) -> AsyncIterator[Desk]:
    """The session login's own runner (closed on exit) on a secured database, else
    ``sign_in_runner`` itself. On exit the member is signed out when ``sign_out`` says so:
    the session row (and login) must go even if the window closes, best effort, quietly."""
    from backoffice.services import auth

    login = signed_in.database_login
    engine: Engine | None = None
    runner = sign_in_runner
    if login is not None:
        from backoffice.services.db_security import session_engine
        from backoffice.ui.tasks import DbRunner

        engine = session_engine(gate_engine, login)
        runner = DbRunner(make_session_factory(engine), session_guard=session_guard)
    desk = Desk(runner)
    try:
        yield desk
    finally:
        if desk.sign_out:
            with contextlib.suppress(Exception):
                await runner.run(auth.sign_out, signed_in.staff)
        if engine is not None:
            runner.shutdown(wait=False)
            await asyncio.get_running_loop().run_in_executor(None, engine.dispose)
