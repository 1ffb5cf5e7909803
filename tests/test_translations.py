"""Every user-facing string can be translated: ``pyside6-lupdate`` extracts it with a
context, the messages services raise are marked (``backoffice.i18n.QT_TRANSLATE_NOOP``),
and the committed ``resources/translations/backoffice_en.ts`` and ``backoffice_fr.ts`` list
exactly what the code extracts (regenerate them with the command in :data:`REGENERATE`),
every message translated (French: the source itself). The ``.qm`` Qt loads are built from
them (setup.py, or at first start into a cache) and really load; the language is chosen
as documented.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backoffice"
SERVICES = PACKAGE / "services"
TRANSLATIONS = ROOT / "resources" / "translations"
COMMITTED_TS = TRANSLATIONS / "backoffice_en.ts"
ALL_TS = {"en": COMMITTED_TS, "fr": TRANSLATIONS / "backoffice_fr.ts"}
REGENERATE = (
    "pyside6-lupdate -extensions py -no-obsolete -locations relative backoffice "
    "-ts resources/translations/backoffice_en.ts resources/translations/backoffice_fr.ts"
)

# Modules whose strings are not converted yet, relative to backoffice/ (empty since issue 9
# item 10 was done; keep it so). A listed module that no longer has an empty-context string
# (or an unmarked service message) fails the test until it is removed from here.
NOT_YET_CONVERTED_UI: frozenset[str] = frozenset()
NOT_YET_CONVERTED_SERVICES: frozenset[str] = frozenset()

# Qt-free modules besides services/ whose errors the UI shows (connection profiles, TLS
# modes, the shop's time zone, amounts). The command line's own modules (cli.py,
# migrations/) speak French only and are not scanned.
QT_FREE_MODULES = ("connections.py", "tls.py", "shop_time.py", "money.py")
QT_FREE_ERRORS = {"ProfileError", "UnknownTlsMode", "UnknownTimeZone", "MoneyError"}

MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
TRANSLATE_CALLS = {"tr", "translate"}


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.skip("pyside6-lupdate is not installed")
    return found


def _messages(ts: Path) -> list[tuple[str, str, str, list[str]]]:
    """(context, source, comment, locations) of each live message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            locations = [  # lupdate writes paths relative to the .ts file
                f"{(ts.parent / (loc.get('filename') or '')).resolve()}:{loc.get('line')}"
                for loc in message.iter("location")
            ]
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    locations,
                )
            )
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str, list[str]]]:
    ts = tmp_path_factory.mktemp("lupdate") / "backoffice.ts"
    subprocess.run(
        [_lupdate(), "-extensions", "py", "-locations", "absolute", str(PACKAGE), "-ts", str(ts)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return _messages(ts)


def _module(location: str) -> str:
    path = Path(location.rsplit(":", 1)[0])
    try:
        return path.relative_to(PACKAGE).as_posix()
    except ValueError:
        return path.as_posix()


def test_lupdate_finds_strings(extracted: list[tuple[str, str, str, list[str]]]) -> None:
    assert len(extracted) > 300
    contexts = {context for context, *_ in extracted}
    assert "errors" in contexts


def test_every_message_has_a_context(extracted: list[tuple[str, str, str, list[str]]]) -> None:
    empty: dict[str, list[str]] = {}
    for context, source, _comment, locations in extracted:
        if context:
            continue
        for location in locations:
            empty.setdefault(_module(location), []).append(f"{location}: {source!r}")
    unexpected = {m: lines for m, lines in empty.items() if m not in NOT_YET_CONVERTED_UI}
    assert not unexpected, (
        "strings extracted without a context (use self.tr() in a QObject subclass, "
        'QCoreApplication.translate("Context", "…") elsewhere; no module-level tr() helper):\n'
        + "\n".join(line for lines in unexpected.values() for line in lines)
    )
    converted = sorted(m for m in NOT_YET_CONVERTED_UI - set(empty) if (PACKAGE / m).exists())
    assert not converted, f"converted now, remove from NOT_YET_CONVERTED_UI: {converted}"


def _is_marker(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name in MARKERS


def _prose(node: ast.AST) -> bool:
    """A string literal that reads as a sentence (not an identifier or a permission)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        return any(c.isalpha() for c in text) and (" " in text.strip() or not text.isascii())
    return False


def _unmarked_literals(
    node: ast.AST, constants: dict[str, ast.AST], seen: frozenset[str] = frozenset()
) -> list[ast.AST]:
    """Prose literals under ``node`` outside any marker call, following the module's
    constants (``MESSAGE`` or ``MESSAGE.format(…)``); dict keys are skipped."""
    if _is_marker(node):
        return []
    if _prose(node):
        return [node]
    if isinstance(node, ast.Name):
        if node.id in constants and node.id not in seen:
            return _unmarked_literals(constants[node.id], constants, seen | {node.id})
        return []
    if isinstance(node, ast.Dict):
        children: list[ast.AST] = [v for v in node.values if v is not None]
    elif isinstance(node, ast.JoinedStr):
        children = []
    elif isinstance(node, ast.Call):
        # A call's arguments are followed (", ".join(...)), its function only when it is a
        # method of a constant (MESSAGE.format(...)).
        children = [*node.args, *(k.value for k in node.keywords)]
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            children.append(node.func.value)
    else:
        children = list(ast.iter_child_nodes(node))
    found: list[ast.AST] = []
    for child in children:
        found.extend(_unmarked_literals(child, constants, seen))
    return found


def _constants(tree: ast.Module) -> dict[str, ast.AST]:
    """The module's top-level ``NAME = value`` assignments."""
    constants: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            constants[node.target.id] = node.value
    return constants


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """ServiceError and every class deriving from it in backoffice/ (by name)."""
    names = {"ServiceError", "FieldErrors", *QT_FREE_ERRORS}
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(b, "id", getattr(b, "attr", None)) for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


def _called_name(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _service_message_sites(tree: ast.Module, error_classes: set[str]) -> list[ast.AST]:
    """Expressions holding messages of errors: error-class calls' arguments (but
    ``PermissionDenied``'s permission), ``conflict(…, message=…)``, ``errors[…] = …``
    and ``errors.suggest(field, message, value)``."""
    sites: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in error_classes:
                args = node.args[1:] if name == "PermissionDenied" else node.args
                sites.extend(args)
                sites.extend(k.value for k in node.keywords if k.arg in (None, "message", "errors"))
            elif name == "conflict":
                sites.extend(k.value for k in node.keywords if k.arg == "message")
            elif name in ("suggest", "setdefault") and len(node.args) >= 2:
                sites.append(node.args[1])
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Subscript):
                    owner = ast.unparse(target.value)
                    if "error" in owner.lower():
                        sites.append(node.value)
    return sites


def test_services_raise_marked_messages() -> None:
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    error_classes = _error_classes(trees)
    unmarked: dict[str, list[str]] = {}
    for path, tree in trees.items():
        if SERVICES not in path.parents and not (
            path.parent == PACKAGE and path.name in QT_FREE_MODULES
        ):
            continue
        module = path.relative_to(PACKAGE).as_posix()
        constants = _constants(tree)
        # Messages kept in constants (AUTH's INVALID_CREDENTIALS_MESSAGE…) and passed on
        # through helpers the scan cannot follow.
        kept = [value for name, value in constants.items() if name.endswith("_MESSAGE")]
        for site in [*_service_message_sites(tree, error_classes), *kept]:
            for literal in _unmarked_literals(site, constants):
                unmarked.setdefault(module, []).append(
                    f"{module}:{literal.lineno}: {ast.unparse(literal)[:80]}"
                )
    unexpected = {m: lines for m, lines in unmarked.items() if m not in NOT_YET_CONVERTED_SERVICES}
    assert not unexpected, (
        "service messages not marked with QT_TRANSLATE_NOOP(context, literal) "
        "(placeholders filled after it with .format(...)):\n"
        + "\n".join(line for lines in unexpected.values() for line in lines)
    )
    converted = sorted(
        m for m in NOT_YET_CONVERTED_SERVICES - set(unmarked) if (PACKAGE / m).exists()
    )
    assert not converted, f"converted now, remove from NOT_YET_CONVERTED_SERVICES: {converted}"


def test_no_fstring_is_translated() -> None:
    """lupdate reads an f-string's braces literally while the runtime looks up the
    formatted text: translate a literal with {placeholders}, then .format(...)."""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (
                _called_name(node) in TRANSLATE_CALLS or _is_marker(node)
            ):
                for arg in node.args:
                    if isinstance(arg, ast.JoinedStr):
                        wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, "f-string passed to a translation call:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", sorted(ALL_TS))
def test_committed_ts_is_up_to_date(
    extracted: list[tuple[str, str, str, list[str]]], language: str
) -> None:
    ts = ALL_TS[language]
    fresh = {(context, source, comment) for context, source, comment, _ in extracted}
    committed = {(context, source, comment) for context, source, comment, _ in _messages(ts)}
    missing = sorted(fresh - committed)
    stale = sorted(committed - fresh)
    assert not missing and not stale, (
        f"{ts.relative_to(ROOT)} is out of date, regenerate it: {REGENERATE}\n"
        f"missing: {missing[:20]}\nstale: {stale[:20]}"
    )


def _translations(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation text, translation type) of each live message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = translation.text if translation is not None else None
            found.append((name, message.findtext("source") or "", text, kind))
    return found


PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("language", sorted(ALL_TS))
def test_every_message_is_translated(language: str) -> None:
    """No unfinished message; placeholders the translation uses exist in the source (it may
    drop one: "(e.g. 1234.50)" needs no French example); an accelerator stays one; French
    repeats its source (the source language: the .ts is there for a translator's fixes)."""
    wrong = []
    for context, source, text, kind in _translations(ALL_TS[language]):
        where = f"{context}: {source!r}"
        if kind == "unfinished" or not text:
            wrong.append(f"untranslated {where}")
            continue
        if not set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(source)):
            wrong.append(f"placeholders differ {where} → {text!r}")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append(f"accelerator lost or added {where} → {text!r}")
        if language == "fr" and text != source:
            wrong.append(f"French translation differs from its source {where} → {text!r}")
    assert not wrong, "\n".join(wrong[:40])


def test_service_messages_reach_the_translator(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A service's marked message, its field messages and their placeholders come out of
    an installed translation (context and template as lupdate extracted them)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from backoffice.i18n import QT_TRANSLATE_NOOP
    from backoffice.services.errors import NotFound, ValidationError
    from backoffice.ui.errors import field_messages, user_message

    not_found = "Le produit n° {id} n'existe plus (il a peut-être été supprimé)."
    required = "Le prix est obligatoire."
    ts = tmp_path / "en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>catalog</name>"
        f"<message><source>{escape(not_found)}</source>"
        "<translation>Product {id} no longer exists.</translation></message>"
        f"<message><source>{escape(required)}</source>"
        "<translation>The price is required.</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(_lupdate()).with_name("pyside6-lrelease")
    qm = tmp_path / "en.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        error = NotFound(QT_TRANSLATE_NOOP("catalog", not_found).format(id=7))
        assert error.message == "Le produit n° 7 n'existe plus (il a peut-être été supprimé)."
        assert (error.context, error.template, error.params) == ("catalog", not_found, {"id": 7})
        assert user_message(error) == "Product 7 no longer exists."
        invalid = ValidationError({"prix": QT_TRANSLATE_NOOP("catalog", required)})
        assert invalid.errors == {"prix": required}  # French for logs, CLI and tests
        assert field_messages(invalid) == {"prix": "The price is required."}
        assert "The price is required." in user_message(invalid)
    finally:
        QCoreApplication.removeTranslator(translator)


# --- .qm files, the language chosen, what follows it ----------------------------------


@pytest.fixture
def restore_french(qapp: Any) -> Any:
    from backoffice.ui import language

    yield qapp
    language.install_language(qapp, "fr")


def test_both_ts_compile_and_load(tmp_path: Path) -> None:
    """What setup.py's build step does, then what Qt does with the result."""
    from PySide6.QtCore import QTranslator

    from backoffice import i18n

    qms = i18n.compile_translations(sorted(ALL_TS.values()), tmp_path)
    assert sorted(q.name for q in qms) == ["backoffice_en.qm", "backoffice_fr.qm"]
    english = QTranslator()
    assert english.load(str(tmp_path / "backoffice_en.qm"))
    assert english.translate("Views", "Produits") == "Products"
    assert english.translate("errors", "Erreur") == "Error"
    french = QTranslator()
    assert french.load(str(tmp_path / "backoffice_fr.qm"))
    assert french.translate("Views", "Produits") == "Produits"


def test_without_a_shipped_qm_it_is_compiled_once_into_the_cache(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The source tree (editable install) has no .qm: the first start compiles the .ts into
    the cache, keyed by its content; the next start reuses it."""
    from backoffice.ui import language

    assert not list(TRANSLATIONS.glob("*.qm")), "no .qm is committed or left in the tree"
    monkeypatch.setattr(language, "cache_dir", lambda: tmp_path / "cache")
    first = language.qm_file("en")
    assert first is not None and first.is_file()
    assert tmp_path / "cache" in first.parents
    stamp = first.stat().st_mtime_ns
    assert language.qm_file("en") == first
    assert first.stat().st_mtime_ns == stamp


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        (None, "", ["fr-FR", "fr"], "fr"),
        (None, "", ["en-US", "en"], "en"),
        (None, "", ["en-GB"], "en"),
        (None, "", ["de-DE", "en-US"], "fr"),  # the system's is German: French
        (None, "", [], "fr"),
        (None, "", ["C"], "fr"),
        (None, "en", ["fr-FR"], "en"),  # Préférences over the system
        ("fr", "en", ["en-US"], "fr"),  # --lang over Préférences
        ("en", "", ["de-DE"], "en"),
    ],
)
def test_language_choice(
    requested: str | None, saved: str, system: list[str], expected: str
) -> None:
    from backoffice import i18n

    assert i18n.choose_language(requested, saved, system) == expected


def test_the_system_language_comes_from_lang(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """LANG=en_US.UTF-8 gives English, LANG=de_DE.UTF-8 French (in a child process: Qt
    reads the system locale once)."""
    code = (
        "from PySide6.QtCore import QSettings\n"
        "from backoffice.ui.language import resolve_language\n"
        "import sys\n"
        "print(resolve_language(None, QSettings(sys.argv[1], QSettings.Format.IniFormat)))\n"
    )
    for lang, expected in (("en_US.UTF-8", "en"), ("de_DE.UTF-8", "fr"), ("fr_FR.UTF-8", "fr")):
        env = {
            k: v for k, v in __import__("os").environ.items() if not k.startswith(("LC_", "LANG"))
        }
        env["LANG"] = lang
        result = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / "settings.ini")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        assert result.stdout.strip() == expected, (lang, result.stdout, result.stderr)


def test_qt_own_strings_follow_the_language(qapp: Any, restore_french: Any) -> None:
    """Standard buttons and Qt's own file dialog: French in French (qtbase_fr plus our
    supplement for what it lacks), English in English."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from backoffice.ui import language

    def texts() -> list[str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [dialog.findChild(QLabel, name) for name in ("lookInLabel", "fileTypeLabel")]
        result = [box.buttons()[0].text()] + [label.text() for label in labels if label]
        dialog.deleteLater()
        box.deleteLater()
        return [text.replace("&", "").replace("\u00a0", " ") for text in result]

    language.install_language(qapp, "fr")
    assert texts() == ["Annuler", "Voir dans :", "Fichiers de type :"]
    language.install_language(qapp, "en")
    assert texts() == ["Cancel", "Look in:", "Files of type:"]


def test_numbers_amounts_and_dates_follow_the_language(qapp: Any, restore_french: Any) -> None:
    from datetime import UTC, datetime
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from backoffice import money
    from backoffice.ui import formatting, language
    from backoffice.ui.forms.values import money_text, parse_money_text

    when = datetime(2026, 11, 21, 13, 5, tzinfo=UTC)
    language.install_language(qapp, "en")
    assert formatting.format_money(Decimal("1234.5")) == "€1,234.50"
    assert formatting.format_decimal(Decimal("1234.5")) == "1,234.50"
    assert formatting.format_int(12345) == "12,345"
    assert formatting.format_count(0, "customer", "customers") == "0 customers"
    assert formatting.format_count(1, "customer", "customers") == "1 customer"
    assert formatting.format_bool(True) == "Yes"
    assert formatting.format_datetime(when) == "21/11/2026 14:05"  # shop time, en_GB
    assert money_text(Decimal("12.5")) == "12.50"
    assert parse_money_text("1,234.50") == Decimal("1234.50")
    assert parse_money_text("12,5") == Decimal("12.5")  # a decimal comma still reads
    assert QLocale().decimalPoint() == "."
    # An amount a service quoted in its (French) message is written again in English.
    from backoffice.i18n import QT_TRANSLATE_NOOP
    from backoffice.ui.errors import translated

    price = money.format_amount(Decimal("1234.5"))
    message = QT_TRANSLATE_NOOP(
        "catalog", "Le prix promotionnel doit être inférieur au prix ({price} €)."
    ).format(price=price)
    assert message == f"Le prix promotionnel doit être inférieur au prix ({price} €)."
    assert price == "1\u202f234,50"
    assert translated(message) == "The sale price must be below the price (€1,234.50)."
    # Files and documents stay French whatever the interface says.
    assert money.format_money(Decimal("1234.5")) == "1\u202f234,50\u00a0€"
    assert money.money_text(Decimal("12.5")) == "12,50"

    language.install_language(qapp, "fr")
    assert formatting.format_money(Decimal("1234.5")) == "1\u202f234,50\u00a0€"
    assert formatting.format_int(12345) == "12\u202f345"
    assert formatting.format_count(0, "client", "clients") == "0 client"
    assert formatting.format_bool(True) == "Oui"
    assert money_text(Decimal("12.5")) == "12,50"
    assert QLocale().decimalPoint() == ","


def test_lang_option_reaches_the_application(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``--lang`` is recorded for the run, then wins over the saved choice."""
    from PySide6.QtCore import QSettings

    from backoffice import cli
    from backoffice.ui import app, language

    seen: list[str | None] = []
    monkeypatch.setattr(app, "run_gui", lambda **_kw: seen.append(language.requested_language()))
    monkeypatch.setattr(language, "_requested", None)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    language.save_language(settings, "fr")
    cli.main(["--lang", "en", "--demo"])
    assert seen == ["en"]
    assert language.resolve_language(language.requested_language(), settings) == "en"
    cli.main(["--demo"])
    assert seen == ["en", None]
    assert language.resolve_language(language.requested_language(), settings) == "fr"
    with pytest.raises(SystemExit):
        cli.main(["--lang", "de"])


def test_preferences_save_the_language(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from backoffice.ui import language
    from backoffice.ui.preferences import Preferences, PreferencesDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(Preferences(settings))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == ""  # the system's, by default
    assert not dialog.language_note.isVisibleTo(dialog) or language.saved_language(settings)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_note.isVisibleTo(dialog)  # French running, English chosen
    dialog.accept()
    assert language.saved_language(settings) == "en"
    assert language.resolve_language(None, settings) == "en"
    assert language.resolve_language("fr", settings) == "fr"


def test_no_translation_helper_hides_strings_from_lupdate() -> None:
    """``def _tr(text): return QCoreApplication.translate("Ctx", text)`` translates at run
    time strings lupdate never sees (its callers' literals): they stay French in English.
    A literal context with a parameter as the text is such a helper. (Translating what a
    Qt-free module marked with QT_TRANSLATE_NOOP, ``translate(labels.CONTEXT, label)``, is
    fine: lupdate saw the marker.)"""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = {a.arg for a in (*function.args.args, *function.args.kwonlyargs)}
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and _called_name(node) == "translate"
                    and len(node.args) >= 2
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[1], ast.Name)
                    and node.args[1].id in params
                ):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {function.name}()")
    assert not wrong, "translation helpers (call translate() with literals instead):\n" + (
        "\n".join(wrong)
    )
