"""Look and language of the application: resources folder, style sheet, icons, translators."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

log = logging.getLogger(__name__)

# Translators must outlive the call that installs them (Qt keeps a raw pointer).
_translators: list[QTranslator] = []


def resources_dir() -> Path:
    """``resources/`` next to the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def apply_stylesheet(app: QApplication) -> bool:
    """Applies ``resources/style.qss`` if present; a missing file leaves Qt's own style."""
    path = resources_dir() / "style.qss"
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        log.info("No style sheet at %s", path)
        return False
    return True


def install_french(app: QApplication) -> None:
    """French locale for numbers and dates, and Qt's own French strings.

    Qt's translations make standard buttons read "Annuler"/"Oui" rather than "Cancel"/"Yes".
    The application's own strings are written in French; ``resources/translations`` holds
    the skeleton for other languages (``pyside6-lupdate``), none is loaded yet.
    """
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_fr", folder):
        app.installTranslator(translator)
        _translators.append(translator)
    else:
        log.info("Qt's French translation not found in %s", folder)


def icon(name: str, widget: QWidget | None = None) -> QIcon:
    """A view's icon: a QStyle standard pixmap name (``SP_DirIcon``) or a file in
    ``resources/icons``; an unknown name gives an empty icon rather than an error."""
    if not name:
        return QIcon()
    pixmap = getattr(QStyle.StandardPixmap, name, None)
    if pixmap is not None:
        style = widget.style() if widget is not None else QApplication.style()
        return style.standardIcon(pixmap)
    icons = resources_dir() / "icons"
    for candidate in (icons / name, icons / f"{name}.svg", icons / f"{name}.png"):
        if candidate.is_file():
            return QIcon(str(candidate))
    return QIcon.fromTheme(name)


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "backoffice.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def fit_height(window: QWidget) -> None:
    """Grows a dialog whose word-wrapped message just appeared, so that nothing is cut off.

    A top-level window does not grow by itself for word-wrapped labels: Qt's minimum size
    ignores height-for-width. Only grows; a window the user enlarged keeps its size.
    Deferred: a label just shown is laid out on the next pass of the event loop.
    """
    QTimer.singleShot(0, window, lambda: _fit_height_now(window))


def _fit_height_now(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)
