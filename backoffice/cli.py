"""Command line: ``backoffice`` starts the application; ``backoffice db …`` manages the schema."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from backoffice import __version__


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backoffice", description="Back-office de la boutique (application du personnel)."
    )
    parser.add_argument("--version", action="version", version=f"backoffice {__version__}")
    parser.add_argument("--database-url", help="URL SQLAlchemy de la base de la boutique")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="ouvrir la base de démonstration intégrée (créée au premier lancement)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="journal détaillé")
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="gérer le schéma de la base")
    db_sub = db.add_subparsers(dest="db_command", required=True)

    def with_url(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--database-url", dest="database_url_sub", help="URL de la base")
        return p

    with_url(db_sub.add_parser("upgrade", help="créer ou mettre à jour le schéma"))
    with_url(db_sub.add_parser("current", help="afficher la révision du schéma"))
    seed = with_url(db_sub.add_parser("seed-demo", help="remplir la base de données de démo"))
    seed.add_argument("--scale", choices=["small", "large"], default="small")
    seed.add_argument("--seed", type=int, default=20261121, help="graine aléatoire")
    grant = with_url(
        db_sub.add_parser("grant", help="créer le rôle PostgreSQL à privilèges minimaux")
    )
    grant.add_argument("--role", required=True, help="nom du rôle PostgreSQL")
    grant.add_argument(
        "--password-from-env", metavar="VAR", help="variable d'environnement du mot de passe"
    )
    grant.add_argument(
        "--print", dest="print_only", action="store_true", help="afficher le SQL sans l'exécuter"
    )
    return parser


def _url_for_db_command(args: argparse.Namespace) -> str:
    from backoffice.config import resolve_database_url

    url = resolve_database_url(args.database_url_sub or args.database_url)
    if not url:
        raise SystemExit(
            "Aucune base indiquée : utilisez --database-url, BACKOFFICE_DATABASE_URL "
            "ou enregistrez une connexion dans l'application."
        )
    return url


def _run_db(args: argparse.Namespace) -> int:
    from backoffice import migrations
    from backoffice.db import make_engine

    url = _url_for_db_command(args)
    if args.db_command == "upgrade":
        migrations.upgrade(url)
        print(f"Schéma à jour (révision {migrations.head_revision()}).")
        return 0
    if args.db_command == "current":
        engine = make_engine(url)
        try:
            print(migrations.current_revision(engine) or "(base vide)")
        finally:
            engine.dispose()
        return 0
    if args.db_command == "seed-demo":
        from backoffice.services.demo import seed_demo

        migrations.upgrade(url)
        engine = make_engine(url, statement_timeout_ms=None)
        try:
            seed_demo(engine, scale=args.scale, seed=args.seed, out=print)
        finally:
            engine.dispose()
        return 0
    if args.db_command == "grant":
        from backoffice.services.db_role import grant_role

        password = os.environ.get(args.password_from_env) if args.password_from_env else None
        if args.password_from_env and password is None:
            raise SystemExit(f"La variable {args.password_from_env} n'est pas définie.")
        engine = make_engine(url, statement_timeout_ms=None)
        try:
            sql = grant_role(engine, args.role, password=password, execute=not args.print_only)
        finally:
            engine.dispose()
        if args.print_only:
            print(sql)
        else:
            print(f"Rôle {args.role} prêt.")
        return 0
    raise AssertionError(args.db_command)


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        # Alembic narrates every plugin and step at INFO; a shop employee needs the result only.
        logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command == "db":
        from backoffice.services.errors import ServiceError

        try:
            return _run_db(args)
        except ServiceError as exc:
            print(exc.message, file=sys.stderr)
            return 1
    from backoffice.ui.app import run_gui

    return run_gui(database_url=args.database_url, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
