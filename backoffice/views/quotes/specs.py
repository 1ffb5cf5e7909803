"""The Devis tab's queue spec: columns, status buttons with counts, filters, actions.

The fetch adds two things to each row, computed where the page is read: ``age`` (« il y a
3 jours », in the interface's language) and ``en_retard`` (unanswered for longer than the
shop's ``devis_jours_sans_reponse``), which colours the age."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice import labels, labels_quotes
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import utcnow
from backoffice.services import quotes
from backoffice.services.listing import ListQuery, Page
from backoffice.services.permissions import Permission, Staff
from backoffice.services.prestations import service_choices
from backoffice.services.shop_settings import get_shop_settings
from backoffice.ui.errors import translated
from backoffice.ui.palette import color
from backoffice.ui.specs import (
    ActionSpec,
    CellStyle,
    ColumnSpec,
    FilterSpec,
    ListSpec,
    Row,
    StatusCountsSpec,
)
from backoffice.ui.status_counts import badge_style
from backoffice.views.quotes import operations

# The rows come from devis with their customer, service and number.
QUEUE_TABLES = ("devis", "devis_numeros", "services", "utilisateurs")
BADGES = {"en_attente": "waiting", "en_cours": "progress", "termine": "done", "rejete": "cancelled"}
LATE = CellStyle(foreground=color("error"), bold=True)

PERIOD_CHOICES = (  # marked for lupdate, shown through translated()
    (None, QT_TRANSLATE_NOOP("Devis", "Toutes")),
    (7, QT_TRANSLATE_NOOP("Devis", "7 derniers jours")),
    (30, QT_TRANSLATE_NOOP("Devis", "30 derniers jours")),
    (90, QT_TRANSLATE_NOOP("Devis", "3 derniers mois")),
    (365, QT_TRANSLATE_NOOP("Devis", "12 derniers mois")),
)


def _field(key: str) -> str:
    return QCoreApplication.translate(labels_quotes.CONTEXT, labels_quotes.QUOTE_FIELD_LABELS[key])


def status_label(status: str) -> str:
    return QCoreApplication.translate(
        labels.CONTEXT, labels.label(labels.QUOTE_STATUS_LABELS, status)
    )


def fetch_queue(session: Session, actor: Staff, query: ListQuery) -> Page:
    """:func:`~backoffice.services.quotes.list_quotes` plus ``age`` and ``en_retard``."""
    page = quotes.list_quotes(session, actor, query)
    late_after = get_shop_settings(session).devis_jours_sans_reponse * 86_400
    now = utcnow()
    for row in page.rows:
        asked = row.get("date_demande")
        row["age"] = translated(labels_quotes.age_message(asked, now))
        waiting = row.get("statut") in quotes.listing.UNANSWERED and row.get("date_reponse") is None
        row["en_retard"] = bool(
            waiting and asked is not None and (now - asked).total_seconds() > late_after
        )
    return page


def unanswered_choices(session: Session, actor: Staff) -> list[tuple[Any, str]]:
    """« Sans réponse depuis plus de N jours », N from the shop settings (and a week,
    a month)."""
    days = get_shop_settings(session).devis_jours_sans_reponse
    template = QCoreApplication.translate("Devis", "Plus de {n} jours")
    values = sorted({days, 7, 30})
    return [(n, template.format(n=n)) for n in values]


def _service_choices(session: Session, actor: Staff) -> list[tuple[Any, str]]:
    return service_choices(session, actor)


def queue_cell_style(row: Row, column: ColumnSpec) -> CellStyle | None:
    if column.key == "statut":
        return badge_style(BADGES.get(str(row.get("statut"))))
    if column.key == "age" and row.get("en_retard"):
        return LATE
    return None


def queue_spec() -> ListSpec:
    answer = Permission.QUOTES_ANSWER
    statuses = tuple((s, status_label(s)) for s in labels.QUOTE_STATUS_LABELS)
    return ListSpec(
        title=QCoreApplication.translate("Devis", "Devis"),
        columns=(
            ColumnSpec("date_demande", _field("date_demande"), kind="datetime", width=125),
            ColumnSpec("client", _field("client"), width=170, tooltip_key="email"),
            ColumnSpec("service", _field("service"), width=170),
            ColumnSpec("extrait", _field("description_demande"), width=320, sortable=False),
            ColumnSpec("montant_estime", _field("montant_estime"), kind="money", width=110),
            ColumnSpec(
                "statut",
                _field("statut"),
                kind="enum",
                width=95,
                enum_labels=dict(statuses),
            ),
            ColumnSpec("age", _field("age"), width=110, sortable=False),
            ColumnSpec("date_reponse", _field("date_reponse"), kind="datetime", width=125),
            ColumnSpec("numero", _field("numero"), width=115),
        ),
        fetch=fetch_queue,
        count=quotes.count_quotes,
        status_counts=StatusCountsSpec(
            key="statut",
            statuses=statuses,
            counts=quotes.count_quotes_by_status,
            badges=BADGES,
            all_label=QCoreApplication.translate("Devis", "Tous"),
            default="en_attente",
        ),
        filters=(
            FilterSpec(
                "id_service",
                _field("service"),
                choices=_service_choices,
                all_label=QCoreApplication.translate("Devis", "Tous"),
                tables=("services",),
                min_contents=14,
            ),
            FilterSpec(
                "periode",
                QCoreApplication.translate("Devis", "Période"),
                choices=tuple((v, translated(t)) for v, t in PERIOD_CHOICES),
            ),
            FilterSpec(
                "sans_reponse_depuis",
                QCoreApplication.translate("Devis", "Sans réponse"),
                choices=unanswered_choices,
                all_label=QCoreApplication.translate("Devis", "Peu importe"),
            ),
        ),
        default_sort="date_demande",
        search_placeholder=QCoreApplication.translate(
            "Devis", "Rechercher (client, e-mail, service, mots de la demande)…"
        ),
        # One French word, two English ones: the disambiguation keeps them apart.
        count_noun=(
            QCoreApplication.translate("Devis", "devis", "singular"),
            QCoreApplication.translate("Devis", "devis", "plural"),
        ),
        on_open=lambda screen, row: screen.open_quote(row["id"]),
        row_style=queue_cell_style,
        actions=(
            ActionSpec(
                "open",
                QCoreApplication.translate("Devis", "Ouvrir…"),
                lambda s, rows: s.open_quote(rows[0]["id"]),
            ),
            ActionSpec(
                "take",
                translated(labels_quotes.QUOTE_ACTION_LABELS["take"]),
                lambda s, rows: operations.take_rows(s, rows),
                max_rows=None,
                permission=answer,
                enabled=lambda rows: any(r.get("statut") == "en_attente" for r in rows),
            ),
        ),
        object_name="quotesScreen",
        tables=QUEUE_TABLES,
    )
