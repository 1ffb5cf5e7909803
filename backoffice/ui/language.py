"""The language of the interface: chosen at start-up, then Qt's translators installed.

The language is ``--lang`` if given, else the one chosen in « Préférences » (saved in
QSettings; empty means "the system's"), else the system's first UI language when it is
French or English, else French (:func:`backoffice.i18n.choose_language`). It applies to the
whole run: Qt widgets do not re-translate themselves, so a new choice in « Préférences »
takes effect at the next start.

Three things follow the language (:func:`install_language`):

* the application's own strings: ``backoffice_<lang>.qm``, built from
  ``resources/translations/backoffice_<lang>.ts``. A wheel carries the ``.qm`` (setup.py
  compiles them); a tree installed without a build step (``pip install -e .``, a source
  checkout) has only the ``.ts``, which are compiled at first start into the user cache
  folder, keyed by the ``.ts``'s content so that an edited ``.ts`` is compiled again;
* Qt's own strings (``qtbase_<lang>`` from PySide6's translations folder): standard
  buttons, the file dialog, context menus of text fields; plus
  ``qtbase_supplement_<lang>.ts`` (ours) for the few Qt strings that file lacks (Qt 6.11's
  file dialog says « &Look in: », which qtbase_fr only knows as « Look in: »);
* the formatting of numbers, amounts and dates: ``QLocale.setDefault`` for Qt's widgets
  (spin boxes, date editors) and :func:`backoffice.i18n.set_language` for the Qt-free
  :mod:`backoffice.money` and :mod:`backoffice.ui.formatting`.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from importlib.resources import files
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from backoffice import i18n
from backoffice.config import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"  # "" (the system's), "fr" or "en"
# Each language named in itself, as language pickers do: never translated.
LANGUAGE_NAMES = {i18n.FRENCH: "Français", i18n.ENGLISH: "English"}
QT_LOCALES = {
    i18n.FRENCH: (QLocale.Language.French, QLocale.Country.France),
    i18n.ENGLISH: (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
TRANSLATIONS_PACKAGE = "backoffice.resources.translations"
SUPPLEMENT_PREFIX = "qtbase_supplement_"

# Translators must outlive the call that installs them (Qt keeps a raw pointer); kept to
# be removed when another language is installed (tests switch languages).
_installed: list[QTranslator] = []
# ``--lang`` of this run (backoffice.cli), before the application exists.
_requested: str | None = None


def request_language(language: str | None) -> None:
    """Records ``--lang`` for :func:`install_language` (None: no option given)."""
    global _requested
    _requested = i18n.normalize_language(language)


def requested_language() -> str | None:
    return _requested


def system_languages() -> list[str]:
    """The system's UI languages, preferred first (``["en-US", "en"]``; from ``LANG`` /
    ``LANGUAGE`` on Linux, the user's settings on Windows and macOS)."""
    return list(QLocale.system().uiLanguages())


def saved_language(settings: QSettings) -> str:
    """The choice made in « Préférences »: ``"fr"``, ``"en"`` or ``""`` (the system's)."""
    return i18n.normalize_language(settings.value(SETTINGS_KEY, "")) or ""


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, i18n.normalize_language(language) or "")
    settings.sync()


def resolve_language(requested: str | None, settings: QSettings) -> str:
    """``--lang``, else the saved choice, else the system's (French if it is neither)."""
    return i18n.choose_language(requested, saved_language(settings), system_languages())


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"


def qm_file(language: str, prefix: str = i18n.TS_PREFIX) -> Path | None:
    """The compiled ``<prefix><language>`` translation: shipped in the package, else
    compiled from the shipped ``.ts`` into the cache; None (logged) when neither works."""
    name = f"{prefix}{language}"
    try:
        folder = files(TRANSLATIONS_PACKAGE)
    except ModuleNotFoundError:
        log.warning("No translations: package %s missing", TRANSLATIONS_PACKAGE)
        return None
    shipped = folder.joinpath(f"{name}.qm")
    if shipped.is_file() and isinstance(shipped, Path):
        return shipped
    source = folder.joinpath(f"{name}.ts")
    if not source.is_file():
        if prefix == i18n.TS_PREFIX:
            log.warning("No translation for %s: neither %s.qm nor %s.ts", language, name, name)
        return None
    data = source.read_bytes()
    target_dir = cache_dir() / hashlib.sha256(data).hexdigest()[:16]
    target = target_dir / f"{name}.qm"
    if target.is_file():
        return target
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / f"{name}.ts"
            ts.write_bytes(data)
            (compiled,) = i18n.compile_translations([ts], Path(tmp) / "out")
            target_dir.mkdir(parents=True, exist_ok=True)
            # Written then renamed: two applications starting together never read half a file.
            partial = target_dir / f"{name}.qm.part"
            partial.write_bytes(compiled.read_bytes())
            partial.replace(target)
    except (OSError, RuntimeError) as exc:
        log.warning("Could not compile %s.ts: %s", name, exc)
        return None
    log.info("Compiled %s.qm into %s", name, target_dir)
    return target


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def install_language(app: QCoreApplication, language: str | QSettings) -> str:
    """Installs the translators (the application's and Qt's) and the locale of
    ``language``, or of the language chosen for this run from ``--lang`` and the settings
    when given the application's QSettings; returns the language installed. Replaces the
    translators of a previous call."""
    if isinstance(language, QSettings):
        language = resolve_language(_requested, language)
    language = i18n.normalize_language(language) or i18n.DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_language, country = QT_LOCALES[language]
    QLocale.setDefault(QLocale(qt_language, country))

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        _install(app, qt_translator)
    else:
        log.info("Qt's %s translation not found in %s", language, qt_folder)
    # Installed later, searched first: the supplement before qtbase, ours before both.
    for prefix in (SUPPLEMENT_PREFIX, i18n.TS_PREFIX):
        path = qm_file(language, prefix)
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            _install(app, translator)
        else:
            log.warning("Translation file %s unreadable", path)
    i18n.set_language(language, QCoreApplication.translate)
    return language


__all__ = [
    "LANGUAGE_NAMES",
    "SETTINGS_KEY",
    "install_language",
    "qm_file",
    "request_language",
    "requested_language",
    "resolve_language",
    "save_language",
    "saved_language",
    "system_languages",
]
