"""The quote workflow: every transition allowed and refused, the answer, the number given
at first sending, compare-and-set between two agents, permissions, audit, Decimal amounts.
On SQLite, PostgreSQL and MariaDB (``db_session``) unless noted."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Devis, DevisNumero, HistoriqueAction, ParametreBoutique
from backoffice.services.errors import PermissionDenied, ServiceError, ValidationError
from backoffice.services.quotes import (
    FINAL_STATUSES,
    TRANSITIONS,
    Action,
    QuoteConflict,
    amounts,
    can_finish,
    can_reject,
    can_send,
    can_take,
    finish_quote,
    format_number,
    get_quote,
    next_status,
    reject_quote,
    save_answer,
    send_quote,
    take_quote,
)
from tests.factories import make_staff
from tests.quotes_factories import make_quote, make_service
from tests.test_totp import _hold_until_others_wait

STATUSES = ("en_attente", "en_cours", "termine", "rejete")
ALLOWED = {
    ("take", "en_attente"): "en_cours",
    ("answer", "en_attente"): "en_cours",
    ("answer", "en_cours"): "en_cours",
    ("send", "en_cours"): "en_cours",
    ("finish", "en_cours"): "termine",
    ("reject", "en_attente"): "rejete",
    ("reject", "en_cours"): "rejete",
}


def test_the_transition_table_is_exactly_the_issue() -> None:
    for action in Action:
        for status in STATUSES:
            assert next_status(status, action) == ALLOWED.get((action.value, status))
    assert {"termine", "rejete"} == FINAL_STATUSES
    assert all(not set(TRANSITIONS[a]) & FINAL_STATUSES for a in Action)


def _run(session: Session, actor, action: str, quote_id: int, read):  # type: ignore[no-untyped-def]
    if action == "take":
        return take_quote(session, actor, quote_id, read)
    if action == "answer":
        return save_answer(session, actor, quote_id, Decimal("120.00"), "Pose comprise.", read)
    if action == "send":
        return send_quote(session, actor, quote_id, read)
    if action == "finish":
        return finish_quote(session, actor, quote_id, read)
    return reject_quote(session, actor, quote_id, "Hors zone d'intervention.", read)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", [a.value for a in Action])
def test_every_transition_allowed_or_refused(db_session: Session, action: str, status: str) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session, statut=status, montant_estime=Decimal("99.90"))
    read = get_quote(db_session, admin, quote.id)
    expected = ALLOWED.get((action, status))
    if expected is None:
        with pytest.raises(ServiceError) as caught:
            _run(db_session, admin, action, quote.id, read)
        assert not isinstance(caught.value, QuoteConflict)
        assert get_quote(db_session, admin, quote.id).statut == status  # nothing written
        return
    saved = _run(db_session, admin, action, quote.id, read)
    assert saved.statut == expected
    assert get_quote(db_session, admin, quote.id).statut == expected


def test_can_functions_follow_the_table(db_session: Session) -> None:
    admin = make_staff(db_session)
    waiting = get_quote(db_session, admin, make_quote(db_session).id)
    assert can_take(waiting) and can_reject(waiting)
    assert not can_send(waiting) and not can_finish(waiting)
    open_ = get_quote(db_session, admin, make_quote(db_session, statut="en_cours").id)
    assert not can_send(open_)  # no estimate yet
    assert not can_finish(open_)
    priced = replace(open_, montant_estime=Decimal("10.00"))
    assert can_send(priced) and can_finish(priced) and can_reject(priced)


def test_send_and_finish_need_an_estimate(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session, statut="en_cours")
    read = get_quote(db_session, admin, quote.id)
    for service in (send_quote, finish_quote):
        with pytest.raises(ServiceError, match="montant estimé"):
            service(db_session, admin, quote.id, read)


def test_reject_without_reason_is_refused(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session)
    read = get_quote(db_session, admin, quote.id)
    for reason in ("", "   \n", None):
        with pytest.raises(ValidationError) as caught:
            reject_quote(db_session, admin, quote.id, reason, read)  # type: ignore[arg-type]
        assert "motif" in caught.value.errors
    assert get_quote(db_session, admin, quote.id).statut == "en_attente"


def test_reject_writes_the_reason_into_notes_admin(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session, statut="en_cours", notes_admin="Nous étudions votre demande.")
    read = get_quote(db_session, admin, quote.id)
    saved = reject_quote(db_session, admin, quote.id, "  Nous n'intervenons pas en Corse. ", read)
    assert saved.statut == "rejete"
    assert saved.notes_admin == "Nous étudions votre demande.\n\nNous n'intervenons pas en Corse."
    assert saved.date_reponse is not None
    assert saved.numero is None  # no estimate, no number


def test_first_answer_moves_to_en_cours_and_sending_sets_date_reponse_once(
    db_session: Session,
) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session, service=make_service(db_session))
    read = get_quote(db_session, admin, quote.id)
    answered = save_answer(db_session, admin, quote.id, Decimal("450"), "Pose en 2 h.", read)
    assert (answered.statut, answered.montant_estime) == ("en_cours", Decimal("450.00"))
    assert answered.date_reponse is None and answered.numero is None
    sent = send_quote(db_session, admin, quote.id, answered)
    assert sent.date_reponse is not None and sent.numero is not None
    first_sent = sent.date_reponse
    again = save_answer(db_session, admin, quote.id, Decimal("480.00"), "Pose en 3 h.", sent)
    resent = send_quote(db_session, admin, quote.id, again)
    assert resent.date_reponse == first_sent  # set once
    assert resent.numero == sent.numero  # the same number
    done = finish_quote(db_session, admin, quote.id, resent)
    assert (done.statut, done.date_reponse, done.numero) == ("termine", first_sent, sent.numero)
    with pytest.raises(ServiceError):
        save_answer(db_session, admin, quote.id, Decimal("1.00"), None, done)  # final


def test_finish_without_sending_first_sends(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session, statut="en_cours", montant_estime=Decimal("75.00"))
    done = finish_quote(db_session, admin, quote.id, get_quote(db_session, admin, quote.id))
    assert done.date_reponse is not None and done.numero is not None


def test_numbers_are_continuous_in_the_year(db_session: Session) -> None:
    admin = make_staff(db_session)
    db_session.add(ParametreBoutique(cle="format_devis", valeur="D-{année}-{numéro:05}"))
    db_session.flush()
    numbers = []
    for _ in range(3):
        quote = make_quote(db_session, statut="en_cours", montant_estime=Decimal("10.00"))
        sent = send_quote(db_session, admin, quote.id, get_quote(db_session, admin, quote.id))
        numbers.append(sent.numero)
    year = db_session.scalar(select(func.max(DevisNumero.annee)))
    assert numbers == [f"D-{year}-0000{n}" for n in (1, 2, 3)]
    assert format_number("{numéro}", 2026, 7) == "7"
    assert format_number("{inconnu}", 2026, 7) == "D-2026-00007"  # unusable format


def test_a_stale_read_is_a_conflict(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session)
    read = get_quote(db_session, admin, quote.id)
    db_session.execute(update(Devis).where(Devis.id == quote.id).values(notes_admin="Site"))
    with pytest.raises(QuoteConflict) as caught:
        take_quote(db_session, admin, quote.id, read)
    assert "notes_admin" in caught.value.differences
    assert caught.value.current_data.notes_admin == "Site"
    assert get_quote(db_session, admin, quote.id).statut == "en_attente"


def test_audit_rows_carry_before_and_after(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session)
    read = get_quote(db_session, admin, quote.id)
    save_answer(db_session, admin, quote.id, Decimal("12.50"), "Bonjour\nligne 2", read)
    row = db_session.scalars(
        select(HistoriqueAction).where(HistoriqueAction.type_action == "devis.reponse")
    ).one()
    details = json.loads(row.details)
    assert details["id_devis"] == quote.id
    assert details["avant"]["statut"] == "en_attente"
    assert details["apres"] == {
        "montant_estime": "12.50",
        "notes_admin": "Bonjour\nligne 2",
        "statut": "en_cours",
    }
    assert "\n" not in row.details  # escaped: a line cannot be forged


def test_amounts_are_decimal_and_add_up(db_session: Session) -> None:
    admin = make_staff(db_session)
    quote = make_quote(db_session, statut="en_cours", montant_estime=Decimal("100.00"))
    data = get_quote(db_session, admin, quote.id)
    assert isinstance(data.montant_estime, Decimal)
    split = data.amounts
    assert split is not None
    assert (split.ht, split.tva, split.ttc) == (
        Decimal("83.33"),
        Decimal("16.67"),
        Decimal("100.00"),
    )
    assert all(isinstance(v, Decimal) for v in (split.ht, split.tva, split.ttc))
    with pytest.raises(TypeError):
        amounts(100.0, Decimal("20"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        save_answer(db_session, admin, quote.id, 12.5, None, data)  # type: ignore[arg-type]
    for bad in (Decimal("-1"), Decimal("1.234"), Decimal("NaN")):
        with pytest.raises(ValidationError):
            save_answer(db_session, admin, quote.id, bad, None, data)


@pytest.mark.parametrize("case", range(20))
def test_split_always_adds_up(case: int) -> None:
    ttc = Decimal(case * 137 + 1).scaleb(-2)
    for rate in (Decimal("20"), Decimal("5.5"), Decimal("10"), Decimal("0")):
        split = amounts(ttc, rate)
        assert split is not None and split.ht + split.tva == split.ttc == ttc


def test_employe_cannot_answer(db_session: Session) -> None:
    employe = make_staff(db_session, "employe")
    quote = make_quote(db_session)
    read = get_quote(db_session, employe, quote.id)  # may see the queue
    for action in ("take", "answer", "send", "finish", "reject"):
        with pytest.raises(PermissionDenied):
            _run(db_session, employe, action, quote.id, read)
    assert get_quote(db_session, employe, quote.id).statut == "en_attente"
    support = make_staff(db_session, "support")
    assert take_quote(db_session, support, quote.id, read).statut == "en_cours"


def test_two_agents_answer_at_once_one_wins(server_committed: sessionmaker[Session]) -> None:
    with server_committed() as setup:
        admin = make_staff(setup)
        other = make_staff(setup, "manager")
        quote_id = make_quote(setup).id
        setup.commit()
        read = get_quote(setup, admin, quote_id)
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]
    won = threading.Event()

    def answer(index: int, actor, amount: str) -> None:  # type: ignore[no-untyped-def]
        with server_committed() as session:
            session.connection()
            barrier.wait(timeout=20)
            try:
                results[index] = save_answer(
                    session, actor, quote_id, Decimal(amount), f"Réponse {index}", read
                )
                if not won.is_set():
                    won.set()
                    _hold_until_others_wait(server_committed, 1)
                session.commit()
            except ServiceError as exc:
                session.rollback()
                results[index] = exc

    threads = [
        threading.Thread(target=answer, args=(0, admin, "100.00")),
        threading.Thread(target=answer, args=(1, other, "200.00")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    conflicts = [r for r in results if isinstance(r, QuoteConflict)]
    winners = [r for r in results if not isinstance(r, ServiceError)]
    assert len(conflicts) == 1 and len(winners) == 1, results
    with server_committed() as check:
        row = check.execute(select(Devis.montant_estime, Devis.statut)).one()
        assert row.statut == "en_cours"
        assert row.montant_estime == winners[0].montant_estime  # type: ignore[attr-defined]
        assert conflicts[0].current_data.montant_estime == row.montant_estime
        assert (
            check.scalar(
                select(func.count()).where(HistoriqueAction.type_action == "devis.reponse")
            )
            == 1
        )


def test_two_quotes_sent_at_once_get_two_numbers(server_committed: sessionmaker[Session]) -> None:
    with server_committed() as setup:
        admin = make_staff(setup)
        ids = [
            make_quote(setup, statut="en_cours", montant_estime=Decimal("10.00")).id
            for _ in range(2)
        ]
        setup.commit()
        reads = [get_quote(setup, admin, i) for i in ids]
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def send(index: int) -> None:
        with server_committed() as session:
            session.connection()
            barrier.wait(timeout=20)
            try:
                results[index] = send_quote(session, admin, ids[index], reads[index]).numero
                session.commit()
            except Exception as exc:  # the assertion shows it
                results[index] = exc

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(isinstance(r, str) for r in results), results
    assert len(set(results)) == 2
    with server_committed() as check:
        assert sorted(check.scalars(select(DevisNumero.sequence))) == [1, 2]
