"""What every administration command module shares (``backoffice.cli``, ``cli_invoices``,
``cli_security``): the database URL a command works on, its engine, and ``CommandError``.
Its own module so that the command modules import it, never ``backoffice.cli`` (which
imports them: no cycle)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from backoffice.services.errors import ServiceError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

SUPPORTED_BACKENDS = frozenset({"postgresql", "mysql", "mariadb", "sqlite"})


class CommandError(ServiceError):
    """A ``db`` command cannot go on; the message says why and what to do."""


def _url_for_db_command(args: argparse.Namespace) -> URL:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from backoffice.config import resolve_database_url
    from backoffice.db import normalize_url

    given = args.database_url_sub or args.database_url
    url = resolve_database_url(given)
    if not url:
        # The saved profile carries the shop's time zone along with its URL.
        from backoffice.connections import load_default_connection
        from backoffice.shop_time import set_shop_timezone

        found = load_default_connection()
        if found is not None:
            profile, url = found
            set_shop_timezone(profile.shop_timezone)
    if not url:
        raise CommandError(
            "Aucune base indiquée : utilisez --database-url, BACKOFFICE_DATABASE_URL "
            "ou enregistrez une connexion dans l'application."
        )
    try:
        parsed = normalize_url(make_url(url))
    except ArgumentError as exc:
        raise CommandError(
            "Adresse de base illisible. Forme attendue : "
            "postgresql://utilisateur@serveur:5432/base."
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise CommandError(
            f"Type de base non pris en charge : « {backend} ». Le back-office fonctionne avec "
            "PostgreSQL (postgresql://…), MariaDB ou MySQL (mysql+pymysql://…) et SQLite "
            "(démonstration, sqlite:///fichier.db)."
        )
    return parsed


def _engine(url: URL) -> Engine:
    from backoffice.db import make_engine

    return make_engine(url, statement_timeout_ms=None)
