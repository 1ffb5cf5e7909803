"""TLS for the connection to the shop's database: the modes, their defaults and warnings.

* Another machine defaults to ``verify-full`` (for PostgreSQL against the system's
  certificate authorities, ``sslrootcert=system``, unless a CA file is chosen); this
  computer (``localhost``, ``127.0.0.1``, ``::1``, a Unix socket) keeps ``prefer``.
* An unknown mode (``verify_full``) is refused in French, never replaced.
* Below ``verify-full`` for another machine, the connection dialog warns and asks.
* PostgreSQL gets ``channel_binding=require`` when TLS is certain (``require``,
  ``verify-ca``, ``verify-full``) and a password is sent: SCRAM then binds the sign-in to
  the TLS channel, so a man in the middle cannot relay it. Not with ``prefer``/``allow``
  (libpq fails ``require`` without TLS) nor without a password (trust or certificate
  authentication have no SCRAM exchange and would fail too). A server still on ``md5``
  fails as well: give ``channel_binding=prefer`` in the URL (or the profile's ``extra``).

Qt-free.
"""

from __future__ import annotations

from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP

SSL_MODES: tuple[str, ...] = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# MySQL clients know no "allow"; "prefer" is their default (PyMySQL tries TLS without
# checking the certificate and falls back to clear text), the others must succeed.
MYSQL_SSL_MODES: tuple[str, ...] = ("disable", "prefer", "require", "verify-ca", "verify-full")
# Modes that check the server certificate against a CA: without a CA file libpq would
# silently look for ~/.postgresql/root.crt, which nobody in a shop knows about, and PyMySQL
# would check against the system's CAs.
SSL_MODES_NEEDING_CA: frozenset[str] = frozenset({"verify-ca", "verify-full"})
# Modes with which TLS is certain (the connection fails without it).
SSL_MODES_WITH_TLS: frozenset[str] = frozenset({"require", "verify-ca", "verify-full"})
# This computer: TLS protects nothing on the loopback or a Unix socket.
LOCAL_HOSTS: frozenset[str] = frozenset({"", "localhost", "127.0.0.1", "::1", "[::1]"})
LOCAL_SSLMODE = "prefer"
# libpq's (>= 16) name for the operating system's certificate authorities.
SYSTEM_CAS = "system"
REMOTE_SSLMODE = "verify-full"
TLS_WEAK_WARNING = (
    "La connexion ne vérifiera pas l'identité du serveur « {host} » (mode TLS « {mode} ») : "
    "sur le réseau, un tiers pourrait se faire passer pour lui et lire ou modifier les "
    "données échangées, mot de passe compris. Préférez « verify-full » avec le certificat "
    "de l'autorité (CA) fourni par l'hébergeur."
)


def is_local_host(host: str | None) -> bool:
    """This computer (loopback name or address) or a Unix socket directory."""
    name = (host or "").strip().lower()
    return name in LOCAL_HOSTS or name.startswith("/")


def default_sslmode(host: str | None) -> str:
    """``verify-full`` for another machine, ``prefer`` for this one."""
    return LOCAL_SSLMODE if is_local_host(host) else REMOTE_SSLMODE


class UnknownTlsMode(ValueError):
    """A TLS mode nobody knows (``verify_full``); ``message`` is French."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def unknown_sslmode_message(mode: str, modes: tuple[str, ...] = SSL_MODES) -> str:
    return QT_TRANSLATE_NOOP(
        "tls", "Mode TLS inconnu : « {mode} ». Modes possibles : {modes}."
    ).format(mode=mode, modes=", ".join(modes))


def check_sslmode(mode: str) -> str:
    """``mode`` if it is a known TLS mode; :class:`UnknownTlsMode` otherwise, never a silent
    fallback (``verify_full`` must not become ``prefer``)."""
    if mode not in SSL_MODES:
        raise UnknownTlsMode(unknown_sslmode_message(mode))
    return mode


def tls_warning(host: str | None, mode: str) -> str | None:
    """The French warning when a connection to another machine would not check the
    server's identity (below ``verify-full``); None when there is nothing to warn about."""
    if is_local_host(host) or mode == "verify-full":
        return None
    return TLS_WEAK_WARNING.format(host=(host or "").strip(), mode=mode)


def postgres_tls_query(
    host: str | None, query: dict[str, Any], *, has_password: bool
) -> dict[str, str]:
    """TLS parameters to add to a PostgreSQL URL's query: the default ``sslmode`` for the
    host when none is given (an unknown one is refused), and ``channel_binding=require``
    when TLS is certain and a password is sent (SCRAM then binds the sign-in to the TLS
    channel; libpq would refuse ``require`` without TLS, or with trust/certificate auth).
    A ``channel_binding`` given explicitly is kept."""
    mode = str(query.get("sslmode") or default_sslmode(host))
    check_sslmode(mode)
    added: dict[str, str] = {}
    if "sslmode" not in query and mode != LOCAL_SSLMODE:  # libpq's own default otherwise
        added["sslmode"] = mode
        if mode in SSL_MODES_NEEDING_CA and "sslrootcert" not in query:
            # No CA file given: the system's certificate authorities (libpq >= 16).
            added["sslrootcert"] = SYSTEM_CAS
    if "channel_binding" not in query and mode in SSL_MODES_WITH_TLS and has_password:
        added["channel_binding"] = "require"
    return added
