"""The quote workflow: the transition table (in this one place), ``can_x()`` / ``x()``.

::

    en_attente ──take / answer──▶ en_cours ──finish──▶ termine
        │                            │
        └──────reject (reason)───────┴──────────────▶ rejete

* « Prendre en charge » (``take``) or the first saved answer (``answer``: estimate and
  ``notes_admin``, what the customer will read) moves ``en_attente`` to ``en_cours``.
* ``send`` marks the estimate as sent to the customer: ``date_reponse`` is set then, once
  (never moved by a later send), and the quote gets its number (:mod:`.numbering`).
  ``finish`` sends it too if it was not yet.
* ``reject`` needs a reason, written into ``notes_admin`` (the customer reads why); it is
  an answer too, so it sets ``date_reponse`` if unset (no number: there is no estimate).
* ``termine`` and ``rejete`` are final: nothing changes them any more.

Every action is a compare-and-set on what the agent saw (:data:`~.data.CHECKED_FIELDS`):
the row is locked, compared with ``read``, and the ``UPDATE`` repeats the comparison in
SQL; if a colleague (or the website) acted first, :class:`~.data.QuoteConflict` tells the
second agent and nothing is written. Each action writes one audit row.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.labels import QUOTE_STATUS_LABELS, label
from backoffice.models import Devis, StatutDevis, utcnow
from backoffice.money import CENT
from backoffice.services.audit import audit
from backoffice.services.errors import FieldErrors, ServiceError, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation
from backoffice.services.quotes.data import QuoteData, quote_conflict
from backoffice.services.quotes.detail import not_found, quote_from_row, read_quote_row
from backoffice.services.quotes.numbering import assign_number
from backoffice.services.shop_settings import get_shop_settings

MONEY_MAX = Decimal("99999999.99")  # NUMERIC(10, 2)
REASON_MAX = 2000


class Action(StrEnum):
    TAKE = "take"
    ANSWER = "answer"
    SEND = "send"
    FINISH = "finish"
    REJECT = "reject"


_WAITING, _OPEN = StatutDevis.EN_ATTENTE.value, StatutDevis.EN_COURS.value
_DONE, _REJECTED = StatutDevis.TERMINE.value, StatutDevis.REJETE.value

# action → {status it may start from: status it leads to}. The one transition table.
TRANSITIONS: Mapping[Action, Mapping[str, str]] = {
    Action.TAKE: {_WAITING: _OPEN},
    Action.ANSWER: {_WAITING: _OPEN, _OPEN: _OPEN},
    Action.SEND: {_OPEN: _OPEN},
    Action.FINISH: {_OPEN: _DONE},
    Action.REJECT: {_WAITING: _REJECTED, _OPEN: _REJECTED},
}
FINAL_STATUSES = frozenset({_DONE, _REJECTED})
# Actions that need an estimate on the quote.
_NEED_ESTIMATE = frozenset({Action.SEND, Action.FINISH})


def next_status(status: str, action: Action) -> str | None:
    """The status ``action`` leads to from ``status``; ``None`` when it is not allowed."""
    return TRANSITIONS[action].get(str(status))


def refusal(quote: QuoteData, action: Action) -> str | None:
    """Why ``action`` cannot be done on ``quote`` now (French), ``None`` when it can."""
    if next_status(quote.statut, action) is None:
        if quote.statut in FINAL_STATUSES:
            return QT_TRANSLATE_NOOP(
                "quotes", "Ce devis est clos ({status}) : il ne peut plus être modifié."
            ).format(status=label(QUOTE_STATUS_LABELS, quote.statut))
        return QT_TRANSLATE_NOOP(
            "quotes", "Cette action n'est pas possible sur un devis au statut « {status} »."
        ).format(status=label(QUOTE_STATUS_LABELS, quote.statut))
    if action in _NEED_ESTIMATE and quote.montant_estime is None:
        return QT_TRANSLATE_NOOP(
            "quotes", "Indiquez d'abord le montant estimé et enregistrez la réponse."
        )
    return None


def can_take(quote: QuoteData) -> bool:
    return refusal(quote, Action.TAKE) is None


def can_answer(quote: QuoteData) -> bool:
    return refusal(quote, Action.ANSWER) is None


def can_send(quote: QuoteData) -> bool:
    return refusal(quote, Action.SEND) is None


def can_finish(quote: QuoteData) -> bool:
    return refusal(quote, Action.FINISH) is None


def can_reject(quote: QuoteData) -> bool:
    return refusal(quote, Action.REJECT) is None


def validate_answer(montant_estime: Any, notes_admin: str | None) -> FieldErrors:
    """The answer's rules: the estimate a ``Decimal`` ≥ 0 with 2 places (never a float)."""
    errors = FieldErrors()
    value = montant_estime
    if value is not None:
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            errors["montant_estime"] = QT_TRANSLATE_NOOP(
                "quotes", "Le montant estimé doit être un nombre décimal (ex. 450,00)."
            )
        elif not Decimal(value).is_finite() or Decimal(value) < 0:
            errors["montant_estime"] = QT_TRANSLATE_NOOP(
                "quotes", "Le montant estimé doit être positif ou nul."
            )
        elif Decimal(value) != Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP):
            errors["montant_estime"] = QT_TRANSLATE_NOOP(
                "quotes", "Le montant estimé ne peut pas avoir plus de 2 décimales."
            )
        elif Decimal(value) > MONEY_MAX:
            errors["montant_estime"] = QT_TRANSLATE_NOOP(
                "quotes", "Le montant estimé ne peut pas dépasser 99 999 999,99 €."
            )
    if notes_admin is not None and not isinstance(notes_admin, str):
        errors["notes_admin"] = QT_TRANSLATE_NOOP("quotes", "La réponse doit être du texte.")
    return errors


