"""Messages marked for translation without Qt: what services (and other Qt-free modules)
raise or return is French text that remembers how to be translated.

``QT_TRANSLATE_NOOP("catalog", "Produit introuvable.")`` is the marker ``pyside6-lupdate``
extracts (context, source text: both literals); it returns a :class:`Message`, a ``str``
equal to the French text that also carries its context and template. Placeholders are
filled after the marker, never inside it (lupdate only reads literals)::

    QT_TRANSLATE_NOOP("catalog", "Le slug « {slug} » est déjà pris.").format(slug=slug)

The result is still the French sentence (logs, the command line and tests read it as a
plain ``str``); the UI translates it with ``QCoreApplication.translate(message.context,
message.template)`` and formats the translation with ``message.args`` / ``message.kwargs``
(``backoffice.ui.errors.translated``). One context per domain: "catalog", "categories",
"auth", "sessions", "totp", "security", "customers", "db_role", "demo", "permissions",
"errors".

The rest of the module is the language the application speaks, still without Qt: which
languages exist (:data:`LANGUAGES`), the one in use (:func:`current_language`, read by the
Qt-free formatting of numbers, amounts and dates, worker threads included), how to pick it
(:func:`choose_language`) and how ``.ts`` files become the ``.qm`` files Qt loads
(:func:`compile_translations`, run by setup.py's build step and, for a tree installed
without one, by :mod:`backoffice.ui.language` into a cache). Installing the translators is
:mod:`backoffice.ui.language`'s job.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any


class Message(str):
    """French text (already formatted) plus what a translator needs: the lupdate
    ``context``, the untranslated ``template`` and the formatting ``args`` / ``kwargs``.

    Equal to, and usable as, the French ``str``; joining or concatenating gives a plain
    ``str`` (no longer translatable as a whole).
    """

    context: str
    template: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(
        cls,
        context: str,
        template: str,
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
    ) -> Message:
        kwargs = dict(kwargs or {})
        text = str.format(template, *args, **kwargs) if args or kwargs else template
        self = super().__new__(cls, text)
        self.context = context
        self.template = template
        self.args = tuple(args)
        self.kwargs = kwargs
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:  # type: ignore[override]  # copy, pickle
        return (self.context, self.template, self.args, self.kwargs)

    def format(self, *args: Any, **kwargs: Any) -> Message:  # type: ignore[override]
        """The template with its placeholders filled, still translatable."""
        return Message(self.context, self.template, args, kwargs)

    @property
    def params(self) -> dict[str, Any]:
        """The named placeholders' values."""
        return dict(self.kwargs)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for extraction under ``context``; returns it as a :class:`Message`."""
    return Message(context, text)


# --- the language in use ---------------------------------------------------------------

FRENCH = "fr"
ENGLISH = "en"
# The application's languages; French is the source language (and the fallback).
LANGUAGES: tuple[str, ...] = (FRENCH, ENGLISH)
DEFAULT_LANGUAGE = FRENCH
# The CLDR locale numbers, amounts and dates follow in each language: English is British
# English (day/month/year, 24-hour clock, like the shop's own French dates), the .ts files'
# target language.
BABEL_LOCALES = {FRENCH: "fr_FR", ENGLISH: "en_GB"}
TS_PREFIX = "backoffice_"

_current = DEFAULT_LANGUAGE


# Set by the UI to Qt's translate(context, text); identity without Qt (services, the CLI).
def _untranslated(_context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _untranslated


def normalize_language(value: object) -> str | None:
    """``"en"``, ``"en_US"``, ``"en-GB"``, ``"EN"`` → ``"en"``; an unsupported or empty
    value → None."""
    if not isinstance(value, str):
        return None
    code = value.strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def choose_language(requested: str | None, saved: str | None, system: Iterable[str]) -> str:
    """The language to run in: ``requested`` (``--lang``), else ``saved`` (Préférences;
    empty means "the system's"), else the system's first UI language when the application
    speaks it, else French."""
    for candidate in (requested, saved):
        found = normalize_language(candidate)
        if found:
            return found
    for first in system:
        return normalize_language(first) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def current_language() -> str:
    """``"fr"`` or ``"en"``: the language the application shows (French until set)."""
    return _current


def set_language(language: str, translate: Callable[[str, str], str] | None = None) -> None:
    """Makes ``language`` the current one; ``translate(context, text)`` (Qt's, from the UI)
    translates the Qt-free modules' own words (:func:`translate`)."""
    global _current, _translate
    found = normalize_language(language)
    if found is None:
        raise ValueError(f"unsupported language: {language!r}")
    _current = found
    if translate is not None:
        _translate = translate


def babel_locale() -> str:
    """The CLDR locale name of the current language (``fr_FR``, ``en_GB``)."""
    return BABEL_LOCALES[_current]


def translate(message: Message) -> str:
    """A marked word or sentence in the current language, without Qt in the caller (the
    formatting of ``Oui``/``Non``); placeholders filled like ``ui.errors.translated``."""
    text = _translate(message.context, message.template)
    if message.args or message.kwargs:
        return text.format(*message.args, **message.kwargs)
    return text


# --- .ts → .qm ------------------------------------------------------------------------


def find_lrelease() -> Path | None:
    """Qt's ``lrelease`` shipped inside PySide6 (PySide6-Essentials), or None."""
    # Located, not imported: this module stays Qt-free (setup.py runs it too).
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    for name in ("lrelease.exe", "lrelease") if os.name == "nt" else ("lrelease",):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    # macOS framework builds keep the tools in an app-like folder next to the libraries.
    found = shutil.which("lrelease", path=str(folder / "Qt" / "libexec"))
    return Path(found) if found else None


def compile_translations(
    ts_files: Iterable[Path], out_dir: Path, *, lrelease: Path | None = None
) -> list[Path]:
    """Compiles each ``backoffice_<lang>.ts`` into ``out_dir/backoffice_<lang>.qm`` with
    Qt's ``lrelease``; returns the ``.qm`` paths. Raises RuntimeError naming what is
    missing or what lrelease said."""
    tool = lrelease or find_lrelease()
    if tool is None:
        raise RuntimeError(
            "lrelease not found: install PySide6-Essentials (it ships Qt's lrelease)"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files:
        qm = out_dir / (Path(ts).stem + ".qm")
        result = subprocess.run(  # noqa: S603 - our own tool and files
            [str(tool), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts}: {result.stdout}{result.stderr}")
        written.append(qm)
    return written


if __name__ == "__main__":  # pragma: no cover - python -m backoffice.i18n TS... OUT_DIR
    compile_translations([Path(a) for a in sys.argv[1:-1]], Path(sys.argv[-1]))


__all__ = [
    "BABEL_LOCALES",
    "DEFAULT_LANGUAGE",
    "ENGLISH",
    "FRENCH",
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "Message",
    "babel_locale",
    "choose_language",
    "compile_translations",
    "current_language",
    "find_lrelease",
    "normalize_language",
    "set_language",
    "translate",
]
