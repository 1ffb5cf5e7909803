"""Security enforced by the database (issue 16): each staff member has a database identity
of their own, the groups have exactly what the permission matrix allows, sign-in and
sessions are checked by owner-rights routines, and every write is journaled by a trigger.

``backoffice db secure`` installs it (:func:`secure_database`), ``backoffice db member``
manages the first members (:func:`set_member`); a desk whose profile holds the gate's
credential then signs in through the routines (:mod:`.desk`, :mod:`.gate`). Nothing
changes for SQLite or a database secured only by ``backoffice db grant``.
"""

from __future__ import annotations

from backoffice.services.db_security.desk import (
    DatabaseLogin,
    is_gate,
    is_identity,
    session_engine,
)
from backoffice.services.db_security.policy import Accounts, SessionPolicy, check_prefix

__all__ = [
    "Accounts",
    "DatabaseLogin",
    "SessionPolicy",
    "check_prefix",
    "is_gate",
    "is_identity",
    "session_engine",
]
