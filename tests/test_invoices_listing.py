"""The Factures tab's lists: pages read the documents alone, the search finds numbers,
orders and customers first (see ``services/invoices/listing.py``), on every server."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from backoffice.services.invoices import listing
from backoffice.services.invoices.credit_notes import issue_credit_note
from backoffice.services.invoices.issuing import issue_invoice
from backoffice.services.invoices.listing import (
    count_documents,
    documents_source,
    list_documents,
)
from backoffice.services.invoices.snapshot import DocumentKind
from backoffice.services.listing import ListQuery, fetch_page, page_statements
from backoffice.services.permissions import Staff
from tests.factories import make_staff
from tests.invoice_helpers import make_order, set_identity

FACTURE, AVOIR = DocumentKind.FACTURE, DocumentKind.AVOIR


def _invoices(session: Session) -> tuple[Staff, dict[str, tuple[int, str, str]]]:
    """Three invoiced orders: name -> (invoice id, invoice number, order reference)."""
    set_identity(session)
    actor = make_staff(session, "manager")
    made = {}
    for surname, first in (("Zéphyrin", "Éloïse"), ("Quartz", "Anatole"), ("Zéphyrin", "Bruno")):
        order = make_order(session, status="livree", customer_name=(surname, first))
        invoice_id = issue_invoice(session, actor, order.id)
        page = list_documents(session, actor, FACTURE, ListQuery(search=order.reference))
        made[first] = (invoice_id, page.rows[0]["numero"], order.reference)
    return actor, made


def _ids(session: Session, actor: Staff, kind: DocumentKind, query: ListQuery) -> set[int]:
    return {row["id"] for row in list_documents(session, actor, kind, query).rows}


def test_search_by_customer_every_word_accents_ignored(db_session: Session) -> None:
    actor, made = _invoices(db_session)
    eloise, bruno = made["Éloïse"][0], made["Bruno"][0]
    assert _ids(db_session, actor, FACTURE, ListQuery(search="zephyrin")) == {eloise, bruno}
    assert _ids(db_session, actor, FACTURE, ListQuery(search="ZÉPHYRIN eloise")) == {eloise}
    assert _ids(db_session, actor, FACTURE, ListQuery(search="zephyrin anatole")) == set()
    assert count_documents(db_session, actor, FACTURE, ListQuery(search="zephyrin")) == 2
    row = list_documents(db_session, actor, FACTURE, ListQuery(search="quartz")).rows[0]
    assert row["client"] == "Anatole Quartz" and row["id"] == made["Anatole"][0]


def test_search_by_reference_and_by_whole_number(db_session: Session) -> None:
    actor, made = _invoices(db_session)
    invoice_id, number, reference = made["Anatole"]
    assert _ids(db_session, actor, FACTURE, ListQuery(search=reference)) == {invoice_id}
    assert _ids(db_session, actor, FACTURE, ListQuery(search=number)) == {invoice_id}
    # Typed in small letters: the number's capitals are tried too.
    assert _ids(db_session, actor, FACTURE, ListQuery(search=number.lower())) == {invoice_id}
    assert count_documents(db_session, actor, FACTURE, ListQuery(search=number)) == 1
    assert _ids(db_session, actor, FACTURE, ListQuery(search=number + "9")) == set()


def test_credit_notes_by_their_number_the_invoice_credited_and_the_customer(
    db_session: Session,
) -> None:
    actor, made = _invoices(db_session)
    invoice_id, invoice_number, _ = made["Bruno"]
    credit_id = issue_credit_note(db_session, actor, invoice_id, "Geste", amount=Decimal("2.00"))
    credit = list_documents(db_session, actor, AVOIR, ListQuery(search="bruno")).rows
    assert [row["id"] for row in credit] == [credit_id]
    assert credit[0]["numero_facture"] == invoice_number
    by_own_number = ListQuery(search=credit[0]["numero"])
    assert _ids(db_session, actor, AVOIR, by_own_number) == {credit_id}
    assert _ids(db_session, actor, AVOIR, ListQuery(search=invoice_number)) == {credit_id}
    assert _ids(db_session, actor, AVOIR, ListQuery(search="anatole")) == set()


@pytest.mark.parametrize("sort", ["client", "reference_commande", "numero", "montant_ttc"])
def test_pages_follow_each_other_in_every_sort(db_session: Session, sort: str) -> None:
    actor, made = _invoices(db_session)
    ours = {invoice_id for invoice_id, _, _ in made.values()}
    query = ListQuery(search="zephyrin", sort=sort, limit=1)
    seen: list[int] = []
    page = list_documents(db_session, actor, FACTURE, query)
    while True:
        seen += [row["id"] for row in page.rows]
        if not page.has_more:
            break
        page = list_documents(db_session, actor, FACTURE, query.continued(page.after))
    assert sorted(seen) == sorted(ours - {made["Anatole"][0]})
    whole = list_documents(db_session, actor, FACTURE, ListQuery(sort=sort, limit=1000)).rows
    assert ours <= {row["id"] for row in whole}
    if sort == "client":
        names = [row["client"].split()[-1].lower() for row in whole if row["id"] in ours]
        assert names == sorted(names, key=lambda n: n.replace("é", "e"))


def test_without_a_session_or_past_the_id_lists_the_search_is_the_same(
    db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    actor, made = _invoices(db_session)
    expected = {made["Éloïse"][0], made["Bruno"][0]}
    plain = fetch_page(db_session, documents_source(FACTURE), ListQuery(search="zephyrin"))
    assert {row["id"] for row in plain.rows} == expected
    # More matches than MAX_MATCHED_IDS: subqueries instead of lists of ids.
    monkeypatch.setattr(listing, "MAX_MATCHED_IDS", 0)
    assert _ids(db_session, actor, FACTURE, ListQuery(search="zephyrin")) == expected
    number = made["Anatole"][1]
    assert _ids(db_session, actor, FACTURE, ListQuery(search=number)) == {made["Anatole"][0]}


def test_a_page_picks_its_ids_from_the_documents_alone(db_session: Session) -> None:
    dialect = db_session.get_bind().dialect
    for kind in (FACTURE, AVOIR):
        for statement in page_statements(documents_source(kind), ListQuery(), 201, dialect):
            sql = str(statement.compile(dialect=dialect))
            inner = sql[sql.index("JOIN (SELECT") : sql.index(") AS page")]
            assert "commandes" not in inner and "utilisateurs" not in inner, inner
    # Sorting by customer joins the order and the customer for that sort only.
    by_client = ListQuery(sort="client")
    sql = str(page_statements(documents_source(FACTURE), by_client, 201)[0].compile())
    assert "client_trie" in sql[sql.index("JOIN (SELECT") : sql.index(") AS page")]
