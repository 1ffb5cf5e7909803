"""The "Sécurité" tab's lists: sign-in attempts, open sessions, staff members and 2FA.

Each list is a :class:`~backoffice.services.listing.ListSource` with a ``list_…``/``count_…``
pair, like the other tabs; all need ``security.admin``. The actions that go with them are
:func:`backoffice.services.sessions.revoke_session`,
:func:`~backoffice.services.sessions.revoke_all_sessions` and the enrolment functions of
:mod:`backoffice.services.totp`.

Attempts carry their ``motif``: why a failure was refused, a code of
:data:`backoffice.labels.SIGN_IN_REASONS` (None for successes and for the website's rows).
Attempts and sessions carry their ``poste``: the computer's name when the back office wrote
the row, the user agent as stored otherwise (a browser's, an older version's).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, case, func, literal, select
from sqlalchemy.orm import Session

from backoffice.models import (
    ConnexionMotif,
    HistoriqueConnexion,
    Role,
    SessionUtilisateur,
    Utilisateur,
)
from backoffice.models.enums import STAFF_ROLES
from backoffice.models.security import IdentiteBase
from backoffice.services.client_info import computer_name_from
from backoffice.services.db_security import desk
from backoffice.services.listing import (
    ListQuery,
    ListSource,
    Page,
    contains,
    count_rows,
    fetch_page,
)
from backoffice.services.permissions import Permission, Staff, require
from backoffice.sql_compat import case_folded, french_sorted, word_search


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "oui", "yes")
    return bool(value)


def poste(user_agent: str | None) -> str:
    """What the « Poste » column shows: the computer's name from our own user agent, any
    other user agent as stored."""
    return computer_name_from(user_agent) or (user_agent or "")


def _with_poste(page: Page) -> Page:
    rows = [{**row, "poste": poste(row.get("user_agent"))} for row in page.rows]
    return replace(page, rows=rows)  # keeps the next page's cursor


# --- Sign-in attempts (historique_connexions) --------------------------------------------


def _attempts_base() -> Select[Any]:
    return (
        select(
            HistoriqueConnexion.id.label("id"),
            HistoriqueConnexion.date_connexion.label("date_connexion"),
            HistoriqueConnexion.id_utilisateur.label("id_utilisateur"),
            Utilisateur.email.label("email"),
            HistoriqueConnexion.ip.label("ip"),
            HistoriqueConnexion.user_agent.label("user_agent"),
            HistoriqueConnexion.succes.label("succes"),
            ConnexionMotif.motif.label("motif"),
        )
        .outerjoin(Utilisateur, Utilisateur.id == HistoriqueConnexion.id_utilisateur)
        .outerjoin(ConnexionMotif, ConnexionMotif.id_connexion == HistoriqueConnexion.id)
    )


SIGN_IN_ATTEMPTS = ListSource(
    base=_attempts_base,
    id_column=HistoriqueConnexion.id,
    sortable={
        "date_connexion": HistoriqueConnexion.date_connexion,
        "email": case_folded(Utilisateur.email),
        "ip": HistoriqueConnexion.ip,
        "succes": HistoriqueConnexion.succes,
    },
    default_sort="date_connexion",
    default_descending=True,
    search=lambda words: word_search(words, [Utilisateur.email, HistoriqueConnexion.ip]),
    filters={
        # Part of the address, case-insensitive ("dupont" finds jean.dupont@…).
        "email": lambda value: contains(Utilisateur.email, str(value).strip()),
        "id_utilisateur": lambda value: HistoriqueConnexion.id_utilisateur == int(value),
        "succes": lambda value: HistoriqueConnexion.succes.is_(_truthy(value)),
        "depuis": lambda value: HistoriqueConnexion.date_connexion >= value,
        "motif": lambda value: ConnexionMotif.motif == str(value),
    },
)


def list_sign_in_attempts(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.SECURITY_ADMIN)
    return _with_poste(fetch_page(session, SIGN_IN_ATTEMPTS, query))


def count_sign_in_attempts(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.SECURITY_ADMIN)
    return count_rows(session, SIGN_IN_ATTEMPTS, query)


# --- Open sessions ------------------------------------------------------------------------


def _sessions_base() -> Select[Any]:
    return (
        select(
            SessionUtilisateur.id.label("id"),
            SessionUtilisateur.id_utilisateur.label("id_utilisateur"),
            Utilisateur.email.label("email"),
            Utilisateur.prenom.label("prenom"),
            Utilisateur.nom.label("nom"),
            Role.libelle.label("role"),
            SessionUtilisateur.ip.label("ip"),
            SessionUtilisateur.user_agent.label("user_agent"),
            SessionUtilisateur.last_activity.label("last_activity"),
        )
        .join(Utilisateur, Utilisateur.id == SessionUtilisateur.id_utilisateur)
        .join(Role, Role.id == Utilisateur.idRole)
    )


ACTIVE_SESSIONS = ListSource(
    base=_sessions_base,
    id_column=SessionUtilisateur.id,
    sortable={
        "last_activity": SessionUtilisateur.last_activity,
        "email": case_folded(Utilisateur.email),
        "nom": french_sorted(Utilisateur.nom),
        "role": Role.libelle,
        "ip": SessionUtilisateur.ip,
    },
    default_sort="last_activity",
    default_descending=True,
    search=lambda words: word_search(words, [Utilisateur.email, SessionUtilisateur.ip]),
    filters={
        "email": lambda value: contains(Utilisateur.email, str(value).strip()),
        "id_utilisateur": lambda value: SessionUtilisateur.id_utilisateur == int(value),
        "role": lambda value: Role.libelle == str(value),
    },
)


def list_active_sessions(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.SECURITY_ADMIN)
    return _with_poste(fetch_page(session, ACTIVE_SESSIONS, query))


def count_active_sessions(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.SECURITY_ADMIN)
    return count_rows(session, ACTIVE_SESSIONS, query)


# --- Staff members, their role and two-factor state ---------------------------------------

_session_count = (
    select(func.count(SessionUtilisateur.id))
    .where(SessionUtilisateur.id_utilisateur == Utilisateur.id)
    .correlate(Utilisateur)
    .scalar_subquery()
)
_STAFF_ROLE_NAMES = sorted(str(r) for r in STAFF_ROLES)
# The member's database identity (secured databases): « actif », « inactif » or « aucun ».
_identity_state = case(
    (IdentiteBase.actif.is_(True), literal("actif")),
    (IdentiteBase.actif.is_(False), literal("inactif")),
    else_=literal("aucun"),
)


def _backup_code_present(secured: bool) -> ColumnElement[bool]:
    # On a secured database no login reads backup_code, not even an admin: a routine owned
    # by the routines' owner says whether there is one (services/db_security).
    if secured:
        return func.backoffice_code_secours_present(Utilisateur.id, type_=Boolean())
    return Utilisateur.backup_code.is_not(None)


def _staff_base(secured: bool = False) -> Select[Any]:
    return (
        select(
            Utilisateur.id.label("id"),
            Utilisateur.email.label("email"),
            Utilisateur.prenom.label("prenom"),
            Utilisateur.nom.label("nom"),
            Role.libelle.label("role"),
            Utilisateur.two_factor_enabled.label("two_factor_enabled"),
            _backup_code_present(secured).label("backup_code_present"),
            Utilisateur.derniere_connexion.label("derniere_connexion"),
            _session_count.label("nb_sessions"),
            _identity_state.label("identite"),
        )
        .join(Role, Role.id == Utilisateur.idRole)
        .outerjoin(IdentiteBase, IdentiteBase.id_utilisateur == Utilisateur.id)
        .where(Role.libelle.in_(_STAFF_ROLE_NAMES))
    )


STAFF_MEMBERS = ListSource(
    base=_staff_base,
    id_column=Utilisateur.id,
    sortable={
        "email": case_folded(Utilisateur.email),
        "nom": french_sorted(Utilisateur.nom),
        "prenom": french_sorted(Utilisateur.prenom),
        "role": Role.libelle,
        "two_factor_enabled": Utilisateur.two_factor_enabled,
        "derniere_connexion": Utilisateur.derniere_connexion,
        "nb_sessions": _session_count,
    },
    default_sort="nom",
    search=lambda words: word_search(
        words, [Utilisateur.email, Utilisateur.nom, Utilisateur.prenom]
    ),
    filters={
        "role": lambda value: Role.libelle == str(value),
        "two_factor_enabled": lambda value: Utilisateur.two_factor_enabled.is_(_truthy(value)),
        "email": lambda value: contains(Utilisateur.email, str(value).strip()),
    },
)

STAFF_MEMBERS_SECURED = replace(STAFF_MEMBERS, base=lambda: _staff_base(secured=True))


def list_staff_members(session: Session, actor: Staff, query: ListQuery) -> Page:
    require(actor, Permission.SECURITY_ADMIN)
    return fetch_page(session, _staff_source(session), query)


def count_staff_members(session: Session, actor: Staff, query: ListQuery) -> int:
    require(actor, Permission.SECURITY_ADMIN)
    return count_rows(session, _staff_source(session), query)


def _staff_source(session: Session) -> ListSource:
    return STAFF_MEMBERS_SECURED if desk.is_identity(session) else STAFF_MEMBERS
