"""The Sécurité tab's first sub-tab: the sign-in attempts (who, from where, which
computer, success or failure and why), failures standing out in red."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice.labels import CONTEXT as LABELS_CONTEXT
from backoffice.labels import SIGN_IN_REASONS
from backoffice.services.listing import ListQuery, Page
from backoffice.services.permissions import Staff
from backoffice.services.security import count_sign_in_attempts, list_sign_in_attempts
from backoffice.ui.specs import CellStyle, ColumnSpec, FilterSpec, ListSpec, Row

FAILURE_TEXT = "#b71c1c"  # the app's error red (list_screen's error label)
FAILURE_BACKGROUND = "#fdecea"
SUCCESS_TEXT = "#2e7d32"
MUTED_TEXT = "#757575"


def _reason_labels() -> dict[str, str]:
    """``connexions_motifs.motif`` → its French label (translated on the GUI thread)."""
    return {
        str(code): QCoreApplication.translate(LABELS_CONTEXT, text)
        for code, text in SIGN_IN_REASONS.items()
    }


# Sign-in attempts ----------------------------------------------------------------


def _attempts_fetch(unknown_label: str) -> Callable[[Session, Staff, ListQuery], Page]:
    """``list_sign_in_attempts`` with "inconnu" for attempts on no known account.

    The label is translated here, on the GUI thread; the returned function runs on a
    worker and only copies it.
    """

    def fetch(session: Session, actor: Staff, query: ListQuery) -> Page:
        page = list_sign_in_attempts(session, actor, query)
        rows = [
            row if row.get("email") else {**row, "email": unknown_label, "compte_inconnu": True}
            for row in page.rows
        ]
        return replace(page, rows=rows)  # keeps the next page's cursor

    return fetch


def _attempt_style(row: Row, column: ColumnSpec) -> CellStyle | None:
    """Failures: the result in bold red, and the whole row tinted, so that a burst of
    failures (someone guessing a password) stands out while scrolling."""
    failed = not row.get("succes")
    foreground: str | None = None
    if column.key == "succes":
        foreground = FAILURE_TEXT if failed else SUCCESS_TEXT
    elif column.key == "email" and row.get("compte_inconnu"):
        foreground = FAILURE_TEXT if failed else MUTED_TEXT
    if failed:
        return CellStyle(
            foreground=foreground, background=FAILURE_BACKGROUND, bold=column.key == "succes"
        )
    return CellStyle(foreground=foreground) if foreground else None


def attempts_spec() -> ListSpec:
    return ListSpec(
        title=QCoreApplication.translate("Securite", "Tentatives de connexion"),
        columns=(
            ColumnSpec(
                "date_connexion",
                QCoreApplication.translate("Securite", "Date"),
                kind="datetime",
                width=130,
            ),
            ColumnSpec("email", QCoreApplication.translate("Securite", "Compte"), width=250),
            ColumnSpec("ip", QCoreApplication.translate("Securite", "Adresse IP"), width=130),
            # The computer's name; the whole user agent in the tooltip.
            ColumnSpec(
                "poste",
                QCoreApplication.translate("Securite", "Poste"),
                width=160,
                sortable=False,
                tooltip_key="user_agent",
            ),
            ColumnSpec(
                "succes",
                QCoreApplication.translate("Securite", "Résultat"),
                kind="enum",
                width=100,
                enum_labels={
                    "True": QCoreApplication.translate("Securite", "Réussie"),
                    "False": QCoreApplication.translate("Securite", "Échec"),
                },
            ),
            # Why a failure was refused: only here, never on the sign-in screen.
            ColumnSpec(
                "motif",
                QCoreApplication.translate("Securite", "Motif"),
                kind="enum",
                width=260,
                sortable=False,
                enum_labels=_reason_labels(),
            ),
        ),
        fetch=_attempts_fetch(QCoreApplication.translate("Securite", "inconnu")),
        count=count_sign_in_attempts,
        filters=(
            FilterSpec("email", QCoreApplication.translate("Securite", "Compte"), kind="text"),
            FilterSpec(
                "succes",
                QCoreApplication.translate("Securite", "Résultat"),
                choices=(
                    (None, QCoreApplication.translate("Securite", "Tous")),
                    (True, QCoreApplication.translate("Securite", "Réussies")),
                    (False, QCoreApplication.translate("Securite", "Échecs")),
                ),
            ),
            FilterSpec(
                "motif",
                QCoreApplication.translate("Securite", "Motif"),
                choices=(
                    (None, QCoreApplication.translate("Securite", "Tous")),
                    *_reason_labels().items(),
                ),
            ),
        ),
        default_sort="date_connexion",
        default_descending=True,
        search_placeholder=QCoreApplication.translate(
            "Securite", "Rechercher (e-mail, adresse IP)…"
        ),
        count_noun=(
            QCoreApplication.translate("Securite", "tentative"),
            QCoreApplication.translate("Securite", "tentatives"),
        ),
        row_style=_attempt_style,
        object_name="attemptsScreen",
        tables=("historique_connexions",),
    )
