"""The command line's parser, in French through and through.

argparse writes its own words (« usage: », « options », « show this help message and
exit », every error message) through the module-level ``argparse._`` / ``argparse.ngettext``
(gettext). :class:`FrenchArgumentParser` swaps them for :data:`ARGPARSE_FRENCH` while it
builds, formats and parses, and puts them back afterwards, so the process's other parsers
(pytest's, a library's) keep theirs. Sub-parsers are made of the same class (argparse
creates them with the parent's class), so a command added anywhere in ``backoffice.cli`` is
French without doing anything, gets the common epilog (environment variables, exit codes)
and a description taken from its ``help``. :func:`unfinished_group` tells which command
group was called without its sub-command, so that it prints its help instead of failing.

``tests/test_desktop_cli.py`` reads argparse's source for every message it can write and
fails on one missing from the table (a new Python version adding a message).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

# Every message argparse may write (Python 3.11 to 3.13), in French. %-placeholders kept.
ARGPARSE_FRENCH: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "subcommands": "commandes",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s : avertissement : %(message)s\n",
    "%(heading)s:": "%(heading)s :",
    " (default: %(default)s)": " (défaut : %(default)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r inattendue pour cette option",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "unexpected option string: %s": "option inattendue : %s",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (possibles : %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue : %(parser_name)r (possibles : %(choices)s)"
    ),
    'argument "-" with mode %r': "argument « - » avec le mode %r",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "option '%(option)s' is deprecated": "l'option « %(option)s » est obsolète",
    "command '%(parser_name)s' is deprecated": "la commande « %(parser_name)s » est obsolète",
    "argument '%(argument_name)s' is deprecated": ("l'argument « %(argument_name)s » est obsolète"),
    # Programming errors (a parser built wrongly): French too, for completeness.
    "%r is not callable": "%r n'est pas appelable",
    ".__call__() not defined": ".__call__() non défini",
    "'required' is an invalid argument for positionals": (
        "« required » n'a pas de sens pour un argument positionnel"
    ),
    "cannot have multiple subparser arguments": "un seul groupe de commandes par analyseur",
    "cannot merge actions - two groups are named %r": (
        "fusion impossible : deux groupes s'appellent %r"
    ),
    "conflicting option string: %s": "option en double : %s",
    "conflicting option strings: %s": "options en double : %s",
    "conflicting subparser: %s": "commande en double : %s",
    "conflicting subparser alias: %s": "alias de commande en double : %s",
    "dest= is required for options like %r": "dest= est obligatoire pour une option comme %r",
    "invalid conflict_resolution value: %r": "valeur de conflict_resolution invalide : %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "option %(option)r invalide : elle doit commencer par %(prefix_chars)r"
    ),
    "mutually exclusive arguments must be optional": (
        "des arguments mutuellement exclusifs doivent être des options"
    ),
}

EXIT_CODES = (
    (0, "réussite (ou aide affichée)"),
    (1, "refus ou erreur : le message dit pourquoi et quoi faire"),
    (2, "ligne de commande incorrecte"),
    (130, "interrompu (Ctrl+C)"),
)
ENVIRONMENT = (
    ("BACKOFFICE_DATABASE_URL", "adresse de la base si --database-url est absent"),
    ("BACKOFFICE_SHOP_TIMEZONE", "fuseau horaire de la boutique (défaut : Europe/Paris)"),
    ("BACKOFFICE_LOG_DIR", "dossier du journal (défaut : le dossier des journaux du système)"),
)


def common_epilog() -> str:
    """What every command's help ends with: the environment it reads and its exit codes."""
    lines = ["Variables d'environnement :"]
    lines += [f"  {name:<26}{text}" for name, text in ENVIRONMENT]
    lines.append("")
    lines.append("Codes de sortie :")
    lines += [f"  {code:<26}{text}" for code, text in EXIT_CODES]
    return "\n".join(lines)


def _french(message: str) -> str:
    return ARGPARSE_FRENCH.get(message, message)


def _french_plural(singular: str, plural: str, n: int) -> str:
    return _french(singular if n == 1 else plural)


@contextlib.contextmanager
def in_french() -> Iterator[None]:
    """argparse's own words in French for the duration (nesting is harmless)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _french  # type: ignore[attr-defined]
    argparse.ngettext = _french_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class FrenchHelpFormatter(argparse.HelpFormatter):
    """Fills one-paragraph descriptions to the terminal's width and keeps a text of several
    lines (the epilog's columns: environment, exit codes) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _french("usage: ") if prefix is None else prefix)


class FrenchSubcommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """A command group whose commands describe themselves with their ``help``."""

    def add_parser(self, name: str, **kwargs: Any) -> FrenchArgumentParser:
        text = kwargs.get("help")
        if text and "description" not in kwargs:
            kwargs["description"] = text[:1].upper() + text[1:] + "."
        parser = super().add_parser(name, **kwargs)
        parser.is_command = True
        return parser  # type: ignore[no-any-return]


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks French, epilog included; see the module's docstring."""

    #: The sub-command group of this parser, if it has one (``add_subparsers``).
    subcommands: argparse._SubParsersAction | None = None  # type: ignore[type-arg]
    #: False for the top-level parser, True for a command's (``backoffice db``).
    is_command: bool = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        kwargs.setdefault("epilog", common_epilog())
        with in_french():
            super().__init__(*args, **kwargs)
        # The deepest parser a command line reached (sub-parser defaults override).
        self.set_defaults(_parser=self)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if kwargs.get("action") == "version":
            kwargs.setdefault("help", _french("show program's version number and exit"))
        with in_french():
            return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        kwargs.setdefault("title", _french("subcommands"))
        kwargs.setdefault("action", FrenchSubcommands)
        kwargs.setdefault("dest", "command")
        kwargs.setdefault("metavar", "COMMANDE")
        with in_french():
            action = super().add_subparsers(**kwargs)
        self.subcommands = action
        return action

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with in_french():
            return super().parse_known_args(args, namespace)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with in_french():
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with in_french():
            return super().format_usage()

    def format_help(self) -> str:
        with in_french():
            return super().format_help()

    def error(self, message: str) -> Any:  # NoReturn
        with in_french():
            super().error(message)


def unfinished_group(args: argparse.Namespace) -> FrenchArgumentParser | None:
    """The command group the line stopped at (``backoffice db``), if it did: the caller
    prints its help. None for a complete command, and for the top level (no command at all
    starts the application)."""
    parser = getattr(args, "_parser", None)
    if not isinstance(parser, FrenchArgumentParser) or parser.subcommands is None:
        return None
    if getattr(args, parser.subcommands.dest, None) is not None:
        return None
    return parser if parser.is_command else None
