"""Printing and saving PDF bytes, and the progress window of a batch: the parts of the
document machinery that are not the preview window (``ui/document_preview.py``, whose
docstring describes the whole).

* :func:`print_pdf` — the system's ``QPrintDialog``, then each chosen page rendered by
  ``QPdfDocument`` at up to 300 dpi and painted full page (the PDF has its margins);
* :func:`save_pdf` — the platform's « save as » dialog proposing a safe name in the last
  folder used (QSettings ``documents/lastFolder``);
* :func:`render_each_into` — on the worker: one file per record into a folder, never over
  an existing file (``name (2).pdf``);
* :class:`RenderProgress` — the progress window and the thread-safe callback a document
  service calls; « Annuler » makes its next call raise ``Cancelled``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from backoffice.documents.filenames import unique_path
from backoffice.services.documents import Cancelled, DocumentKind, RenderedPdf
from backoffice.services.errors import ServiceError
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import keep_open, message_box, run_dialog, warn
from backoffice.ui.errors import translated
from backoffice.ui.operations import counted

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

LAST_FOLDER_KEY = "documents/lastFolder"
PRINT_DPI = 300  # enough for text; a 600 dpi A4 page would be a 140 MB image
PROGRESS_AFTER_MS = 300


# --- progress ---------------------------------------------------------------------------


class _Relay(QObject):
    """Carries the worker's progress to the GUI thread: a queued signal whose receiver is
    this QObject (created on the GUI thread), so the slot runs there."""

    advanced = Signal(int, int)

    def __init__(self, callback: Callable[[int, int], None]) -> None:
        super().__init__()
        self._callback = callback
        self.advanced.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def _deliver(self, done: int, total: int) -> None:
        self._callback(done, total)


class RenderProgress:
    """The progress window of a batch, and the thread-safe callback the service calls.

    Shown only when the work lasts more than :data:`PROGRESS_AFTER_MS`; « Annuler » makes
    the next call from the worker raise :class:`Cancelled`."""

    def __init__(self, parent: QWidget | None, label: str, total: int) -> None:
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Documents", "Annuler"), 0, max(total, 1), parent
        )
        self.dialog.setObjectName("documentProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Documents", "Documents"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancelled.set)
        self.dialog.setValue(0)
        self._relay = _Relay(self._advance)

    def __call__(self, done: int, total: int) -> None:
        # Worker thread: nothing of Qt but a queued signal.
        if self.cancelled.is_set():
            raise Cancelled
        self._relay.advanced.emit(done, total)

    def _advance(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog) and not self.cancelled.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def cancel(self) -> None:
        self.cancelled.set()

    def close(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()


def noun(kind: DocumentKind, n: int) -> str:
    """« 3 factures »."""
    return counted(n, translated(kind.singular), translated(kind.plural))


def notify(host: Any, text: str) -> None:
    """``host.notify(text)`` when the host has a notice (a list screen does)."""
    method = getattr(host, "notify", None)
    if callable(method):
        method(text)


# --- printing -------------------------------------------------------------------------


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A ``QPdfDocument`` over ``data`` (its buffer is its child: they go together)."""
    from PySide6.QtPdf import QPdfDocument  # here: see PdfPreviewDialog

    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF's pages carry their own margins
    return printer


