"""The two entry points and the administration command's help (issue 14, point 1): French
through and through (argparse's own words too), environment variables and exit codes in
every help, each command group printing its help when called alone. The checks walk every
parser the command line builds, so a command added later is held to the same rules."""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from backoffice import cli, cli_parser

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = (
    "usage:",
    "positional arguments",
    "optional arguments",
    "show this help message",
    "show program's version",
    "error:",
    "invalid choice",
    "required",
    "unrecognized",
    "expected one argument",
)


def _parsers() -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    """Every parser of the command line with the words that reach it."""

    def walk(
        path: list[str], parser: argparse.ArgumentParser
    ) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
        yield path, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk([*path, name], sub)

    yield from walk([], cli._build_parser())


def _argparse_messages() -> set[str]:
    """The literal messages argparse passes to gettext, read from its source."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            count = {"_": 1, "ngettext": 2}.get(node.func.id, 0)
            for arg in node.args[:count]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_every_argparse_message_has_its_french() -> None:
    messages = _argparse_messages()
    assert len(messages) > 20  # the reading works
    missing = sorted(messages - cli_parser.ARGPARSE_FRENCH.keys())
    assert not missing, f"argparse messages without French: {missing}"


def test_every_help_is_french_with_environment_and_exit_codes() -> None:
    seen = 0
    for path, parser in _parsers():
        text = parser.format_help()
        seen += 1
        assert text.startswith("utilisation : "), (path, text[:80])
        for english in ENGLISH:
            assert english not in text, (path, english)
        assert "afficher cette aide et quitter" in text
        for name, _what in cli_parser.ENVIRONMENT:
            assert name in text, (path, name)
        assert "Codes de sortie :" in text and "130" in text, path
        # Metavars are words, not a dest's name in capitals (DATABASE_URL_SUB).
        usage = text.split("\n\n", 1)[0]
        assert not re.search(r"\b[A-Z]+_[A-Z_]+\b", usage), (path, usage)
    assert seen >= 7  # backoffice, db and its commands, demo and totp at least


def test_every_group_alone_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    groups = [
        path
        for path, parser in _parsers()
        if path and isinstance(parser, cli_parser.FrenchArgumentParser) and parser.subcommands
    ]
    assert ["db"] in groups and ["demo"] in groups
    for path in groups:
        assert cli.main(path) == 0, path
        out = capsys.readouterr().out
        assert out.startswith(f"utilisation : backoffice {' '.join(path)}"), out[:80]
        assert re.search(r"^commandes ?:$", out, re.MULTILINE)


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["dbx"], "choix invalide : 'dbx'"),
        (["db", "grant"], "arguments obligatoires manquants : --role"),
        (["db", "seed-demo", "--seed", "x"], "valeur invalide : 'x'"),
        (["db", "current", "--inconnue"], "arguments inconnus : --inconnue"),
        (["db", "current", "--database-url"], "une valeur attendue"),
    ],
)
def test_errors_are_french_with_exit_code_2(
    argv: list[str], french: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "utilisation : " in err and " : erreur : " in err
    assert french in err
    for english in ENGLISH:
        assert english not in err


def test_other_parsers_keep_their_own_language(capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["db"])
    capsys.readouterr()
    other = argparse.ArgumentParser(prog="autre")
    assert other.format_help().startswith("usage: autre")
    assert "show this help message and exit" in other.format_help()


def test_version_and_help_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backoffice", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("utilisation : backoffice ")
    assert "BACKOFFICE_DATABASE_URL" in result.stdout


def test_two_entry_points_in_pyproject_and_the_readme() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"backoffice": "backoffice.cli:main"}
    assert project["scripts"] == {"backoffice-cli": "backoffice.cli:main"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "backoffice-cli" in readme
    # The administration commands of the README are run with the console program.
    admin_with_gui = [
        line
        for line in readme.splitlines()
        if re.match(r"\s*(\.venv/bin/)?backoffice (db|demo|invoices) ", line)
    ]
    assert not admin_with_gui, admin_with_gui
