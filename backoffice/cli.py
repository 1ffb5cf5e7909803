"""Command line: ``backoffice`` starts the application (windowed on Windows and macOS);
``backoffice-cli`` is the same program with a console, for ``db …`` and the other
administration commands.

The parsers are :class:`~backoffice.cli_parser.FrenchArgumentParser`: French help and
errors (argparse's own words too), the environment variables and exit codes in every
command's help, and a command group called alone (``backoffice-cli db``) prints its help.

Every ``db`` command ends with a French sentence and an exit code, never a traceback: the
exceptions are turned into messages at one place (``db_error_message``); the traceback
goes to the log at DEBUG level only (``--verbose``).
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from backoffice import __version__
from backoffice.cli_common import (  # noqa: F401 - re-exported for the command modules
    SUPPORTED_BACKENDS,
    CommandError,
    _engine,
    _url_for_db_command,
)
from backoffice.cli_errors import db_error_message
from backoffice.cli_parser import FrenchArgumentParser, unfinished_group

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

    from backoffice.migrations.schema_state import DatabaseStatus

log = logging.getLogger(__name__)

PROGRAMS = ("backoffice", "backoffice-cli")


def _program_name() -> str:
    """The name the user typed (``backoffice`` or ``backoffice-cli``), for the help."""
    name = os.path.basename(sys.argv[0] if sys.argv else "").removesuffix(".exe")
    return name if name in PROGRAMS else "backoffice"


def _build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog=_program_name(),
        description="Back-office de la boutique (application du personnel). Sans commande : "
        "ouvre l'application. Les commandes d'administration (db …) s'utilisent avec "
        "backoffice-cli, qui a toujours une console.",
    )
    parser.add_argument("--version", action="version", version=f"backoffice {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="URL SQLAlchemy de la base de la boutique. Attention : un mot de passe écrit "
        "dans l'URL est visible par les autres utilisateurs de l'ordinateur (liste des "
        "processus) ; préférez BACKOFFICE_DATABASE_URL ou un profil de connexion dont le "
        "mot de passe est dans le trousseau",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="ouvrir la base de démonstration intégrée (créée au premier lancement)",
    )
    parser.add_argument(
        "--shop-timezone",
        metavar="ZONE",
        help="fuseau horaire des dates enregistrées par le site (défaut : Europe/Paris, ou "
        "BACKOFFICE_SHOP_TIMEZONE ; un profil de connexion enregistré porte le sien)",
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help="langue de l'interface pour ce lancement (défaut : celle choisie dans "
        "Préférences, sinon celle du système, sinon le français)",
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="journal détaillé (niveau DEBUG)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="contrôle d'une installation : démarrer, attendre la fenêtre de connexion, "
        "puis quitter (code 0 si elle s'est affichée)",
    )
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="gérer le schéma de la base")
    db_sub = db.add_subparsers(dest="db_command")

    def with_url(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--database-url",
            dest="database_url_sub",
            metavar="URL",
            help="URL de la base (sans mot de passe : il serait visible dans la liste des "
            "processus ; préférez BACKOFFICE_DATABASE_URL)",
        )
        return p

    upgrade = with_url(
        db_sub.add_parser(
            "upgrade", help="créer ou mettre à jour le schéma, ou adopter celui du site"
        )
    )
    upgrade.add_argument(
        "--dry-run",
        action="store_true",
        help="afficher le rapport et le SQL sans rien modifier",
    )
    with_url(db_sub.add_parser("current", help="afficher l'état et la révision du schéma"))
    seed = with_url(db_sub.add_parser("seed-demo", help="remplir une base vide de données de démo"))
    seed.add_argument(
        "--scale",
        choices=["small", "large", "devis", "conversations"],
        default="small",
        help="taille des données : small (200 clients, défaut), large, devis (100 000 devis) "
        "ou conversations (100 000 conversations, 1 000 000 messages)",
    )
    seed.add_argument(
        "--seed", type=int, default=20261121, metavar="N", help="graine aléatoire (un entier)"
    )
    grant = with_url(
        db_sub.add_parser(
            "grant",
            help="créer le compte à privilèges minimaux "
            "(rôle PostgreSQL, utilisateur MariaDB/MySQL)",
        )
    )
    grant.add_argument(
        "--role",
        required=True,
        metavar="NOM",
        help="nom du rôle PostgreSQL ou de l'utilisateur MariaDB/MySQL",
    )
    grant.add_argument(
        "--host",
        metavar="MACHINES",
        help="MariaDB/MySQL : machines autorisées (« %% » par défaut : toutes ; "
        "« 192.168.1.%% », « localhost »…)",
    )
    grant.add_argument(
        "--password-from-env", metavar="VAR", help="variable d'environnement du mot de passe"
    )
    grant.add_argument(
        "--connection-limit",
        type=int,
        default=30,
        metavar="N",
        help="connexions simultanées au plus pour ce compte, imposées par le serveur "
        "(défaut : 30 ; chaque poste en ouvre jusqu'à 6)",
    )
    grant.add_argument(
        "--print", dest="print_only", action="store_true", help="afficher le SQL sans l'exécuter"
    )
    from backoffice import cli_security

    cli_security.add_parsers(db_sub, with_url)
    from backoffice import cli_invoices

    cli_invoices.add_parsers(sub, with_url)
    demo = sub.add_parser("demo", help="aide pour la base de démonstration")
    demo_sub = demo.add_subparsers(dest="demo_command")
    demo_sub.add_parser(
        "totp",
        help="afficher le code de double authentification actuel du compte manager de démo",
    )
    return parser


def _run_db(args: argparse.Namespace, url: URL) -> int:
    from backoffice.migrations.commands import describe_current, refusal_for, run_upgrade
    from backoffice.migrations.schema_state import DbState, detect_state

    engine = _engine(url)
    try:
        if args.db_command == "upgrade":
            run_upgrade(engine, dry_run=args.dry_run, out=print)
            return 0
        if args.db_command == "current":
            print(describe_current(engine))
            return 0
        with engine.connect() as connection:
            status = detect_state(connection)
        refusal = refusal_for(status)
        if refusal:
            raise CommandError(refusal)
        if args.db_command == "seed-demo":
            if status.state is DbState.WEBSITE or status.adopted:
                raise CommandError(
                    "Cette base n'est pas vide : elle contient le schéma du site de la boutique "
                    f"({len(status.tables)} tables). Les données de démonstration ne vont que "
                    "dans une base vide : créez-en une et indiquez-la avec --database-url."
                )
            from backoffice.services.demo import seed_demo

            run_upgrade(engine, out=print)
            seed_demo(engine, scale=args.scale, seed=args.seed, out=print)
            return 0
        if args.db_command == "grant":
            return _grant(args, engine, status)
        if args.db_command in ("secure", "member"):
            from backoffice import cli_security

            if not status.up_to_date:
                raise CommandError(
                    "Schéma absent ou en retard : lancez d'abord « backoffice db upgrade »."
                )
            return cli_security.run(args, engine)
    finally:
        engine.dispose()
    raise AssertionError(args.db_command)


def _grant(args: argparse.Namespace, engine: Engine, status: DatabaseStatus) -> int:
    from backoffice.migrations.schema_state import DbState
    from backoffice.services.db_role import grant_role

    if status.state is DbState.EMPTY:
        raise CommandError("Base vide : lancez d'abord « backoffice db upgrade ».")
    if status.state is DbState.WEBSITE:
        raise CommandError(
            "La base du site n'est pas encore adoptée : lancez d'abord « backoffice db "
            "upgrade » avec le compte propriétaire (« --dry-run » montre ce qu'il fera)."
        )
    if not status.up_to_date:
        raise CommandError(
            f"Le schéma est en retard (révision {status.revision}, dernière {status.head}) : "
            "lancez d'abord « backoffice db upgrade »."
        )
    password = os.environ.get(args.password_from_env) if args.password_from_env else None
    if args.password_from_env and password is None:
        raise CommandError(f"La variable {args.password_from_env} n'est pas définie.")
    sql = grant_role(
        engine,
        args.role,
        password=password,
        execute=not args.print_only,
        host=args.host,
        connection_limit=args.connection_limit,
    )
    if args.print_only:
        print(sql)
    else:
        print(f"Rôle {args.role} prêt.")
        # The notes the SQL carries (e.g. what PUBLIC may still do) are for the owner too.
        notes = [line for line in sql.splitlines() if line.startswith("-- ")]
        if notes:
            print("\n".join(notes))
    return 0


def _run_db_safely(args: argparse.Namespace) -> int:
    url: URL | None = None
    try:
        url = _url_for_db_command(args)
        return _run_db(args, url)
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except Exception as exc:
        log.debug("db %s failed", args.db_command, exc_info=exc)
        print(db_error_message(exc, url), file=sys.stderr)
        return 1


def _run_demo(args: argparse.Namespace) -> int:
    """``backoffice demo totp``: the demo manager's current code, so that a newcomer can try
    two-factor sign-in without an authenticator app (demo accounts only: their secret is
    public, in the README)."""
    import pyotp

    from backoffice.services.demo.accounts import DEMO_ACCOUNTS

    for account in DEMO_ACCOUNTS:
        if account.totp_secret:
            totp = pyotp.TOTP(account.totp_secret)
            left = totp.interval - int(time.time()) % totp.interval
            print(f"{account.email} : {totp.now()} (encore {left} s)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from backoffice.logs import install_exception_logging, setup_logging

    args = _build_parser().parse_args(argv)
    group = unfinished_group(args)
    if group is not None:  # « backoffice-cli db »: the group's help, not an error
        group.print_help()
        return 0
    setup_logging(verbose=args.verbose)
    install_exception_logging()
    # First line of every run in the log: what support needs to know (and start-up time).
    log.info(
        "Back-office %s (%s), Python %s, %s",
        __version__,
        args.command or "application",
        platform.python_version(),
        platform.platform(),
    )
    if args.shop_timezone:
        from backoffice import shop_time

        try:
            shop_time.set_shop_timezone(args.shop_timezone)
        except shop_time.UnknownTimeZone as exc:
            print(str(exc), file=sys.stderr)
            return 2
        # The application resets the zone to this variable when no profile gives one.
        os.environ[shop_time.ENV_SHOP_TIMEZONE] = args.shop_timezone
    if args.command == "demo":
        return _run_demo(args)
    if args.command == "db":
        return _run_db_safely(args)
    if args.command == "invoices":
        from backoffice import cli_invoices

        return cli_invoices.run(args)
    from backoffice.ui.app import run_gui
    from backoffice.ui.language import request_language

    request_language(args.lang)  # installed with the application (configure_application)

    return run_gui(database_url=args.database_url, demo=args.demo, smoke_test=args.smoke_test)


if __name__ == "__main__":
    sys.exit(main())
