"""The list toolbar's filter widgets, built from :class:`~backoffice.ui.specs.FilterSpec`
(the :class:`~backoffice.ui.list_screen.ListScreen` connects them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from backoffice.services.permissions import Staff
from backoffice.ui.specs import FilterSpec
from backoffice.ui.tasks import DbRunner


def make_filter(parent: QWidget, spec: FilterSpec) -> QLineEdit | QComboBox:
    """The editor of one filter, named ``filter_<key>``; a loaded ``choices`` starts with
    its "all" entry only (see :func:`load_choices`)."""
    if spec.kind == "text":
        edit = QLineEdit(parent)
        edit.setObjectName(f"filter_{spec.key}")
        edit.setPlaceholderText(spec.title)
        edit.setClearButtonEnabled(True)
        return edit
    combo = QComboBox(parent)
    combo.setObjectName(f"filter_{spec.key}")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if spec.kind == "bool":
        choices: list[tuple[Any, str]] = [
            (None, spec.all_label),
            (True, QCoreApplication.translate("ListScreen", "Oui")),
            (False, QCoreApplication.translate("ListScreen", "Non")),
        ]
        fill_combo(combo, choices, spec.default)
    elif callable(spec.choices):
        fill_combo(combo, [(None, spec.all_label)], None)
    else:
        fill_combo(combo, list(spec.choices), spec.default)
    if spec.min_contents:
        # Long labels (category paths) must not widen the toolbar; the pop-up shows them.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(spec.min_contents)
        combo.view().setMinimumWidth(spec.min_contents * 22)
    return combo


def labelled(parent: QWidget, title: str, widget: QWidget) -> QWidget:
    """Label and field in one widget: they travel together when the toolbar wraps."""
    label = QLabel(title + " :", parent)
    label.setBuddy(widget)
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(label)
    row.addWidget(widget)
    return group


def fill_combo(combo: QComboBox, choices: list[tuple[Any, str]], default: Any) -> None:
    """Replaces the entries without emitting a change; selects ``default`` (else the first)."""
    combo.blockSignals(True)
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)
    index = combo.findData(default) if default is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


async def load_choices(runner: DbRunner, actor: Staff, combo: QComboBox, spec: FilterSpec) -> bool:
    """(Re)loads a service-given ``choices``, keeping the value chosen; True when that value
    is gone (the filter then applies to "all")."""
    loader = spec.choices
    assert callable(loader)
    choices = await runner.run(loader, actor)
    current = combo.currentData()
    default = current if current is not None else spec.default
    fill_combo(combo, [(None, spec.all_label), *choices], default)
    return combo.currentData() != current
