"""What a form is made of: :class:`FormSpec` (its fields and its two services) and
:class:`FieldSpec` (one field). Declarations only: how each kind of field behaves lives
in the kinds (:mod:`backoffice.ui.forms.kinds`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from backoffice.services.permissions import Staff
    from backoffice.ui.forms.screen import FormScreen

# A picker's search service: (session, actor, text) -> [(value, label), ...].
PickerSearch = Callable[["Session", "Staff", str], Sequence[tuple[Any, str]]]
# A picker's label service for a value loaded with the record: (session, actor, value) -> label.
PickerLabel = Callable[["Session", "Staff", Any], str]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form.

    ``key`` is the attribute (dataclass) or key (dict) of the loaded data and the key of the
    values handed to ``save``. ``kind`` names a registered field kind; the built-in ones and
    the Python value they produce:

    * ``text``, ``multiline``, ``image_url``: ``str`` (stripped for one-line kinds);
    * ``money``: ``Decimal`` or ``None`` when blank (French "19,99", "1 234,5 €" accepted);
    * ``int``: ``int`` (``None`` when blank and not required; ``minimum`` checked);
    * ``bool``: ``bool``; ``choice``: the chosen value of ``choices``;
    * ``picker``: the value picked from ``search`` results, ``None`` when emptied;
      ``label_for`` names it through the runner;
    * ``string_list``: ``list[str]``; ``key_value``: ``dict[str, str]``.

    ``display_key`` names the loaded data's attribute holding the value's label (a
    picker's category name). ``column`` (0 or 1) places the field in the form's left or
    right column.
    """

    key: str
    label: str
    kind: str = "text"
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
    read, which the save compares with the row). ``validate(values)`` runs on the GUI
    thread before the service (instant feedback; the service checks again).
    ``on_error(form, exc)`` may handle a service error (return True), e.g. ask for a
    confirmation and submit again with an option.
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


__all__ = ["ErrorHook", "FieldSpec", "FormSpec", "LoadFn", "PickerLabel", "PickerSearch", "SaveFn"]
