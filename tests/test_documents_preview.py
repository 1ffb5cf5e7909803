"""The shared preview / print / save machinery (ui/document_preview.py, document_output.py),
with pytest-qt: the QPdfView window, saving one PDF or one file each (cancellable),
printing to a PDF printer, refusals; and the packing slips of real orders."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from reportlab.platypus import Paragraph
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from backoffice.documents.page import DocumentPart, ShopIdentity, build_pdf, styles
from backoffice.documents.text import escape
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import RoleName
from backoffice.services.documents import PACKING_SLIPS, DocumentKind, ProgressFn, RenderedPdf
from backoffice.services.errors import ServiceError
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.document_output import load_pdf, new_printer, paint_pages
from backoffice.ui.document_preview import (
    PdfPreviewDialog,
    preview_documents,
    print_documents,
    save_documents,
)
from backoffice.ui.tasks import DbRunner
from tests import ui_helpers
from tests.factories import make_staff
from tests.test_documents_packing import make_order
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context

IDENTITY = ShopIdentity("Boutique Test", "1 place Bellecour\n69002 Lyon", "contact@b.test")


def fake_pdf(record_id: int, lines: int = 5) -> bytes:
    story = [
        Paragraph(escape(f"Document {record_id} ligne {i}"), styles()["body"]) for i in range(lines)
    ]
    return build_pdf([DocumentPart(story, IDENTITY, label=f"Doc {record_id}")], title="t")


def fake_kind(delay: float = 0.0, refuse: Sequence[int] = ()) -> DocumentKind:
    def render(
        _session: Session, _actor: Staff, ids: Sequence[int], progress: ProgressFn | None
    ) -> RenderedPdf:
        if any(i in refuse for i in ids):
            raise ServiceError(QT_TRANSLATE_NOOP("documents", "Refusé pour le test."))
        parts = []
        for n, record_id in enumerate(ids):
            if progress is not None:
                progress(n, len(ids))
            time.sleep(delay)
            story = [Paragraph(f"Document {record_id}", styles()["title"])]
            parts.append(DocumentPart(story, IDENTITY, label=f"Doc {record_id}"))
        name = f"Doc {ids[0]}.pdf" if len(ids) == 1 else "Lot.pdf"
        data = build_pdf(parts, title="Docs")
        return RenderedPdf(data, f"Documents {list(ids)}", name, count=len(ids))

    return DocumentKind(
        "fake",
        render,
        QT_TRANSLATE_NOOP("documents", "document"),
        QT_TRANSLATE_NOOP("documents", "documents"),
        QT_TRANSLATE_NOOP("documents", "Documents"),
    )


class Host(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.notices: list[str] = []

    def notify(self, text: str) -> None:
        self.notices.append(text)


@pytest.fixture
def host(
    qtbot: Any,
    tmp_path: Path,
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> Host:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    actor = Staff(id=1, email="a@b.test", role=RoleName.ADMIN)
    widget = Host(app_context(make_runner(sessionmaker(engine)), actor))
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def find(qtbot: Any, kind: type, name: str) -> Any:
    found: list[Any] = []

    def present() -> bool:
        found[:] = [
            w
            for w in QCoreApplication.instance().allWidgets()  # type: ignore[union-attr]
            if isinstance(w, kind) and w.objectName() == name and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(present, timeout=5000)
    return found[-1]


def choose(file_dialog: QFileDialog, path: Path) -> None:
    """What a member does in the widget dialog: go to the folder, type the name (of a file
    or a folder), accept."""
    file_dialog.setDirectory(str(path.parent))
    # selectFile() leaves alone a name field that has the focus: type into it instead.
    file_dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
    file_dialog.accept()


def pages_of(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_preview_shows_every_page_and_saves(qtbot: Any, host: Host, tmp_path: Path) -> None:
    dialog = wait_for(qtbot, preview_documents(host, fake_kind(), [1, 2, 3]))
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 3
    assert dialog.windowTitle() == "Documents [1, 2, 3]"
    assert dialog.findChild(QLabel, "pageCountLabel").text() == "3 pages"
    assert dialog.findChild(QPushButton, "printButton").isEnabled()
    dialog.resize(1024, 700)
    qtbot.wait(200)
    dialog.grab().save(str(tmp_path.parent / "document_preview.png"))

    task = ui_helpers.asyncio.ensure_future(dialog.save())  # type: ignore[attr-defined]
    file_dialog = find(qtbot, QFileDialog, "saveDialog")
    assert "Lot.pdf" in file_dialog.selectedFiles()[0]
    target = tmp_path / "out" / "Lot enregistré.pdf"
    target.parent.mkdir()
    choose(file_dialog, target)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == target
    assert target.read_bytes() == dialog.rendered.data
    assert host.context.settings.value("documents/lastFolder") == str(target.parent)


def test_save_one_file_each_never_overwrites_and_names_the_refused(
    qtbot: Any, host: Host, tmp_path: Path
) -> None:
    folder = tmp_path / "pdf"
    folder.mkdir()
    (folder / "Doc 1.pdf").write_bytes(b"kept")
    task = ui_helpers.asyncio.ensure_future(  # type: ignore[attr-defined]
        save_documents(host, fake_kind(refuse=[3]), [1, 2, 3])
    )
    box = find(qtbot, QMessageBox, "oneOrEachBox")
    box.findChild(QPushButton, "saveEach").click()
    folder_dialog = find(qtbot, QFileDialog, "folderDialog")
    choose(folder_dialog, folder)
    qtbot.waitUntil(task.done, timeout=10000)
    written = task.result()
    assert [p.name for p in written] == ["Doc 1 (2).pdf", "Doc 2.pdf"]
    assert (folder / "Doc 1.pdf").read_bytes() == b"kept"
    assert all(pages_of(p) == 1 for p in written)
    assert "2 fichiers PDF enregistrés" in host.notices[-1]
    assert "Laissés de côté : 1." in host.notices[-1]


def test_save_as_one_pdf(qtbot: Any, host: Host, tmp_path: Path) -> None:
    task = ui_helpers.asyncio.ensure_future(  # type: ignore[attr-defined]
        save_documents(host, fake_kind(), [4, 5])
    )
    find(qtbot, QMessageBox, "oneOrEachBox").findChild(QPushButton, "saveAsOne").click()
    file_dialog = find(qtbot, QFileDialog, "saveDialog")
    assert file_dialog.selectedFiles()[0].endswith("Documents.pdf")  # the kind's batch name
    target = tmp_path / "lot.pdf"
    choose(file_dialog, target)
    qtbot.waitUntil(task.done, timeout=10000)
    assert task.result() == [target] and pages_of(target) == 2


def test_cancelling_stops_between_documents(qtbot: Any, host: Host, tmp_path: Path) -> None:
    folder = tmp_path / "cancel"
    folder.mkdir()
    task = ui_helpers.asyncio.ensure_future(  # type: ignore[attr-defined]
        save_documents(host, fake_kind(delay=0.15), list(range(1, 41)))
    )
    find(qtbot, QMessageBox, "oneOrEachBox").findChild(QPushButton, "saveEach").click()
    folder_dialog = find(qtbot, QFileDialog, "folderDialog")
    choose(folder_dialog, folder)
    progress = find(qtbot, QProgressDialog, "documentProgress")  # shown after 300 ms
    qtbot.waitUntil(lambda: progress.value() >= 2, timeout=10000)
    progress.findChild(QPushButton).click()  # « Annuler »
    qtbot.waitUntil(task.done, timeout=10000)
    written = task.result()
    assert 2 <= len(written) < 40
    assert len(list(folder.iterdir())) == len(written)
    assert "Annulé avant la fin." in host.notices[-1]


def test_a_refusal_is_shown_and_nothing_opens(qtbot: Any, host: Host) -> None:
    task = ui_helpers.asyncio.ensure_future(  # type: ignore[attr-defined]
        preview_documents(host, fake_kind(refuse=[7]), [7])
    )
    box = find(qtbot, QMessageBox, "documentRefused")
    assert box.text() == "Refusé pour le test."
    box.accept()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None


def test_pages_are_painted_onto_the_printer(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    document = load_pdf(
        build_pdf([DocumentPart([Paragraph("x", styles()["body"])], IDENTITY)] * 3, title="t")
    )
    printer = new_printer("Test")
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert wait_for(qtbot, paint_pages(printer, document, [0, 2], None)) is True
    assert pages_of(out) == 2


def test_print_opens_the_system_dialog(qtbot: Any, host: Host) -> None:
    task = ui_helpers.asyncio.ensure_future(  # type: ignore[attr-defined]
        print_documents(host, fake_kind(), [1, 2])
    )
    dialog = find(qtbot, QPrintDialog, "printDialog")
    assert dialog.windowTitle() == "Imprimer"
    assert (dialog.minPage(), dialog.maxPage()) == (1, 2)
    dialog.reject()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is False


def test_packing_slips_of_real_orders_preview(
    qtbot: Any,
    server_committed: sessionmaker[Session],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    with server_committed() as session:
        actor = make_staff(session, RoleName.EMPLOYE)
        ready = make_order(session, "validee", n_lines=2)
        shipped = make_order(session, "expediee")
        ids, reference = [ready.id, shipped.id], ready.reference
        session.commit()
    widget = Host(app_context(make_runner(server_committed), actor))
    qtbot.addWidget(widget)
    dialog = wait_for(qtbot, preview_documents(widget, PACKING_SLIPS, ids), 15000)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    assert dialog.windowTitle() == f"Bon de préparation — {reference}"
    skipped = dialog.findChild(QLabel, "skippedLabel")
    assert skipped is not None and "rien à préparer" in skipped.text()
    assert threading.current_thread() is threading.main_thread()


def test_cancelling_one_pdf_of_many(qtbot: Any, host: Host) -> None:
    task = ui_helpers.asyncio.ensure_future(  # type: ignore[attr-defined]
        preview_documents(host, fake_kind(delay=0.15), list(range(1, 41)))
    )
    progress = find(qtbot, QProgressDialog, "documentProgress")
    assert progress.labelText() == "Préparation de 40 documents…"
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=10000)
    progress.findChild(QPushButton).click()  # « Annuler »
    qtbot.waitUntil(task.done, timeout=10000)
    assert task.result() is None
    assert host.notices[-1] == "Annulé."