async def _run_print_dialog(dialog: QPrintDialog) -> int:
    """:func:`~backoffice.ui.dialogs.run_dialog` for the print dialog, whose binding only
    offers ``open(receiver, member)``: QDialog's own ``open()`` is called instead (window
    modal, no nested event loop)."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.destroyed.connect(lambda *_a: done(QDialog.DialogCode.Rejected.value))
    keep_open(dialog)
    QDialog.open(dialog)
    return await future


async def print_pdf(parent: QWidget | None, data: bytes, title: str) -> bool:
    """The system's print dialog, then every chosen page painted; True once sent."""
    printer = new_printer(title)
    document = load_pdf(data)
    try:
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(QCoreApplication.translate("Documents", "Imprimer"))
        dialog.setMinMax(1, max(document.pageCount(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if await _run_print_dialog(dialog) != QDialog.DialogCode.Accepted.value:
            return False
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(document.pageCount()))
        if first and last:  # 1-based, 0 = every page
            pages = pages[first - 1 : last]
        return await paint_pages(printer, document, pages, parent)
    finally:
        document.deleteLater()


async def paint_pages(
    printer: QPrinter, document: QPdfDocument, pages: Sequence[int], parent: QWidget | None
) -> bool:
    """Paints ``pages`` onto ``printer``, one image per page at up to 300 dpi, yielding to
    the event loop between pages (a long print never freezes the window)."""
    painter = QPainter()
    if not painter.begin(printer):
        warn(
            parent,
            QCoreApplication.translate("Documents", "Imprimer"),
            QCoreApplication.translate("Documents", "L'imprimante n'a pas pu être ouverte."),
        )
        return False
    progress = (
        RenderProgress(parent, QCoreApplication.translate("Documents", "Impression…"), len(pages))
        if len(pages) > 3
        else None
    )
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for n, page in enumerate(pages):
            if progress is not None and progress.cancelled.is_set():
                printer.abort()
                return False
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
            if progress is not None:
                progress._advance(n + 1, len(pages))
            await asyncio.sleep(0)
        return True
    finally:
        painter.end()
        if progress is not None:
            progress.close()


# --- saving ---------------------------------------------------------------------------


def _last_folder(context: AppContext) -> str:
    folder = context.settings.value(LAST_FOLDER_KEY)
    return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())


async def choose_file(
    parent: QWidget | None, context: AppContext, file_name: str, *, csv: bool = False
) -> Path | None:
    """The platform's « save as » dialog proposing ``file_name`` in the last folder (a PDF,
    or with ``csv`` a CSV file)."""
    if csv:
        title = QCoreApplication.translate("Documents", "Enregistrer le fichier CSV")
        name_filter = QCoreApplication.translate("Documents", "Fichiers CSV (*.csv)")
    else:
        title = QCoreApplication.translate("Documents", "Enregistrer le PDF")
        name_filter = QCoreApplication.translate("Documents", "Documents PDF (*.pdf)")
    dialog = QFileDialog(parent, title, _last_folder(context))
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix("csv" if csv else "pdf")
    dialog.selectFile(file_name)
    if await run_dialog(dialog) != QDialog.DialogCode.Accepted.value:
        return None
    chosen = dialog.selectedFiles()
    if not chosen:
        return None
    path = Path(chosen[0])
    context.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


async def choose_folder(parent: QWidget | None, context: AppContext) -> Path | None:
    """The platform's folder dialog (for « un fichier par document »)."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Documents", "Dossier où enregistrer les PDF"),
        _last_folder(context),
    )
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if await run_dialog(dialog) != QDialog.DialogCode.Accepted.value:
        return None
    chosen = dialog.selectedFiles()
    if not chosen:
        return None
    folder = Path(chosen[0])
    context.settings.setValue(LAST_FOLDER_KEY, str(folder))
    return folder


async def _write(path: Path, data: bytes) -> None:
    await asyncio.get_running_loop().run_in_executor(None, path.write_bytes, data)


async def save_pdf(
    parent: QWidget | None, context: AppContext, rendered: RenderedPdf
) -> Path | None:
    """Asks where and writes ``rendered`` there; the path, or ``None`` when cancelled."""
    path = await choose_file(parent, context, rendered.file_name)
    if path is None:
        return None
    try:
        await _write(path, rendered.data)
    except OSError as exc:
        warn(
            parent,
            QCoreApplication.translate("Documents", "Enregistrer"),
            QCoreApplication.translate(
                "Documents", "Le fichier n'a pas pu être écrit : {error}"
            ).format(error=exc.strerror or str(exc)),
        )
        return None
    notify(
        parent,
        QCoreApplication.translate("Documents", "Enregistré : {name}").format(name=path.name),
    )
    return path


async def ask_one_or_each(parent: QWidget | None, kind: DocumentKind, n: int) -> str | None:
    """« Un seul PDF » → ``"one"``, « Un fichier par document » → ``"each"``, else None."""
    box = message_box(
        parent,
        QCoreApplication.translate("Documents", "Enregistrer"),
        QCoreApplication.translate("Documents", "Enregistrer {documents} :").format(
            documents=noun(kind, n)
        ),
        icon=QMessageBox.Icon.Question,
        object_name="oneOrEachBox",
    )
    one = box.addButton(
        QCoreApplication.translate("Documents", "Un seul PDF"), QMessageBox.ButtonRole.AcceptRole
    )
    one.setObjectName("saveAsOne")
    each = box.addButton(
        QCoreApplication.translate("Documents", "Un fichier par document"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    each.setObjectName("saveEach")
    cancel = box.addButton(
        QCoreApplication.translate("Documents", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(one)
    box.setEscapeButton(cancel)
    chosen: list[str] = []
    one.clicked.connect(lambda: chosen.append("one"))
    each.clicked.connect(lambda: chosen.append("each"))
    await run_dialog(box)
    return chosen[0] if chosen else None


def render_each_into(
    session: Session,
    actor: Staff,
    kind: DocumentKind,
    ids: Sequence[int],
    folder: Path,
    progress: RenderProgress | None,
    written: list[Path],
    skipped: list[str],
) -> None:
    """Worker thread: one PDF per record written into ``folder`` (never over an existing
    file); what could not be rendered goes to ``skipped``. Cancelling stops between two
    documents, keeping those written."""
    total = len(ids)
    for done, record_id in enumerate(ids):
        if progress is not None:
            progress(done, total)
        try:
            rendered = kind.render(session, actor, [record_id], None)
        except ServiceError as exc:
            skipped.append(exc.message)
            continue
        path = unique_path(folder, rendered.file_name)
        path.write_bytes(rendered.data)
        written.append(path)
        skipped.extend(rendered.skipped)
    if progress is not None:
        progress(total, total)


__all__ = [
    "LAST_FOLDER_KEY",
    "RenderProgress",
    "ask_one_or_each",
    "choose_file",
    "choose_folder",
    "load_pdf",
    "new_printer",
    "notify",
    "noun",
    "paint_pages",
    "print_pdf",
    "render_each_into",
    "save_pdf",
]
