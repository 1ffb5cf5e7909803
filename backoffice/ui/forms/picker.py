"""The searchable choice among many (a category among hundreds): :class:`PickerEdit`, the
editor of ``picker`` fields, and :class:`PickerDialog`, a window around one
(« Déplacer vers… »). Only the matches are ever loaded, through the runner."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import button_box, run_dialog
from backoffice.ui.errors import user_message
from backoffice.ui.forms.specs import PickerLabel, PickerSearch
from backoffice.ui.palette import set_tone
from backoffice.ui.tasks import Debouncer, LatestOnly, Superseded, spawn

PICKER_DEBOUNCE_MS = 200


class PickerEdit(QWidget):
    """A searchable choice among many (e.g. categories): type, then pick in the popup.

    Results come from ``search(session, actor, text)`` through the runner, debounced and
    latest-wins; only the matches are ever loaded, never the whole table. ``value()`` is
    the picked value; editing the text after picking drops the value until a new pick
    (``pending()`` is then True: the text names nothing yet). With ``label_for``,
    :meth:`resolve_label` names a value set without its label (the full category path).
    """

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        search: PickerSearch,
        parent: QWidget | None = None,
        *,
        placeholder: str | None = None,
        limit: int = 30,
        label_for: PickerLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._search = search
        self._label_for = label_for
        self._limit = limit
        self._value: Any = None
        self._label = ""
        self._results: dict[str, Any] = {}
        self._latest = LatestOnly()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerEdit")
        self.edit.setPlaceholderText(placeholder or self.tr("Tapez pour chercher…"))
        self.edit.setClearButtonEnabled(True)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        # The service already filtered (accent-insensitive, on every word): show all.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[str].connect(self._picked)
        self.edit.setCompleter(self.completer)
        self._debouncer = Debouncer(PICKER_DEBOUNCE_MS, self._start_search, self)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._text_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    # --- public -------------------------------------------------------------------------

    def value(self) -> Any:
        return self._value

    def label(self) -> str:
        return self._label

    def pending(self) -> bool:
        """True when the text was typed but no result picked (the value is then None)."""
        return bool(self.edit.text().strip()) and self._value is None

    def set_value(self, value: Any, label: str = "") -> None:
        self._value = value
        self._label = label if value is not None else ""
        self.edit.blockSignals(True)
        self.edit.setText(self._label)
        self.edit.blockSignals(False)
        self.changed.emit()

    def resolve_label(self) -> None:
        """Asks ``label_for`` (in the background) for the current value's label."""
        if self._value is not None and self._label_for is not None:
            spawn(self._fetch_label(self._value), on_error=lambda _e: None)

    async def _fetch_label(self, value: Any) -> None:
        assert self._label_for is not None
        label = await self.context.runner.run(self._label_for, self.context.actor, value)
        if shiboken6.isValid(self) and self._value == value:
            self.set_value(value, label)

    def results(self) -> list[str]:
        return self.completer_model.stringList()

    def pick(self, label: str) -> None:
        """Picks the result shown as ``label`` (what clicking it in the popup does)."""
        self._picked(label)

    async def search_now(self, text: str) -> list[str]:
        """Types ``text`` and waits for the results (tests and keyboard power users)."""
        self.edit.setText(text)
        self._value = None
        self._debouncer.cancel()
        await self._search_task(text)
        return self.results()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self.edit.setReadOnly(read_only)

    # --- internals ----------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._value = None  # the text no longer names the picked value
        self._debouncer.trigger()
        self.changed.emit()

    def _text_changed(self, text: str) -> None:
        if not text:
            self._value = None
            self._label = ""
            self.changed.emit()

    def _start_search(self) -> None:
        spawn(self._search_task(self.edit.text()), on_error=self._search_failed)

    async def _search_task(self, text: str) -> None:
        try:
            found = await self._latest.run(
                self.context.runner.run(self._search, self.context.actor, text.strip())
            )
        except Superseded:
            return
        if not shiboken6.isValid(self):
            return
        self._results = {}
        for value, label in list(found)[: self._limit]:
            self._results[label] = value
        self.completer_model.setStringList(list(self._results))
        if self.edit.hasFocus() and self._results:
            self.completer.complete()

    def _search_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.edit.setToolTip(user_message(exc))

    def _picked(self, label: str) -> None:
        if label not in self._results:
            return
        self.set_value(self._results[label], label)


class PickerDialog(QDialog):
    """Choose one value through a :class:`PickerEdit` (e.g. "Déplacer vers une catégorie").

    With ``none_label`` a check box offers "no value" (top level, no category).
    ``await PickerDialog.choose(...)`` returns ``(True, value)`` or ``(False, None)``.
    """

    def __init__(
        self,
        context: AppContext,
        search: PickerSearch,
        title: str,
        prompt: str,
        *,
        none_label: str | None = None,
        ok_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pickerDialog")
        self.setWindowTitle(title)
        self.picker = PickerEdit(context, search, self)
        self.picker.setObjectName("pickerField")
        self.none_box = QCheckBox(none_label or "", self)
        self.none_box.setObjectName("pickerNone")
        self.none_box.setVisible(none_label is not None)
        self.none_box.toggled.connect(lambda on: self.picker.setEnabled(not on))
        self.error = QLabel(self)
        self.error.setObjectName("pickerError")
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        buttons, ok, cancel = button_box(
            self, ok_text or self.tr("Valider"), ok_name="pickerOk", cancel_name="pickerCancel"
        )
        ok.clicked.connect(self._ok)
        cancel.clicked.connect(self.reject)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(self.none_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 190)
        QTimer.singleShot(0, lambda: self.picker.edit.setFocus())

    def selection(self) -> tuple[bool, Any]:
        if self.none_box.isVisible() and self.none_box.isChecked():
            return True, None
        value = self.picker.value()
        return (value is not None), value

    def _ok(self) -> None:
        ok, _value = self.selection()
        if not ok:
            self.error.setText(self.tr("Choisissez une valeur dans la liste proposée."))
            return
        self.accept()

    @classmethod
    async def choose(cls, *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        dialog = cls(*args, **kwargs)
        result = await run_dialog(dialog)
        if result != QDialog.DialogCode.Accepted:
            return False, None
        return dialog.selection()


__all__ = ["PickerDialog", "PickerEdit"]
