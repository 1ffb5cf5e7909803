"""The generic form: editors built from a :class:`FormSpec`, saved through the DbRunner.

A form is a spec and two services, like a list::

    spec = FormSpec(
        title="Catégorie",
        fields=(
            FieldSpec("nom", "Nom", required=True, max_length=150),
            FieldSpec("est_actif", "Active", kind="bool"),
        ),
        load=get_category,          # (session, actor, record_id) -> data (dataclass or dict)
        save=save_category,         # (session, actor, record_id, values, loaded, **options)
    )
    dialog = FormDialog(context, spec, record_id=12)
    dialog.open()

What every form does the same way:

* each editor has the object name ``field_<key>``, its error label ``error_<key>``; the
  buttons are ``formSave`` and ``formCancel``;
* values are checked locally first (required, length, number parsing), then by the
  service: a :class:`~backoffice.services.errors.ValidationError` puts each message next
  to its field; nothing the user typed is ever reset by a failed save, a refused value or
  a lost connection;
* a :class:`~backoffice.services.errors.ConflictError` (the row changed since it was
  read) opens :class:`ConflictDialog`: the user's values beside the current ones, "Garder
  mes valeurs" (save again against the new version) or "Prendre les valeurs actuelles";
* ``dirty`` tells whether the values differ from the ones loaded; cancelling a dirty form
  asks first.

Dialogs are opened with ``open()`` and awaited through a future (:func:`ask`), never
``exec()``: a nested event loop inside an asyncio task would let other tasks re-enter.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.errors import ConflictError, ServiceError, ValidationError
from backoffice.ui import formatting
from backoffice.ui.context import AppContext
from backoffice.ui.errors import user_message
from backoffice.ui.tasks import Debouncer, LatestOnly, Superseded, spawn

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from backoffice.services.permissions import Staff
    from backoffice.ui.image_loader import ImageLoader

log = logging.getLogger(__name__)

FieldKind = Literal[
    "text",
    "multiline",
    "money",
    "int",
    "bool",
    "choice",
    "picker",
    "image_url",
    "string_list",
    "key_value",
]

ERROR_COLOR = "#b71c1c"
PICKER_DEBOUNCE_MS = 200
PREVIEW_DEBOUNCE_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate("FormScreen", text)


# A picker's search service: (session, actor, text) -> [(value, label), ...].
PickerSearch = Callable[["Session", "Staff", str], Sequence[tuple[Any, str]]]
# A picker's label service for a value loaded with the record: (session, actor, value) -> label.
PickerLabel = Callable[["Session", "Staff", Any], str]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form.

    ``key`` is the attribute (dataclass) or key (dict) of the loaded data and the key of the
    values handed to ``save``. Kinds and the Python value they produce:

    * ``text``, ``multiline``, ``image_url``: ``str`` (stripped for one-line kinds);
    * ``money``: ``Decimal`` or ``None`` when blank (French "19,99", "1 234,5 €" accepted);
    * ``int``: ``int`` (``None`` when blank and not required);
    * ``bool``: ``bool``; ``choice``: the chosen value of ``choices``;
    * ``picker``: the value picked from ``search`` results, ``None`` when emptied;
      ``display_key`` names the loaded data's attribute holding the value's label (else
      ``label_for`` is asked through the runner);
    * ``string_list``: ``list[str]``; ``key_value``: ``dict[str, str]``.

    ``column`` (0 or 1) places the field in the form's left or right column.
    """

    key: str
    label: str
    kind: FieldKind = "text"
    required: bool = False
    max_length: int | None = None
    help: str | None = None
    read_only: bool = False
    placeholder: str | None = None
    choices: Sequence[tuple[Any, str]] = ()
    search: PickerSearch | None = None
    label_for: PickerLabel | None = None
    display_key: str | None = None
    minimum: int | None = None
    column: int = 0
    lines: int = 4  # visible lines of a multiline editor


LoadFn = Callable[["Session", "Staff", Any], Any]
SaveFn = Callable[..., Any]  # (session, actor, record_id, values, loaded, **options) -> saved
ErrorHook = Callable[["FormScreen", BaseException], Awaitable[bool]]


@dataclass(frozen=True)
class FormSpec:
    """A form: its fields and its two services.

    ``load(session, actor, record_id)`` returns the record (a dataclass or a mapping);
    ``save(session, actor, record_id, values, loaded, **options)`` writes it and returns
    the saved record (``record_id`` is ``None`` for a creation, ``loaded`` is the record as
    read, carrying its version token). ``validate(values)`` runs on the GUI thread before
    the service (instant feedback; the service checks again). ``on_error(form, exc)`` may
    handle a service error (return True), e.g. ask for a confirmation and submit again
    with an option.
    """

    title: str
    fields: Sequence[FieldSpec]
    load: LoadFn | None = None
    save: SaveFn | None = None
    validate: Callable[[dict[str, Any]], Mapping[str, str]] | None = None
    on_error: ErrorHook | None = None
    object_name: str = "formScreen"
    width: int = 640
    height: int = 560

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)


