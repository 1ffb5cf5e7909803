"""Look of the application: style sheet and icons (the language is ui/language.py's).

The files live in the ``backoffice.resources`` package (``resources/`` in the source tree,
installed inside the package by setup.py, collected by the PyInstaller spec) and are found
with :func:`importlib.resources.files`, whatever the installation. A missing one is logged
as a warning naming it; the application then runs with Qt's own look.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

log = logging.getLogger(__name__)

RESOURCES_PACKAGE = "backoffice.resources"
STYLE_SHEET = "style.qss"
ICONS = "icons"
APP_ICON = "icons/backoffice.svg"

# Resources extracted to a temporary file (only when the package is not on disk, e.g. in a
# zip) live until the process ends: Qt reads icon files lazily.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)
_warned: set[str] = set()


def _warn_missing(what: str) -> None:
    if what not in _warned:
        _warned.add(what)
        log.warning("Resource not found: %s", what)


def resource(relative: str) -> Traversable | None:
    """``backoffice.resources/<relative>`` (``/``-separated), or None, logged, if absent."""
    name = f"{RESOURCES_PACKAGE}/{relative}"
    try:
        target = files(RESOURCES_PACKAGE).joinpath(*relative.split("/"))
    except ModuleNotFoundError:  # an install without its resources (stale editable one)
        _warn_missing(f"{name} (no package {RESOURCES_PACKAGE})")
        return None
    if not target.is_file():
        _warn_missing(name)
        return None
    return target


def resource_path(relative: str) -> Path | None:
    """A resource as a file on disk, for the Qt calls that take a file name."""
    target = resource(relative)
    if target is None:
        return None
    if isinstance(target, Path):
        return target
    return _extracted.enter_context(as_file(target))


def apply_stylesheet(app: QApplication) -> bool:
    """Applies ``style.qss``; a missing or unreadable one (logged) leaves Qt's own style."""
    sheet = resource(STYLE_SHEET)
    if sheet is None:
        return False
    try:
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("Style sheet %s/%s unreadable: %s", RESOURCES_PACKAGE, STYLE_SHEET, exc)
        return False
    return True


def icon(name: str, widget: QWidget | None = None) -> QIcon:
    """A view's icon: a QStyle standard pixmap name (``SP_DirIcon``), a file of the
    resources' ``icons/`` (``securite`` or ``securite.svg``), else the desktop theme's icon
    of that name. One found nowhere gives an empty icon and a logged warning."""
    if not name:
        return QIcon()
    pixmap = getattr(QStyle.StandardPixmap, name, None)
    if pixmap is not None:
        style = widget.style() if widget is not None else QApplication.style()
        return style.standardIcon(pixmap)
    folder = _icons_folder()
    if folder is not None:
        for candidate in (name, f"{name}.svg", f"{name}.png"):
            if folder.joinpath(candidate).is_file():
                path = resource_path(f"{ICONS}/{candidate}")
                if path is not None:
                    return QIcon(str(path))
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    _warn_missing(f"{RESOURCES_PACKAGE}/{ICONS}/{name}[.svg|.png] (nor in the icon theme)")
    return QIcon()


def _icons_folder() -> Traversable | None:
    try:
        folder = files(RESOURCES_PACKAGE).joinpath(ICONS)
    except ModuleNotFoundError:
        _warn_missing(f"{RESOURCES_PACKAGE}/{ICONS} (no package {RESOURCES_PACKAGE})")
        return None
    return folder if folder.is_dir() else None


def app_icon() -> QIcon:
    path = resource_path(APP_ICON)
    return QIcon(str(path)) if path is not None else QIcon()


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
