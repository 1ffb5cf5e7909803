"""The Sécurité tab (``security.admin``): sign-in attempts, open sessions, staff and 2FA.

Three :class:`~backoffice.ui.list_screen.ListScreen` sub-tabs over the services of
:mod:`backoffice.services.security`; the actions call
:func:`~backoffice.services.sessions.revoke_session` and the enrolment functions of
:mod:`backoffice.services.totp`. Every service checks ``security.admin`` itself; hiding the
tab from other members is only convenience. The sign-in attempts' list is in
:mod:`backoffice.views.security_attempts`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import role_label
from backoffice.models.enums import RoleName
from backoffice.services.errors import ServiceError
from backoffice.services.listing import ListQuery, Page
from backoffice.services.permissions import Permission, Staff
from backoffice.services.security import (
    count_active_sessions,
    count_staff_members,
    list_active_sessions,
    list_staff_members,
)
from backoffice.services.sessions import revoke_session
from backoffice.services.totp import disable_two_factor
from backoffice.ui.context import AppContext
from backoffice.ui.list_screen import ListScreen
from backoffice.ui.specs import ActionSpec, CellStyle, ColumnSpec, FilterSpec, ListSpec, Row
from backoffice.views.registry import ViewSpec, register
from backoffice.views.security_attempts import MUTED_TEXT, SUCCESS_TEXT, attempts_spec
from backoffice.views.security_members import identity_column, member_actions
from backoffice.views.security_widgets import (
    TotpEnrolmentDialog,
    ask_confirmation,
    show_information,
)

STAFF_ROLE_ORDER = (RoleName.ADMIN, RoleName.MANAGER, RoleName.EMPLOYE, RoleName.SUPPORT)


def _role_labels() -> dict[str, str]:
    return {str(role): role_label(str(role)) for role in RoleName}


def _role_choices() -> list[tuple[Any, str]]:
    return [
        (None, QCoreApplication.translate("Securite", "Tous")),
        *((str(r), role_label(str(r))) for r in STAFF_ROLE_ORDER),
    ]


def _member_name(row: Row) -> str:
    name = " ".join(p for p in (row.get("prenom"), row.get("nom")) if p)
    return name or str(row.get("email") or "")


# --- 2. Open sessions -------------------------------------------------------------------


async def revoke_selected(screen: ListScreen, rows: list[Row]) -> None:
    """Révoquer: asks first, ends the session (the list refreshes from the change
    announcement).

    Revoking one's own session is allowed (e.g. to test the sign-out) but the question
    says so: the next operation of this window then finds its session gone and the shell
    signs the member out.
    """
    if not rows:
        return
    row = rows[0]
    context = screen.context
    own = row.get("id") == context.actor.session_id
    name = _member_name(row)
    computer = row.get("poste") or row.get("user_agent")
    where = " — ".join(str(p) for p in (row.get("ip"), computer) if p)
    if own:
        text = QCoreApplication.translate("Securite", "Révoquer votre propre session ?")
        informative = QCoreApplication.translate(
            "Securite",
            "C'est la session de ce poste : l'application vous déconnectera aussitôt et "
            "il faudra vous reconnecter.",
        )
    else:
        text = QCoreApplication.translate("Securite", "Révoquer la session de {name} ?").format(
            name=name
        )
        informative = QCoreApplication.translate(
            "Securite", "Le poste concerné sera déconnecté à sa prochaine action.{where}"
        ).format(where=f"\n{where}" if where else "")
    confirmed = await ask_confirmation(
        screen,
        QCoreApplication.translate("Securite", "Révoquer la session"),
        text,
        QCoreApplication.translate("Securite", "Révoquer"),
        informative=informative,
        warning=own,
        object_name="confirmRevoke",
    )
    if not confirmed:
        return
    try:
        await context.runner.run(revoke_session, context.actor, int(row["id"]))
    except ServiceError:
        # Already closed elsewhere (NotFound): nothing written here, nothing announced;
        # the list shows what is really open.
        await screen.refresh_in_place()
        raise


def _sessions_style(actor: Staff) -> Callable[[Row, ColumnSpec], CellStyle | None]:
    def style(row: Row, column: ColumnSpec) -> CellStyle | None:
        if actor.session_id is not None and row.get("id") == actor.session_id:
            return CellStyle(bold=True)  # "this is you", next to the Révoquer button
        return None

    return style


def _sessions_fetch(own_label: str) -> Callable[[Session, Staff, ListQuery], Page]:
    """``list_active_sessions`` with the actor's own session marked in the Poste column.

    Bold alone does not say why a row stands out; the words do, next to "Révoquer…".
    """

    def fetch(session: Session, actor: Staff, query: ListQuery) -> Page:
        page = list_active_sessions(session, actor, query)
        rows = [
            {**row, "poste": f"{row.get('poste') or ''} — {own_label}".lstrip(" —")}
            if actor.session_id is not None and row.get("id") == actor.session_id
            else row
            for row in page.rows
        ]
        return replace(page, rows=rows)  # keeps the next page's cursor

    return fetch


def sessions_spec(actor: Staff) -> ListSpec:
    return ListSpec(
        title=QCoreApplication.translate("Securite", "Sessions actives"),
        columns=(
            ColumnSpec(
                "nom", QCoreApplication.translate("Securite", "Nom"), width=140, tooltip_key="email"
            ),
            ColumnSpec(
                "prenom",
                QCoreApplication.translate("Securite", "Prénom"),
                width=120,
                sortable=False,
                tooltip_key="email",
            ),
            ColumnSpec(
                "role",
                QCoreApplication.translate("Securite", "Rôle"),
                kind="enum",
                width=120,
                enum_labels=_role_labels(),
            ),
            ColumnSpec(
                "last_activity",
                QCoreApplication.translate("Securite", "Dernière activité"),
                kind="datetime",
                width=140,
            ),
            ColumnSpec("ip", QCoreApplication.translate("Securite", "Adresse IP"), width=130),
            # Last: a text column absorbs the spare width (user agents are long).
            ColumnSpec(
                "poste",
                QCoreApplication.translate("Securite", "Poste"),
                width=250,
                sortable=False,
                tooltip_key="user_agent",
            ),
        ),
        fetch=_sessions_fetch(QCoreApplication.translate("Securite", "votre session")),
        count=count_active_sessions,
        filters=(
            FilterSpec(
                "role", QCoreApplication.translate("Securite", "Rôle"), choices=_role_choices()
            ),
        ),
        default_sort="last_activity",
        default_descending=True,
        search_placeholder=QCoreApplication.translate(
            "Securite", "Rechercher (e-mail, adresse IP)…"
        ),
        count_noun=(
            QCoreApplication.translate("Securite", "session"),
            QCoreApplication.translate("Securite", "sessions"),
        ),
        row_style=_sessions_style(actor),
        actions=(
            ActionSpec(
                "revoquer",
                QCoreApplication.translate("Securite", "Révoquer…"),
                revoke_selected,
                permission=Permission.SECURITY_ADMIN,
                icon="SP_BrowserStop",
                tooltip=QCoreApplication.translate(
                    "Securite", "Fermer la session choisie : le poste devra se reconnecter"
                ),
            ),
        ),
        object_name="sessionsScreen",
        tables=("sessions",),
    )


# --- 3. Staff members and two-factor ----------------------------------------------------


async def enable_two_factor(screen: ListScreen, rows: list[Row]) -> None:
    """Opens the enrolment dialog; the list refreshes itself once two-factor is on."""
    if not rows:
        return
    dialog = TotpEnrolmentDialog(screen.context, rows[0], screen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # not exec(): no nested event loop inside an asyncio task


async def disable_selected(screen: ListScreen, rows: list[Row]) -> None:
    if not rows:
        return
    row = rows[0]
    name = _member_name(row)
    if not row.get("two_factor_enabled"):
        show_information(
            screen,
            QCoreApplication.translate("Securite", "Double authentification"),
            QCoreApplication.translate(
                "Securite", "La double authentification n'est pas activée pour {name}."
            ).format(name=name),
        )
        return
    own = row.get("id") == screen.context.actor.id
    informative = QCoreApplication.translate(
        "Securite",
        "{name} se connectera de nouveau avec son seul mot de passe, et la clé actuelle "
        "de son application d'authentification ne servira plus.",
    ).format(name=name)
    if own:
        informative += "\n" + QCoreApplication.translate(
            "Securite", "Il s'agit de votre propre compte."
        )
    confirmed = await ask_confirmation(
        screen,
        QCoreApplication.translate("Securite", "Désactiver la double authentification"),
        QCoreApplication.translate(
            "Securite", "Désactiver la double authentification de {name} ?"
        ).format(name=name),
        QCoreApplication.translate("Securite", "Désactiver"),
        informative=informative,
        warning=True,
        object_name="confirmDisable2fa",
    )
    if not confirmed:
        return
    await screen.context.runner.run(disable_two_factor, screen.context.actor, int(row["id"]))


def _staff_style(row: Row, column: ColumnSpec) -> CellStyle | None:
    if column.key == "two_factor_enabled":
        on = bool(row.get("two_factor_enabled"))
        return CellStyle(foreground=SUCCESS_TEXT if on else MUTED_TEXT, bold=on)
    if column.key == "identite" and row.get("identite") != "actif":
        return CellStyle(foreground=MUTED_TEXT)
    return None


def _staff_fetch(session: Session, actor: Staff, query: ListQuery) -> Page:
    """``list_staff_members``; a NULL two-factor flag (older rows) reads as "Désactivée"."""
    page = list_staff_members(session, actor, query)
    rows = [
        row if row.get("two_factor_enabled") is not None else {**row, "two_factor_enabled": False}
        for row in page.rows
    ]
    return replace(page, rows=rows)  # keeps the next page's cursor


def staff_spec() -> ListSpec:
    return ListSpec(
        title=QCoreApplication.translate("Securite", "Personnel"),
        columns=(
            ColumnSpec("nom", QCoreApplication.translate("Securite", "Nom"), width=140),
            ColumnSpec("prenom", QCoreApplication.translate("Securite", "Prénom"), width=120),
            ColumnSpec("email", QCoreApplication.translate("Securite", "E-mail"), width=240),
            ColumnSpec(
                "role",
                QCoreApplication.translate("Securite", "Rôle"),
                kind="enum",
                width=120,
                enum_labels=_role_labels(),
            ),
            ColumnSpec(
                "derniere_connexion",
                QCoreApplication.translate("Securite", "Dernière connexion"),
                kind="datetime",
                width=140,
            ),
            ColumnSpec(
                "nb_sessions",
                QCoreApplication.translate("Securite", "Sessions"),
                kind="int",
                width=80,
            ),
            # Last: the column the actions are about, and an enum column absorbs spare width.
            ColumnSpec(
                "two_factor_enabled",
                QCoreApplication.translate("Securite", "Double authentification"),
                kind="enum",
                width=170,
                enum_labels={
                    "True": QCoreApplication.translate("Securite", "Activée"),
                    "False": QCoreApplication.translate("Securite", "Désactivée"),
                },
            ),
            identity_column(),
        ),
        fetch=_staff_fetch,
        count=count_staff_members,
        # No filters: a shop's staff fits on one screen, the columns sort (the 2FA one too),
        # and the two action buttons already need the toolbar's width.
        default_sort="nom",
        search_placeholder=QCoreApplication.translate(
            "Securite", "Rechercher (nom, prénom, e-mail)…"
        ),
        count_noun=(
            QCoreApplication.translate("Securite", "membre"),
            QCoreApplication.translate("Securite", "membres"),
        ),
        row_style=_staff_style,
        actions=(
            ActionSpec(
                "activer_2fa",
                QCoreApplication.translate("Securite", "Activer la double authentification…"),
                enable_two_factor,
                permission=Permission.SECURITY_ADMIN,
                tooltip=QCoreApplication.translate(
                    "Securite",
                    "Associer l'application d'authentification du membre (QR code) ; "
                    "remplace la clé actuelle si elle est déjà activée",
                ),
            ),
            ActionSpec(
                "desactiver_2fa",
                QCoreApplication.translate("Securite", "Désactiver la double authentification…"),
                disable_selected,
                permission=Permission.SECURITY_ADMIN,
            ),
            *member_actions(),
        ),
        object_name="staffScreen",
        tables=("utilisateurs", "sessions", "totp_etapes", "identites_base"),
    )


# --- The tab ----------------------------------------------------------------------------


class SecurityTab(QWidget):
    """The three security lists as sub-tabs.

    Each list refreshes itself from the change announcements of this window's operations;
    a sub-tab also reloads each time it is shown again, since sessions and attempts change
    on other workstations too (not announced here), and stale security data is worse than
    a short reload.
    Public: ``tabs`` (QTabWidget ``securityTabs``), ``attempts``, ``sessions``, ``staff``
    (the ListScreens).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("securityTab")
        self.attempts = ListScreen(context, attempts_spec())
        self.sessions = ListScreen(context, sessions_spec(context.actor))
        self.staff = ListScreen(context, staff_spec())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("securityTabs")
        self.tabs.setDocumentMode(True)
        for screen in (self.attempts, self.sessions, self.staff):
            self.tabs.addTab(screen, screen.spec.title)
        self.tabs.currentChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def screens(self) -> list[ListScreen]:
        return [self.attempts, self.sessions, self.staff]

    def _on_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, ListScreen):
            widget.refresh()


def security_tab(context: AppContext) -> SecurityTab:
    return SecurityTab(context)


VIEW = register(
    ViewSpec(
        key="securite",
        title=QT_TRANSLATE_NOOP("Views", "Sécurité"),
        icon="securite",
        permission=Permission.SECURITY_ADMIN,
        factory=security_tab,
        order=90,
    )
)
