"""Previewing, printing and saving PDF documents: one machinery for every kind.

A kind of document is a :class:`~backoffice.services.documents.DocumentKind` (packing
slips, invoices, credit notes, quotes): a service that renders record ids into one PDF
on the worker pool. From any screen with ``context`` (and, optionally, ``notify(text)``)::

    from backoffice.services.documents import PACKING_SLIPS
    from backoffice.ui import document_preview as documents

    await documents.preview_documents(screen, PACKING_SLIPS, order_ids)  # a preview window
    await documents.print_documents(screen, PACKING_SLIPS, order_ids)    # the print dialog
    await documents.save_documents(screen, PACKING_SLIPS, order_ids)     # one PDF or one each

* The PDF is rendered off the GUI thread (``DbRunner``); with several documents a progress
  window follows it and « Annuler » stops it (the service's ``progress`` callback raises
  ``Cancelled`` on the worker).
* :class:`PdfPreviewDialog` shows the bytes with Qt's ``QPdfView`` (several may be open side
  by side) with « Imprimer… » and « Enregistrer… ».
* Printing opens ``QPrintDialog`` (the system's) and paints each page, rendered by
  ``QPdfDocument`` at up to 300 dpi, onto the printer, full page (the PDF has its margins).
* Saving asks, for several documents, « Un seul PDF » or « Un fichier par document »; the
  platform's file or folder dialog proposes a safe name (``documents/filenames.py``) in the
  last folder used (QSettings ``documents/lastFolder``); existing files are never
  overwritten by « one each » (``name (2).pdf``).

Dialogs are opened with ``open()`` and awaited (``ui/dialogs.run_dialog``), never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backoffice.documents.filenames import safe_filename
from backoffice.services.documents import Cancelled, DocumentKind, RenderedPdf
from backoffice.services.errors import ServiceError
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import warn
from backoffice.ui.document_output import (
    RenderProgress,
    ask_one_or_each,
    choose_folder,
    notify,
    noun,
    print_pdf,
    render_each_into,
    save_pdf,
)
from backoffice.ui.errors import translated, user_message
from backoffice.ui.operations import counted
from backoffice.ui.palette import set_tone
from backoffice.ui.tasks import spawn

if TYPE_CHECKING:
    from PySide6.QtPdfWidgets import QPdfView

# --- the preview window ---------------------------------------------------------------


class PdfPreviewDialog(QDialog):
    """A window showing PDF bytes, with « Imprimer… », « Enregistrer… » and « Fermer ».

    Object names: ``pdfView``, ``printButton``, ``saveButton``, ``pageCountLabel``,
    ``skippedLabel`` (documents left out, if any). ``document`` is the ``QPdfDocument``."""

    def __init__(self, context: AppContext, rendered: RenderedPdf, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.rendered = rendered
        self.setObjectName("pdfPreview")
        self.setWindowTitle(rendered.title)
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window, beside the others
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._bytes = QByteArray(rendered.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        # Qt PDF is imported here, not with the module: without it (a bundle that left it
        # out) the application still starts and only a preview fails, saying why.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view: QPdfView = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.print_button = QPushButton(QCoreApplication.translate("Documents", "Imprimer…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(
            QCoreApplication.translate("Documents", "Enregistrer…"), self
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._save)
        zoom_out = QPushButton("−", self)
        zoom_out.setObjectName("zoomOut")
        zoom_out.setToolTip(QCoreApplication.translate("Documents", "Réduire"))
        zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        zoom_in = QPushButton("+", self)
        zoom_in.setObjectName("zoomIn")
        zoom_in.setToolTip(QCoreApplication.translate("Documents", "Agrandir"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        fit = QPushButton(QCoreApplication.translate("Documents", "Pleine largeur"), self)
        fit.setObjectName("zoomFit")
        fit.clicked.connect(lambda: self.view.setZoomMode(self.view.ZoomMode.FitToWidth))
        for button in (zoom_out, zoom_in):
            button.setFixedWidth(button.sizeHint().height() + 8)
        pages = self.document.pageCount()
        self.page_label = QLabel(
            counted(
                pages,
                QCoreApplication.translate("Documents", "page"),
                QCoreApplication.translate("Documents", "pages"),
            ),
            self,
        )
        self.page_label.setObjectName("pageCountLabel")
        close = QPushButton(QCoreApplication.translate("Documents", "Fermer"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.close)

        bar = self._bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button, zoom_out, zoom_in, fit):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        self._extra_at = bar.count()  # a window's own buttons go here, before « Fermer »
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        if rendered.skipped:
            skipped = QLabel(self)
            skipped.setObjectName("skippedLabel")
            skipped.setTextFormat(Qt.TextFormat.PlainText)  # order references, names
            skipped.setWordWrap(True)
            skipped.setText(
                QCoreApplication.translate("Documents", "Laissés de côté :")
                + " "
                + " ; ".join(translated(s) for s in rendered.skipped)
            )
            set_tone(skipped, "warning")
            layout.addWidget(skipped)
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)

    def add_button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        """A button of the window's own (« Voir la commande »…), before « Fermer »."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self._bar.insertWidget(self._extra_at, button)
        self._extra_at += 1
        return button

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(self.view.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 6.0)))

    def _print(self) -> None:
        spawn(print_pdf(self, self.rendered.data, self.rendered.title), parent=self)

    def _save(self) -> None:
        spawn(self.save(), parent=self)

    async def save(self) -> Path | None:
        """« Enregistrer… »: the file dialog, then the bytes written (awaitable for tests)."""
        return await save_pdf(self, self.context, self.rendered)