# ---------------------------------------------------------------------------------------
# Value helpers (pure)
# ---------------------------------------------------------------------------------------

_MONEY_JUNK = re.compile(r"[\s\u00a0\u202f€]")


def parse_money_text(text: str) -> Decimal | None:
    """``"1 234,50 €"`` → ``Decimal("1234.50")``; blank → ``None``; ``ValueError`` otherwise."""
    cleaned = _MONEY_JUNK.sub("", text or "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def money_text(value: Any) -> str:
    """The editable text of an amount: ``"1234,50"`` (no grouping, so it re-parses as typed)."""
    if value is None or value == "":
        return ""
    return formatting.format_decimal(value, 2).replace(formatting.THOUSANDS_SEP, "")


def get_value(data: Any, key: str, default: Any = None) -> Any:
    """``data[key]`` for a mapping, ``data.key`` otherwise."""
    if data is None:
        return default
    if isinstance(data, Mapping):
        return data.get(key, default)
    return getattr(data, key, default)


def with_values(data: Any, values: Mapping[str, Any]) -> Any:
    """A copy of ``data`` (dataclass or mapping) with ``values`` applied where they fit."""
    if data is None:
        return dict(values)
    if isinstance(data, Mapping):
        return {**data, **values}
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        names = {f.name for f in dataclasses.fields(data)}
        return dataclasses.replace(data, **{k: v for k, v in values.items() if k in names})
    return data


def display_value(spec: FieldSpec, value: Any, label: str | None = None) -> str:
    """A one-line French rendering of a field's value (conflict table, summaries)."""
    if spec.kind == "picker":
        return label or ("" if value is None else str(value))
    if value is None or value == "":
        return ""
    if spec.kind == "money":
        return formatting.format_money(value)
    if spec.kind == "int":
        return formatting.format_int(value)
    if spec.kind == "bool":
        return formatting.format_bool(value)
    if spec.kind == "choice":
        return next((text for v, text in spec.choices if v == value), str(value))
    if spec.kind == "string_list":
        return "\n".join(str(v) for v in value)
    if spec.kind == "key_value":
        return "\n".join(f"{k} : {v}" for k, v in dict(value).items())
    return str(value)


def same_value(spec: FieldSpec, a: Any, b: Any) -> bool:
    """Equality as a user sees it: blank text equals None, 19.9 equals 19.90."""
    if spec.kind in ("text", "multiline", "image_url"):
        return (a or "").strip() == (b or "").strip()
    if spec.kind == "money":
        if a is None or b is None:
            return a is None and b is None
        return Decimal(a) == Decimal(b)
    if spec.kind == "string_list":
        return list(a or []) == list(b or [])
    if spec.kind == "key_value":
        return list(dict(a or {}).items()) == list(dict(b or {}).items())
    if spec.kind == "bool":
        return bool(a) == bool(b)
    return a == b


# ---------------------------------------------------------------------------------------
# Asking the user without a nested event loop
# ---------------------------------------------------------------------------------------

_open_dialogs: set[QDialog] = set()


def keep_open(dialog: QDialog) -> None:
    """Holds a parentless dialog's wrapper until it closes."""
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _r: _open_dialogs.discard(dialog))


