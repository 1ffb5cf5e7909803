"""Asking and telling the user, one way everywhere: ``ask`` (yes/no), ``inform``/``warn``
(a box with « OK »), ``tell`` (the same, awaited), ``button_box`` (« OK » or
« Enregistrer » beside « Annuler ») and ``close_box`` (« Fermer »).

Boxes are opened with ``open()`` and awaited through a future (:func:`run_dialog`), never
``exec()``: a nested event loop inside an asyncio task would let other tasks re-enter, and
asyncio refuses that. Texts quote the database (names, e-mails, a driver's error): they
are shown as typed, never as HTML (``rich=True`` for a text that escaped them). A box is
deleted once closed. Button texts are ours, not Qt's (whose catalogue is
missing from some bundles, so « Cancel » would show).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

# QMessageBox wraps its text very narrowly; a sensible minimum reads as sentences.

_open_dialogs: set[QDialog] = set()


def keep_open(dialog: QDialog) -> None:
    """Holds a parentless dialog's wrapper (and so its window) until it closes."""
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _r: _open_dialogs.discard(dialog))


async def run_dialog(dialog: QDialog) -> int:
    """``dialog.open()`` and wait for its result without a nested event loop.

    A dialog destroyed while open (its parent screen was closed) counts as rejected."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.destroyed.connect(lambda *_a: done(QDialog.DialogCode.Rejected.value))
    keep_open(dialog)
    _show(dialog)
    return await future


def _show(dialog: QDialog) -> None:
    dialog.open()
    if dialog.parent() is None:  # a window of its own (start-up): in front of the others
        dialog.raise_()
        dialog.activateWindow()


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    informative: str = "",
    details: str = "",
    rich: bool = False,
    object_name: str = "infoBox",
) -> QMessageBox:
    """A box with ``text`` and no button yet (``ask``, ``inform`` add theirs); deleted
    once closed. ``details`` go behind « Show Details… » (technical text)."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.finished.connect(lambda _r: box.deleteLater())
    return box


async def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str,
    no: str | None = None,
    *,
    warning: bool = False,
    informative: str = "",
    details: str = "",
    object_name: str = "askBox",
    yes_name: str = "askYes",
    no_name: str = "askNo",
) -> bool:
    """A yes/no question; True when ``yes`` was clicked. ``no`` (« Annuler » by default)
    is the default and the Escape button, so a hurried Enter never confirms."""
    box = message_box(
        parent,
        title,
        text,
        icon=QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
        informative=informative,
        details=details,
        object_name=object_name,
    )
    clicked: list[bool] = []
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setObjectName(yes_name)
    no_button = box.addButton(
        no or QCoreApplication.translate("Dialogs", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    no_button.setObjectName(no_name)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    yes_button.clicked.connect(lambda: clicked.append(True))
    # A box destroyed with its parent screen counts as "no".
    await run_dialog(box)
    return bool(clicked)


def inform(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    warning: bool = False,
    informative: str = "",
    rich: bool = False,
    object_name: str | None = None,
) -> QMessageBox:
    """A non-blocking information (or warning) box with « OK »; returns the box."""
    box = message_box(
        parent,
        title,
        text,
        icon=QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
        informative=informative,
        rich=rich,
        object_name=object_name or ("warningBox" if warning else "infoBox"),
    )
    ok = box.addButton(
        QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    ok.setObjectName("infoOk")
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    keep_open(box)
    _show(box)
    return box


def warn(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    informative: str = "",
    object_name: str | None = None,
) -> QMessageBox:
    """:func:`inform` with the warning icon."""
    return inform(
        parent, title, text, warning=True, informative=informative, object_name=object_name
    )


async def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    warning: bool = False,
    object_name: str | None = None,
) -> None:
    """:func:`inform`, awaited until the user closes the box."""
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    box = inform(parent, title, text, warning=warning, object_name=object_name)

    def done(*_args: object) -> None:
        if not future.done():
            future.set_result(None)

    box.finished.connect(done)
    box.destroyed.connect(done)
    await future


def button_box(
    parent: QWidget | None,
    ok_text: str | None = None,
    cancel_text: str | None = None,
    *,
    ok_name: str | None = None,
    cancel_name: str | None = None,
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """« OK » (or ``ok_text``: « Enregistrer », « Appliquer »…) and « Annuler »; the box
    and its two buttons, unconnected (``ok.clicked``/``cancel.clicked`` are the caller's)."""
    box = QDialogButtonBox(parent)
    ok = box.addButton(
        ok_text or QCoreApplication.translate("Dialogs", "OK"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        cancel_text or QCoreApplication.translate("Dialogs", "Annuler"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    if ok_name:
        ok.setObjectName(ok_name)
    if cancel_name:
        cancel.setObjectName(cancel_name)
    return box, ok, cancel


def close_box(
    parent: QWidget | None, text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """A single « Fermer » button (rejects the dialog when connected to ``rejected``)."""
    box = QDialogButtonBox(parent)
    close = box.addButton(
        text or QCoreApplication.translate("Dialogs", "Fermer"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    close.setObjectName("closeButton")
    return box, close


__all__ = [
    "ask",
    "button_box",
    "close_box",
    "inform",
    "keep_open",
    "message_box",
    "run_dialog",
    "tell",
    "warn",
]
