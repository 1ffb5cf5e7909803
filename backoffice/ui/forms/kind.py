"""The field-kind protocol: everything a form does with a field that depends on its kind.

A kind is one small class registered with :func:`register`; the form screen, the conflict
dialog and the tests only ever call these methods, so adding a kind is adding a class
(see :mod:`backoffice.ui.forms.kinds_basic` for the simplest ones). Per field, the form:

* ``create``\\s the editor (connected to ``host.changed``, read-only as the spec says);
* ``write``\\s a value into it and ``read``\\s it back as typed (``state`` is what the dirty
  flag compares, when the typed text is not enough);
* ``parse``\\s what was read into the Python value handed to ``save``, raising
  :class:`ValueError` with the French message shown under the field; ``check`` refuses
  what only the editor can tell (a picker's text that names nothing);
* ``display``\\s a value on one line (the conflict table) and compares two values as a
  user sees them (``same``: blank text is None, 19.9 is 19.90).

``example`` (and ``example_spec``, the extra :class:`FieldSpec` arguments it needs) is a
value that survives write → read → parse; ``bad_input`` a raw input that ``parse`` refuses
(``None`` when every input parses). The test suite runs both on every registered kind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from backoffice.ui.forms.values import get_value

if TYPE_CHECKING:
    from backoffice.ui.context import AppContext
    from backoffice.ui.forms.specs import FieldSpec
    from backoffice.ui.image_loader import ImageLoader


@dataclass(frozen=True)
class EditorHost:
    """What an editor may need from its form: the app (a picker searches through its
    runner), the image loader (previews) and the callback of every change."""

    context: AppContext
    image_loader: ImageLoader | None
    changed: Callable[[], None]


class FieldKind:
    """The behaviour of one kind of field; subclasses override what differs."""

    name: ClassVar[str]
    example: ClassVar[Any]
    example_spec: ClassVar[Mapping[str, Any]] = {}
    bad_input: ClassVar[Any] = None
    empty: ClassVar[Any] = None  # the value of a field the record lacks

    def create(self, spec: FieldSpec, host: EditorHost, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def read(self, editor: Any) -> Any:
        """The editor's content as typed (unparsed)."""
        raise NotImplementedError

    def write(self, spec: FieldSpec, editor: Any, value: Any, label: str | None = None) -> None:
        """Shows ``value`` (``label``: its name, for kinds that show one)."""
        raise NotImplementedError

    def state(self, editor: Any) -> Any:
        """What the dirty flag and "untouched" compare; by default what :meth:`read` gives."""
        return self.read(editor)

    def parse(self, spec: FieldSpec, raw: Any) -> Any:
        """The Python value of ``raw``; :class:`ValueError` (French message) if it has none."""
        return raw

    def check(self, spec: FieldSpec, editor: Any) -> str | None:
        """A French message when the editor holds something the value cannot say."""
        return None

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == [] or value == {}

    def display(self, spec: FieldSpec, value: Any, label: str | None = None) -> str:
        """``value`` for reading (one line per item)."""
        return "" if value is None else str(value)

    def describe(self, spec: FieldSpec, editor: Any) -> str:
        """What the editor holds, for reading: the parsed value, else the input as typed."""
        raw = self.read(editor)
        try:
            return self.display(spec, self.parse(spec, raw))
        except ValueError:
            return "" if raw is None else str(raw)

    def same(self, a: Any, b: Any) -> bool:
        return bool(a == b)

    def set_read_only(self, editor: Any, read_only: bool) -> None:
        if hasattr(editor, "setReadOnly"):
            editor.setReadOnly(read_only)
        else:
            editor.setEnabled(not read_only)


def set_frozen(widget: QWidget, frozen: bool) -> None:
    """Read-only for a widget without ``setReadOnly`` (a check box, a drop-down list): it
    keeps its normal look (never greyed out) but ignores the mouse and the keyboard."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, frozen)
    if frozen and widget.property("focusBeforeFrozen") is None:
        widget.setProperty("focusBeforeFrozen", int(widget.focusPolicy().value))
    if frozen:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    elif widget.property("focusBeforeFrozen") is not None:
        widget.setFocusPolicy(Qt.FocusPolicy(widget.property("focusBeforeFrozen")))
    widget.setProperty("frozen", frozen)


class FieldRow:
    """One field on screen: its spec, its kind, its editor and its error label."""

    def __init__(
        self, spec: FieldSpec, kind: FieldKind, editor: Any, error: QLabel, container: QWidget
    ) -> None:
        self.spec = spec
        self.kind = kind
        self.editor = editor
        self.error = error
        self.container = container

    @property
    def key(self) -> str:
        return self.spec.key

    def label_in(self, data: Any) -> str | None:
        """The value's label carried by ``data`` (``spec.display_key``), if any."""
        if self.spec.display_key is None or data is None:
            return None
        return get_value(data, self.spec.display_key) or None

    def typed_value(self) -> Any:
        """The editor's value, parsed when it parses, else as typed."""
        raw = self.kind.read(self.editor)
        try:
            return self.kind.parse(self.spec, raw)
        except ValueError:
            return raw


_REGISTRY: dict[str, FieldKind] = {}

K = TypeVar("K", bound=type[FieldKind])


def register(cls: K) -> K:
    """Class decorator: makes ``FieldSpec(kind=cls.name)`` use ``cls``."""
    if cls.name in _REGISTRY:
        raise ValueError(f"field kind {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls()
    return cls


def registered() -> Mapping[str, FieldKind]:
    """Every kind registered so far (import :mod:`backoffice.ui.forms.kinds` for all)."""
    return dict(_REGISTRY)


__all__ = ["EditorHost", "FieldKind", "FieldRow", "register", "registered"]
