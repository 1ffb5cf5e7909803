"""The Produits tab's CSV flows: export the filtered list, import with a preview.

The file is written and read on the worker thread (``services/catalog/files.py``), never on
the GUI thread; the import applies everything in one transaction, with a progress dialog,
and the lists refresh themselves from the runner's change announcement.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from backoffice.services.catalog import csv_import
from backoffice.services.catalog.files import export_products_file, preview_import_file
from backoffice.services.listing import ListQuery
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import run_dialog
from backoffice.ui.operations import counted, run_operation
from backoffice.views.products.dialogs import ImportPreviewDialog

Progress = list[tuple[int, int]]


class CsvHost(Protocol):
    """The products screen as these flows see it."""

    context: AppContext

    def notify(self, text: str) -> None: ...

    def export_query(self) -> ListQuery: ...


async def choose_file(parent: QWidget, title: str, start: str, *, save: bool = False) -> str:
    dialog = QFileDialog(
        parent,
        title,
        start,
        QCoreApplication.translate("Produits", "Fichiers CSV (*.csv);;Tous les fichiers (*)"),
    )
    dialog.setObjectName("csvFileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    result = await run_dialog(dialog)
    if result != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


async def export_csv(screen: CsvHost, path: str | None = None) -> int | None:
    """The list as filtered and sorted now (every row, not one page); the count written."""
    if path is None:
        start = str(Path.home() / "produits.csv")
        path = await choose_file(
            screen,
            QCoreApplication.translate("Produits", "Exporter les produits"),
            start,
            save=True,
        )  # type: ignore[arg-type]
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
    screen.notify(QCoreApplication.translate("Produits", "Export en cours…"))
    name = Path(path).name
    return await run_operation(
        screen,
        export_products_file,
        screen.export_query(),
        path,
        done=lambda n: QCoreApplication.translate("Produits", "{n} exportés dans {file}.").format(
            n=counted(
                n,
                QCoreApplication.translate("Produits", "produit"),
                QCoreApplication.translate("Produits", "produits"),
            ),
            file=name,
        ),
    )


async def import_csv(
    screen: CsvHost,
    path: str | None = None,
    *,
    confirm: bool = True,
    progress: Progress | None = None,
) -> csv_import.ImportResult | None:
    """Preview (nothing written), then apply everything in one transaction."""
    parent: QWidget = screen  # type: ignore[assignment]
    if path is None:
        path = await choose_file(
            parent,
            QCoreApplication.translate("Produits", "Importer des produits"),
            str(Path.home()),
        )
        if not path:
            return None
    context = screen.context
    preview = await context.runner.run(preview_import_file, context.actor, path)
    if confirm:
        dialog = ImportPreviewDialog(preview, Path(path).name, parent)
        await run_dialog(dialog)
        if not dialog.confirmed:
            return None
    return await apply_import(screen, preview, progress)


async def apply_import(
    screen: CsvHost, preview: csv_import.ImportPreview, seen: Progress | None = None
) -> csv_import.ImportResult | None:
    """Writes the previewed lines, with a progress dialog; ``seen`` gets each step."""
    total = sum(1 for line in preview.lines if line.action in ("create", "update"))
    dialog = QProgressDialog(
        QCoreApplication.translate("Produits", "Import en cours…"), "", 0, max(total, 1), screen
    )  # type: ignore[call-overload]
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Produits", "Import CSV"))
    dialog.setCancelButton(None)  # all or nothing: there is nothing to cancel halfway
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setValue(0)
    loop = asyncio.get_running_loop()
    steps = seen if seen is not None else []

    def on_progress(done: int, all_: int) -> None:
        # Worker thread: hand the numbers to the GUI thread, touch no widget here.
        loop.call_soon_threadsafe(show, done, all_)

    def show(done: int, all_: int) -> None:
        steps.append((done, all_))
        if shiboken6.isValid(dialog):
            dialog.setMaximum(max(all_, 1))
            dialog.setValue(done)

    try:
        return await run_operation(
            screen,
            csv_import.apply_import,
            preview,
            on_progress,
            done=_import_done,
            refused=QCoreApplication.translate("Produits", "Import refusé"),
        )
    finally:
        if shiboken6.isValid(dialog):
            dialog.close()


def _import_done(result: csv_import.ImportResult) -> str:
    return QCoreApplication.translate("Produits", "Import terminé : {c}, {u}, {s}.").format(
        c=counted(
            result.created,
            QCoreApplication.translate("Produits", "création"),
            QCoreApplication.translate("Produits", "créations"),
        ),
        u=counted(
            result.updated,
            QCoreApplication.translate("Produits", "mise à jour"),
            QCoreApplication.translate("Produits", "mises à jour"),
        ),
        s=counted(
            result.unchanged,
            QCoreApplication.translate("Produits", "inchangé"),
            QCoreApplication.translate("Produits", "inchangés"),
        ),
    )


__all__ = ["apply_import", "choose_file", "export_csv", "import_csv"]