def show_pdf(
    parent: QWidget | None, context: AppContext, rendered: RenderedPdf
) -> PdfPreviewDialog:
    """Opens a preview window for already rendered bytes."""
    dialog = PdfPreviewDialog(context, rendered, parent.window() if parent else None)
    dialog.show()
    dialog.raise_()
    return dialog


async def render_documents(
    host: QWidget, kind: DocumentKind, ids: Sequence[int]
) -> RenderedPdf | None:
    """One PDF of ``ids`` rendered on the worker pool, with a progress window for several;
    ``None`` when cancelled or refused (the reason shown)."""
    context: AppContext = host.context  # type: ignore[attr-defined]
    progress = (
        RenderProgress(
            host,
            QCoreApplication.translate("Documents", "Préparation de {n}…").format(
                n=noun(kind, len(ids))
            ),
            len(ids),
        )
        if len(ids) > 1
        else None
    )
    try:
        return await context.runner.run(kind.render, context.actor, list(ids), progress)
    except Cancelled:
        notify(host, QCoreApplication.translate("Documents", "Annulé."))
        return None
    except ServiceError as exc:
        warn(
            host,
            QCoreApplication.translate("Documents", "Documents"),
            user_message(exc),
            object_name="documentRefused",
        )
        return None
    finally:
        if progress is not None:
            progress.close()


async def preview_documents(
    host: QWidget, kind: DocumentKind, ids: Sequence[int]
) -> PdfPreviewDialog | None:
    """Renders ``ids`` as one PDF and opens it in a preview window."""
    rendered = await render_documents(host, kind, ids)
    if rendered is None:
        return None
    return show_pdf(host, host.context, rendered)  # type: ignore[attr-defined]


async def print_documents(host: QWidget, kind: DocumentKind, ids: Sequence[int]) -> bool:
    """Renders ``ids`` as one PDF and opens the print dialog; True once printed."""
    rendered = await render_documents(host, kind, ids)
    if rendered is None:
        return False
    return await print_pdf(host, rendered.data, rendered.title)


async def save_documents(host: QWidget, kind: DocumentKind, ids: Sequence[int]) -> list[Path]:
    """Saves ``ids``: one PDF (asked where), or for several, one file each into a folder;
    the paths written (empty when cancelled)."""
    context: AppContext = host.context  # type: ignore[attr-defined]
    how = "one" if len(ids) == 1 else await ask_one_or_each(host, kind, len(ids))
    if how is None:
        return []
    if how == "one":
        rendered = await render_documents(host, kind, ids)
        if rendered is None:
            return []
        if len(ids) > 1:
            rendered = RenderedPdf(
                rendered.data,
                rendered.title,
                safe_filename(translated(kind.batch_name)),
                rendered.count,
                rendered.skipped,
            )
        path = await save_pdf(host, context, rendered)
        return [path] if path is not None else []
    folder = await choose_folder(host, context)
    if folder is None:
        return []
    written: list[Path] = []
    skipped: list[str] = []
    label = QCoreApplication.translate("Documents", "Enregistrement de {n}…").format(
        n=noun(kind, len(ids))
    )
    progress = RenderProgress(host, label, len(ids))
    args = (context.actor, kind, list(ids), folder, progress, written, skipped)
    try:
        await context.runner.run(render_each_into, *args)
    except Cancelled:
        pass
    except OSError as exc:
        warn(
            host,
            QCoreApplication.translate("Documents", "Enregistrer"),
            QCoreApplication.translate(
                "Documents", "Le fichier n'a pas pu être écrit : {error}"
            ).format(error=exc.strerror or str(exc)),
        )
    finally:
        progress.close()
    files = counted(
        len(written),
        QCoreApplication.translate("Documents", "fichier PDF enregistré"),
        QCoreApplication.translate("Documents", "fichiers PDF enregistrés"),
    )
    text = QCoreApplication.translate("Documents", "{files} dans {folder}.").format(
        files=files, folder=folder
    )
    if progress.cancelled.is_set():
        text += " " + QCoreApplication.translate("Documents", "Annulé avant la fin.")
    if skipped:
        text += " " + QCoreApplication.translate("Documents", "Laissés de côté : {n}.").format(
            n=len(skipped)
        )
    notify(host, text)
    return written


__all__ = [
    "PdfPreviewDialog",
    "preview_documents",
    "print_documents",
    "render_documents",
    "save_documents",
    "show_pdf",
]
