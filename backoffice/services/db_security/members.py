"""Member management from the Sécurité tab (admins): a staff member's database identity.

On a secured database (:func:`~.desk.is_identity`) the admin's session calls the owner-rights
routine, which changes the member's role (``utilisateurs.idRole``) and their group in the
same transaction, ends their open sessions (and their connections), or disables their
identity. Elsewhere (SQLite, a shared login) there is no database identity to manage: the
service says so. Each change also writes the app's own audit row (``historique_actions``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import role_label
from backoffice.models import Role, Utilisateur
from backoffice.services.audit import audit
from backoffice.services.db_security import desk
from backoffice.services.db_security.policy import GROUP_ROLES
from backoffice.services.errors import NotFound, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation

NOT_SECURED_MESSAGE = QT_TRANSLATE_NOOP(
    "db_security",
    "Cette base ne donne pas d'identité en base au personnel (elle n'a pas été sécurisée par "
    "« backoffice-cli db secure », ou la connexion n'utilise pas le compte portail).",
)


def _member(session: Session, user_id: int) -> tuple[str, str | None]:
    row = session.execute(
        select(Utilisateur.email, Role.libelle)
        .join(Role, Role.id == Utilisateur.idRole)
        .where(Utilisateur.id == user_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("db_security", "Ce compte n'existe pas (ou plus)."))
    return str(row[0]), row[1]


OWN_ACCOUNT_MESSAGE = QT_TRANSLATE_NOOP(
    "db_security",
    "Votre propre accès se change par un autre administrateur : il fermerait la session "
    "avec laquelle vous faites la modification.",
)


def _require_secured(session: Session, actor: Staff, user_id: int) -> None:
    if not desk.is_identity(session):
        raise ValidationError({"id_utilisateur": NOT_SECURED_MESSAGE})
    if user_id == actor.id:
        raise ValidationError({"id_utilisateur": OWN_ACCOUNT_MESSAGE})


@mutation(Permission.SECURITY_ADMIN)
def set_member_role(session: Session, actor: Staff, user_id: int, role: str) -> None:
    """Give ``user_id`` the staff role ``role`` and its group (creating their identity if
    needed); their open sessions end. Audited."""
    if role not in GROUP_ROLES:
        raise ValidationError(
            {"role": QT_TRANSLATE_NOOP("db_security", "choisissez un rôle du personnel")}
        )
    _require_secured(session, actor, user_id)
    email, before = _member(session, user_id)
    desk.set_member(session, user_id, role)
    audit(
        session,
        actor,
        "securite.identite_role",
        {"id_utilisateur": user_id, "email": email, "role": role},
        before={"role": before},
        after={"role": role},
    )


@mutation(Permission.SECURITY_ADMIN)
def disable_member(session: Session, actor: Staff, user_id: int) -> None:
    """Disable ``user_id``'s database identity: their connections are ended at once and
    they cannot sign in until an admin gives them a role again. Audited."""
    _require_secured(session, actor, user_id)
    email, role = _member(session, user_id)
    desk.set_member(session, user_id, None)
    audit(
        session,
        actor,
        "securite.identite_desactivee",
        {"id_utilisateur": user_id, "email": email, "role": role},
    )


def role_choices() -> list[tuple[str, str]]:
    """The staff roles, with their French names, for the role dialog."""
    return [(role, role_label(role)) for role in GROUP_ROLES]
