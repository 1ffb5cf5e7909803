"""The inbox as a generic list: columns, filters, the views' count bar."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice import labels, labels_conversations
from backoffice.services.conversations import (
    DEFAULT_VIEW,
    VIEWS,
    count_conversations,
    count_views,
    list_conversations,
)
from backoffice.services.listing import ListQuery, Page
from backoffice.services.permissions import Staff
from backoffice.ui import formatting
from backoffice.ui.specs import (
    PERIOD_DATES,
    CellStyle,
    ColumnSpec,
    FilterSpec,
    ListSpec,
    Row,
    StatusCountsSpec,
)
from backoffice.ui.status_counts import badge_style

# What the inbox shows comes from these tables; a change to any refreshes it.
INBOX_TABLES = (
    "conversations",
    "messages",
    "conversations_assignations",
    "utilisateurs",
    "commandes",
)
STATUS_BADGES = {"ouvert": "alert", "en_attente": "waiting", "resolu": "done", "ferme": "cancelled"}
VIEW_BADGES = {"a_traiter": "alert", "mes": "accepted", "non_assignees": "waiting", **STATUS_BADGES}


def ago(value: datetime | None, now: datetime | None = None) -> str:
    """« à l'instant », « il y a 5 min », « il y a 3 h », « hier », « il y a 4 j », then
    the date."""
    if value is None:
        return ""
    now = now or datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    seconds = max(0, int((now - value).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("Conversations", "à l'instant")
    if seconds < 3600:
        return QCoreApplication.translate("Conversations", "il y a {n} min").format(n=seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("Conversations", "il y a {n} h").format(n=seconds // 3600)
    days = seconds // 86400
    if days == 1:
        return QCoreApplication.translate("Conversations", "hier")
    if days < 30:
        return QCoreApplication.translate("Conversations", "il y a {n} j").format(n=days)
    return formatting.format_date(value)


def quote_link_text(numero: str | None, quote_id: int) -> str:
    """A linked quote as the staff know it: its number once sent (« Devis D-2026-00003 »),
    else the request's (« Demande de devis n° 57 ») — never the id as if it were a number."""
    if numero:
        return QCoreApplication.translate("Conversations", "Devis {numero}").format(numero=numero)
    return QCoreApplication.translate("Conversations", "Demande de devis n° {id}").format(
        id=quote_id
    )


def _decorate(row: Row, now: datetime) -> Row:
    client = " ".join(p for p in (row.get("client_prenom"), row.get("client_nom")) if p)
    agent = " ".join(p for p in (row.get("agent_prenom"), row.get("agent_nom")) if p)
    if row.get("commande_reference"):
        link = str(row["commande_reference"])
    elif row.get("id_devis") is not None:
        link = quote_link_text(row.get("devis_numero"), row["id_devis"])
    else:
        link = ""
    return {
        **row,
        "client": client or row.get("client_email") or "",
        "agent": agent,
        "lien": link,
        "activite": ago(row.get("date_derniere_activite"), now),
        "quand": formatting.format_datetime(row.get("date_derniere_activite")),
    }


def fetch_inbox(session: Session, actor: Staff, query: ListQuery) -> Page:
    """``list_conversations`` with the names joined and the « il y a … » of each row."""
    page = list_conversations(session, actor, query)
    now = datetime.now(UTC)
    return Page(
        rows=[_decorate(r, now) for r in page.rows],
        offset=page.offset,
        has_more=page.has_more,
        after=page.after,
    )


BOLD = CellStyle(bold=True)
STATUS_STYLES = {status: badge_style(tone) for status, tone in STATUS_BADGES.items()}


def _row_style(row: Row, column: ColumnSpec) -> CellStyle | None:
    # Called for every cell painted or measured: built once, looked up here.
    if column.key == "statut":
        return STATUS_STYLES.get(row.get("statut", ""))
    return BOLD if row.get("non_lus") else None