def _unchanged(read: QuoteData) -> list[Any]:
    """WHERE conditions: the row still holds what the agent saw."""
    sent = Devis.date_reponse.is_not(None) if read.envoye else Devis.date_reponse.is_(None)
    return [
        Devis.statut == read.statut,
        Devis.montant_estime.is_not_distinct_from(read.montant_estime),
        Devis.notes_admin.is_not_distinct_from(read.notes_admin),
        sent,
    ]


def _apply(
    session: Session,
    actor: Staff,
    quote_id: int,
    read: QuoteData,
    action: Action,
    values: dict[str, Any],
    *,
    number: bool = False,
    details: Mapping[str, Any] | None = None,
) -> QuoteData:
    """Lock, compare with ``read``, check the transition, write ``values`` (+ the status,
    ``date_reponse`` when ``values`` asks to answer), audit; the quote as saved."""
    if not isinstance(read, QuoteData):
        raise TypeError("read must be the QuoteData the agent saw")
    settings = get_shop_settings(session)
    row = read_quote_row(session, quote_id, lock=True)
    if row is None:
        raise not_found(quote_id)
    current = quote_from_row(row, settings)
    if current.checked() != read.checked():
        raise quote_conflict(current, read)
    reason = refusal(current, action)
    if reason is not None:
        raise ServiceError(reason)
    status = next_status(current.statut, action)
    assert status is not None
    now = utcnow()
    written = dict(values)
    answered = written.pop("answered", False)
    if status != current.statut:
        written["statut"] = status
    if answered and current.date_reponse is None:
        written["date_reponse"] = now  # set once: the WHERE below requires it unset
    if not written and not number:
        return current
    if written:
        stmt = (
            update(Devis)
            .where(Devis.id == quote_id, *_unchanged(read))
            .values(**written)
            .execution_options(synchronize_session=False)
        )
        if session.execute(stmt).rowcount != 1:  # type: ignore[attr-defined]
            latest = read_quote_row(session, quote_id)
            if latest is None:
                raise not_found(quote_id)
            raise quote_conflict(quote_from_row(latest, settings), read)
    numero = None
    if number:
        numero = assign_number(session, quote_id, now, settings.format_devis)
    before = {k: getattr(current, k) for k in written}
    after = dict(written)
    if numero is not None and numero != current.numero:
        after["numero"] = numero
    audit(
        session,
        actor,
        f"devis.{_AUDIT_NAMES[action]}",
        {"id_devis": quote_id, "id_client": current.id_utilisateur, **(details or {})},
        before=before,
        after=after,
    )
    saved = read_quote_row(session, quote_id)
    return quote_from_row(saved, settings)


