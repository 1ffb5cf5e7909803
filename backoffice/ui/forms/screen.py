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
    form = FormScreen(context, spec, record_id=12)
    dialog = await open_form(form)  # backoffice.ui.forms.dialog

What every form does the same way:

* each editor has the object name ``field_<key>``, its error label ``error_<key>``; the
  buttons are ``formSave`` and ``formCancel``;
* values are checked locally first (required, length, each kind's parsing), then by the
  service: a :class:`~backoffice.services.errors.ValidationError` puts each message next
  to its field, with a « Utiliser « … » » link for each of its ``suggestions``; nothing
  the user typed is ever reset by a failed save, a refused value or a lost connection;
* a :class:`~backoffice.services.errors.ConflictError` (the row changed since it was
  read) opens the :class:`~backoffice.ui.forms.conflict.ConflictDialog`: "Garder mes
  valeurs" (save again against the current values) or "Prendre les valeurs actuelles";
* ``dirty`` tells whether the values differ from the ones loaded; cancelling a dirty form
  asks first.

How a field behaves depends on its kind only (:mod:`backoffice.ui.forms.kinds`): this
module never looks at a kind's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.errors import ConflictError, ServiceError, ValidationError
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask, run_dialog
from backoffice.ui.errors import translated, user_message
from backoffice.ui.forms.conflict import ConflictDialog
from backoffice.ui.forms.kind import EditorHost, FieldRow
from backoffice.ui.forms.kinds import kind_of
from backoffice.ui.forms.specs import FieldSpec, FormSpec
from backoffice.ui.forms.values import get_value, with_values
from backoffice.ui.palette import set_tone
from backoffice.ui.tasks import spawn

if TYPE_CHECKING:
    from backoffice.ui.image_loader import ImageLoader


class FormScreen(QWidget):
    """Editors for ``spec``; ``await load()``, ``await submit()``; signals ``saved(object)``,
    ``cancelled()``, ``dirtyChanged(bool)``, ``loadedChanged(object)``.

    ``record_id=None`` creates: the form starts from ``initial`` (a dataclass or a dict,
    e.g. ``CategoryData(parent_id=3)``), handed to ``save`` as ``loaded``.
    Public state: ``loaded`` (the record as last read or saved), ``record_id``, ``dirty``,
    ``errors`` (field → message shown), ``suggestions`` (field → value offered),
    ``general_error``.
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
        self.suggestions: dict[str, Any] = {}
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
        set_tone(self.general_label, "errorBox")
        self.general_label.hide()
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("formReadOnly")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        set_tone(self.read_only_banner, "infoBox")
        self.read_only_banner.hide()
        self._labels: dict[str, QLabel] = {}  # the field labels (their « * »)

        host = EditorHost(context, image_loader, self._changed)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        forms = [QFormLayout(), QFormLayout()]
        for form in forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(6)
        for field_spec in spec.fields:
            row = self._build_row(field_spec, host)
            self._rows[field_spec.key] = row
            label = QLabel(field_spec.label + (" *" if field_spec.required else "") + " :")
            label.setObjectName(f"label_{field_spec.key}")
            label.setBuddy(row.editor)
            self._labels[field_spec.key] = label
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
        set_tone(self.status_label, "muted")
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("formSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: spawn(self.submit(), parent=self))
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.setObjectName("formCancel")
        self.cancel_button.clicked.connect(self.request_cancel)
        self.required_note = QLabel(self.tr("* champ obligatoire"), self)
        self.required_note.setObjectName("formRequiredNote")
        set_tone(self.required_note, "faint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.required_note)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.general_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.set_data(initial)

    def _build_row(self, spec: FieldSpec, host: EditorHost) -> FieldRow:
        kind = kind_of(spec)
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        editor = kind.create(spec, host, container)
        editor.setObjectName(f"field_{spec.key}")
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, editor.sizePolicy().verticalPolicy())
        if spec.help:
            editor.setToolTip(spec.help)
        box.addWidget(editor)
        container.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        error = QLabel(container)
        error.setObjectName(f"error_{spec.key}")
        error.setWordWrap(True)
        set_tone(error, "error")
        error.setTextFormat(Qt.TextFormat.RichText)
        error.linkActivated.connect(lambda _link, key=spec.key: self.use_suggestion(key))
        error.hide()
        box.addWidget(error)
        if spec.help:
            help_label = QLabel(spec.help, container)
            help_label.setObjectName(f"help_{spec.key}")
            help_label.setWordWrap(True)
            set_tone(help_label, "hint")
            box.addWidget(help_label)
        return FieldRow(spec, kind, editor, error, container)

    # --- public API ---------------------------------------------------------------------

    def editor(self, key: str) -> Any:
        """The editor widget of field ``key`` (``field_<key>``)."""
        return self._rows[key].editor

    def error_label(self, key: str) -> QLabel:
        return self._rows[key].error

    def rows(self) -> list[FieldRow]:
        """The fields on screen, in the spec's order."""
        return list(self._rows.values())

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
        self._set_busy(True, self.tr("Chargement…"))
        try:
            data = await self.context.runner.run(self.spec.load, self.context.actor, self.record_id)
        finally:
            self._set_busy(False)
        self.set_data(data)

    def set_data(self, data: Any) -> None:
        """Shows ``data`` (the record as read): editors, labels, a clean dirty flag."""
        self.loaded = data
        for row in self._rows.values():
            self._write(row, data)
        self._snapshot = self._states()
        self.clear_errors()
        self._set_dirty(False)
        self.loadedChanged.emit(data)

    def set_value(self, key: str, value: Any, label: str = "") -> None:
        """Puts ``value`` in field ``key`` as if the user typed it (``label``: its name)."""
        row = self._rows[key]
        row.kind.write(row.spec, row.editor, value, label or None)

    def values(self) -> dict[str, Any]:
        """Each editor's state as typed (unparsed); see :meth:`collect` for checked values."""
        return self._states()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values as Python objects and the local errors (required, length, parsing)."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, row in self._rows.items():
            spec, kind = row.spec, row.kind
            try:
                value = kind.parse(spec, kind.read(row.editor))
            except ValueError as exc:
                errors[key] = str(exc)
                continue
            problem = kind.check(spec, row.editor)
            if problem is None and spec.required and kind.is_empty(value):
                problem = self.tr("Ce champ est obligatoire.")
            too_long = spec.max_length and isinstance(value, str) and len(value) > spec.max_length
            if problem is None and too_long:
                problem = self.tr("{n} caractères au maximum (actuellement {m}).").format(
                    n=spec.max_length, m=len(value)
                )
            if problem is not None:
                errors[key] = problem
                continue
            values[key] = value
        return values, errors

    def show_errors(
        self,
        errors: Mapping[str, str],
        general: str | None = None,
        suggestions: Mapping[str, Any] | None = None,
    ) -> None:
        """Each message next to its field, with a link for its suggestion; messages for
        unknown keys go on top."""
        self.clear_errors()
        others = []
        for key, marked in errors.items():
            message = translated(marked)
            row = self._rows.get(key)
            if row is None:
                others.append(message)
                continue
            self.errors[key] = message
            html = escape(message)
            if suggestions and key in suggestions:
                value = suggestions[key]
                self.suggestions[key] = value
                shown = row.kind.display(row.spec, value)
                html += (
                    f' <a href="suggestion:{escape(key, quote=True)}">'
                    + escape(self.tr("Utiliser « {v} »").format(v=shown))
                    + "</a>"
                )
            row.error.setText(html)
            row.error.show()
        text = " ".join(filter(None, [general, *others]))
        if not text and errors:
            count = len(errors)
            text = (
                self.tr("Une valeur est à corriger.")
                if count == 1
                else self.tr("{n} valeurs sont à corriger.").format(n=count)
            )
        self.show_general(text)
        if self.errors:
            first = next(k for k in self._rows if k in self.errors)
            self._rows[first].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_suggestion(self, key: str) -> None:
        """Puts the value the service suggested for ``key`` in its field (the link's click)."""
        if key not in self.suggestions:
            return
        row = self._rows[key]
        row.kind.write(row.spec, row.editor, self.suggestions.pop(key))
        row.error.hide()
        self.errors.pop(key, None)

    def show_general(self, text: str) -> None:
        self.general_error = text
        self.general_label.setText(text)
        self.general_label.setVisible(bool(text))

    def clear_errors(self) -> None:
        self.errors = {}
        self.suggestions = {}
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
        self._set_busy(True, self.tr("Enregistrement…"))
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
            self.show_errors(exc.errors, suggestions=exc.suggestions)
            return False
        except ConflictError as exc:
            self._set_busy(False)
            if self.spec.on_error is not None and await self.spec.on_error(self, exc):
                return False
            self.show_general(user_message(exc))
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
            self._snapshot = self._states()
            self.clear_errors()
            self._set_dirty(False)
        self.saved.emit(result)
        return True

    async def resolve_conflict(self, exc: ConflictError, options: Mapping[str, Any]) -> bool:
        """The conflict dialog; saves again or reloads as the user chooses."""
        current = with_values(self.loaded, exc.current)
        dialog = ConflictDialog(self, exc, self)
        await run_dialog(dialog)
        if dialog.choice == ConflictDialog.KEEP_MINE:
            # The user's changes over the current values: fields they did not touch take
            # the current values (someone else's change there is kept), then save against
            # the current values as read.
            for key in self.untouched_fields():
                self._write(self._rows[key], current)
            self.loaded = current
            return await self.submit(**options)
        if dialog.choice == ConflictDialog.TAKE_THEIRS:
            self.set_data(current)
            self.show_general(self.tr("Les valeurs actuelles ont été rechargées."))
        return False

    def set_read_only(self, read_only: bool = True, reason: str = "") -> None:
        """Consultation only (no edit permission), and it shows: ``reason`` in a banner,
        no « * » nor hints, no save; the fields' text stays selectable."""
        for row in self._rows.values():
            row.kind.set_read_only(row.editor, read_only or row.spec.read_only)
            required = row.spec.required and not read_only
            self._labels[row.key].setText(row.spec.label + (" *" if required else "") + " :")
        for help_label in self.findChildren(QLabel, QRegularExpression("^help_")):
            help_label.setVisible(not read_only)  # editing hints
        self.required_note.setVisible(not read_only)
        self.read_only_banner.setText(reason)
        self.read_only_banner.setVisible(read_only and bool(reason))
        self.setProperty("readOnlyForm", read_only)
        for widget in (self, *self.findChildren(QWidget)):  # the style sheet's [readOnlyForm]
            widget.style().polish(widget)
        self.save_button.setVisible(not read_only)
        self.cancel_button.setText(self.tr("Fermer") if read_only else self.tr("Annuler"))

    def untouched_fields(self) -> list[str]:
        """Fields whose value is still the one loaded (the user did not change them)."""
        states = self._states()
        return [key for key in self._rows if states.get(key) == self._snapshot.get(key)]

    def request_cancel(self) -> None:
        """Cancel: asks first when there are unsaved changes."""
        if not self._dirty:
            self.cancelled.emit()
            return
        spawn(self._confirm_cancel(), parent=self)

    async def _confirm_cancel(self) -> None:
        if await ask(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Abandonner les modifications non enregistrées ?"),
            self.tr("Abandonner"),
            self.tr("Continuer la saisie"),
            object_name="discardBox",
        ):
            self.cancelled.emit()

    # --- internals ----------------------------------------------------------------------

    def _write(self, row: FieldRow, data: Any) -> None:
        value = get_value(data, row.key, row.kind.empty)
        row.kind.write(row.spec, row.editor, value, row.label_in(data))

    def _states(self) -> dict[str, Any]:
        return {key: row.kind.state(row.editor) for key, row in self._rows.items()}

    def _changed(self) -> None:
        if self._snapshot:
            self._set_dirty(self._states() != self._snapshot)

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


__all__ = ["FormScreen"]
