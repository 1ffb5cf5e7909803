"""An attachment of a thread read from the store, on the worker thread (a share can be
slow), with what the app may do with it (``attachments.open_policy``). Qt-free."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import PieceJointe
from backoffice.services import attachments
from backoffice.services.attachments import AttachmentRoot
from backoffice.services.errors import NotFound
from backoffice.services.permissions import Permission, Staff, read_only, require
from backoffice.services.shop_settings import get_shop_settings


def get_attachment(
    session: Session, actor: Staff, piece_id: int, root: AttachmentRoot
) -> dict[str, Any]:
    """``{"nom_fichier", "data", "policy"}`` of one attachment; ``AttachmentRefused`` for
    a ``chemin_fichier`` outside the root, ``ValidationError`` above the size limit."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    row = session.execute(
        select(PieceJointe.nom_fichier, PieceJointe.chemin_fichier).where(
            PieceJointe.id == piece_id
        )
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("attachments", "Cette pièce jointe n'existe plus."))
    limit = get_shop_settings(session).taille_max_piece_jointe_mo
    data = attachments.read(root, row.chemin_fichier, limit_mo=limit)
    name = attachments.display_name(row.nom_fichier or "")
    policy = attachments.open_policy(row.nom_fichier or "", data[:4096], data)
    return {"nom_fichier": name, "data": data, "policy": policy}


@read_only
def attachment_sizes(
    session: Session, actor: Staff, pieces: Sequence[dict[str, Any]], root: AttachmentRoot
) -> dict[int, int | None]:
    """The size of each attachment in the root folder (``None``: unknown, refused, or a
    base URL)."""
    require(actor, Permission.CONVERSATIONS_VIEW)
    return {int(p["id"]): attachments.file_size(root, p["chemin_fichier"]) for p in pieces}


__all__ = ["attachment_sizes", "get_attachment"]
