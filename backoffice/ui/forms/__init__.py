"""The generic form, as a package.

* :mod:`~backoffice.ui.forms.specs`: :class:`FormSpec`, :class:`FieldSpec`;
* :mod:`~backoffice.ui.forms.kind`: the field-kind protocol and its registry;
  :mod:`~backoffice.ui.forms.kinds_basic` and :mod:`~backoffice.ui.forms.kinds_rich`: one
  class per kind; :mod:`~backoffice.ui.forms.kinds`: all of them, by name;
* :mod:`~backoffice.ui.forms.editors` and :mod:`~backoffice.ui.forms.picker`: the
  composite editors (list, key/value table, image, searchable picker and its dialog);
* :mod:`~backoffice.ui.forms.screen`: :class:`FormScreen`;
  :mod:`~backoffice.ui.forms.dialog`: :class:`FormDialog` and :func:`open_form`;
  :mod:`~backoffice.ui.forms.conflict`: :class:`ConflictDialog`.

Views import from here; the package's own modules import one another directly.
"""

from backoffice.ui.forms.conflict import ConflictDialog
from backoffice.ui.forms.dialog import FormDialog, open_form
from backoffice.ui.forms.kind import EditorHost, FieldKind, FieldRow, register
from backoffice.ui.forms.kinds import all_kinds, kind_of
from backoffice.ui.forms.picker import PickerDialog, PickerEdit
from backoffice.ui.forms.screen import FormScreen
from backoffice.ui.forms.specs import FieldSpec, FormSpec, PickerLabel, PickerSearch
from backoffice.ui.forms.values import get_value, money_text, parse_money_text, with_values

__all__ = [
    "ConflictDialog",
    "EditorHost",
    "FieldKind",
    "FieldRow",
    "FieldSpec",
    "FormDialog",
    "FormScreen",
    "FormSpec",
    "PickerDialog",
    "PickerEdit",
    "PickerLabel",
    "PickerSearch",
    "all_kinds",
    "get_value",
    "kind_of",
    "money_text",
    "open_form",
    "parse_money_text",
    "register",
    "with_values",
]
