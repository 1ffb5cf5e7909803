"""The French sentence for whatever a command let through: ``db_error_message`` turns a
driver's, SQLAlchemy's or Alembic's exception into what to do, never a traceback and never
a secret (the URL's password is not quoted). Used by every administration command
(``backoffice.cli``, ``cli_invoices``, ``cli_security``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from backoffice.services.errors import ServiceError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# Python module of a driver -> the package that provides it.
DRIVER_PACKAGES = {
    "MySQLdb": "mysqlclient",
    "pymysql": "PyMySQL",
    "mariadb": "mariadb",
    "psycopg": "psycopg[binary]",
    "psycopg2": "psycopg2-binary",
    "asyncpg": "asyncpg",
}


def _where(url: URL | None) -> str:
    if url is None:
        return "le serveur"
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def db_error_message(exc: BaseException, url: URL | None) -> str:
    """The French sentence for an exception a ``db`` command let through (never a secret)."""
    from alembic.util import CommandError as AlembicCommandError
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, ServiceError):
        return exc.message
    if isinstance(exc, sa_exc.NoSuchModuleError):
        kind = url.drivername if url is not None else "?"
        return f"Type de base ou pilote inconnu : « {kind} ». Utilisez postgresql://… ou mysql+pymysql://…."
    if isinstance(exc, ModuleNotFoundError):
        module = (exc.name or "").split(".")[0]
        package = DRIVER_PACKAGES.get(module, module)
        kind = url.drivername if url is not None else module
        return (
            f"Le pilote de base de données de « {kind} » n'est pas installé (module {module}). "
            f"Installez-le (pip install {package}) ou choisissez un pilote installé, par "
            "exemple postgresql://… ou mysql+pymysql://…."
        )
    if isinstance(exc, AlembicCommandError) and "locate revision" in str(exc):
        return (
            "Cette base est plus récente que cette version du back-office : installez la "
            "dernière version ; rien n'a été modifié."
        )
    if isinstance(exc, sa_exc.DBAPIError):
        return _dbapi_message(exc, url)
    return (
        f"Erreur inattendue ({type(exc).__name__}). Relancez avec --verbose pour le détail ; "
        "rien n'a été modifié si la commande s'est arrêtée avant son message final."
    )


def _dbapi_message(exc: BaseException, url: URL | None) -> str:
    from sqlalchemy import exc as sa_exc

    assert isinstance(exc, sa_exc.DBAPIError)
    orig = exc.orig
    text_ = str(orig or "")
    code = orig.args[0] if orig is not None and orig.args else None
    sqlstate = getattr(orig, "sqlstate", None)
    database = url.database if url is not None else None
    user = url.username if url is not None else None
    if re.search(r'database ".*" does not exist', text_) or code == 1049:
        return (
            f"La base « {database} » n'existe pas sur {_where(url)}. Créez-la (CREATE DATABASE) "
            "ou vérifiez son nom dans l'adresse."
        )
    if (
        "password authentication failed" in text_
        or "no password supplied" in text_
        or re.search(r'role ".*" does not exist', text_)
        or code in (1045, 1698)
        or (sqlstate or "").startswith("28")
    ):
        return (
            f"Le serveur {_where(url)} refuse la connexion de l'utilisateur « {user} » : "
            "nom d'utilisateur ou mot de passe incorrect."
        )
    if sqlstate == "42501" or code in (1044, 1142, 1227):
        from backoffice.migrations.adopt import server_reason

        return (
            f"Droits insuffisants pour l'utilisateur « {user} » ({server_reason(exc)}). "
            "Lancez la commande avec le compte propriétaire de la base."
        )
    if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)) and (
        sqlstate is None or sqlstate.startswith("08")
    ):
        return (
            f"Impossible de joindre le serveur de base de données {_where(url)} : serveur "
            "arrêté, adresse ou port incorrect, ou réseau coupé."
        )
    return (
        f"La base a refusé l'opération ({type(orig).__name__}). Relancez avec --verbose "
        "pour le détail."
    )
