"""The list toolbar's filter widgets, built from :class:`~backoffice.ui.specs.FilterSpec`
(the :class:`~backoffice.ui.list_screen.ListScreen` connects them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from backoffice.services.permissions import Staff
from backoffice.ui.errors import translated
from backoffice.ui.specs import PERIOD_DATES, FilterSpec
from backoffice.ui.tasks import DbRunner


class PeriodFilter(QWidget):
    """A ``kind="period"`` filter: a combo box of periods (``combo``) and, for
    :data:`~backoffice.ui.specs.PERIOD_DATES`, two date fields (``first``, ``last``).
    ``changed`` on any change; ``value()`` is the chosen period or
    ``(PERIOD_DATES, first_day, last_day)``."""

    changed = Signal()

    def __init__(self, parent: QWidget, spec: FilterSpec) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"filter_{spec.key}_period")
        fill_combo(self.combo, list(spec.choices), spec.default)  # type: ignore[arg-type]
        today = QDate.currentDate()
        self.first = self._date_edit(f"filter_{spec.key}_first", today.addDays(-30))
        self.last = self._date_edit(f"filter_{spec.key}_last", today)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.combo, self.first, self.last):
            row.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self._combo_changed()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def _combo_changed(self, *_args: Any) -> None:
        dates = self.combo.currentData() == PERIOD_DATES
        self.first.setVisible(dates)
        self.last.setVisible(dates)
        self.changed.emit()

    def value(self) -> Any:
        chosen = self.combo.currentData()
        if chosen != PERIOD_DATES:
            return chosen
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return (PERIOD_DATES, min(first, last), max(first, last))


FilterWidget = QLineEdit | QComboBox | PeriodFilter


def make_filter(parent: QWidget, spec: FilterSpec) -> FilterWidget:
    """The editor of one filter, named ``filter_<key>``; a loaded ``choices`` starts with
    its "all" entry only (see :func:`load_choices`)."""
    if spec.kind == "period":
        period = PeriodFilter(parent, spec)
        period.setObjectName(f"filter_{spec.key}")
        return period
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


def filter_value(widget: QWidget) -> Any:
    """The value a filter's editor stands for (``None``: no filter)."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, PeriodFilter):
        return widget.value()
    return None


def on_filter_change(
    widget: QWidget, typed: Callable[[], None], chosen: Callable[[], None]
) -> None:
    """Calls ``typed`` when a text filter is edited (to debounce), ``chosen`` otherwise."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _t: typed())
    elif isinstance(widget, PeriodFilter):
        widget.changed.connect(chosen)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: chosen())


def labelled(parent: QWidget, title: str, widget: QWidget) -> QWidget:
    """Label and field in one widget: they travel together when the toolbar wraps."""
    # French puts a space before the colon, English none: the colon is translated too.
    label = QLabel(
        QCoreApplication.translate("ListScreen", "{0} :").format(translated(title)), parent
    )
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
        combo.addItem(translated(text), value)  # labels.py's Messages as well as plain text
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
