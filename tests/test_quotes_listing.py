"""The Devis queue's list: default order, filters (status, service, period, unanswered for
N days), search (customer's name and e-mail, service, request; accents ignored), counts
per status, paging. On SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from backoffice.models import utcnow
from backoffice.services.errors import PermissionDenied
from backoffice.services.listing import ListQuery
from backoffice.services.quotes import count_quotes, count_quotes_by_status, list_quotes
from tests.factories import make_staff, make_user
from tests.quotes_factories import make_quote, make_service


def _setup(session: Session) -> dict[str, int]:
    now = utcnow()
    hotte = make_service(session, "Pose de hotte")
    velo = make_service(session, "Révision vélo")
    zoe = make_user(session, "client", nom="Müller", prenom="Zoé", email="zoe.muller@exemple.fr")
    paul = make_user(session, "client", nom="Durand", prenom="Paul", email="paul@exemple.fr")
    ids = {
        "old": make_quote(
            session,
            customer=zoe,
            service=hotte,
            date_demande=now - timedelta(days=40),
            description="Hotte aspirante à fixer au plafond",
        ).id,
        "mid": make_quote(
            session,
            customer=paul,
            service=velo,
            date_demande=now - timedelta(days=5),
            description="Dérailleur qui saute",
        ).id,
        "new": make_quote(
            session,
            customer=paul,
            service=hotte,
            date_demande=now - timedelta(hours=3),
            description="Remplacer le filtre",
        ).id,
        "open": make_quote(
            session,
            customer=zoe,
            service=velo,
            statut="en_cours",
            date_demande=now - timedelta(days=10),
            montant_estime=Decimal("60.00"),
        ).id,
        "done": make_quote(
            session,
            customer=zoe,
            statut="termine",
            date_demande=now - timedelta(days=60),
            date_reponse=now - timedelta(days=59),
            montant_estime=Decimal("10.00"),
        ).id,
    }
    ids["hotte"], ids["velo"] = hotte.id, velo.id
    return ids


def _ids(session: Session, actor, **query: object) -> list[int]:  # type: ignore[no-untyped-def]
    return [r["id"] for r in list_quotes(session, actor, ListQuery(**query)).rows]  # type: ignore[arg-type]


def test_filters_search_and_counts(db_session: Session) -> None:
    admin = make_staff(db_session)
    ids = _setup(db_session)
    waiting = {"statut": "en_attente"}
    assert _ids(db_session, admin, filters=waiting) == [ids["old"], ids["mid"], ids["new"]]
    assert _ids(db_session, admin, filters={**waiting, "id_service": ids["hotte"]}) == [
        ids["old"],
        ids["new"],
    ]
    assert _ids(db_session, admin, filters={"periode": 7}) == [ids["mid"], ids["new"]]
    late = {"sans_reponse_depuis": 3}
    assert _ids(db_session, admin, filters=late) == [ids["old"], ids["open"], ids["mid"]]
    assert _ids(db_session, admin, search="muller") == [ids["done"], ids["old"], ids["open"]]
    assert _ids(db_session, admin, search="paul@exemple.fr") == [ids["mid"], ids["new"]]
    assert _ids(db_session, admin, search="revision") == [ids["open"], ids["mid"]]
    assert _ids(db_session, admin, search="derailleur") == [ids["mid"]]
    assert _ids(db_session, admin, search="aspirante zoé") == [ids["old"]]
    assert count_quotes(db_session, admin, ListQuery(filters=waiting)) == 3
    counts = count_quotes_by_status(db_session, admin, ListQuery(filters=waiting))
    assert counts == {"en_attente": 3, "en_cours": 1, "termine": 1, "rejete": 0, "": 5}
    by_service = count_quotes_by_status(
        db_session, admin, ListQuery(filters={"id_service": ids["velo"]})
    )
    assert (by_service["en_attente"], by_service["en_cours"]) == (1, 1)
    row = list_quotes(db_session, admin, ListQuery(filters={"statut": "en_cours"})).rows[0]
    assert row["client"] == "Zoé Müller" and row["service"] == "Révision vélo"
    assert row["montant_estime"] == Decimal("60.00") and row["numero"] is None


def test_pages_follow_each_other(db_session: Session) -> None:
    admin = make_staff(db_session)
    _setup(db_session)
    query = ListQuery(limit=2)
    seen: list[int] = []
    page = list_quotes(db_session, admin, query)
    seen += [r["id"] for r in page.rows]
    while page.has_more:
        page = list_quotes(db_session, admin, query.continued(page.after))
        seen += [r["id"] for r in page.rows]
    assert seen == _ids(db_session, admin) and len(seen) == 5
    descending = _ids(db_session, admin, sort="date_demande", descending=True)
    assert descending == list(reversed(seen))


def test_a_client_cannot_list(db_session: Session) -> None:
    from backoffice.services.permissions import Staff

    user = make_user(db_session, "client")
    client = Staff(id=user.id, email=user.email, role="client")
    for service in (list_quotes, count_quotes, count_quotes_by_status):
        try:
            service(db_session, client, ListQuery())
        except PermissionDenied:
            continue
        raise AssertionError(service.__name__)
