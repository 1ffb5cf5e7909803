"""What the member sees when something breaks: a French box with the details to copy.

:func:`install` routes every unhandled error to the log (with its traceback) and to one
:class:`CrashDialog`: Python exceptions of the main thread (``sys.excepthook``, which
PySide also calls for an exception raised in a slot), of worker threads
(``threading.excepthook``, marshalled to the GUI thread by a queued signal), of asyncio
callbacks and tasks nobody awaited (the loop's exception handler), and Qt's own messages
(``qInstallMessageHandler``: logged by level; Qt's warnings are no crash and get no box).
A second error while the box is open is appended to it, never a pile of boxes. The text
copied by « Copier les détails » is the log's, secrets masked (``backoffice.logs.redact``).
"""

from __future__ import annotations

import asyncio
import logging
import platform
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice import __version__, logs
from backoffice.ui.dialogs import close_box, keep_open

log = logging.getLogger("backoffice.crash")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def open_log_folder() -> bool:
    """The log folder in the platform's file manager (Explorer, Finder, Files…)."""
    folder = logs.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Back-office — erreur inattendue"))
        self.count = 0
        self.summary = QLabel()
        self.summary.setObjectName("crashSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        where = QLabel(self.tr("Le détail est aussi dans le journal : {0}").format(logs.log_path()))
        where.setObjectName("crashLogPath")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        box, close = close_box(self)
        self.copy_button = box.addButton(
            self.tr("Copier les détails"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = box.addButton(
            self.tr("Ouvrir le dossier du journal"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setObjectName("openLogFolderButton")
        self.folder_button.clicked.connect(open_log_folder)
        box.rejected.connect(self.reject)
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(where)
        layout.addWidget(self.details, 1)
        layout.addWidget(box)
        self.resize(720, 420)

    def add(self, kind: str, details: str) -> None:
        self.count += 1
        if self.count == 1:
            text = self.tr(
                "Une erreur inattendue s'est produite ({0}). Ce qui était enregistré l'est "
                "toujours ; vous pouvez continuer, ou quitter puis relancer le back-office "
                "s'il ne répond plus normalement. Pour le support, copiez les détails."
            ).format(kind)
        else:
            text = self.tr(
                "{0} erreurs inattendues se sont produites (la dernière : {1}). Quittez puis "
                "relancez le back-office ; pour le support, copiez les détails."
            ).format(self.count, kind)
        self.summary.setText(text)
        header = (
            f"Back-office {__version__} — {platform.platform()} — "
            f"Python {platform.python_version()}\n"
        )
        previous = self.details.toPlainText()
        self.details.setPlainText((previous + "\n" if previous else header) + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Détails copiés"))


class CrashReporter(QObject):
    """Shows the errors :func:`backoffice.logs.install_exception_logging` reports, on the
    GUI thread whatever thread raised them."""

    reported = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, kind: str, details: str) -> None:
        self.reported.emit(kind, details)

    def _show(self, kind: str, details: str) -> None:
        if self.dialog is None:
            self.dialog = CrashDialog()
            self.dialog.finished.connect(self._closed)
            keep_open(self.dialog)
        self.dialog.add(kind, details)
        self.dialog.show()
        self.dialog.raise_()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def loop_exception_handler(reporter: CrashReporter) -> Any:
    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        text = str(context.get("message") or "")
        if exc is None:
            log.error("Event loop: %s", text)
            return
        if isinstance(exc, (asyncio.CancelledError, KeyboardInterrupt, SystemExit)):
            return
        log.critical("Unhandled exception in the event loop: %s", text, exc_info=exc)
        reporter.report(
            type(exc).__name__, logs.format_exception(type(exc), exc, exc.__traceback__)
        )

    return handle


_reporter: CrashReporter | None = None


def install(loop: asyncio.AbstractEventLoop | None = None) -> CrashReporter:
    """Every hook at once (idempotent); ``loop``: the qasync loop, for its handler."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter(QCoreApplication.instance())
        qInstallMessageHandler(qt_message_handler)
    logs.install_exception_logging(_reporter.report)
    if loop is not None:
        loop.set_exception_handler(loop_exception_handler(_reporter))
    return _reporter
