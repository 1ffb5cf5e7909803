"""The order workflow: every transition allowed and refused, compare-and-set against a
colleague or the website, one history row and one audit row per change, restocking exactly
once, batches, permissions — on SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.models import Commande, Facture, HistoriqueAction, HistoriqueCommande, Produit
from backoffice.models.enums import RoleName
from backoffice.models.enums import StatutCommande as S
from backoffice.services.errors import PermissionDenied, ServiceError, ValidationError
from backoffice.services.orders import (
    FINAL,
    TRANSITIONS,
    OrderMoved,
    TransitionRefused,
    advance_order,
    advance_orders,
    allowed_targets,
    can_cancel,
    can_deliver,
    can_prepare,
    can_ship,
    can_transition,
    can_validate,
    cancel_order,
    next_status,
)
from backoffice.services.permissions import Staff
from tests.factories import lock_waiters, make_product, make_staff, make_user
from tests.invoice_helpers import set_identity
from tests.orders_factories import make_order

ALL = [s.value for s in S]
EXPECTED = {
    ("en_attente", "validee"),
    ("en_attente", "annulee"),
    ("validee", "en_preparation"),
    ("validee", "annulee"),
    ("en_preparation", "expediee"),
    ("en_preparation", "annulee"),
    ("expediee", "livree"),
}


def _history(session: Session, order_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(
            HistoriqueCommande.action, HistoriqueCommande.details, HistoriqueCommande.id_utilisateur
        )
        .where(HistoriqueCommande.id_commande == order_id)
        .order_by(HistoriqueCommande.id)
    ).all()
    return [{"action": a, "details": json.loads(d or "{}"), "who": w} for a, d, w in rows]


def _audits(session: Session, type_action: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(HistoriqueAction.details)
        .where(HistoriqueAction.type_action == type_action)
        .order_by(HistoriqueAction.id)
    ).all()
    return [json.loads(r) for r in rows]


def _status(session: Session, order_id: int) -> str:
    return str(session.scalar(select(Commande.statut).where(Commande.id == order_id)))


def test_the_transition_table() -> None:
    allowed = {(a, b) for a in ALL for b in ALL if can_transition(a, b)}
    assert allowed == EXPECTED
    assert {"livree", "annulee"} == FINAL
    assert allowed_targets("en_attente") == ["validee", "annulee"]
    assert next_status("validee") == "en_preparation" and next_status("livree") is None
    assert [can_validate(s) for s in ALL] == [s == "en_attente" for s in ALL]
    assert [can_prepare(s) for s in ALL] == [s == "validee" for s in ALL]
    assert [can_ship(s) for s in ALL] == [s == "en_preparation" for s in ALL]
    assert [can_deliver(s) for s in ALL] == [s == "expediee" for s in ALL]
    assert [can_cancel(s) for s in ALL] == [
        s in ("en_attente", "validee", "en_preparation") for s in ALL
    ]
    assert set(TRANSITIONS) == set(ALL)


@pytest.mark.parametrize(("old", "new"), sorted(EXPECTED))
def test_every_allowed_transition(db_session: Session, old: str, new: str) -> None:
    set_identity(db_session)  # reaching « en préparation » issues the invoice
    admin = make_staff(db_session)
    customer = make_user(db_session)
    product = make_product(db_session, stock=4)
    order = make_order(db_session, customer, old, [(product, 2)])
    if new == S.ANNULEE:
        change = cancel_order(db_session, admin, order.id, old, "Demande du client", "Appel")
        assert change.restocked == {product.id: 2}
        assert db_session.scalar(select(Produit.stock).where(Produit.id == product.id)) == 6
        row = db_session.execute(
            select(Commande.motif_annulation, Commande.commentaire_annulation).where(
                Commande.id == order.id
            )
        ).one()
        assert tuple(row) == ("Demande du client", "Appel")
    else:
        extra = {"carrier": "Colissimo", "tracking": "6A123"} if new == S.EXPEDIEE else {}
        change = advance_order(db_session, admin, order.id, old, new, **extra)
    assert (change.old, change.new, change.reference) == (old, new, order.reference)
    assert _status(db_session, order.id) == new
    history = _history(db_session, order.id)
    assert [h["action"] for h in history] == ["creation", "changement_statut"]
    details = history[-1]["details"]
    assert details["ancien_statut"] == old and details["nouveau_statut"] == new
    assert details["message"].startswith("Statut passé de « ")
    assert history[-1]["who"] == admin.id
    if new == S.EXPEDIEE:
        assert details["transporteur"] == "Colissimo" and details["numero_suivi"] == "6A123"
    kind = "commande.annulation" if new == S.ANNULEE else "commande.statut"
    audits = _audits(db_session, kind)
    assert len(audits) == 1
    assert audits[0]["avant"] == {"statut": old} and audits[0]["apres"] == {"statut": new}


@pytest.mark.parametrize(
    ("old", "new"), sorted((a, b) for a in ALL for b in ALL if (a, b) not in EXPECTED)
)
def test_every_refused_transition(db_session: Session, old: str, new: str) -> None:
    admin = make_staff(db_session)
    product = make_product(db_session, stock=4)
    order = make_order(db_session, make_user(db_session), old, [(product, 1)])
    with pytest.raises((TransitionRefused, ValidationError)):
        if new == S.ANNULEE:
            cancel_order(db_session, admin, order.id, old, "Demande du client")
        else:
            advance_order(db_session, admin, order.id, old, new, carrier="DPD")
    assert _status(db_session, order.id) == old
    assert [h["action"] for h in _history(db_session, order.id)] == ["creation"]
    assert db_session.scalar(select(Produit.stock).where(Produit.id == product.id)) == 4
    assert db_session.scalar(select(func.count()).select_from(HistoriqueAction)) == 0


def test_shipping_needs_a_carrier_and_cancelling_a_reason(db_session: Session) -> None:
    admin = make_staff(db_session)
    order = make_order(db_session, make_user(db_session), "en_preparation")
    with pytest.raises(ValidationError) as caught:
        advance_order(db_session, admin, order.id, "en_preparation", "expediee", carrier="  ")
    assert caught.value.errors == {"transporteur": "Indiquez le transporteur."}
    with pytest.raises(ValidationError) as no_reason:
        cancel_order(db_session, admin, order.id, "en_preparation", " ")
    assert "motif_annulation" in no_reason.value.errors
    assert _status(db_session, order.id) == "en_preparation"


def test_the_website_moved_the_order_under_an_open_window(db_session: Session) -> None:
    """The window shows « En attente »; the website validates the order meanwhile: the
    click on « Valider » applies nothing twice and says what the order is now."""
    set_identity(db_session)
    admin = make_staff(db_session)
    order = make_order(db_session, make_user(db_session), "en_attente")
    db_session.execute(update(Commande).where(Commande.id == order.id).values(statut="validee"))
    with pytest.raises(OrderMoved) as caught:
        advance_order(db_session, admin, order.id, "en_attente", "validee")
    assert caught.value.current == {"statut": "validee"}
    assert "est maintenant « Validée »" in caught.value.message
    assert [h["action"] for h in _history(db_session, order.id)] == ["creation"]
    assert db_session.scalar(select(func.count()).select_from(HistoriqueAction)) == 0
    # Seen as it is now, it moves on.
    advance_order(db_session, admin, order.id, "validee", "en_preparation")
    assert _status(db_session, order.id) == "en_preparation"


def test_an_invoiced_order_is_cancelled_through_its_credit_note(db_session: Session) -> None:
    """Reaching the shop's invoicing status issues the invoice in the same transaction;
    cancelling the order then issues the full credit note (invoicing's hooks) and
    restocks."""
    set_identity(db_session)
    manager = make_staff(db_session, RoleName.MANAGER)
    product = make_product(db_session, stock=3)
    order = make_order(db_session, make_user(db_session), "validee", [(product, 1)])
    change = advance_order(db_session, manager, order.id, "validee", "en_preparation")
    assert change.invoice_id is not None
    invoices = db_session.scalars(select(Facture.id).where(Facture.id_commande == order.id))
    assert list(invoices) == [change.invoice_id]
    cancelled = cancel_order(db_session, manager, order.id, "en_preparation", "Demande du client")
    assert cancelled.credit_note_id is not None
    assert db_session.scalar(select(Produit.stock).where(Produit.id == product.id)) == 4
    # The order's detail (its window) names the credit note beside the invoice.
    from backoffice.services.orders import get_order

    detail = get_order(db_session, manager, order.id)
    assert [f["id"] for f in detail["invoices"]] == [change.invoice_id]
    assert [a["id"] for a in detail["credit_notes"]] == [cancelled.credit_note_id]
    assert detail["credit_notes"][0]["numero_avoir"].startswith("AV-")
    from backoffice.models import Avoir

    motif = db_session.scalar(select(Avoir.motif).where(Avoir.id == cancelled.credit_note_id))
    assert motif == "Annulation de la commande : Demande du client"


def test_batch_with_valid_stale_and_final_orders(db_session: Session) -> None:
    admin = make_staff(db_session)
    customer = make_user(db_session)
    valid = [make_order(db_session, customer, "en_attente") for _ in range(3)]
    stale = make_order(db_session, customer, "en_attente")
    final = make_order(db_session, customer, "livree")
    db_session.execute(update(Commande).where(Commande.id == stale.id).values(statut="annulee"))
    seen = {o.id: "en_attente" for o in valid} | {stale.id: "en_attente", final.id: "livree"}
    result = advance_orders(db_session, admin, seen, "validee")
    assert sorted(c.order_id for c in result.moved) == sorted(o.id for o in valid)
    refused = {r.order_id: r.reason for r in result.refused}
    assert set(refused) == {stale.id, final.id}
    assert "maintenant « Annulée »" in refused[stale.id]
    assert "ne change plus de statut" in refused[final.id]
    assert [_status(db_session, o.id) for o in valid] == ["validee"] * 3
    assert _status(db_session, stale.id) == "annulee" and _status(db_session, final.id) == "livree"
    assert len(_audits(db_session, "commande.statut")) == 3
    refused_history = _history(db_session, stale.id) + _history(db_session, final.id)
    assert all(h["action"] == "creation" for h in refused_history)


def test_a_batch_invoicing_refuses_is_put_back(db_session: Session) -> None:
    """Reaching « en préparation » issues the invoice: with the shop's identity incomplete,
    invoicing refuses, and each order stays as it was, with the reason."""
    admin = make_staff(db_session)
    customer = make_user(db_session)
    orders = [make_order(db_session, customer, "validee") for _ in range(2)]
    result = advance_orders(db_session, admin, {o.id: "validee" for o in orders}, "en_preparation")
    assert not result.moved and len(result.refused) == 2
    assert "identité de la boutique" in result.refused[0].reason
    assert [_status(db_session, o.id) for o in orders] == ["validee", "validee"]
    assert not _audits(db_session, "commande.statut")
    set_identity(db_session)
    result = advance_orders(db_session, admin, {o.id: "validee" for o in orders}, "en_preparation")
    assert len(result.moved) == 2 and all(c.invoice_id for c in result.moved)
    assert [len(_history(db_session, o.id)) for o in orders] == [2, 2]


def test_permissions(db_session: Session) -> None:
    support = make_staff(db_session, RoleName.SUPPORT)
    employe = make_staff(db_session, RoleName.EMPLOYE)
    order = make_order(db_session, make_user(db_session), "en_attente")
    with pytest.raises(PermissionDenied):
        advance_order(db_session, support, order.id, "en_attente", "validee")
    with pytest.raises(PermissionDenied):
        cancel_order(db_session, employe, order.id, "en_attente", "Demande du client")
    assert _status(db_session, order.id) == "en_attente"
    advance_order(db_session, employe, order.id, "en_attente", "validee")
    assert _status(db_session, order.id) == "validee"


def _hold_until_the_other_waits(probe_factory: sessionmaker[Session]) -> None:
    """The winner keeps its transaction open until the other clerk waits for its row lock
    (10 s at most), so that the race is really a race."""
    deadline = time.monotonic() + 10
    with probe_factory() as probe:
        while time.monotonic() < deadline and lock_waiters(probe) < 1:
            time.sleep(0.05)


def _race(factory: sessionmaker[Session], job: Any) -> list[object]:
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(index: int) -> None:
        with factory() as session:
            session.connection()
            barrier.wait(timeout=20)
            try:
                results[index] = job(session)
            except ServiceError as exc:
                session.rollback()
                results[index] = exc
                return
            _hold_until_the_other_waits(factory)
            session.commit()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_clerks_advance_the_same_order(server_committed: sessionmaker[Session]) -> None:
    with server_committed() as setup:
        clerks = [make_staff(setup, RoleName.EMPLOYE) for _ in range(2)]
        order = make_order(setup, make_user(setup), "en_attente")
        setup.commit()
        order_id = order.id
    turn = iter(clerks)
    lock = threading.Lock()

    def job(session: Session) -> object:
        with lock:
            clerk = next(turn)
        return advance_order(session, clerk, order_id, "en_attente", "validee")

    results = _race(server_committed, job)
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["OrderMoved", "StatusChange"], results
    with server_committed() as check:
        assert _status(check, order_id) == "validee"
        assert [h["action"] for h in _history(check, order_id)] == ["creation", "changement_statut"]
        assert len(_audits(check, "commande.statut")) == 1


def test_cancel_restocks_exactly_once_under_concurrency(
    server_committed: sessionmaker[Session],
) -> None:
    with server_committed() as setup:
        managers = [make_staff(setup, RoleName.MANAGER) for _ in range(2)]
        a = make_product(setup, "A", stock=5)
        b = make_product(setup, "B", stock=0)
        order = make_order(setup, make_user(setup), "validee", [(a, 2), (b, 3)])
        setup.commit()
        order_id, a_id, b_id = order.id, a.id, b.id
    turn = iter(managers)
    lock = threading.Lock()

    def job(session: Session) -> object:
        with lock:
            manager = next(turn)
        return cancel_order(session, manager, order_id, "validee", "Demande du client")

    results = _race(server_committed, job)
    assert sorted(type(r).__name__ for r in results) == ["OrderMoved", "StatusChange"], results
    with server_committed() as check:
        stocks = dict(check.execute(select(Produit.id, Produit.stock)).all())
        assert (stocks[a_id], stocks[b_id]) == (7, 3)
        assert _status(check, order_id) == "annulee"
        assert len(_audits(check, "commande.annulation")) == 1
        assert [h["action"] for h in _history(check, order_id)] == ["creation", "changement_statut"]


def test_restocking_keeps_the_website_sales(
    db_session: Session, admin: Staff | None = None
) -> None:
    manager = make_staff(db_session, RoleName.MANAGER)
    product = make_product(db_session, stock=10)
    order = make_order(db_session, make_user(db_session), "en_attente", [(product, 2)])
    # The website sells 4 while the clerk fills in the cancellation.
    db_session.execute(update(Produit).where(Produit.id == product.id).values(stock=6))
    cancel_order(db_session, manager, order.id, "en_attente", "Commande en double")
    assert db_session.scalar(select(Produit.stock).where(Produit.id == product.id)) == 8