_AUDIT_NAMES = {
    Action.TAKE: "prise_en_charge",
    Action.ANSWER: "reponse",
    Action.SEND: "envoi",
    Action.FINISH: "termine",
    Action.REJECT: "rejet",
}


@mutation(Permission.QUOTES_ANSWER)
def take_quote(session: Session, actor: Staff, quote_id: int, read: QuoteData) -> QuoteData:
    """« Prendre en charge »: ``en_attente`` → ``en_cours``."""
    return _apply(session, actor, quote_id, read, Action.TAKE, {})


@mutation(Permission.QUOTES_ANSWER)
def save_answer(
    session: Session,
    actor: Staff,
    quote_id: int,
    montant_estime: Decimal | None,
    notes_admin: str | None,
    read: QuoteData,
) -> QuoteData:
    """Save the estimate and ``notes_admin``; a waiting quote goes ``en_cours``. Not sent
    yet (see :func:`send_quote`)."""
    errors = validate_answer(montant_estime, notes_admin)
    if errors:
        raise ValidationError(errors)
    amount = None if montant_estime is None else Decimal(montant_estime).quantize(CENT)
    notes = notes_admin if notes_admin and notes_admin.strip() else None
    values: dict[str, Any] = {}
    if amount != read.montant_estime:
        values["montant_estime"] = amount
    if notes != read.notes_admin:
        values["notes_admin"] = notes
    return _apply(session, actor, quote_id, read, Action.ANSWER, values)


@mutation(Permission.QUOTES_ANSWER)
def send_quote(session: Session, actor: Staff, quote_id: int, read: QuoteData) -> QuoteData:
    """The estimate goes to the customer: ``date_reponse`` set (once) and a number given."""
    return _apply(session, actor, quote_id, read, Action.SEND, {"answered": True}, number=True)


@mutation(Permission.QUOTES_ANSWER)
def finish_quote(session: Session, actor: Staff, quote_id: int, read: QuoteData) -> QuoteData:
    """``en_cours`` → ``termine`` (answered, accepted and done); sent first if it was not."""
    return _apply(session, actor, quote_id, read, Action.FINISH, {"answered": True}, number=True)


@mutation(Permission.QUOTES_ANSWER)
def reject_quote(
    session: Session, actor: Staff, quote_id: int, reason: str, read: QuoteData
) -> QuoteData:
    """→ ``rejete`` with a required ``reason``, added to ``notes_admin`` for the customer."""
    text = (reason or "").strip() if isinstance(reason, str) else ""
    if not text:
        raise ValidationError({"motif": QT_TRANSLATE_NOOP("quotes", "Indiquez le motif du refus.")})
    if len(text) > REASON_MAX:
        raise ValidationError(
            {
                "motif": QT_TRANSLATE_NOOP(
                    "quotes", "Le motif ne doit pas dépasser {limit} caractères."
                ).format(limit=REASON_MAX)
            }
        )
    previous = (read.notes_admin or "").rstrip()
    notes = f"{previous}\n\n{text}" if previous else text
    return _apply(
        session,
        actor,
        quote_id,
        read,
        Action.REJECT,
        {"notes_admin": notes, "answered": True},
        details={"motif": text},
    )
