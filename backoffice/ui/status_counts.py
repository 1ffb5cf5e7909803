"""One button per status above a list, each with its live count, doubling as the status
filter (« En attente 2 800 · Validées 3 344 · … · Toutes 12 345 »).

Used by every list whose records move through statuses (Commandes, Devis, Conversations).
A tab asks for it from its :class:`~backoffice.ui.specs.ListSpec`, nothing else::

    from backoffice.ui.specs import ListSpec, StatusCountsSpec

    ListSpec(
        ...,
        status_counts=StatusCountsSpec(
            key="statut",                       # a ListSource.filters key
            statuses=[(s, translate(label)) for s, label in QUOTE_STATUS_LABELS.items()],
            counts=count_quotes_by_status,      # (session, actor, ListQuery) -> {statut: n}
            badges={"en_attente": "waiting", "en_cours": "progress", "termine": "done",
                    "rejete": "cancelled"},
            all_label=translate("Tous"),
        ),
    )

and writes the count service with :func:`backoffice.services.listing.count_by`
(one ``GROUP BY`` over the list's source, every filter but the status's applied)::

    def count_quotes_by_status(session, actor, query):
        require(actor, Permission.QUOTES_VIEW)
        return count_by(session, QUOTES, query, Devis.statut)

The :class:`~backoffice.ui.list_screen.ListScreen` builds the bar (``statusCounts``) above
its toolbar and adds the checked status to its filters (``filter_values()[key]``, ``None``
for « Toutes »). The bar:

* sends its counts **after the rows** of each new search, filter or refresh have arrived
  (``model.loaded``), never before: the first rows never wait for a ``GROUP BY``;
* counts with every filter and the search but its own status, so each button says how many
  rows that status would show; « Toutes » shows their sum;
* reloads them with the list when an operation changes its tables (the list's refresh in
  place), and not when only its own status is clicked (the counts do not depend on it);
* gives the list its total when the ``ListSpec`` has no ``count`` of its own (the checked
  status's count, or the sum for « Toutes »): one ``GROUP BY`` instead of a ``COUNT`` and a
  ``GROUP BY`` over the same rows;
* names its buttons ``status_<value>`` and ``status_all`` (checkable, exclusive) and its
  count texts through ``count_text(value)`` for tests.

Badge tones (:data:`BADGES`) colour both the buttons' side bar and, through
:func:`badge_style`, the list's status cells, so a status has one colour everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from backoffice.ui import formatting
from backoffice.ui.errors import user_message
from backoffice.ui.flow_layout import FlowLayout
from backoffice.ui.specs import CellStyle, StatusCountsSpec
from backoffice.ui.tasks import LatestOnly, Superseded, spawn

if TYPE_CHECKING:
    from backoffice.ui.list_screen import ListScreen

# A status badge's (text, background) colours, by tone: the same in every tab.
BADGES: Mapping[str, tuple[str, str]] = {
    "waiting": ("#8a5300", "#fff3e0"),  # waiting for somebody (en attente)
    "accepted": ("#0d47a1", "#e3f2fd"),  # accepted, not started (validée)
    "progress": ("#4a148c", "#f3e5f5"),  # being worked on (en préparation, en cours)
    "moving": ("#006064", "#e0f7fa"),  # on its way (expédiée)
    "done": ("#1b5e20", "#e8f5e9"),  # finished (livrée, terminé, résolue)
    "cancelled": ("#616161", "#eeeeee"),  # cancelled, rejected, closed
    "alert": ("#b71c1c", "#ffebee"),  # needs attention
}


def badge_style(tone: str | None) -> CellStyle | None:
    """The list cell of a status as a coloured badge (``None`` for an unknown tone)."""
    colours = BADGES.get(tone or "")
    if colours is None:
        return None
    return CellStyle(foreground=colours[0], background=colours[1], bold=True)


class StatusCountBar(QWidget):
    """The status buttons of ``screen`` (see the module docstring). ``countsChanged(dict)``
    once new counts are shown; ``loading`` while they are asked."""

    countsChanged = Signal(object)  # {status: n}

    def __init__(self, screen: ListScreen, spec: StatusCountsSpec) -> None:
        super().__init__(screen)
        self.setObjectName("statusCounts")
        self.screen = screen
        self.spec = spec
        self.key = spec.key
        self.counts: dict[Any, int] = {}
        self.loading = False
        self._latest = LatestOnly()
        self._dirty = True
        self._own_click = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[Any, QPushButton] = {}
        # Wraps onto a second line on a narrow window (six « Statut 12 345 » buttons are wider
        # than 1 024 px): never a cut count or a button run into the next.
        row = FlowLayout(self, spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # its height follows the wrapping
        self.setSizePolicy(policy)
        entries = [*spec.statuses, (None, spec.all_label)]
        for value, title in entries:
            button = QPushButton(title, self)
            button.setObjectName("status_all" if value is None else f"status_{value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setProperty("statusTitle", title)
            self._group.addButton(button)
            self._buttons[value] = button
            row.addWidget(button)
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
        self.setStyleSheet(self._style_sheet())  # one sheet for all: cheaper than one each
        self._buttons.get(spec.default, self._buttons[None]).setChecked(True)
        model = screen.model
        model.modelReset.connect(self._reset)
        model.loaded.connect(self._rows_loaded)

    # --- public API ---------------------------------------------------------------------

    def value(self) -> Any:
        """The checked status (``None``: « Toutes »)."""
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        """Checks the button of ``value`` (``None``: « Toutes ») and filters the list."""
        self._buttons.get(value, self._buttons[None]).setChecked(True)
        self._clicked(value)

    def button(self, value: Any) -> QPushButton:
        return self._buttons[value]

    def count_text(self, value: Any) -> str:
        """The button's text (its title and count)."""
        return self._buttons[value].text()

    # --- internals ------------------------------------------------------------------------

    def _style_sheet(self) -> str:
        rules = [
            "QPushButton { padding: 3px 10px; border: 1px solid #c8c8c8;"
            " border-left: 4px solid #9e9e9e; border-radius: 3px; background: #fafafa; }",
            # No bold when checked: the text would no longer fit the button's width.
            "QPushButton:checked { background: #d6e2f5; border-color: #4a6fa5; }",
        ]
        for value, button in self._buttons.items():
            colours = BADGES.get(self.spec.badges.get(value, "")) if value is not None else None
            if colours is not None:
                name = button.objectName()
                rules.append(f"QPushButton#{name} {{ border-left: 4px solid {colours[0]}; }}")
        return "\n".join(rules)

    def _clicked(self, _value: Any) -> None:
        # Only the status changed: the counts (which ignore it) stay what they are.
        self._own_click = True
        try:
            self.screen.apply_filters()
        finally:
            self._own_click = False
        if self.counts and self.screen.spec.count is None:
            self.show_counts(self.counts)  # the list's total is the new status's count

    def _reset(self) -> None:
        if not self._own_click:
            self._dirty = True

    def _rows_loaded(self, _rows: int) -> None:
        if not self._dirty:
            return
        self._dirty = False
        query = self.screen.model.query
        filters = {k: v for k, v in query.filters.items() if k != self.key}
        spawn(self._load(replace(query.page(0), filters=filters)), parent=self)

    async def _load(self, query: Any) -> None:
        context = self.screen.context
        self.loading = True
        try:
            counts = await self._latest.run(
                context.runner.read(self.spec.counts, context.actor, query)
            )
        except Superseded:
            return
        except Exception as exc:  # shown where the list shows its own errors
            self.loading = False
            self.screen.error_label.setText(user_message(exc))
            self.screen.error_label.show()
            return
        self.loading = False
        self.show_counts(counts)

    def show_counts(self, counts: Mapping[Any, int]) -> None:
        self.counts = {value: int(counts.get(value, 0)) for value, _t in self.spec.statuses}
        total = sum(self.counts.values())
        for value, button in self._buttons.items():
            n = total if value is None else self.counts[value]
            title = button.property("statusTitle")
            button.setText(f"{title}  {formatting.format_int(n)}")
        if self.screen.spec.count is None:
            # No count of its own: the list's total is its status's count (one query).
            current = self.value()
            self.screen.show_total(total if current is None else self.counts.get(current, 0))
        self.countsChanged.emit(dict(self.counts))


__all__ = ["BADGES", "StatusCountBar", "badge_style"]
