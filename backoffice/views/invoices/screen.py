"""The Factures tab: invoices or credit notes (« Factures » / « Avoirs » switches), each on
the generic list (:mod:`.specs`), with the documents' actions (:mod:`.operations`).

Double-click (or Return) opens the document's window (:mod:`.window`). The credit notes'
list is built the first time it is shown. Nothing here reloads by hand: a credit note
issued is announced by the runner and both lists refresh themselves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.specs import ActionHandler, Row
from backoffice.views.invoices import operations
from backoffice.views.invoices.settings import open_shop_settings
from backoffice.views.invoices.specs import documents_spec
from backoffice.views.invoices.window import open_document


def handlers(credit_notes: bool) -> Callable[[str], ActionHandler]:
    """The list's action handlers by key (``specs.document_actions``)."""

    def run(key: str) -> ActionHandler:
        def handler(screen: ListScreen, rows: list[Row]) -> Awaitable[Any] | None:
            if key == "preview":
                return operations.preview(screen, rows, credit_notes)
            if key == "print":
                return operations.print_rows(screen, rows, credit_notes)
            if key == "save":
                return operations.save(screen, rows, credit_notes)
            if key == "order":
                return operations.open_order(screen, int(rows[0]["id_commande"]))
            if key == "partial_credit":
                return operations.partial_credit(screen, int(rows[0]["id"]))
            if key == "journal":
                return operations.export_journal(screen, screen.filter_values().get("periode"))
            if key == "settings":
                return open_shop_settings(screen.context, screen)
            raise KeyError(key)

        return handler

    return run


class InvoicesScreen(QWidget):
    """The tab. Public: ``invoices`` (:class:`ListScreen`), ``credit_notes`` (built on
    first use), ``current()``, ``show_credit_notes(bool)``; buttons ``showInvoices``,
    ``showCreditNotes``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("invoicesScreen")
        self.invoices_button = QPushButton(self.tr("Factures"), self)
        self.invoices_button.setObjectName("showInvoices")
        self.credit_notes_button = QPushButton(self.tr("Avoirs"), self)
        self.credit_notes_button.setObjectName("showCreditNotes")
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.invoices_button, self.credit_notes_button):
            button.setCheckable(True)
            group.addButton(button)
        self.invoices_button.setChecked(True)
        self.credit_notes_button.toggled.connect(self.show_credit_notes)

        self.invoices = self._list(credit_notes=False)
        self.credit_notes: ListScreen | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.invoices)

        switch = QHBoxLayout()
        switch.setContentsMargins(6, 6, 6, 0)
        switch.setSpacing(0)
        switch.addWidget(self.invoices_button)
        switch.addWidget(self.credit_notes_button)
        switch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(switch)
        layout.addWidget(self.stack, 1)

    def _list(self, *, credit_notes: bool) -> ListScreen:
        def on_open(screen: ListScreen, row: Row) -> Awaitable[Any]:
            return open_document(
                screen.context, int(row["id"]), credit_note=credit_notes, parent=screen.window()
            )

        spec = documents_spec(handlers(credit_notes), credit_notes=credit_notes, on_open=on_open)
        return ListScreen(self.context, spec, self)

    def current(self) -> ListScreen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, ListScreen)
        return widget

    def show_credit_notes(self, show: bool) -> None:
        if show and self.credit_notes is None:
            self.credit_notes = self._list(credit_notes=True)
            self.stack.addWidget(self.credit_notes)
        self.stack.setCurrentWidget(self.credit_notes if show else self.invoices)
        if self.credit_notes_button.isChecked() != show:
            self.credit_notes_button.setChecked(show)


def invoices_screen(context: AppContext) -> InvoicesScreen:
    return InvoicesScreen(context)


__all__ = ["InvoicesScreen", "handlers", "invoices_screen"]