async def run_dialog(dialog: QDialog) -> int:
    """``dialog.open()`` and wait for its result without a nested event loop."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    keep_open(dialog)
    dialog.open()
    return await future


async def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str,
    no: str | None = None,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    object_name: str = "askBox",
) -> bool:
    """A yes/no question (French buttons); True when ``yes`` was clicked."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setObjectName("askYes")
    no_button = box.addButton(no or tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    no_button.setObjectName("askNo")
    box.setDefaultButton(no_button)
    await run_dialog(box)
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A non-blocking information (or warning) box with a French "OK"."""
    box = QMessageBox(parent)
    box.setObjectName("warningBox" if warning else "infoBox")
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    keep_open(box)
    box.open()
    return box


# ---------------------------------------------------------------------------------------
# Composite editors
# ---------------------------------------------------------------------------------------


def _small_button(text: str, tooltip: str, parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tooltip)
    button.setObjectName(name)
    button.setAutoRaise(False)
    return button


class StringListEditor(QWidget):
    """An editable list of strings: add, remove, move up/down; double-click edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("stringList")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(130)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        add = _small_button("+", tr("Ajouter une ligne"), self, "listAdd")
        remove = _small_button("−", tr("Supprimer la ligne sélectionnée"), self, "listRemove")
        up = _small_button("▲", tr("Monter"), self, "listUp")
        down = _small_button("▼", tr("Descendre"), self, "listDown")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(+1))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def values(self) -> list[str]:
        items = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [text for text in items if text]

    def set_values(self, values: Sequence[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            self._append(str(value))
        self.list.blockSignals(False)
        self.changed.emit()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _add(self) -> None:
        item = self._append("")
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()


class KeyValueEditor(QWidget):
    """An editable two-column table (Clé / Valeur) with add/remove buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("keyValueTable")
        self.table.setHorizontalHeaderLabels([tr("Clé"), tr("Valeur")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(130)
        self.table.setMaximumHeight(190)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        add = _small_button("+", tr("Ajouter une caractéristique"), self, "kvAdd")
        remove = _small_button("−", tr("Supprimer la ligne sélectionnée"), self, "kvRemove")
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """Every row as typed (blank rows dropped), duplicates included."""
        result = []
        for r in range(self.table.rowCount()):
            key = self.table.item(r, 0)
            value = self.table.item(r, 1)
            k = key.text().strip() if key else ""
            v = value.text().strip() if value else ""
            if k or v:
                result.append((k, v))
        return result

    def values(self) -> dict[str, str]:
        return {k: v for k, v in self.rows() if k}

    def set_values(self, values: Mapping[str, str]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for key, value in dict(values).items():
            self._append(str(key), str(value))
        self.table.blockSignals(False)
        self.changed.emit()

    def _append(self, key: str, value: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _add(self) -> None:
        row = self._append("", "")
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


class PickerEdit(QWidget):
    """A searchable choice among many (e.g. categories): type, then pick in the popup.

    Results come from ``search(session, actor, text)`` through the runner, debounced and
    latest-wins; only the matches are ever loaded, never the whole table. ``value()`` is
    the picked value; editing the text after picking drops the value until a new pick
    (``pending()`` is then True: the text names nothing yet).
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
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._search = search
        self._limit = limit
        self._value: Any = None
        self._label = ""
        self._results: dict[str, Any] = {}
        self._latest = LatestOnly()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerEdit")
        self.edit.setPlaceholderText(placeholder or tr("Tapez pour chercher…"))
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


class ImageUrlEditor(QWidget):
    """A line edit for an image address and its preview, loaded in the background."""

    changed = Signal()
    PREVIEW = 150

    def __init__(self, loader: ImageLoader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.edit = QLineEdit(self)
        self.edit.setObjectName("imageUrlEdit")
        self.edit.setPlaceholderText(tr("https://… ou chemin relatif (ex. produits/photo.jpg)"))
        self.edit.setClearButtonEnabled(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("imagePreview")
        self.preview.setFixedSize(self.PREVIEW, self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setStyleSheet("background: #fafafa;")
        self._debouncer = Debouncer(PREVIEW_DEBOUNCE_MS, self._load_preview, self)
        self._latest = LatestOnly()
        self.edit.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_placeholder(tr("Aucune image"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)
        self.edit.setCursorPosition(0)  # show the start of a long address
        self._debouncer.flush()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self.edit.setReadOnly(read_only)

    def _text_changed(self, _text: str) -> None:
        self.changed.emit()
        self._debouncer.trigger()

    def _show_placeholder(self, text: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self.preview.setStyleSheet("background: #fafafa; color: #888;")

    def _load_preview(self) -> None:
        url = self.edit.text().strip()
        if not url:
            self._latest.invalidate()
            self._show_placeholder(tr("Aucune image"))
            return
        if self.loader is None:
            self._show_placeholder(tr("Aperçu indisponible"))
            return
        self.preview.setText(tr("Chargement…"))
        spawn(self._fetch(url), on_error=lambda _e: None)

    async def _fetch(self, url: str) -> None:
        assert self.loader is not None
        try:
            pixmap, ok = await self._latest.run(self.loader.load(url, self.PREVIEW - 4))
        except Superseded:
            return
        if not shiboken6.isValid(self):
            return
        if ok:
            self.preview.setText("")
            self.preview.setPixmap(pixmap)
        else:
            self._show_placeholder(tr("Image introuvable"))


# ---------------------------------------------------------------------------------------
# The form
# ---------------------------------------------------------------------------------------


class FieldRow:
    """An editor, its error label and how to read and write its value."""

    def __init__(self, spec: FieldSpec, editor: QWidget, error: QLabel, container: QWidget):
        self.spec = spec
        self.editor = editor
        self.error = error
        self.container = container


class FormScreen(QWidget):
    """Editors for ``spec``; ``await load()``, ``await submit()``; signals ``saved(object)``,
    ``cancelled()``, ``dirtyChanged(bool)``.

    ``record_id=None`` creates: the form starts from ``initial`` (a dataclass or a dict,
    e.g. ``CategoryData(parent_id=3)``), handed to ``save`` as ``loaded``.
    Public state: ``loaded`` (the record as last read or saved), ``record_id``, ``dirty``,
    ``errors`` (field → message shown), ``general_error``.
    """

    saved = Signal(object)
    cancelled = Signal()
    dirtyChanged = Signal(bool)
    loadedChanged = Signal(object)

    def __init__(
        self,
        context: AppContext,
        spec: FormSpec,
        record_id: Any = None,
        *,
        initial: Any = None,
        image_loader: ImageLoader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.record_id = record_id
        self.loaded: Any = initial
        self.image_loader = image_loader
        self.errors: dict[str, str] = {}
        self.general_error = ""
        self._rows: dict[str, FieldRow] = {}
        self._snapshot: dict[str, Any] = {}
        self._dirty = False
        self._busy = False
        self.setObjectName(spec.object_name)

        self.general_label = QLabel(self)
        self.general_label.setObjectName("formError")
        self.general_label.setTextFormat(Qt.TextFormat.PlainText)
        self.general_label.setWordWrap(True)
        self.general_label.setStyleSheet(
            f"color: {ERROR_COLOR}; background: #ffebee; padding: 6px; border-radius: 3px;"
        )
        self.general_label.hide()

        columns = QHBoxLayout()
        columns.setSpacing(18)
        forms = [QFormLayout(), QFormLayout()]
        for form in forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(6)
        for field_spec in spec.fields:
            row = self._build_row(field_spec)
            self._rows[field_spec.key] = row
            label = QLabel(field_spec.label + (" *" if field_spec.required else "") + " :")
            label.setObjectName(f"label_{field_spec.key}")
            label.setBuddy(row.editor)
            forms[1 if field_spec.column else 0].addRow(label, row.container)
        # Each column keeps its natural height: the spare height goes below the fields,
        # never between a label and its editor.
        for index, form in enumerate(forms):
            if index and not form.rowCount():
                continue
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 3 if index == 0 else 2)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 4, 4, 4)
        body_layout.addLayout(columns)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("formStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setStyleSheet("color: #666;")
        self.save_button = QPushButton(tr("Enregistrer"), self)
        self.save_button.setObjectName("formSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: spawn(self.submit(), parent=self))
        self.cancel_button = QPushButton(tr("Annuler"), self)
        self.cancel_button.setObjectName("formCancel")
        self.cancel_button.clicked.connect(self.request_cancel)
        required_note = QLabel(tr("* champ obligatoire"), self)
        required_note.setStyleSheet("color: #888;")
        buttons = QHBoxLayout()
        buttons.addWidget(required_note)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.general_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.set_data(initial)

    # --- building -----------------------------------------------------------------------

    def _build_row(self, spec: FieldSpec) -> FieldRow:
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        editor = self._make_editor(spec, container)
        editor.setObjectName(f"field_{spec.key}")
        if spec.help:
            editor.setToolTip(spec.help)
        box.addWidget(editor)
        container.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        error = QLabel(container)
        error.setObjectName(f"error_{spec.key}")
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.setTextFormat(Qt.TextFormat.RichText)
        error.linkActivated.connect(lambda link, key=spec.key: self._use_suggestion(key, link))
        error.hide()
        box.addWidget(error)
        if spec.help:
            help_label = QLabel(spec.help, container)
            help_label.setObjectName(f"help_{spec.key}")
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: #777; font-size: 11px;")
            box.addWidget(help_label)
        return FieldRow(spec, editor, error, container)

    def _make_editor(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        kind = spec.kind
        widget: QWidget
        if kind in ("text", "money", "int"):
            edit = QLineEdit(parent)
            if spec.placeholder:
                edit.setPlaceholderText(spec.placeholder)
            if kind in ("money", "int"):
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setMaximumWidth(160)
                if kind == "money" and not spec.placeholder:
                    edit.setPlaceholderText("0,00 €" if spec.required else tr("aucun"))
            edit.setReadOnly(spec.read_only)
            edit.textChanged.connect(lambda _t: self._changed())
            widget = edit
        elif kind == "multiline":
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            line = text.fontMetrics().lineSpacing()
            text.setFixedHeight(line * max(1, spec.lines) + 14)
            if spec.placeholder:
                text.setPlaceholderText(spec.placeholder)
            text.setReadOnly(spec.read_only)
            text.textChanged.connect(self._changed)
            widget = text
        elif kind == "bool":
            check = QCheckBox(parent)
            check.setEnabled(not spec.read_only)
            check.toggled.connect(lambda _b: self._changed())
            widget = check
        elif kind == "choice":
            combo = QComboBox(parent)
            for value, label in spec.choices:
                combo.addItem(label, value)
            combo.setEnabled(not spec.read_only)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            widget = combo
        elif kind == "picker":
            if spec.search is None:
                raise ValueError(f"picker field {spec.key!r} needs a search service")
            picker = PickerEdit(self.context, spec.search, parent, placeholder=spec.placeholder)
            picker.setReadOnly(spec.read_only)
            picker.changed.connect(self._changed)
            widget = picker
        elif kind == "image_url":
            image = ImageUrlEditor(self.image_loader, parent)
            image.setReadOnly(spec.read_only)
            image.changed.connect(self._changed)
            widget = image
        elif kind == "string_list":
            strings = StringListEditor(parent)
            strings.setEnabled(not spec.read_only)
            strings.changed.connect(self._changed)
            widget = strings
        elif kind == "key_value":
            pairs = KeyValueEditor(parent)
            pairs.setEnabled(not spec.read_only)
            pairs.changed.connect(self._changed)
            widget = pairs
        else:  # pragma: no cover - Literal guards it
            raise ValueError(f"unknown field kind {kind!r}")
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        return widget

    # --- public API ---------------------------------------------------------------------

    def editor(self, key: str) -> Any:
        """The editor widget of field ``key`` (``field_<key>``)."""
        return self._rows[key].editor

    def error_label(self, key: str) -> QLabel:
        return self._rows[key].error

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def busy(self) -> bool:
        return self._busy

    async def load(self) -> None:
        """Reads the record through ``spec.load`` (when editing) and shows it."""
        if self.record_id is None or self.spec.load is None:
            return
        self._set_busy(True, tr("Chargement…"))
        try:
            data = await self.context.runner.run(self.spec.load, self.context.actor, self.record_id)
        finally:
            self._set_busy(False)
        self.set_data(data)

    def set_data(self, data: Any) -> None:
        """Shows ``data`` (the record as read): editors, labels, a clean dirty flag."""
        self.loaded = data
        for key, row in self._rows.items():
            self._write(row, get_value(data, key, _default_for(row.spec)), data)
        self._snapshot = self._raw_values()
        self.clear_errors()
        self._set_dirty(False)
        self.loadedChanged.emit(data)

    def set_value(self, key: str, value: Any, label: str = "") -> None:
        """Puts ``value`` in field ``key`` as if the user typed it."""
        row = self._rows[key]
        if row.spec.kind == "picker":
            row.editor.set_value(value, label)
        else:
            self._write(row, value, None)

    def values(self) -> dict[str, Any]:
        """The typed values (unparsable ones as typed); see :meth:`collect` for checked ones."""
        return self._raw_values()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values as Python objects and the local errors (required, length, parsing)."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, row in self._rows.items():
            spec = row.spec
            raw = self._read(row)
            try:
                value = self._convert(spec, raw)
            except ValueError as exc:
                errors[key] = str(exc)
                continue
            if spec.kind == "picker" and row.editor.pending():
                errors[key] = tr(
                    "Choisissez une valeur dans la liste proposée (ou videz le champ)."
                )
                continue
            if spec.required and (value is None or value == "" or value == [] or value == {}):
                errors[key] = tr("Ce champ est obligatoire.")
                continue
            if spec.max_length and isinstance(value, str) and len(value) > spec.max_length:
                errors[key] = tr("{n} caractères au maximum (actuellement {m}).").format(
                    n=spec.max_length, m=len(value)
                )
                continue
            if spec.kind == "key_value":
                keys = [k for k, _v in row.editor.rows()]
                if any(not k for k in keys):
                    errors[key] = tr("Chaque ligne doit avoir une clé.")
                    continue
                duplicates = sorted({k for k in keys if keys.count(k) > 1})
                if duplicates:
                    errors[key] = tr("Clé en double : {keys}.").format(keys=", ".join(duplicates))
                    continue
            values[key] = value
        return values, errors

    def show_errors(self, errors: Mapping[str, str], general: str | None = None) -> None:
        """Each message next to its field; messages for unknown keys go on top."""
        self.clear_errors()
        others = []
        for key, message in errors.items():
            row = self._rows.get(key)
            if row is None:
                others.append(message)
                continue
            self.errors[key] = message
            row.error.setText(self._with_suggestion(message))
            row.error.show()
        text = " ".join(filter(None, [general, *others]))
        if not text and errors:
            count = len(errors)
            text = (
                tr("Une valeur est à corriger.")
                if count == 1
                else tr("{n} valeurs sont à corriger.").format(n=count)
            )
        self.show_general(text)
        if self.errors:
            first = next(k for k in self._rows if k in self.errors)
            self._rows[first].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_general(self, text: str) -> None:
        self.general_error = text
        self.general_label.setText(text)
        self.general_label.setVisible(bool(text))

    def clear_errors(self) -> None:
        self.errors = {}
        for row in self._rows.values():
            row.error.clear()
            row.error.hide()
        self.show_general("")

    async def submit(self, **options: Any) -> bool:
        """Checks and saves; True when saved. ``options`` go to ``spec.save``."""
        if self._busy:
            return False
        values, errors = self.collect()
        if self.spec.validate is not None:
            # Every problem at once; a field's local message (parsing) wins over the
            # spec's, which only saw the fields that parsed.
            errors = {**dict(self.spec.validate(values)), **errors}
        if errors:
            self.show_errors(errors)
            return False
        if self.spec.save is None:
            return False
        self._set_busy(True, tr("Enregistrement…"))
        try:
            result = await self.context.runner.run(
                self.spec.save,
                self.context.actor,
                self.record_id,
                values,
                self.loaded,
                **options,
            )
        except ValidationError as exc:
            self._set_busy(False)
            self.show_errors(exc.errors)
            return False
        except ConflictError as exc:
            self._set_busy(False)
            if self.spec.on_error is not None and await self.spec.on_error(self, exc):
                return False
            self.show_general(exc.message)
            return await self.resolve_conflict(exc, options)
        except Exception as exc:  # every failure keeps the input
            self._set_busy(False)
            handler = self.spec.on_error
            if isinstance(exc, ServiceError) and handler and await handler(self, exc):
                return False
            self.show_general(user_message(exc))
            return False
        self._set_busy(False)
        if not shiboken6.isValid(self):
            return True
        if self.record_id is None:
            self.record_id = get_value(result, "id", result if isinstance(result, int) else None)
        if result is not None and not isinstance(result, int):
            self.set_data(result)
        else:
            self.loaded = with_values(self.loaded, values)
            self._snapshot = self._raw_values()
            self.clear_errors()
            self._set_dirty(False)
        self.saved.emit(result)
        return True

    async def resolve_conflict(self, exc: ConflictError, options: Mapping[str, Any]) -> bool:
        """The conflict dialog; saves again or reloads as the user chooses."""
        current = self._current_from(exc)
        dialog = ConflictDialog(self, exc.message, current, self)
        await run_dialog(dialog)
        if dialog.choice == ConflictDialog.KEEP_MINE:
            # The user's changes over the new version: fields they did not touch take the
            # current values (someone else's change there is kept), then save against the
            # new version token.
            for key in self.untouched_fields():
                row = self._rows[key]
                self._write(row, get_value(current, key, _default_for(row.spec)), current)
            self.loaded = current
            return await self.submit(**options)
        if dialog.choice == ConflictDialog.TAKE_THEIRS:
            self.set_data(current)
            self.show_general(tr("Les valeurs actuelles ont été rechargées."))
        return False

    def set_read_only(self, read_only: bool = True) -> None:
        """Consultation only (a member without the edit permission): no editing, no save."""
        for row in self._rows.values():
            editor = row.editor
            if hasattr(editor, "setReadOnly"):
                editor.setReadOnly(read_only or row.spec.read_only)
            else:
                editor.setEnabled(not (read_only or row.spec.read_only))
        self.save_button.setVisible(not read_only)
        self.cancel_button.setText(tr("Fermer") if read_only else tr("Annuler"))

    def untouched_fields(self) -> list[str]:
        """Fields whose value is still the one loaded (the user did not change them)."""
        raw = self._raw_values()
        return [key for key in self._rows if raw.get(key) == self._snapshot.get(key)]

    def request_cancel(self) -> None:
        """Cancel: asks first when there are unsaved changes."""
        if not self._dirty:
            self.cancelled.emit()
            return
        spawn(self._confirm_cancel(), parent=self)

    async def _confirm_cancel(self) -> None:
        if await ask(
            self,
            tr("Modifications non enregistrées"),
            tr("Abandonner les modifications non enregistrées ?"),
            tr("Abandonner"),
            tr("Continuer la saisie"),
            object_name="discardBox",
        ):
            self.cancelled.emit()

    # --- internals ----------------------------------------------------------------------

    def _current_from(self, exc: ConflictError) -> Any:
        current_data = getattr(exc, "current_data", None)
        if current_data is not None:
            return current_data
        return with_values(self.loaded, exc.current)

    def _convert(self, spec: FieldSpec, raw: Any) -> Any:
        if spec.kind in ("text", "image_url"):
            return (raw or "").strip()
        if spec.kind == "money":
            try:
                return parse_money_text(raw)
            except ValueError:
                raise ValueError(
                    tr("{label} doit être un montant (ex. 19,99).").format(label=spec.label)
                ) from None
        if spec.kind == "int":
            text = (raw or "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
            if not text:
                return None
            try:
                number = int(text)
            except ValueError:
                raise ValueError(
                    tr("{label} doit être un nombre entier.").format(label=spec.label)
                ) from None
            if spec.minimum is not None and number < spec.minimum:
                raise ValueError(
                    tr("{label} doit être au moins {n}.").format(label=spec.label, n=spec.minimum)
                )
            return number
        return raw

    def _read(self, row: FieldRow) -> Any:
        editor = row.editor
        kind = row.spec.kind
        if kind in ("text", "money", "int"):
            return editor.text()
        if kind == "multiline":
            return editor.toPlainText()
        if kind == "bool":
            return editor.isChecked()
        if kind == "choice":
            return editor.currentData()
        if kind == "picker":
            return editor.value()
        if kind == "image_url":
            return editor.text()
        if kind in ("string_list", "key_value"):
            return editor.values()
        return None  # pragma: no cover

    def _raw_values(self) -> dict[str, Any]:
        values = {key: self._read(row) for key, row in self._rows.items()}
        for key, row in self._rows.items():
            if row.spec.kind == "picker":
                values[key] = (row.editor.value(), row.editor.edit.text())
            elif row.spec.kind == "key_value":
                values[key] = row.editor.rows()
        return values

    def _write(self, row: FieldRow, value: Any, data: Any) -> None:
        editor = row.editor
        kind = row.spec.kind
        if kind == "text":
            editor.setText("" if value is None else str(value))
        elif kind == "money":
            editor.setText(money_text(value))
        elif kind == "int":
            editor.setText("" if value is None else str(value))
        elif kind == "multiline":
            editor.setPlainText("" if value is None else str(value))
        elif kind == "bool":
            editor.setChecked(bool(value))
        elif kind == "choice":
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif kind == "picker":
            label = ""
            if row.spec.display_key and data is not None:
                label = get_value(data, row.spec.display_key) or ""
            editor.set_value(value, label or ("" if value is None else str(value)))
            if value is not None and row.spec.label_for is not None:
                spawn(self._fetch_label(row, value), on_error=lambda _e: None)
        elif kind == "image_url":
            editor.setText("" if value is None else str(value))
        elif kind == "string_list":
            editor.set_values(list(value or []))
        elif kind == "key_value":
            editor.set_values(dict(value or {}))

    async def _fetch_label(self, row: FieldRow, value: Any) -> None:
        assert row.spec.label_for is not None
        label = await self.context.runner.run(row.spec.label_for, self.context.actor, value)
        if not shiboken6.isValid(row.editor) or row.editor.value() != value:
            return
        dirty = self._dirty
        row.editor.set_value(value, label)
        if not dirty:  # a better label is not a change by the user
            self._snapshot = self._raw_values()
            self._set_dirty(False)

    def _changed(self) -> None:
        if self._snapshot:
            self._set_dirty(self._raw_values() != self._snapshot)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.status_label.setText(text if busy else "")

    _SUGGESTION = re.compile(r"propos[ée]\s*:\s*«\s*([^»]+?)\s*»")

    def _with_suggestion(self, message: str) -> str:
        """Escapes ``message``; a "… proposé : « x »" suggestion becomes a clickable link."""
        from html import escape

        html = escape(message)
        match = self._SUGGESTION.search(message)
        if match:
            free = match.group(1)
            html += (
                f' <a href="{escape(free, quote=True)}">'
                + escape(tr("Utiliser « {v} »").format(v=free))
                + "</a>"
            )
        return html

    def _use_suggestion(self, key: str, value: str) -> None:
        row = self._rows[key]
        if row.spec.kind in ("text", "image_url"):
            row.editor.setText(value)
            row.error.hide()
            self.errors.pop(key, None)


def _one_line(text: str) -> str:
    return text.replace("\n", " ; ")


def _default_for(spec: FieldSpec) -> Any:
    return {"string_list": [], "key_value": {}, "bool": False}.get(spec.kind)


class FormDialog(QDialog):
    """A :class:`FormScreen` in a window: closes when saved or cancelled.

    ``open_form(...)`` builds, shows and loads one. The dialog stays open on any error,
    with the user's input intact.
    """

    def __init__(
        self,
        context: AppContext,
        spec: FormSpec,
        record_id: Any = None,
        *,
        initial: Any = None,
        image_loader: ImageLoader | None = None,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formDialog")
        self._title = title or spec.title
        self.setWindowTitle(self._title)
        self.form = FormScreen(
            context, spec, record_id, initial=initial, image_loader=image_loader, parent=self
        )
        self._force = False
        self.form.saved.connect(lambda _r: self.accept())
        # The form asked already when dirty: close without asking again.
        self.form.cancelled.connect(self.force_close)
        self.form.dirtyChanged.connect(
            lambda dirty: self.setWindowTitle(self._title + (" *" if dirty else ""))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.resize(spec.width, spec.height)

    def reject(self) -> None:
        # Escape and the window's close button come here too: ask first when dirty.
        if self.form.dirty and not self._force:
            self.form.request_cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if self.form.dirty and not self._force:
            event.ignore()
            self.form.request_cancel()
            return
        super().closeEvent(event)

    def force_close(self) -> None:
        """Closes without asking (the user already confirmed, or the record is gone)."""
        self._force = True
        super().reject()


async def open_form(
    context: AppContext,
    spec: FormSpec,
    record_id: Any = None,
    *,
    initial: Any = None,
    image_loader: ImageLoader | None = None,
    parent: QWidget | None = None,
    title: str | None = None,
    on_saved: Callable[[Any], Any] | None = None,
) -> FormDialog:
    """Builds the dialog, shows it at once (not modal to the app), then loads the record."""
    dialog = FormDialog(
        context,
        spec,
        record_id,
        initial=initial,
        image_loader=image_loader,
        parent=parent,
        title=title,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.form.saved.connect(on_saved)
    dialog.show()
    try:
        await dialog.form.load()
    except Exception:
        dialog.force_close()
        raise
    return dialog


class ConflictDialog(QDialog):
    """The row changed underneath: the user's values beside the current ones.

    ``choice`` is ``KEEP_MINE`` ("Garder mes valeurs"), ``TAKE_THEIRS`` ("Prendre les
    valeurs actuelles") or ``None`` (closed: stay in the form, nothing saved).
    Object names: ``conflictDialog``, ``conflictTable``, ``keepMine``, ``takeTheirs``.
    """

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"

    def __init__(
        self, form: FormScreen, message: str, current: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Modifié par quelqu'un d'autre"))
        self.choice: str | None = None
        intro = QLabel(message, self)
        intro.setWordWrap(True)
        intro.setObjectName("conflictMessage")

        mine = form.values()
        untouched = set(form.untouched_fields())
        rows: list[tuple[str, str, str, bool]] = []
        for key, row in form._rows.items():
            spec = row.spec
            if spec.kind == "picker":
                value, label = mine[key]
                theirs_value = get_value(current, key)
                theirs_label = (
                    get_value(current, spec.display_key) if spec.display_key else None
                ) or ("" if theirs_value is None else str(theirs_value))
                if value == theirs_value:
                    continue
                rows.append((spec.label, label, theirs_label or tr("(aucune)"), key in untouched))
                continue
            try:
                my_value = form._convert(spec, form._read(row))
            except ValueError:
                my_value = form._read(row)
            their_value = get_value(current, key)
            if same_value(spec, my_value, their_value):
                continue
            rows.append(
                (
                    spec.label,
                    _one_line(display_value(spec, my_value)),
                    _one_line(display_value(spec, their_value)),
                    key in untouched,
                )
            )

        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Champ"), tr("Vos valeurs"), tr("Valeurs actuelles")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        kept_note = tr("Vous n'avez pas modifié ce champ : la valeur actuelle sera gardée.")
        for r, (label, my_text, their_text, kept) in enumerate(rows):
            shown_mine = my_text if my_text != "" else "—"
            if kept:
                shown_mine = tr("{v} (non modifié)").format(v=shown_mine)
            for c, text in enumerate((label, shown_mine, their_text if their_text else "—")):
                item = QTableWidgetItem(text)
                font = item.font()
                if c == 0:
                    font.setBold(True)
                if c == 1 and kept:
                    font.setItalic(True)
                    item.setForeground(QColor("#777777"))
                    item.setToolTip(kept_note)
                else:
                    item.setToolTip(text)
                item.setFont(font)
                self.table.setItem(r, c, item)
        self.rows = [(label, mine_, theirs) for label, mine_, theirs, _k in rows]
        if not rows:
            self.table.hide()

        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(tr("Garder mes valeurs"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepMine")
        keep.setToolTip(tr("Enregistrer vos valeurs par-dessus la version actuelle"))
        take = buttons.addButton(
            tr("Prendre les valeurs actuelles"), QDialogButtonBox.ButtonRole.ResetRole
        )
        take.setObjectName("takeTheirs")
        take.setToolTip(tr("Recharger le formulaire avec la version actuelle"))
        cancel = buttons.addButton(tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("conflictCancel")
        cancel.setToolTip(tr("Revenir au formulaire sans rien enregistrer"))
        keep.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        take.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 200 + 34 * min(len(rows), 10))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


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
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(ok_text or tr("Valider"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("pickerOk")
        cancel = buttons.addButton(tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("pickerCancel")
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
            self.error.setText(tr("Choisissez une valeur dans la liste proposée."))
            return
        self.accept()

    @classmethod
    async def choose(cls, *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        dialog = cls(*args, **kwargs)
        result = await run_dialog(dialog)
        if result != QDialog.DialogCode.Accepted:
            return False, None
        return dialog.selection()
