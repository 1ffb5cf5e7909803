"""The kinds with a composite editor: ``picker``, ``image_url``, ``string_list``,
``key_value``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backoffice.ui.forms.editors import ImageUrlEditor, KeyValueEditor, StringListEditor
from backoffice.ui.forms.kind import EditorHost, FieldKind, register
from backoffice.ui.forms.picker import PickerEdit
from backoffice.ui.forms.specs import FieldSpec


def _no_results(_session: Any, _actor: Any, _text: str) -> list[tuple[Any, str]]:
    return []


@register
class PickerKind(FieldKind):
    """A value found by typing (``spec.search``), shown by its label."""

    name = "picker"
    example = 7
    example_spec: ClassVar[Mapping[str, Any]] = {"search": _no_results}

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        if spec.search is None:
            raise ValueError(f"picker field {spec.key!r} needs a search service")
        picker = PickerEdit(
            host.context,
            spec.search,
            parent,
            placeholder=spec.placeholder,
            label_for=spec.label_for,
        )
        picker.setReadOnly(spec.read_only)
        picker.changed.connect(host.changed)
        return picker

    def read(self, editor: Any) -> Any:
        return editor.value()

    def state(self, editor: Any) -> Any:
        # Typed text that names nothing yet is a change; a better label is not.
        return editor.value(), editor.pending()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.set_value(value, label or ("" if value is None else str(value)))
        editor.resolve_label()

    def check(self, spec: FieldSpec, editor: Any) -> str | None:
        if editor.pending():
            return QCoreApplication.translate(
                "FieldKinds", "Choisissez une valeur dans la liste proposée (ou videz le champ)."
            )
        return None

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        return label or ("" if value is None else str(value))

    def describe(self, spec: FieldSpec, editor: Any) -> str:
        return str(editor.label() or editor.edit.text())


@register
class ImageUrlKind(FieldKind):
    """An image address (web or relative to the media base) with its preview."""

    name = "image_url"
    example = "produits/tasse.jpg"

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        image = ImageUrlEditor(host.image_loader, parent)
        image.setReadOnly(spec.read_only)
        image.changed.connect(host.changed)
        return image

    def read(self, editor: Any) -> Any:
        return editor.text()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.setText("" if value is None else str(value))

    def parse(self, spec: FieldSpec, raw: Any) -> Any:
        return (raw or "").strip()

    def same(self, a: Any, b: Any) -> bool:
        return (a or "").strip() == (b or "").strip()


@register
class StringListKind(FieldKind):
    """An ordered list of strings (blank lines dropped)."""

    name = "string_list"
    example: ClassVar[Any] = ["a.jpg", "b.jpg", "c.jpg"]
    empty: ClassVar[Any] = []

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        strings = StringListEditor(parent)
        strings.setReadOnly(spec.read_only)
        strings.changed.connect(host.changed)
        return strings

    def read(self, editor: Any) -> Any:
        return editor.values()

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.set_values(list(value or []))

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        return "\n".join(str(v) for v in value or [])

    def same(self, a: Any, b: Any) -> bool:
        return list(a or []) == list(b or [])

    def set_read_only(self, editor: Any, read_only: bool) -> None:
        editor.setReadOnly(read_only)


@register
class KeyValueKind(FieldKind):
    """Named values (« Couleur : Rouge »), in the order typed; each key once."""

    name = "key_value"
    example: ClassVar[Any] = {"Couleur": "Rouge", "Matière": "Grès"}
    empty: ClassVar[Any] = {}

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        pairs = KeyValueEditor(parent)
        pairs.setReadOnly(spec.read_only)
        pairs.changed.connect(host.changed)
        return pairs

    def read(self, editor: Any) -> Any:
        return editor.values()

    def state(self, editor: Any) -> Any:
        return editor.rows()  # duplicates and key-less rows too

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        editor.set_values(dict(value or {}))

    def check(self, spec: FieldSpec, editor: Any) -> str | None:
        keys = [k for k, _v in editor.rows()]
        if any(not k for k in keys):
            return QCoreApplication.translate("FieldKinds", "Chaque ligne doit avoir une clé.")
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            return QCoreApplication.translate("FieldKinds", "Clé en double : {keys}.").format(
                keys=", ".join(duplicates)
            )
        return None

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        return "\n".join(f"{k} : {v}" for k, v in dict(value or {}).items())

    def same(self, a: Any, b: Any) -> bool:
        return list(dict(a or {}).items()) == list(dict(b or {}).items())

    def set_read_only(self, editor: Any, read_only: bool) -> None:
        editor.setReadOnly(read_only)


__all__ = ["ImageUrlKind", "KeyValueKind", "PickerKind", "StringListKind"]
