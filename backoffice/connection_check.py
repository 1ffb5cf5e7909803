"""Testing a connection and saying in French why it failed (PostgreSQL, MariaDB/MySQL).

Qt-free: the connection dialog calls :func:`probe_connection` on a worker thread, and the
application shell uses :func:`describe_connection_error` when a saved connection fails.
"""

from __future__ import annotations

from sqlalchemy.engine import URL

from backoffice.tls import unknown_sslmode_message


def probe_connection(url: URL) -> str:
    """Connects once and returns the server's name and version (``PostgreSQL 16.2``,
    ``MariaDB 10.11.6``); raises what the driver raises.

    Runs on a worker thread. A throw-away engine (no pool reuse) so that a failed test leaves
    nothing behind. PyMySQL itself refuses a server without TLS when the mode requires it.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from backoffice.db import CONNECT_TIMEOUT_S

    mysql = url.get_backend_name() in ("mysql", "mariadb")
    engine = create_engine(
        url,
        poolclass=NullPool,
        hide_parameters=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
    )
    try:
        with engine.connect() as connection:
            if not mysql:
                version = connection.execute(text("SHOW server_version")).scalar_one()
                return f"PostgreSQL {version}"
            version = str(connection.execute(text("SELECT VERSION()")).scalar_one())
    finally:
        engine.dispose()
    # "10.11.6-MariaDB-0+deb12u1" or "8.0.36": the product, then the version number.
    number = version.split("-", 1)[0]
    return f"MariaDB {number}" if "mariadb" in version.lower() else f"MySQL {number}"


def technical_detail(text: str) -> str:
    """The driver's own (often English) text, as a second line under the French sentence."""
    text = " ".join(text.split())
    return f"\nDétail technique : {text}" if text else ""


def describe_connection_error(exc: BaseException) -> str:
    """A French sentence for the usual reasons a connection fails (psycopg or PyMySQL).

    The driver's raw text, when quoted at all, comes after it on its own line (it helps an
    administrator, not the person at the counter).
    """
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    if (
        "password authentication failed" in lowered
        or "authentification par mot" in lowered
        # MySQL 1045: "Access denied for user 'bo'@'host' (using password: YES)"
        or ("access denied for user" in lowered and "using password" in lowered)
    ):
        return "Utilisateur ou mot de passe refusé par le serveur de base de données."
    if "access denied for user" in lowered and "to database" in lowered:  # MySQL 1044
        return (
            "Cet utilisateur n'a pas le droit d'ouvrir cette base de données."
            + technical_detail(text)
        )
    if ("does not exist" in lowered and "database" in lowered) or "unknown database" in lowered:
        return "Cette base de données n'existe pas sur le serveur."
    if "invalid sslmode value" in lowered:
        mode = text.split("invalid sslmode value", 1)[1].strip(" :\"'\n").split('"')[0]
        return unknown_sslmode_message(mode)
    if "channel binding" in lowered:
        return (
            "Le serveur n'a pas lié l'authentification au canal chiffré (channel_binding) : "
            "il n'authentifie pas par SCRAM, ou la connexion a été interceptée. Demandez à "
            "l'administrateur du serveur d'utiliser scram-sha-256." + technical_detail(text)
        )
    if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
        return (
            "Échec de la connexion chiffrée (TLS) : vérifiez le mode de chiffrement "
            "choisi et le certificat de l'autorité (CA)." + technical_detail(text)
        )
    if "timeout" in lowered or "timed out" in lowered:
        return "Le serveur ne répond pas (délai dépassé). Vérifiez l'adresse et le réseau."
    if (
        "connection refused" in lowered
        or "could not translate host name" in lowered
        or "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "getaddrinfo failed" in lowered
    ):
        return "Serveur injoignable : vérifiez le nom du serveur, le port et le réseau."
    return (
        "Connexion à la base de données impossible : vérifiez le serveur, le port, la base "
        "et l'utilisateur, ou contactez l'administrateur." + technical_detail(text)
    )
