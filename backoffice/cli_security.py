"""``backoffice db secure`` and ``backoffice db member``: security enforced by the database
(see backoffice.services.db_security and the README's Security section)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from sqlalchemy import Engine

from backoffice.services.db_security.policy import (
    DEFAULT_IDLE_MINUTES,
    DEFAULT_LIFETIME_MINUTES,
    DEFAULT_LOCK_MINUTES,
    DEFAULT_PREFIX,
    GROUP_ROLES,
    LOCK_MAX_MINUTES,
)
from backoffice.services.errors import ServiceError

COMMANDS = ("secure", "member")


def add_parsers(
    db_sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    with_url: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
) -> None:
    secure = with_url(
        db_sub.add_parser(
            "secure",
            help="faire appliquer la sécurité par la base : une identité par membre du "
            "personnel, des groupes aux droits de la matrice, une connexion vérifiée par la "
            "base (PostgreSQL, MariaDB ; à relancer après chaque mise à jour du schéma)",
        )
    )
    secure.add_argument(
        "--prefix",
        default=DEFAULT_PREFIX,
        metavar="PRÉFIXE",
        help=f"préfixe des comptes créés sur le serveur (défaut : {DEFAULT_PREFIX})",
    )
    secure.add_argument(
        "--gate-password-from-env",
        metavar="VAR",
        help="variable d'environnement du mot de passe du compte « portail », le seul que "
        "les postes enregistrent (obligatoire la première fois)",
    )
    secure.add_argument(
        "--gate-host",
        metavar="MACHINES",
        help="MariaDB : machines d'où le portail et les sessions se connectent (défaut : %%)",
    )
    secure.add_argument(
        "--idle-minutes",
        type=int,
        default=DEFAULT_IDLE_MINUTES,
        metavar="N",
        help=f"session fermée par la base après N minutes sans activité "
        f"(défaut : {DEFAULT_IDLE_MINUTES})",
    )
    secure.add_argument(
        "--lifetime-hours",
        type=int,
        default=DEFAULT_LIFETIME_MINUTES // 60,
        metavar="N",
        help=f"durée maximale d'une session (défaut : {DEFAULT_LIFETIME_MINUTES // 60} h)",
    )
    secure.add_argument(
        "--lock-minutes",
        type=int,
        default=DEFAULT_LOCK_MINUTES,
        metavar="N",
        help=f"verrouillage des postes après N minutes sans saisie (défaut : "
        f"{DEFAULT_LOCK_MINUTES}, au plus {LOCK_MAX_MINUTES})",
    )
    secure.add_argument(
        "--print", dest="print_only", action="store_true", help="afficher le SQL sans l'exécuter"
    )
    member = with_url(
        db_sub.add_parser(
            "member",
            help="créer, changer ou désactiver l'identité en base d'un membre du personnel "
            "(le premier administrateur ; ensuite, l'onglet Sécurité)",
        )
    )
    member.add_argument("email", metavar="EMAIL", help="adresse du compte")
    choice = member.add_mutually_exclusive_group(required=True)
    choice.add_argument("--role", choices=GROUP_ROLES, help="son rôle (et donc son groupe)")
    choice.add_argument(
        "--disable",
        action="store_true",
        help="désactiver son identité : ses connexions ouvertes sont fermées",
    )


def run(args: argparse.Namespace, engine: Engine) -> int:
    from backoffice.services.db_security import install
    from backoffice.services.db_security.policy import SessionPolicy

    if args.db_command == "secure":
        password = None
        if args.gate_password_from_env:
            password = os.environ.get(args.gate_password_from_env)
            if password is None:
                raise ServiceError(f"La variable {args.gate_password_from_env} n'est pas définie.")
        policy = SessionPolicy(
            idle_minutes=args.idle_minutes,
            lifetime_minutes=args.lifetime_hours * 60,
            lock_minutes=args.lock_minutes,
        )
        sql = install.secure_database(
            engine,
            args.prefix,
            password,
            policy=policy,
            execute=not args.print_only,
            gate_host=args.gate_host,
        )
        if args.print_only:
            print(sql)
        else:
            print(
                f"Base sécurisée (préfixe {args.prefix}). Les postes se connectent avec le "
                f"compte « {args.prefix}_portail » ; donnez une identité au premier "
                "administrateur avec « backoffice-cli db member EMAIL --role admin »."
            )
        return 0
    user_id = install.member_id(engine, args.email)
    role = None if args.disable else args.role
    account = install.set_member(engine, user_id, role)
    if role is None:
        print(f"Identité de {args.email} désactivée ; ses connexions ont été fermées.")
    else:
        print(f"{args.email} : identité {account}, groupe {role}.")
    return 0
