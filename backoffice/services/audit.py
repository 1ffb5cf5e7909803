"""The audit trail: one ``historique_actions`` row per change, in the change's transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from backoffice.models import HistoriqueAction, utcnow
from backoffice.services.permissions import Staff


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def encode_details(details: Mapping[str, Any]) -> str:
    """JSON with CR/LF escaped (json does it), so a log line can never be forged."""
    return json.dumps(details, default=_json_default, ensure_ascii=False, sort_keys=True)


def audit(
    session: Session,
    actor: Staff | None,
    type_action: str,
    details: Mapping[str, Any],
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> HistoriqueAction:
    """Add the audit row to ``session``; it commits or rolls back with the change itself."""
    payload: dict[str, Any] = dict(details)
    if before is not None:
        payload["avant"] = dict(before)
    if after is not None:
        payload["apres"] = dict(after)
    row = HistoriqueAction(
        id_utilisateur=actor.id if actor else None,
        type_action=type_action,
        details=encode_details(payload),
        date_action=utcnow(),
    )
    session.add(row)
    return row


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields whose value changed, as (before, after) dictionaries."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
