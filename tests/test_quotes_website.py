"""Quotes and services on databases the shop's website made (ENUM types, naive Paris
times, second-precision DATETIME), adopted with ``db upgrade``: the queue, the workflow
with its number table beside the website's ``devis``, the services catalogue."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import text

from backoffice.services import prestations, quotes
from backoffice.services.listing import ListQuery
from tests.test_website_runtime import Site, close_to_now, sign_in, site  # noqa: F401


def test_queue_workflow_and_numbers_on_the_websites_schema(site: Site) -> None:  # noqa: F811
    staff = sign_in(site)
    with site.factory() as session:
        page = quotes.list_quotes(session, staff, ListQuery(filters={"statut": "en_cours"}))
        assert [r["id"] for r in page.rows] == [1]
        found = quotes.list_quotes(session, staff, ListQuery(search="ecran fissure"))
        assert [r["id"] for r in found.rows] == [2]  # accents ignored
        counts = quotes.count_quotes_by_status(session, staff, ListQuery())
        assert (counts["en_cours"], counts["termine"], counts["en_attente"]) == (1, 1, 0)
        quote = quotes.get_quote(session, staff, 1)
        assert quote.montant_estime == Decimal("89.00")
        first_answer = site.wall_clock("devis", "date_reponse", 1)
        answered = quotes.save_answer(session, staff, 1, Decimal("95.50"), "Mardi.", quote)
        sent = quotes.send_quote(session, staff, 1, answered)
        session.commit()
    assert sent.numero is not None and sent.numero.startswith("D-")
    # date_reponse was set by the website already: never moved.
    assert site.wall_clock("devis", "date_reponse", 1) == first_answer
    # A new request from the website, then rejected here: the answer time is written as
    # the website writes its own (Paris wall clock).
    table = "`devis`" if site.is_mysql else "devis"
    with site.engine.begin() as connection:
        connection.execute(
            text(
                f"INSERT INTO {table} (id, id_utilisateur, id_service, description_demande,"
                " statut, date_demande) VALUES (3, 6, 2, 'Clavier cassé', 'en_attente',"
                " '2026-10-25 02:30:00')"
            )
        )
    with site.factory() as session:
        waiting = quotes.get_quote(session, staff, 3)
        assert waiting.statut == "en_attente"
        rejected = quotes.reject_quote(session, staff, 3, "Pièce introuvable.", waiting)
        session.commit()
    assert rejected.statut == "rejete"
    assert close_to_now(site.wall_clock("devis", "date_reponse", 3))
    assert site.raw("SELECT statut FROM devis WHERE id = 3") == "rejete"
    assert site.raw("SELECT count(*) FROM devis_numeros") == 1


def test_services_catalogue_on_the_websites_schema(site: Site) -> None:  # noqa: F811
    staff = sign_in(site)
    with site.factory() as session:
        page = prestations.list_services(session, staff, ListQuery())
        assert {r["nom"] for r in page.rows} >= {"Installation à domicile", "Réparation"}
        read = prestations.get_service(session, staff, 2)
        saved = prestations.update_service(
            session, staff, 2, replace(read, prix_base=Decimal("42.00")), read
        )
        assert saved.prix_base == Decimal("42.00")
        try:
            prestations.delete_service(session, staff, 2)
        except prestations.ServiceHasQuotes as refused:
            assert refused.quotes >= 1
        else:  # pragma: no cover - the assertion explains
            raise AssertionError("a service with quotes was deleted")
        assert prestations.set_service_active(session, staff, 2, False)
        session.commit()
    assert site.raw("SELECT count(*) FROM services WHERE id = 2") == 1
