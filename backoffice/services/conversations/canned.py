"""« Réponses types »: the team's canned replies, a small managed list in the database
(``reponses_types``), with placeholders filled when one is inserted into a reply.

Placeholders are ``{prénom}``, ``{nom}``, ``{référence}``, ``{sujet}``, ``{agent}``; ``{{`` and
``}}`` write a brace; an unknown name stays as written. Filling is one pass over the
template: a value is inserted as it is and never read again, so a customer named
``</b>{prénom}`` stays exactly that (no placeholder inside a value is expanded, no markup
is interpreted — the reply is plain text).

Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels_conversations import CANNED_FIELD_LABELS
from backoffice.models import ReponseType, utcnow
from backoffice.services.audit import audit, changed_fields
from backoffice.services.concurrency import conflict
from backoffice.services.conversations.thread import conversation_header
from backoffice.services.errors import NotFound, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, read_only, require

PLACEHOLDERS: tuple[str, ...] = ("prénom", "nom", "référence", "sujet", "agent")
FIELDS: tuple[str, ...] = ("titre", "contenu", "est_actif")
MAX_TITLE = 100
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]{1,30})\}")


def fill_placeholders(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each known ``{name}`` replaced by ``values[name]`` (see the
    module doc: one pass, values taken literally)."""

    def substitute(match: re.Match[str]) -> str:
        found = match.group(0)
        if found in ("{{", "}}"):
            return found[0]
        name = match.group(1).strip().lower()
        if name in values:
            return values[name]
        return found

    return _TOKEN.sub(substitute, template)


@read_only
def placeholder_values(session: Session, actor: Staff, conversation_id: int) -> dict[str, str]:
    """What each placeholder means in this conversation (empty text when unknown)."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    header = conversation_header(session, conversation_id)
    reference = header.get("commande_reference") or ""
    if not reference and header.get("id_devis") is not None:
        reference = f"{header['id_devis']}"
    return {
        "prénom": header.get("client_prenom") or "",
        "nom": header.get("client_nom") or "",
        "référence": str(reference),
        "sujet": header.get("sujet") or "",
        "agent": actor.prenom or "",
    }


def list_canned_replies(
    session: Session, actor: Staff, *, include_inactive: bool = False
) -> list[dict[str, Any]]:
    """The canned replies by title (the active ones unless ``include_inactive``)."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    stmt = select(ReponseType.id, *(getattr(ReponseType, f) for f in FIELDS)).order_by(
        ReponseType.titre
    )
    if not include_inactive:
        stmt = stmt.where(ReponseType.est_actif == true())
    rows = session.execute(stmt).mappings()
    return [{**dict(r), "est_actif": bool(r["est_actif"])} for r in rows]


def _validate(values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    titre = str(values.get("titre") or "").strip()
    if not titre:
        errors["titre"] = QT_TRANSLATE_NOOP("conversations", "Donnez un titre.")
    elif len(titre) > MAX_TITLE:
        errors["titre"] = QT_TRANSLATE_NOOP("conversations", "Titre trop long (100 caractères).")
    if not str(values.get("contenu") or "").strip():
        errors["contenu"] = QT_TRANSLATE_NOOP("conversations", "Écrivez le texte de la réponse.")
    return errors


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "titre": str(values.get("titre") or "").strip(),
        "contenu": str(values.get("contenu") or ""),
        "est_actif": bool(values.get("est_actif", True)),
    }


def _taken() -> ValidationError:
    return ValidationError(
        {"titre": QT_TRANSLATE_NOOP("conversations", "Une réponse type porte déjà ce titre.")}
    )


@mutation(Permission.CONVERSATIONS_REPLY)
def create_canned_reply(session: Session, actor: Staff, values: Mapping[str, Any]) -> int:
    errors = _validate(values)
    if errors:
        raise ValidationError(errors)
    clean = _clean(values)
    row = ReponseType(**clean, updated_at=utcnow())
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError as exc:
        raise _taken() from exc
    audit(session, actor, "reponse_type.creation", {"id": row.id}, after=clean)
    return int(row.id)


def get_canned_reply(session: Session, actor: Staff, reply_id: int) -> dict[str, Any]:
    require(actor, Permission.CONVERSATIONS_VIEW)
    row = (
        session.execute(
            select(*(getattr(ReponseType, f) for f in FIELDS)).where(ReponseType.id == reply_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("conversations", "Cette réponse type n'existe plus."))
    return {**dict(row), "est_actif": bool(row["est_actif"])}


@mutation(Permission.CONVERSATIONS_REPLY)
def update_canned_reply(
    session: Session,
    actor: Staff,
    reply_id: int,
    values: Mapping[str, Any],
    read: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Saves the reply if nobody changed it since ``read`` (compare-and-set)."""
    errors = _validate(values)
    if errors:
        raise ValidationError(errors)
    clean = _clean(values)
    current = get_canned_reply(session, actor, reply_id)
    stmt = update(ReponseType).where(ReponseType.id == reply_id)
    if read is not None:
        stmt = stmt.where(
            *(getattr(ReponseType, f).is_not_distinct_from(read[f]) for f in FIELDS if f in read)
        )
    try:
        with session.begin_nested():
            result = session.execute(
                stmt.values(**clean, updated_at=utcnow()).execution_options(
                    synchronize_session=False
                )
            )
    except IntegrityError as exc:
        raise _taken() from exc
    if not result.rowcount:  # type: ignore[attr-defined]
        raise conflict(
            QT_TRANSLATE_NOOP("conversations", "La réponse type"),
            current,
            clean,
            FIELDS,
            labels=dict(CANNED_FIELD_LABELS),
            feminine=True,
        )
    before, after = changed_fields(current, clean)
    audit(session, actor, "reponse_type.modification", {"id": reply_id}, before=before, after=after)
    return clean


@mutation(Permission.CONVERSATIONS_REPLY)
def delete_canned_reply(session: Session, actor: Staff, reply_id: int) -> None:
    current = get_canned_reply(session, actor, reply_id)
    session.execute(delete(ReponseType).where(ReponseType.id == reply_id))
    audit(session, actor, "reponse_type.suppression", {"id": reply_id}, before=current)


__all__ = [
    "PLACEHOLDERS",
    "create_canned_reply",
    "delete_canned_reply",
    "fill_placeholders",
    "get_canned_reply",
    "list_canned_replies",
    "placeholder_values",
    "update_canned_reply",
]
