"""Declarative description of a list screen (the Camelot-admin / Stoq-search-column idea).

A new list tab is a :class:`ListSpec` plus two service functions (``fetch`` and ``count``,
usually built on :mod:`backoffice.services.listing`), handed to
:class:`backoffice.ui.list_screen.ListScreen`::

    spec = ListSpec(
        title="Clients",
        columns=(
            ColumnSpec("nom", "Nom"),
            ColumnSpec("date_inscription", "Inscription", kind="date"),
            ColumnSpec("points_fidelite", "Points fidélité", kind="int"),
        ),
        fetch=list_customers,       # (session, actor, ListQuery) -> Page
        count=count_customers,      # (session, actor, ListQuery) -> int
        count_noun=("client", "clients"),
    )
    screen = ListScreen(context, spec)

Strings in a spec are French and already user-facing; build specs inside a function and pass
them through ``QCoreApplication.translate`` there if they should be translatable.

This module imports no Qt at run time: specs are plain data.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services.listing import DEFAULT_PAGE_SIZE, ListQuery, Page

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from backoffice.services.permissions import Permission, Staff
    from backoffice.ui.list_screen import ListScreen

ColumnKind = Literal["text", "money", "date", "datetime", "enum", "bool", "int", "image"]
Align = Literal["left", "right", "center"]
Row = dict[str, Any]


@dataclass(frozen=True)
class CellStyle:
    """A per-cell highlight returned by :attr:`ListSpec.row_style` (colours as ``"#rrggbb"``
    or SVG names such as ``"darkred"``)."""

    foreground: str | None = None
    background: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class ColumnSpec:
    """One column: ``key`` is the row dictionary's key and, when ``sortable``, the sort key
    sent to the service (it must be in the ListSource's ``sortable``).

    ``align`` defaults to right for money/int, center for bool, left otherwise.
    ``enum_labels`` maps stored values to French labels (kind ``"enum"``), ``enum_colors``
    maps stored values to a text colour. ``tooltip_key`` names another row key whose value
    becomes the cell's tooltip (default: the cell's own text). ``fixed``: a text column
    that is never narrowed below its content to fit the table (identifiers, statuses).
    """

    key: str
    title: str
    kind: ColumnKind = "text"
    width: int | None = None
    sortable: bool = True
    align: Align | None = None
    enum_labels: Mapping[str, str] | None = None
    enum_colors: Mapping[str, str] | None = None
    tooltip_key: str | None = None
    # A text column that keeps its natural width when the table is short of room (a
    # reference, a status): the other text columns give way.
    fixed: bool = False

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        if self.kind in ("money", "int"):
            return "right"
        if self.kind == "bool":
            return "center"
        return "left"


ChoiceLoader = Callable[["Session", "Staff"], Sequence[tuple[Any, str]]]


@dataclass(frozen=True)
class FilterSpec:
    """A toolbar filter whose value goes to ``ListQuery.filters[key]`` (``None`` = no filter).

    ``kind="choice"``: a combo box over ``choices``, a static sequence of ``(value, label)``
    (put ``(None, "Tous")`` first for "no filter") or a service function
    ``(session, actor) -> [(value, label), ...]`` run once through the DbRunner (a
    ``(None, all_label)`` entry is then prepended). ``kind="bool"``: Tous/Oui/Non.
    ``kind="text"``: a debounced line edit. ``kind="period"``: a combo box over ``choices``
    (``(None, "Toutes")``, ``("today", "Aujourd'hui")``…) where the value
    :data:`PERIOD_DATES` shows two date fields; the filter's value is then
    ``(PERIOD_DATES, first_day, last_day)`` (``datetime.date``, both included).
    ``tables``: the tables a loaded ``choices`` comes from; it is loaded again when one of
    them changes (a category created).
    ``min_contents``: a combo box of long labels (category paths) this many characters
    wide, its pop-up wider, instead of widening the toolbar.
    """

    key: str
    title: str
    kind: Literal["choice", "bool", "text", "period"] = "choice"
    choices: Sequence[tuple[Any, str]] | ChoiceLoader = ()
    all_label: str = QT_TRANSLATE_NOOP("ListScreen", "Tous")  # shown through translated()
    default: Any = None
    tables: Sequence[str] = ()
    min_contents: int | None = None


# The value of a "period" filter's entry that shows the two date fields.
PERIOD_DATES = "dates"

ActionHandler = Callable[["ListScreen", list[Row]], Awaitable[Any] | None]


@dataclass(frozen=True)
class ActionSpec:
    """A toolbar button acting on the selected rows.

    ``run(screen, rows)`` may be a plain function or return an awaitable (it is then run with
    :func:`backoffice.ui.tasks.spawn`, errors shown to the user). The button is enabled while
    ``min_rows <= len(selection) <= max_rows`` (``max_rows=None``: no upper bound;
    ``min_rows=0``: always enabled, e.g. "Nouveau"). With ``permission`` set, the button is
    only shown to members who have it (the service still checks). ``overflow``: an action
    not needed every minute (import, export, preferences), in the « ⋯ » menu.
    ``enabled(rows)``: a further condition on the selected rows.
    """

    key: str
    title: str
    run: ActionHandler
    min_rows: int = 1
    max_rows: int | None = 1
    permission: Permission | None = None
    icon: str | None = None  # a QStyle.StandardPixmap name, e.g. "SP_FileIcon"
    tooltip: str | None = None
    shortcut: str | None = None
    overflow: bool = False  # in the list's « ⋯ » menu rather than a button
    # Also needed for the button to be enabled: True for the selected rows (a workflow
    # step that one of them at least may take).
    enabled: Callable[[list[Row]], bool] | None = None


FetchFn = Callable[["Session", "Staff", ListQuery], Page]
StatusCountsFn = Callable[["Session", "Staff", ListQuery], Mapping[Any, int]]


@dataclass(frozen=True)
class StatusCountsSpec:
    """The status buttons above a list, each with its live count, doubling as the status
    filter (see :mod:`backoffice.ui.status_counts`).

    ``key``: the filter key the buttons set (a ``ListSource.filters`` entry, not among the
    toolbar's ``filters``). ``statuses``: ``(value, French label)`` in button order.
    ``counts(session, actor, query)``: rows per status for ``query``, whose ``filters``
    never hold ``key`` (one ``GROUP BY``; a status missing from the answer counts 0).
    ``badges``: a badge tone per status (:data:`backoffice.ui.status_counts.BADGES`).
    ``all_label``: the last button, every status (its count is the sum).
    """

    key: str
    statuses: Sequence[tuple[Any, str]]
    counts: StatusCountsFn
    badges: Mapping[Any, str] = field(default_factory=dict)
    all_label: str = "Toutes"
    default: Any = None


CountFn = Callable[["Session", "Staff", ListQuery], int]
OpenHandler = Callable[["ListScreen", Row], Awaitable[Any] | None]
RowStyle = Callable[[Row, ColumnSpec], CellStyle | None]


@dataclass(frozen=True)
class ListSpec:
    """Everything a :class:`~backoffice.ui.list_screen.ListScreen` needs.

    ``fetch`` and ``count`` are services ``(session, actor, ListQuery)``; they run on the
    worker pool. ``count=None`` hides the total. ``default_sort`` is a column key (``None``:
    the service's own default). ``count_noun`` is (singular, plural) for the "12 345 clients"
    label. ``on_open(screen, row)`` runs on double-click/Enter. ``row_style(row, column)``
    returns a :class:`CellStyle` for a cell or ``None``.

    ``tables``: the tables the rows come from (joined ones too, e.g. ``categories`` for a
    product's category name); when an operation changes one of them the list reloads
    itself in place, keeping selection and scroll (see ``ui/watch.py``).
    ``actions_row``: the action buttons on a row of their own under the search and filters
    (many buttons), with the confirmation notice. ``status_counts``: a row of status
    buttons with their counts above the toolbar (:class:`StatusCountsSpec`).
    """

    title: str
    columns: Sequence[ColumnSpec]
    fetch: FetchFn
    count: CountFn | None = None
    filters: Sequence[FilterSpec] = ()
    default_sort: str | None = None
    default_descending: bool = False
    search_placeholder: str = "Rechercher…"
    count_noun: tuple[str, str] = ("ligne", "lignes")
    on_open: OpenHandler | None = None
    row_style: RowStyle | None = None
    actions: Sequence[ActionSpec] = ()
    page_size: int = DEFAULT_PAGE_SIZE
    object_name: str = field(default="")  # the ListScreen's objectName (default: from title)
    tables: Sequence[str] = ()
    actions_row: bool = False
    status_counts: StatusCountsSpec | None = None

    def column_index(self, key: str) -> int:
        """Position of the column ``key`` (``ValueError`` if absent)."""
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise ValueError(f"no column {key!r}")
