"""In English, the main window (every tab a full admin sees) and a product form show no
French: labels, buttons, headers, tab titles, tooltips, placeholders, menus, filters, and
the cells of the lists (statuses, yes/no, amounts).

The database holds English-looking data only (names, categories, an order, a quote, a
conversation), so that whatever French is found comes from the application, never from
the rows.
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
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from backoffice import i18n, migrations
from backoffice.db import make_engine
from backoffice.models import Commande, Conversation, Devis, RoleName
from backoffice.models import Message as ConversationMessage
from backoffice.services.permissions import Staff
from backoffice.ui import language
from backoffice.ui.about import show_about
from backoffice.ui.context import AppContext
from backoffice.ui.main_window import MainWindow
from backoffice.ui.tasks import DbRunner
from backoffice.views import all as views_all
from tests import ui_helpers
from tests.factories import make_category, make_product, make_staff, make_user
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
WORD = re.compile(r"[^\W\d_]+")


def _normal(text: str) -> str:
    text = TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip(" :*…▾").casefold()


def _french_sources() -> set[str]:
    """The French source texts whose English translation differs (normalised), but for
    those that are English too (« Import CSV » translates to « CSV import », and « Import
    CSV… » is the English of « Importer CSV… »)."""
    found = set()
    english = set()
    for message in ET.parse(EN_TS).getroot().iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        english.add(_normal(translation))
        if "{" not in source and _normal(source) != _normal(translation) and _normal(source):
            found.add(_normal(source))
    return found - english


def _french_words() -> set[str]:
    """One-word French sources (« Administrateur ») that no English translation uses: such
    a word inside a longer text (« Alex Smith — Administrateur ») is French."""
    english = set()
    words = set()
    for message in ET.parse(EN_TS).getroot().iter("message"):  # noqa: S314 - our own file
        english.update(w.casefold() for w in WORD.findall(message.findtext("translation") or ""))
        source = _normal(message.findtext("source") or "")
        if len(WORD.findall(source)) == 1 and source in FRENCH_SOURCES and len(source) > 3:
            words.add(WORD.findall(source)[0])
    return words - english


FRENCH_SOURCES = _french_sources()
FRENCH_SOURCE_WORDS = _french_words()


def looks_french(text: str) -> bool:
    for allowed in ALLOWED:  # « System language (Français) » names a language in itself
        text = text.replace(allowed, "")
    if not text.strip():
        return False
    plain = TAGS.sub(" ", text)
    return (
        _normal(text) in FRENCH_SOURCES
        or bool(FRENCH_LETTERS.search(plain))
        or bool(FRENCH_WORDS.search(plain.replace("&", "")))
        or any(w.casefold() in FRENCH_SOURCE_WORDS for w in WORD.findall(plain))
    )


def test_the_detector_knows_french_from_english() -> None:
    for french in ("Enregistrer", "&Fichier", "Prix TTC", "Détail", "A — Administrateur"):
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
        if header is not None and widget.model() is not None:
            model = widget.model()
            for column in range(header.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str) and not header.isHidden():
                        yield f"{name} header {column}", value
                    # The cells: the rows' data is English, the words around it must be.
                    for row in range(min(model.rowCount(), 50)):
                        cell = model.data(model.index(row, column), role)
                        if isinstance(cell, str):
                            yield f"{name} cell {row},{column}", cell
        yield from _action_texts(QWidget.actions(widget), name)  # some override the name


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
        customer = make_user(
            session, RoleName.CLIENT, email="jane@shop.test", prenom="Jane", nom="Doe"
        )
        for number, status in enumerate(("en_attente", "expediee", "annulee"), 1):
            session.add(
                Commande(
                    id_utilisateur=customer.id,
                    statut=status,
                    montant_total=Decimal("1250.00"),
                    frais_livraison=Decimal("15.00"),
                    tva=Decimal("208.33"),
                    reference=f"ORD-TEST-{number}",
                    pays_livraison="United Kingdom",
                    mode_livraison="colissimo",
                    methode_paiement="paypal",
                )
            )
        session.add(Devis(id_utilisateur=customer.id, statut="en_attente"))
        conversation = Conversation(
            id_utilisateur=customer.id, sujet="Delivery date", type="general", statut="ouvert"
        )
        session.add(conversation)
        session.flush()
        session.add(
            ConversationMessage(
                id_conversation=conversation.id, contenu="When will it arrive?", is_client=True
            )
        )
        session.commit()
        product_id = product.id
    yield factory, actor, product_id
    engine.dispose()
    shutil.rmtree(tmp_path, ignore_errors=True)


def _settle(qtbot: Any, widget: QWidget) -> None:
    """Until the texts stop changing: no « Loading… », no list model still loading, the
    same texts over several passes of the event loop (tabs build and fill lazily)."""
    previous: frozenset[tuple[str, str]] | None = None
    stable = 0

    def loading() -> bool:
        views = [widget, *widget.findChildren(QWidget)]
        return any(
            bool(getattr(view.model(), "loading", False))
            for view in views
            if isinstance(view, QTableView | QTreeView) and view.isVisibleTo(widget)
        )

    def settled() -> bool:
        nonlocal previous, stable
        texts = frozenset(visible_texts(widget))
        busy = loading() or any("Loading" in t or "Chargement" in t for _w, t in texts)
        stable = stable + 1 if texts == previous and not busy else 0
        previous = texts
        qtbot.wait(20)
        return stable >= 5

    qtbot.waitUntil(settled, timeout=15_000)


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
        qtbot.waitUntil(lambda key=key: window.tab_for(key).built, timeout=10_000)
        _settle(qtbot, window)
        found += [f"[{key}] {line}" for line in french_in(window)]
        # A tab's own sub-tabs (Sécurité: attempts, sessions, staff), each in turn.
        inner = [t for t in window.tab_for(key).findChildren(QTabWidget) if t.isVisible()]
        for tabs in inner:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle(qtbot, window)
                found += [f"[{key} › {index}] {line}" for line in french_in(window)]
    # The menus, whatever tab is open.
    found += [
        f"[menus] {w}: {t!r}"
        for w, t in _action_texts(window.menuBar().actions(), "menu bar")
        if looks_french(t)
    ]

    # The dialogs of the menus: « À propos » and « Préférences ».
    about = show_about(window, window.specs, window.context)
    found += [f"[about] {line}" for line in french_in(about)]
    about.close()
    preferences = window.show_preferences()
    found += [f"[preferences] {line}" for line in french_in(preferences)]
    preferences.close()

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


def test_record_windows_show_no_french(
    qtbot: Any,
    english: None,
    shop: tuple[sessionmaker[Session], Staff, int],
    make_runner: Callable[..., DbRunner],
    tmp_path: Path,
) -> None:
    """Return on each list's first row opens its record (order, quote, conversation,
    customer sheet, service, category…): nothing French in what opens."""
    from backoffice.ui.list_screen import ListScreen

    factory, actor, _product_id = shop
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        runner=make_runner(factory), actor=actor, settings=settings, database_label="shop.db"
    )
    window = MainWindow(context, views_all.all_views())
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    found: list[str] = []
    opened = 0
    for key in window.tab_keys():
        assert window.select_tab(key)
        qtbot.waitUntil(lambda key=key: window.tab_for(key).built, timeout=10_000)
        _settle(qtbot, window)
        for screen in window.tab_for(key).findChildren(ListScreen):
            if not screen.isVisible() or screen.model.rowCount() == 0:
                continue
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
            screen.table.setFocus()
            screen.table.selectRow(0)
            qtbot.keyClick(screen.table, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda before=before, screen=screen: (
                    any(w.isVisible() and w not in before for w in QApplication.topLevelWidgets())
                    or not screen.isVisible()
                ),
                timeout=10_000,
            )
            new = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
            targets = new or [window]  # a record shown in place (the conversation thread)
            for target in targets:
                _settle(qtbot, target)
                found += [f"[{key} record] {line}" for line in french_in(target)]
                opened += 1
                if target is not window:
                    target.close()
            if not new:
                _settle(qtbot, window)
    assert opened >= 3, "orders, customers, products… have a first row to open"
    assert not found, "French in the English record windows:\n" + "\n".join(found)
