"""The registry of field kinds: every built-in kind, by name (``FieldSpec.kind``).

Kinds register themselves (``@register`` in their module); importing this module loads
them all. A new kind is one class in :mod:`~backoffice.ui.forms.kinds_basic` or
:mod:`~backoffice.ui.forms.kinds_rich` (or a module of its own imported here).
"""

from __future__ import annotations

from collections.abc import Mapping

from backoffice.ui.forms import kinds_basic, kinds_rich
from backoffice.ui.forms.kind import FieldKind, registered
from backoffice.ui.forms.specs import FieldSpec

_MODULES = (kinds_basic, kinds_rich)  # imported for their @register classes


def all_kinds() -> Mapping[str, FieldKind]:
    return registered()


def kind_of(spec: FieldSpec) -> FieldKind:
    """The kind of ``spec``; :class:`ValueError` for a name nobody registered."""
    try:
        return registered()[spec.kind]
    except KeyError:
        raise ValueError(f"unknown field kind {spec.kind!r} (field {spec.key!r})") from None


__all__ = ["all_kinds", "kind_of"]
