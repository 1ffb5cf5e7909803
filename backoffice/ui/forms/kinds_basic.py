"""The one-widget kinds: ``text``, ``multiline``, ``money``, ``int``, ``bool``, ``choice``."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from backoffice.ui import formatting
from backoffice.ui.forms.kind import EditorHost, FieldKind, register, set_frozen
from backoffice.ui.forms.specs import FieldSpec
from backoffice.ui.forms.values import money_text, parse_money_text


def _stripped(value: Any) -> str:
    return ("" if value is None else str(value)).strip()


class LineKind(FieldKind):
    """A one-line text editor; subclasses parse and show the text their way."""

    numeric = False

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        edit = QLineEdit(parent)
        if spec.placeholder:
            edit.setPlaceholderText(spec.placeholder)
        if self.numeric:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(160)
        edit.setReadOnly(spec.read_only)
        edit.textChanged.connect(lambda _t: host.changed())
        return edit

    def read(self, editor: Any) -> Any:
        return editor.text()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.setText("" if value is None else str(value))


@register
class TextKind(LineKind):
    name = "text"
    example = "Tasse « bleue »"

    def parse(self, spec: FieldSpec, raw: Any) -> Any:
        return _stripped(raw)

    def same(self, a: Any, b: Any) -> bool:
        return _stripped(a) == _stripped(b)


@register
class MoneyKind(LineKind):
    """A French amount: ``Decimal`` (2 places shown), ``None`` when blank."""

    name = "money"
    numeric = True
    example = Decimal("1234.50")
    bad_input = "douze"

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        edit = super().create(spec, host, parent)
        if not spec.placeholder:
            assert isinstance(edit, QLineEdit)
            edit.setPlaceholderText(
                formatting.format_money(0)
                if spec.required
                else QCoreApplication.translate("FieldKinds", "aucun")
            )
        return edit

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.setText(money_text(value))

    def parse(self, spec: FieldSpec, raw: Any) -> Any:
        try:
            return parse_money_text(raw)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate(
                    "FieldKinds", "{label} doit être un montant (ex. 19,99)."
                ).format(label=spec.label)
            ) from None

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        return "" if value is None or value == "" else formatting.format_money(value)

    def same(self, a: Any, b: Any) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return Decimal(a) == Decimal(b)


@register
class IntKind(LineKind):
    """A whole number (spaces allowed as typed), at least ``spec.minimum``."""

    name = "int"
    numeric = True
    example = 1250
    example_spec: ClassVar[Mapping[str, Any]] = {"minimum": 0}
    bad_input = "4,5"

    def parse(self, spec: FieldSpec, raw: Any) -> Any:
        text = (raw or "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
        if not text:
            return None
        try:
            number = int(text)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate(
                    "FieldKinds", "{label} doit être un nombre entier."
                ).format(label=spec.label)
            ) from None
        if spec.minimum is not None and number < spec.minimum:
            raise ValueError(
                QCoreApplication.translate("FieldKinds", "{label} doit être au moins {n}.").format(
                    label=spec.label, n=spec.minimum
                )
            )
        return number

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        return "" if value is None or value == "" else formatting.format_int(value)


@register
class MultilineKind(FieldKind):
    """Text over several lines, kept as typed."""

    name = "multiline"
    example = "Première ligne\nDeuxième ligne"

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        text = QPlainTextEdit(parent)
        text.setTabChangesFocus(True)
        line = text.fontMetrics().lineSpacing()
        text.setFixedHeight(line * max(1, spec.lines) + 14)
        if spec.placeholder:
            text.setPlaceholderText(spec.placeholder)
        text.setReadOnly(spec.read_only)
        text.textChanged.connect(host.changed)
        return text

    def read(self, editor: Any) -> Any:
        return editor.toPlainText()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.setPlainText("" if value is None else str(value))

    def same(self, a: Any, b: Any) -> bool:
        return _stripped(a) == _stripped(b)


@register
class BoolKind(FieldKind):
    name = "bool"
    example = True
    empty = False

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        check = QCheckBox(parent)
        set_frozen(check, spec.read_only)
        check.toggled.connect(lambda _b: host.changed())
        return check

    def read(self, editor: Any) -> Any:
        return editor.isChecked()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.setChecked(bool(value))

    def is_empty(self, value: Any) -> bool:
        return False

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        return "" if value is None else formatting.format_bool(value)

    def same(self, a: Any, b: Any) -> bool:
        return bool(a) == bool(b)

    def set_read_only(self, editor: Any, read_only: bool) -> None:
        set_frozen(editor, read_only)


@register
class ChoiceKind(FieldKind):
    """One of ``spec.choices`` (value, label) in a drop-down list."""

    name = "choice"
    example = "vert"
    example_spec: ClassVar[Mapping[str, Any]] = {"choices": (("bleu", "Bleu"), ("vert", "Vert"))}

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        combo = QComboBox(parent)
        for value, label in spec.choices:
            combo.addItem(label, value)
        set_frozen(combo, spec.read_only)
        combo.currentIndexChanged.connect(lambda _i: host.changed())
        return combo

    def read(self, editor: Any) -> Any:
        return editor.currentData()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        if value is None or value == "":
            return ""
        return next((text for v, text in spec.choices if v == value), str(value))

    def set_read_only(self, editor: Any, read_only: bool) -> None:
        set_frozen(editor, read_only)


__all__ = ["BoolKind", "ChoiceKind", "IntKind", "MoneyKind", "MultilineKind", "TextKind"]
