"""In English, the main window (every tab a full admin sees) and a product form show no
French: labels, buttons, headers, tab titles, tooltips, placeholders, menus, filters.

The database holds English-looking data only (names, categories), so that whatever
French is found comes from the application, never from the rows.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from backoffice import i18n, migrations
from backoffice.db import make_engine
from backoffice.models import RoleName
from backoffice.services.permissions import Staff
from backoffice.ui import language
from backoffice.ui.context import AppContext
from backoffice.ui.main_window import MainWindow
from backoffice.ui.tasks import DbRunner
from backoffice.views import all as views_all
from tests import ui_helpers
from tests.factories import make_category, make_product, make_staff
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner

ROOT = Path(__file__).resolve().parents[1]
EN_TS = ROOT / "resources" / "translations" / "backoffice_en.ts"

# Words only French uses (whole words, any case) and the letters and quotes English does
# not: one of them in a visible text is an untranslated string.
FRENCH_WORDS = re.compile(
    r"\b(le|la|les|des|du|une|et|est|sont|pour|avec|sans|aucun|aucune|dans|sur|vos|votre|"
    r"mot de passe|rechercher|ouvrir|enregistrer|annuler|fermer|oui|non|modifier|supprimer|"
    r"nouveau|nouvelle|chargement|actualiser|fichier|aide|quitter|connexion|commandes?|"
    r"produits?|clients?|factures?|devis|catégories?|sécurité|préférences|tous|toutes)\b",
    re.IGNORECASE,
)
FRENCH_LETTERS = re.compile(r"[àâçéèêëîïôûùüÿœæ«»]", re.IGNORECASE)
# French shown on purpose in English: each language's own name in the language picker.
ALLOWED = {"Français"}
TAGS = re.compile(r"<[^>]+>")


def _normal(text: str) -> str:
    text = TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip(" :*…▾").casefold()


def _french_sources() -> set[str]:
    """The French source texts whose English translation differs (normalised)."""
    found = set()
    for message in ET.parse(EN_TS).getroot().iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if "{" not in source and _normal(source) != _normal(translation) and _normal(source):
            found.add(_normal(source))
    return found


FRENCH_SOURCES = _french_sources()


def looks_french(text: str) -> bool:
    if not text.strip() or text in ALLOWED:
        return False
    plain = TAGS.sub(" ", text)
    return (
        _normal(text) in FRENCH_SOURCES
        or bool(FRENCH_LETTERS.search(plain))
        or bool(FRENCH_WORDS.search(plain.replace("&", "")))
    )


def test_the_detector_knows_french_from_english() -> None:
    for french in ("Enregistrer", "&Fichier", "Rechercher un client…", "Prix TTC", "Détail"):
        assert looks_french(french), french
    for english in ("Save", "&File", "Search for a customer…", "Price incl. VAT", "Details"):
        assert not looks_french(english), english


def _action_texts(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield f"{where} action", action.text()
        yield (
            f"{where} action tooltip",
            action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
        )
        yield f"{where} action status tip", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} menu", menu.title()
            yield from _action_texts(menu.actions(), f"{where} › {action.text()}")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything ``root`` shows a user: its own and its visible
    children's texts, tooltips, placeholders, headers, items, menus."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    yield "window title", root.windowTitle()
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} status tip", widget.statusTip()
        yield f"{name} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            menu = getattr(widget, "menu", lambda: None)()
            if isinstance(menu, QMenu):
                yield from _action_texts(menu.actions(), name)
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{name} tab", widget.tabText(index)
                yield f"{name} tab tooltip", widget.tabToolTip(index)
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and widget.model() is not None and not header.isHidden():
            for column in range(header.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = widget.model().headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{name} header {column}", value
        yield from _action_texts(widget.actions(), name)


def french_in(root: QWidget) -> list[str]:
    return sorted(
        {f"{where}: {text!r}" for where, text in visible_texts(root) if looks_french(text)}
    )


# --- the application in English -----------------------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert language.install_language(qapp, i18n.ENGLISH) == i18n.ENGLISH
    try:
        yield
    finally:
        language.install_language(qapp, i18n.FRENCH)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[sessionmaker[Session], Staff, int]]:
    path = tmp_path / "shop.db"
    migrations.upgrade(f"sqlite:///{path}")
    engine: Engine = make_engine(f"sqlite:///{path}")
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    with factory() as session:
        actor = make_staff(
            session, RoleName.ADMIN, email="admin@shop.test", prenom="Alex", nom="Smith"
        )
        kitchen = make_category(session, "Kitchen")
        product = make_product(
            session, "Steel pan", prix=Decimal("1234.50"), categorie=kitchen, slug="steel-pan"
        )
        session.commit()
        product_id = product.id
    yield factory, actor, product_id
    engine.dispose()
    shutil.rmtree(tmp_path, ignore_errors=True)


def _settle(qtbot: Any, widget: QWidget) -> None:
    """Until nothing visible reads « Loading… » (lists and forms filled)."""

    def loaded() -> bool:
        return not any(
            "Loading" in text or "Chargement" in text for _where, text in visible_texts(widget)
        )

    qtbot.waitUntil(loaded, timeout=10_000)


def test_main_window_and_product_form_show_no_french(
    qtbot: Any,
    english: None,
    shop: tuple[sessionmaker[Session], Staff, int],
    make_runner: Callable[..., DbRunner],
    tmp_path: Path,
) -> None:
    factory, actor, product_id = shop
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        runner=make_runner(factory), actor=actor, settings=settings, database_label="shop.db"
    )
    window = MainWindow(context, views_all.all_views())
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    assert window.tab_keys(), "an admin sees tabs"
    found: list[str] = []
    for key in window.tab_keys():
        assert window.select_tab(key)
        _settle(qtbot, window)
        found += [f"[{key}] {line}" for line in french_in(window)]
    # The menus, whatever tab is open.
    found += [
        f"[menus] {w}: {t!r}"
        for w, t in _action_texts(window.menuBar().actions(), "menu bar")
        if looks_french(t)
    ]

    assert window.select_tab("produits")
    screen = window.tab_for("produits").ensure_built()
    form = wait_for(qtbot, screen.open_product(product_id), 10_000)
    assert isinstance(form, QDialog)
    form.resize(1024, 700)
    _settle(qtbot, form)
    found += [f"[product form] {line}" for line in french_in(form)]
    new_form = wait_for(qtbot, screen.open_product(None), 10_000)
    _settle(qtbot, new_form)
    found += [f"[new product form] {line}" for line in french_in(new_form)]
    form.close()
    new_form.close()
    assert not found, "French in the English interface:\n" + "\n".join(found)


def test_the_same_window_in_french_is_french(
    qtbot: Any,
    qapp: QApplication,
    shop: tuple[sessionmaker[Session], Staff, int],
    make_runner: Callable[..., DbRunner],
    tmp_path: Path,
) -> None:
    """The detector sees the French window (the English test cannot pass by seeing nothing)."""
    language.install_language(qapp, i18n.FRENCH)
    factory, actor, _product_id = shop
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        runner=make_runner(factory), actor=actor, settings=settings, database_label="shop.db"
    )
    window = MainWindow(context, views_all.all_views())
    qtbot.addWidget(window)
    window.show()
    assert window.select_tab("produits")
    _settle(qtbot, window)
    assert QCoreApplication.translate("Views", "Produits") == "Produits"
    assert len(french_in(window)) > 10


def test_every_member_reaches_the_language_from_the_file_menu(
    qtbot: Any,
    shop: tuple[sessionmaker[Session], Staff, int],
    make_runner: Callable[..., DbRunner],
    tmp_path: Path,
) -> None:
    """Fichier → Préférences… opens the dialog with « Langue », whatever tabs the role has."""
    factory, actor, _product_id = shop
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        runner=make_runner(factory), actor=actor, settings=settings, database_label="shop.db"
    )
    window = MainWindow(context, [])
    qtbot.addWidget(window)
    window.show()
    assert window.preferences_action in window.menuBar().actions()[0].menu().actions()
    window.preferences_action.trigger()
    dialog = window.findChild(QDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    combo = dialog.findChild(QComboBox, "prefLanguage")
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert language.saved_language(settings) == "en"