def inbox_spec(on_open: Callable[[Any, Row], Awaitable[Any] | None]) -> ListSpec:
    """The inbox (built at call time so that translate() sees the installed translators)."""
    status_labels = {
        k: QCoreApplication.translate(labels.CONTEXT, v)
        for k, v in labels.CONVERSATION_STATUS_LABELS.items()
    }
    type_labels = {
        k: QCoreApplication.translate(labels.CONTEXT, v)
        for k, v in labels.CONVERSATION_TYPE_LABELS.items()
    }
    views = [
        (
            v,
            QCoreApplication.translate(
                labels_conversations.CONTEXT, labels_conversations.view_label(v)
            ),
        )
        for v in VIEWS
        if v != "toutes"
    ]
    return ListSpec(
        title=QCoreApplication.translate("Conversations", "Conversations"),
        columns=(
            ColumnSpec("sujet", QCoreApplication.translate("Conversations", "Sujet"), width=260),
            ColumnSpec("client", QCoreApplication.translate("Conversations", "Client"), width=160),
            ColumnSpec(
                "type",
                QCoreApplication.translate("Conversations", "Type"),
                kind="enum",
                enum_labels=type_labels,
                width=110,
            ),
            ColumnSpec(
                "statut",
                QCoreApplication.translate("Conversations", "Statut"),
                kind="enum",
                enum_labels=status_labels,
                width=140,
            ),
            ColumnSpec(
                "lien",
                QCoreApplication.translate("Conversations", "Commande / devis"),
                width=130,
                sortable=False,
            ),
            ColumnSpec(
                "activite",
                QCoreApplication.translate("Conversations", "Dernière activité"),
                width=120,
                tooltip_key="quand",
            ),
            ColumnSpec(
                "non_lus",
                QCoreApplication.translate("Conversations", "Non lus"),
                kind="int",
                width=70,
            ),
            ColumnSpec("agent", QCoreApplication.translate("Conversations", "Agent"), width=120),
        ),
        fetch=fetch_inbox,
        count=count_conversations,
        filters=(
            FilterSpec(
                "type",
                QCoreApplication.translate("Conversations", "Type"),
                choices=[
                    (None, QCoreApplication.translate("Conversations", "Tous")),
                    *type_labels.items(),
                ],
            ),
            FilterSpec(
                "reference",
                QCoreApplication.translate("Conversations", "Commande / devis"),
                kind="text",
            ),
            FilterSpec(
                "periode",
                QCoreApplication.translate("Conversations", "Période"),
                kind="period",
                choices=[
                    (None, QCoreApplication.translate("Conversations", "Toutes")),
                    ("today", QCoreApplication.translate("Conversations", "Aujourd'hui")),
                    ("7d", QCoreApplication.translate("Conversations", "7 derniers jours")),
                    ("30d", QCoreApplication.translate("Conversations", "30 derniers jours")),
                    ("month", QCoreApplication.translate("Conversations", "Ce mois-ci")),
                    (
                        PERIOD_DATES,
                        QCoreApplication.translate("Conversations", "Entre deux dates…"),
                    ),
                ],
            ),
        ),
        status_counts=StatusCountsSpec(
            key="vue",
            statuses=views,
            counts=count_views,
            badges=VIEW_BADGES,
            all_label=QCoreApplication.translate("Conversations", "Toutes"),
            default=DEFAULT_VIEW,
        ),
        default_sort="activite",
        default_descending=False,
        search_placeholder=QCoreApplication.translate(
            "Conversations", "Rechercher (sujet, client, e-mail, référence, mots des messages)…"
        ),
        count_noun=(
            QCoreApplication.translate("Conversations", "conversation"),
            QCoreApplication.translate("Conversations", "conversations"),
        ),
        on_open=on_open,
        row_style=_row_style,
        object_name="conversationsInbox",
        tables=INBOX_TABLES,
    )


__all__ = ["INBOX_TABLES", "ago", "fetch_inbox", "inbox_spec"]
