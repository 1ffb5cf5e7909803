"""The Factures tab's two lists (invoices, credit notes): columns, filters, actions.

Both read the invoicing helper's ``services.invoices.reading.list_documents`` /
``count_documents``; the toolbar's « Période » (months, quarters, years, dates) becomes the
service's ``debut`` / ``fin`` filters here (:func:`with_period`). The actions call
:mod:`.operations`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice import labels
from backoffice.services.invoices.reading import count_documents, list_documents
from backoffice.services.invoices.snapshot import CreditState, DocumentKind
from backoffice.services.listing import ListQuery, Page
from backoffice.services.permissions import Permission, Staff
from backoffice.ui.errors import translated
from backoffice.ui.specs import (
    PERIOD_DATES,
    ActionHandler,
    ActionSpec,
    CellStyle,
    ColumnSpec,
    FilterSpec,
    ListSpec,
    Row,
)
from backoffice.ui.status_counts import badge_style
from backoffice.views.invoices.periods import period_days

# What the lists show: the documents, their order and customer, and the credit notes that
# change an invoice's state.
TABLES = ("factures", "factures_instantanes", "avoirs", "commandes", "utilisateurs")
STATE_BADGES = {
    CreditState.EMISE.value: "accepted",
    CreditState.PARTIELLEMENT_CREDITEE.value: "waiting",
    CreditState.CREDITEE.value: "cancelled",
}


def with_period(query: ListQuery) -> ListQuery:
    """The toolbar's « periode » as the service's ``debut`` / ``fin`` (shop days)."""
    filters = dict(query.filters)
    first, last = period_days(filters.pop("periode", None))
    if first is not None:
        filters["debut"] = first
    if last is not None:
        filters["fin"] = last
    return replace(query, filters=filters)


def fetch_invoices(session: Session, actor: Staff, query: ListQuery) -> Page:
    return list_documents(session, actor, DocumentKind.FACTURE, with_period(query))


def count_invoices(session: Session, actor: Staff, query: ListQuery) -> int:
    return count_documents(session, actor, DocumentKind.FACTURE, with_period(query))


def fetch_credit_notes(session: Session, actor: Staff, query: ListQuery) -> Page:
    return list_documents(session, actor, DocumentKind.AVOIR, with_period(query))


def count_credit_notes(session: Session, actor: Staff, query: ListQuery) -> int:
    return count_documents(session, actor, DocumentKind.AVOIR, with_period(query))


def period_filter() -> FilterSpec:
    return FilterSpec(
        "periode",
        QCoreApplication.translate("Invoices", "Période"),
        kind="period",
        choices=(
            (None, QCoreApplication.translate("Invoices", "Toutes")),
            ("month", QCoreApplication.translate("Invoices", "Ce mois-ci")),
            ("last_month", QCoreApplication.translate("Invoices", "Le mois dernier")),
            ("quarter", QCoreApplication.translate("Invoices", "Ce trimestre")),
            ("last_quarter", QCoreApplication.translate("Invoices", "Le trimestre dernier")),
            ("year", QCoreApplication.translate("Invoices", "Cette année")),
            ("last_year", QCoreApplication.translate("Invoices", "L'année dernière")),
            (PERIOD_DATES, QCoreApplication.translate("Invoices", "Dates…")),
        ),
    )


def state_filter() -> FilterSpec:
    return FilterSpec(
        "etat",
        QCoreApplication.translate("Invoices", "État"),
        choices=(
            (None, QCoreApplication.translate("Invoices", "Tous")),
            *((value, translated(text)) for value, text in labels.INVOICE_STATE_LABELS.items()),
        ),
    )


def _columns(credit_notes: bool) -> list[ColumnSpec]:
    columns = [
        ColumnSpec("numero", QCoreApplication.translate("Invoices", "Numéro"), width=140),
        ColumnSpec(
            "date_emission",
            QCoreApplication.translate("Invoices", "Date"),
            kind="datetime",
            width=130,
        ),
        ColumnSpec(
            "reference_commande", QCoreApplication.translate("Invoices", "Commande"), width=140
        ),
        ColumnSpec("client", QCoreApplication.translate("Invoices", "Client"), width=180),
        ColumnSpec(
            "montant_ht",
            QCoreApplication.translate("Invoices", "HT"),
            kind="money",
            width=95,
            sortable=False,
        ),
        ColumnSpec(
            "montant_tva",
            QCoreApplication.translate("Invoices", "TVA"),
            kind="money",
            width=90,
            sortable=False,
        ),
        ColumnSpec(
            "montant_ttc", QCoreApplication.translate("Invoices", "TTC"), kind="money", width=100
        ),
    ]
    if credit_notes:
        columns.append(
            ColumnSpec(
                "numero_facture",
                QCoreApplication.translate("Invoices", "Facture créditée"),
                width=140,
                sortable=False,
            )
        )
    else:
        columns.append(
            ColumnSpec(
                "etat",
                QCoreApplication.translate("Invoices", "État"),
                kind="enum",
                width=160,
                sortable=False,
                enum_labels={k: translated(v) for k, v in labels.INVOICE_STATE_LABELS.items()},
            )
        )
    return columns


def state_style(row: Row, column: ColumnSpec) -> CellStyle | None:
    if column.key == "etat":
        return badge_style(STATE_BADGES.get(str(row.get("etat"))))
    return None


def can_credit(rows: list[Row]) -> bool:
    return len(rows) == 1 and rows[0].get("etat") != CreditState.CREDITEE.value


Handlers = Callable[[str], ActionHandler]


def document_actions(run: Handlers, credit_notes: bool) -> Sequence[ActionSpec]:
    """The list's buttons; ``run(key)`` gives each one's handler (``screen.py``)."""
    actions = [
        ActionSpec(
            "preview",
            QCoreApplication.translate("Invoices", "Aperçu"),
            run("preview"),
            max_rows=None,
            tooltip=QCoreApplication.translate(
                "Invoices", "Les documents choisis, tels qu'ils ont été émis"
            ),
        ),
        ActionSpec(
            "print",
            QCoreApplication.translate("Invoices", "Imprimer…"),
            run("print"),
            max_rows=None,
        ),
        ActionSpec(
            "save",
            QCoreApplication.translate("Invoices", "Enregistrer en PDF…"),
            run("save"),
            max_rows=None,
            tooltip=QCoreApplication.translate(
                "Invoices", "Un seul PDF, ou un fichier par document dans un dossier"
            ),
        ),
        ActionSpec(
            "order",
            QCoreApplication.translate("Invoices", "Voir la commande"),
            run("order"),
        ),
    ]
    if not credit_notes:
        actions.append(
            ActionSpec(
                "partial_credit",
                QCoreApplication.translate("Invoices", "Avoir partiel…"),
                run("partial_credit"),
                permission=Permission.INVOICES_ISSUE,
                enabled=can_credit,
                tooltip=QCoreApplication.translate(
                    "Invoices", "Créditer des lignes (un article retourné) ou un montant"
                ),
            )
        )
    actions += [
        ActionSpec(
            "journal",
            QCoreApplication.translate("Invoices", "Journal des ventes…"),
            run("journal"),
            min_rows=0,
            max_rows=None,
            tooltip=QCoreApplication.translate(
                "Invoices", "Les factures et avoirs d'une période, en CSV pour le comptable"
            ),
        ),
        ActionSpec(
            "settings",
            QCoreApplication.translate("Invoices", "Paramètres de la boutique…"),
            run("settings"),
            min_rows=0,
            max_rows=None,
            permission=Permission.INVOICES_ISSUE,  # admins edit, managers read
            overflow=True,
        ),
    ]
    return actions


def documents_spec(run: Handlers, *, credit_notes: bool, on_open: Any) -> ListSpec:
    """The invoices' list, or the credit notes' (``credit_notes``)."""
    if credit_notes:
        title = QCoreApplication.translate("Invoices", "Avoirs")
        noun = (
            QCoreApplication.translate("Invoices", "avoir"),
            QCoreApplication.translate("Invoices", "avoirs"),
        )
        fetch, count, filters = fetch_credit_notes, count_credit_notes, (period_filter(),)
        placeholder = QCoreApplication.translate(
            "Invoices", "Numéro d'avoir ou de facture, commande, client…"
        )
    else:
        title = QCoreApplication.translate("Invoices", "Factures")
        noun = (
            QCoreApplication.translate("Invoices", "facture"),
            QCoreApplication.translate("Invoices", "factures"),
        )
        fetch, count = fetch_invoices, count_invoices
        filters = (period_filter(), state_filter())
        placeholder = QCoreApplication.translate("Invoices", "Numéro de facture, commande, client…")
    return ListSpec(
        title=title,
        columns=_columns(credit_notes),
        fetch=fetch,
        count=count,
        filters=filters,
        default_sort="numero",
        default_descending=True,
        search_placeholder=placeholder,
        count_noun=noun,
        on_open=on_open,
        row_style=None if credit_notes else state_style,
        actions=document_actions(run, credit_notes),
        object_name="creditNotesList" if credit_notes else "invoicesList",
        tables=TABLES,
        actions_row=True,
    )


__all__ = [
    "STATE_BADGES",
    "TABLES",
    "can_credit",
    "count_credit_notes",
    "count_invoices",
    "documents_spec",
    "fetch_credit_notes",
    "fetch_invoices",
    "with_period",
]
