"""Conversations services on SQLite, PostgreSQL and MariaDB: the inbox and its views, unread
counts and mark-read, the reply transaction, assignment, notes, canned replies, a
conversation started by staff."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.models import (
    Commande,
    Conversation,
    HistoriqueAction,
    Message,
    NoteConversation,
    PieceJointe,
    RoleName,
)
from backoffice.services import changes
from backoffice.services.attachments import AttachmentRoot
from backoffice.services.conversations import (
    NewAttachment,
    add_note,
    assign,
    count_conversations,
    count_views,
    create_canned_reply,
    fill_placeholders,
    get_thread,
    latest_activity,
    list_canned_replies,
    list_conversations,
    mark_read,
    placeholder_values,
    reply,
    set_status,
    start_conversation,
    update_canned_reply,
    view_counts,
    waiting_count,
)
from backoffice.services.errors import ConflictError, PermissionDenied, ValidationError
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from tests.factories import make_staff, make_user

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def conversation(
    session: Session,
    customer_id: int,
    sujet: str = "Question",
    *,
    statut: str = "ouvert",
    messages: list[tuple[bool, bool, str]] = (),  # type: ignore[assignment]
    activity: datetime = T0,
    **fields: Any,
) -> Conversation:
    row = Conversation(
        id_utilisateur=customer_id,
        sujet=sujet,
        statut=statut,
        date_creation=activity - timedelta(hours=1),
        date_derniere_activite=activity,
        **fields,
    )
    session.add(row)
    session.flush()
    for k, (is_client, lu, text) in enumerate(messages):
        session.add(
            Message(
                id_conversation=row.id,
                id_utilisateur=customer_id if is_client else None,
                contenu=text,
                is_client=is_client,
                lu=lu,
                date_creation=activity - timedelta(minutes=30 - k),
            )
        )
    session.flush()
    return row


@pytest.fixture
def shop(db_session: Session) -> dict[str, Any]:
    agent = make_staff(db_session, RoleName.SUPPORT, prenom="Sophie")
    other = make_staff(db_session, RoleName.MANAGER, prenom="Marc")
    alice = make_user(db_session, nom="Lefèvre", prenom="Élodie", email="elodie@exemple.fr")
    bob = make_user(db_session, nom="Martin", prenom="Bob", email="bob@exemple.fr")
    order = Commande(
        id_utilisateur=alice.id, montant_total=10, reference="CMD-2026-0042", date_commande=T0
    )
    db_session.add(order)
    db_session.flush()
    waiting_old = conversation(
        db_session,
        alice.id,
        "Colis abîmé",
        messages=[
            (True, True, "Bonjour"),
            (False, True, "Désolé"),
            (True, False, "Le carton était écrasé"),
        ],
        activity=T0 - timedelta(days=2),
        type="commande",
        reference_commande=order.id,
    )
    waiting_new = conversation(
        db_session,
        bob.id,
        "Délai de livraison",
        messages=[(True, False, "Quand arrive ma théière ?"), (True, False, "Merci")],
        activity=T0 - timedelta(hours=3),
    )
    answered = conversation(
        db_session,
        bob.id,
        "Facture",
        statut="en_attente",
        messages=[(True, True, "Ma facture ?"), (False, True, "La voici")],
        activity=T0 - timedelta(days=1),
    )
    closed = conversation(
        db_session,
        alice.id,
        "Ancien sujet",
        statut="ferme",
        messages=[(True, False, "Merci beaucoup")],
        activity=T0 - timedelta(days=30),
    )
    return {
        "agent": agent,
        "other": other,
        "alice": alice,
        "bob": bob,
        "order": order,
        "waiting_old": waiting_old,
        "waiting_new": waiting_new,
        "answered": answered,
        "closed": closed,
    }


def ids(session: Session, actor: Staff, **filters: Any) -> list[int]:
    search = filters.pop("search", "")
    page = list_conversations(session, actor, ListQuery(search=search, filters=filters))
    return [row["id"] for row in page.rows]


def test_a_traiter_is_the_default_oldest_first_with_unread_counts(
    db_session: Session, shop: dict[str, Any]
) -> None:
    agent = shop["agent"]
    page = list_conversations(db_session, agent, ListQuery(filters={"vue": "a_traiter"}))
    assert [r["id"] for r in page.rows] == [shop["waiting_old"].id, shop["waiting_new"].id]
    first = page.rows[0]
    assert first["non_lus"] == 1 and first["commande_reference"] == "CMD-2026-0042"
    assert first["client_prenom"] == "Élodie" and first["id_agent"] is None
    assert page.rows[1]["non_lus"] == 2
    assert count_conversations(db_session, agent, ListQuery(filters={"vue": "a_traiter"})) == 2
    assert count_conversations(db_session, agent, ListQuery()) == 4
    assert ids(db_session, agent, vue="toutes") == [
        shop["waiting_new"].id,
        shop["answered"].id,
        shop["waiting_old"].id,
        shop["closed"].id,
    ]
    assert ids(db_session, agent, vue="ferme") == [shop["closed"].id]
    assert waiting_count(db_session, agent) == 2  # the closed conversation does not count


def test_view_counts(db_session: Session, shop: dict[str, Any]) -> None:
    agent = shop["agent"]
    assign(db_session, agent, shop["answered"].id, agent.id)
    counts = view_counts(db_session, agent)
    assert counts == {
        "a_traiter": 2,
        "mes": 1,
        "non_assignees": 3,
        "ouvert": 2,
        "en_attente": 1,
        "resolu": 0,
        "ferme": 1,
        "toutes": 4,
    }
    assert ids(db_session, agent, vue="mes") == [shop["answered"].id]
    assert shop["answered"].id not in ids(db_session, agent, vue="non_assignees")
    assert view_counts(db_session, shop["other"])["mes"] == 0
    # The same counts through one pass when a search or a filter applies.
    searched = count_views(db_session, agent, ListQuery(search="e", filters={"vue": "mes"}))
    assert searched["toutes"] == 4 and searched["mes"] == 1 and searched["a_traiter"] == 2
    assert count_views(db_session, agent, ListQuery(filters={"type": "commande"}))["toutes"] == 1


def test_search_subject_customer_reference_and_message_words_accents_ignored(
    db_session: Session, shop: dict[str, Any]
) -> None:
    agent = shop["agent"]
    everything = {"vue": "toutes"}
    assert ids(db_session, agent, search="abime", **everything) == [shop["waiting_old"].id]
    assert set(ids(db_session, agent, search="elodie", **everything)) == {
        shop["waiting_old"].id,
        shop["closed"].id,
    }
    assert ids(db_session, agent, search="CMD-2026-0042", **everything) == [shop["waiting_old"].id]
    # A word of a message only, with its accent left out.
    assert ids(db_session, agent, search="theiere", **everything) == [shop["waiting_new"].id]
    assert ids(db_session, agent, search="carton ecrase", **everything) == [shop["waiting_old"].id]
    assert ids(db_session, agent, search="theiere carton", **everything) == []


def test_filters_type_order_period(db_session: Session, shop: dict[str, Any]) -> None:
    agent = shop["agent"]
    assert ids(db_session, agent, vue="toutes", type="commande") == [shop["waiting_old"].id]
    assert ids(db_session, agent, vue="toutes", commande=shop["order"].id) == [
        shop["waiting_old"].id
    ]
    assert ids(db_session, agent, vue="toutes", reference="cmd-2026-0042") == [
        shop["waiting_old"].id
    ]
    assert ids(db_session, agent, vue="toutes", reference="CMD-2026") == []  # exact
    recent = ids(db_session, agent, vue="toutes", periode="7d")
    assert shop["closed"].id not in recent


def test_keyset_paging_continues_without_repeats(db_session: Session, shop: dict[str, Any]) -> None:
    agent = shop["agent"]
    query = ListQuery(filters={"vue": "toutes"}, limit=3)
    first = list_conversations(db_session, agent, query)
    assert len(first.rows) == 3 and first.has_more
    second = list_conversations(db_session, agent, query.continued(first.after))
    assert [r["id"] for r in second.rows] == [shop["closed"].id] and not second.has_more


def test_opening_marks_the_customer_messages_read_in_one_statement(
    db_session: Session, shop: dict[str, Any]
) -> None:
    agent = shop["agent"]
    conv = shop["waiting_new"]
    statements: list[str] = []

    from sqlalchemy import event

    def count_updates(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE MESSAGES"):
            statements.append(statement)

    engine = db_session.get_bind()
    event.listen(engine, "before_cursor_execute", count_updates)
    try:
        assert mark_read(db_session, agent, conv.id) == 2
    finally:
        event.remove(engine, "before_cursor_execute", count_updates)
    assert len(statements) == 1
    assert mark_read(db_session, agent, conv.id) == 0  # nothing left: nothing written
    thread = get_thread(db_session, agent, conv.id)
    assert all(m["lu"] for m in thread["messages"])
    assert changes.pending(db_session).touches_row("conversations", conv.id)
    assert ids(db_session, agent, vue="a_traiter") == [shop["waiting_old"].id]
    assert (
        db_session.scalar(
            select(func.count()).where(HistoriqueAction.type_action == "conversation_lue")
        )
        == 1
    )


def test_reply_writes_message_activity_status_and_audit(
    db_session: Session, shop: dict[str, Any], tmp_path: Path
) -> None:
    agent = shop["agent"]
    conv = shop["waiting_new"]
    root = AttachmentRoot(folder=str(tmp_path))
    message_id = reply(
        db_session,
        agent,
        conv.id,
        "Votre théière part demain.",
        seen_status="ouvert",
        files=[NewAttachment("../../suivi colis.pdf", b"%PDF-1.4 test")],
        root=root,
    )
    message = db_session.get(Message, message_id)
    assert message is not None
    assert (message.is_client, message.lu, message.id_utilisateur) == (False, True, agent.id)
    db_session.expire_all()
    row = db_session.get(Conversation, conv.id)
    assert row is not None and row.statut == "en_attente"
    assert row.date_derniere_activite > conv.date_creation
    piece = db_session.scalars(
        select(PieceJointe).where(PieceJointe.id_message == message_id)
    ).one()
    assert piece.nom_fichier == "suivi colis.pdf"
    assert piece.chemin_fichier.startswith("pieces-jointes/") and ".." not in piece.chemin_fichier
    assert (tmp_path / piece.chemin_fichier).read_bytes() == b"%PDF-1.4 test"
    audit_row = db_session.scalars(
        select(HistoriqueAction).where(HistoriqueAction.type_action == "conversation.reponse")
    ).one()
    assert '"en_attente"' in audit_row.details and str(message_id) in audit_row.details


def test_reply_is_all_or_nothing(
    db_session: Session, shop: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent = shop["agent"]
    conv = shop["waiting_new"]
    before = db_session.scalar(select(func.count(Message.id)))
    root = AttachmentRoot(folder=str(tmp_path))
    # A status the agent did not see: nothing written, no file left behind.
    with pytest.raises(ConflictError):
        reply(db_session, agent, conv.id, "Texte", seen_status="resolu", root=root)
    # A file over the shop's limit (10 Mo by default): refused before anything is written.
    big = NewAttachment("photo.jpg", b"\xff\xd8\xff" + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError) as caught:
        reply(
            db_session,
            agent,
            conv.id,
            "Texte",
            files=[NewAttachment("a.pdf", b"1"), big],
            root=root,
        )
    assert "fichier" in caught.value.errors
    # An empty reply and an unknown status.
    with pytest.raises(ValidationError):
        reply(db_session, agent, conv.id, "   ")
    with pytest.raises(ValidationError):
        reply(db_session, agent, conv.id, "Texte", statut="perdu")
    # The audit fails inside the transaction: the message and its file go too.
    reply_module = sys.modules["backoffice.services.conversations.reply"]

    def broken_audit(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("audit refused")

    monkeypatch.setattr(reply_module, "audit", broken_audit)
    with pytest.raises(RuntimeError), db_session.begin_nested():
        reply(
            db_session, agent, conv.id, "Texte", files=[NewAttachment("a.pdf", b"%PDF-")], root=root
        )
    monkeypatch.undo()
    assert db_session.scalar(select(func.count(Message.id))) == before
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    db_session.expire_all()
    assert db_session.get(Conversation, conv.id).statut == "ouvert"  # type: ignore[union-attr]


def test_reply_with_a_file_needs_a_folder(db_session: Session, shop: dict[str, Any]) -> None:
    url_only = AttachmentRoot(base_url="https://boutique.example/media")
    with pytest.raises(ValidationError) as caught:
        reply(
            db_session,
            shop["agent"],
            shop["waiting_new"].id,
            "Texte",
            files=[NewAttachment("a.pdf", b"%PDF-")],
            root=url_only,
        )
    assert "adresse web" in caught.value.errors["fichier"]


def test_set_status_is_a_compare_and_set(db_session: Session, shop: dict[str, Any]) -> None:
    agent = shop["agent"]
    conv = shop["answered"]
    with pytest.raises(ConflictError) as caught:
        set_status(db_session, agent, conv.id, "resolu", seen_status="ouvert")
    assert caught.value.current == {"statut": "en_attente"}
    set_status(db_session, agent, conv.id, "resolu", seen_status="en_attente")
    db_session.expire_all()
    assert db_session.get(Conversation, conv.id).statut == "resolu"  # type: ignore[union-attr]


def test_assignment_and_notes_are_never_messages(db_session: Session, shop: dict[str, Any]) -> None:
    agent, other = shop["agent"], shop["other"]
    conv = shop["waiting_old"]
    messages_before = db_session.scalar(select(func.count(Message.id)))
    assign(db_session, agent, conv.id, agent.id, seen_agent=None)
    with pytest.raises(ConflictError):
        assign(db_session, other, conv.id, other.id, seen_agent=None)  # taken meanwhile
    assign(db_session, other, conv.id, other.id, seen_agent=agent.id)
    employe = make_staff(db_session, RoleName.EMPLOYE)
    with pytest.raises(ValidationError):
        assign(db_session, agent, conv.id, employe.id)
    note_id = add_note(db_session, agent, conv.id, "Client fâché : rembourser le port")
    assert db_session.get(NoteConversation, note_id) is not None
    assert db_session.scalar(select(func.count(Message.id))) == messages_before
    thread = get_thread(db_session, agent, conv.id)
    assert [n["contenu"] for n in thread["notes"]] == ["Client fâché : rembourser le port"]
    assert all("rembourser" not in m["contenu"] for m in thread["messages"])
    assert thread["id_agent"] == other.id


def test_employe_is_refused(db_session: Session, shop: dict[str, Any]) -> None:
    employe = make_staff(db_session, RoleName.EMPLOYE)
    with pytest.raises(PermissionDenied):
        list_conversations(db_session, employe, ListQuery())
    with pytest.raises(PermissionDenied):
        get_thread(db_session, employe, shop["waiting_old"].id)
    with pytest.raises(PermissionDenied):
        reply(db_session, employe, shop["waiting_old"].id, "Bonjour")


def test_canned_reply_placeholders_stay_literal(db_session: Session, shop: dict[str, Any]) -> None:
    agent = shop["agent"]
    hostile = make_user(db_session, prenom="</b>{prénom}", nom="{{nom}}")
    conv = conversation(db_session, hostile.id, "Sujet <i>", messages=[(True, False, "?")])
    values = placeholder_values(db_session, agent, conv.id)
    text = fill_placeholders("Bonjour {prénom} {nom}, {{prénom}} — {agent} ({inconnu})", values)
    assert text == "Bonjour </b>{prénom} {{nom}}, {prénom} — Sophie ({inconnu})"
    order_values = placeholder_values(db_session, agent, shop["waiting_old"].id)
    assert fill_placeholders("Commande {référence}", order_values) == "Commande CMD-2026-0042"


def test_canned_replies_are_managed_in_the_database(
    db_session: Session, shop: dict[str, Any]
) -> None:
    agent = shop["agent"]
    reply_id = create_canned_reply(
        db_session, agent, {"titre": "Délai", "contenu": "Bonjour {prénom}, …", "est_actif": True}
    )
    with pytest.raises(ValidationError):
        create_canned_reply(db_session, agent, {"titre": "Délai", "contenu": "x"})
    listed = list_canned_replies(db_session, agent)
    assert [r["titre"] for r in listed] == ["Délai"]
    read = {k: listed[0][k] for k in ("titre", "contenu", "est_actif")}
    update_canned_reply(db_session, agent, reply_id, {**read, "est_actif": False}, read)
    assert list_canned_replies(db_session, agent) == []
    with pytest.raises(ConflictError):
        update_canned_reply(db_session, agent, reply_id, {**read, "contenu": "autre"}, read)


def test_staff_starts_a_conversation_for_a_customer(
    db_session: Session, shop: dict[str, Any]
) -> None:
    agent, alice, bob = shop["agent"], shop["alice"], shop["bob"]
    order = shop["order"]
    with pytest.raises(ValidationError) as caught:
        start_conversation(
            db_session, agent, bob.id, "Votre commande", "Bonjour", type="commande",
            commande_id=order.id,
        )  # fmt: skip
    assert "commande" in caught.value.errors
    conv_id = start_conversation(
        db_session, agent, alice.id, "Votre commande", "Bonjour Élodie", type="commande",
        commande_id=order.id,
    )  # fmt: skip
    thread = get_thread(db_session, agent, conv_id)
    assert thread["type"] == "commande" and thread["id_commande"] == order.id
    assert thread["statut"] == "en_attente" and thread["id_agent"] == agent.id
    assert [(m["is_client"], m["lu"]) for m in thread["messages"]] == [(False, True)]
    assert ids(db_session, agent, vue="toutes", commande=order.id)[0] == conv_id


def test_latest_activity_moves_when_a_message_arrives(
    db_session: Session, shop: dict[str, Any]
) -> None:
    agent = shop["agent"]
    before = latest_activity(db_session, agent)
    conversation(db_session, shop["bob"].id, "Nouveau", messages=[(True, False, "Bonjour")])
    assert latest_activity(db_session, agent) != before


def test_a_linked_quote_comes_with_its_number_once_sent(db_session: Session) -> None:
    from backoffice.models import DevisNumero
    from backoffice.services.conversations import get_thread
    from tests.quotes_factories import make_quote

    agent = make_staff(db_session, "support")
    customer = make_user(db_session)
    sent = make_quote(db_session, customer=customer)
    waiting = make_quote(db_session, customer=customer)
    db_session.add(DevisNumero(id_devis=sent.id, annee=2026, sequence=3, numero="D-2026-00003"))
    first = conversation(
        db_session, customer.id, "Mon devis", type="devis", reference_devis=sent.id
    )
    second = conversation(
        db_session, customer.id, "Ma demande", type="devis", reference_devis=waiting.id
    )
    page = list_conversations(db_session, agent, ListQuery(filters={"vue": "toutes"}))
    numbers = {row["id"]: row["devis_numero"] for row in page.rows}
    assert numbers == {first.id: "D-2026-00003", second.id: None}
    assert get_thread(db_session, agent, first.id)["devis_numero"] == "D-2026-00003"
