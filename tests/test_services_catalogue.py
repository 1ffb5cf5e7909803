"""The services catalogue (``services``): list, validation, create / update with
compare-and-set, activation, delete only without quotes, audit, permissions. On SQLite,
PostgreSQL and MariaDB."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backoffice.models import HistoriqueAction, Service
from backoffice.services.errors import PermissionDenied, ValidationError
from backoffice.services.listing import ListQuery
from backoffice.services.prestations import (
    ServiceConflict,
    ServiceData,
    ServiceHasQuotes,
    count_services,
    create_service,
    delete_service,
    get_service,
    list_services,
    service_choices,
    set_service_active,
    update_service,
    validate_service,
)
from tests.factories import make_staff
from tests.quotes_factories import make_quote


def valid(**fields: object) -> ServiceData:
    return replace(ServiceData(nom="Montage de meuble", prix_base=Decimal("49.90")), **fields)


def test_validation_follows_the_product_rules() -> None:
    assert validate_service(valid()) == {}
    assert "nom" in validate_service(valid(nom="  "))
    assert "nom" in validate_service(valid(nom="x" * 256))
    for bad in (None, Decimal("-0.01"), Decimal("1.001"), Decimal("Infinity"), 12.5, True):
        assert "prix_base" in validate_service(valid(prix_base=bad)), bad
    assert validate_service(valid(prix_base=Decimal("0"))) == {}
    assert "image_url" in validate_service(valid(image_url="x" * 501))


def test_crud_audit_and_list(db_session: Session) -> None:
    admin = make_staff(db_session)
    service_id = create_service(db_session, admin, valid(nom="  Pose de hotte ", image_url=" "))
    read = get_service(db_session, admin, service_id)
    assert (read.nom, read.image_url, read.prix_base) == ("Pose de hotte", None, Decimal("49.90"))
    saved = update_service(
        db_session, admin, service_id, replace(read, prix_base=Decimal("59")), read
    )
    assert saved.prix_base == Decimal("59.00") and isinstance(saved.prix_base, Decimal)
    page = list_services(db_session, admin, ListQuery(search="hotte"))
    assert [r["id"] for r in page.rows] == [service_id]
    assert count_services(db_session, admin, ListQuery(filters={"est_actif": True})) >= 1
    assert (service_id, "Pose de hotte") in service_choices(db_session, admin)
    kinds = list(
        db_session.scalars(
            select(HistoriqueAction.type_action).where(
                HistoriqueAction.type_action.like("service.%")
            )
        )
    )
    assert kinds == ["service.creation", "service.modification"]
    details = json.loads(
        db_session.scalars(
            select(HistoriqueAction.details).where(
                HistoriqueAction.type_action == "service.modification"
            )
        ).one()
    )
    assert details["avant"] == {"prix_base": "49.90"} and details["apres"] == {"prix_base": "59.00"}
    delete_service(db_session, admin, service_id)
    assert db_session.get(Service, service_id) is None


def test_invalid_values_write_nothing(db_session: Session) -> None:
    admin = make_staff(db_session)
    before = db_session.scalar(select(func.count()).select_from(Service))
    with pytest.raises(ValidationError) as caught:
        create_service(db_session, admin, valid(nom="", prix_base=Decimal("-5")))
    assert set(caught.value.errors) == {"nom", "prix_base"}
    assert db_session.scalar(select(func.count()).select_from(Service)) == before


def test_no_lost_update(db_session: Session) -> None:
    admin = make_staff(db_session)
    service_id = create_service(db_session, admin, valid())
    read = get_service(db_session, admin, service_id)
    # The website (or a colleague) changes the description without touching updated_at.
    db_session.execute(
        update(Service).where(Service.id == service_id).values(description="Sur place")
    )
    with pytest.raises(ServiceConflict) as caught:
        update_service(db_session, admin, service_id, replace(read, nom="Autre"), read)
    assert caught.value.differences == ["nom", "description"]
    assert caught.value.current_data.description == "Sur place"
    assert get_service(db_session, admin, service_id).nom == "Montage de meuble"
    # Keeping my values against the new version works.
    current = caught.value.current_data
    saved = update_service(db_session, admin, service_id, replace(current, nom="Autre"), current)
    assert (saved.nom, saved.description) == ("Autre", "Sur place")


def test_a_service_with_quotes_is_deactivated_never_deleted(db_session: Session) -> None:
    admin = make_staff(db_session)
    service_id = create_service(db_session, admin, valid(nom="Réparation"))
    service = db_session.get(Service, service_id)
    make_quote(db_session, service=service)
    make_quote(db_session, service=service)
    with pytest.raises(ServiceHasQuotes) as caught:
        delete_service(db_session, admin, service_id)
    assert caught.value.quotes == 2
    assert "2 devis" in caught.value.message and "désactiver" in caught.value.message
    assert get_service(db_session, admin, service_id).nb_devis == 2
    assert set_service_active(db_session, admin, service_id, False) is True
    assert set_service_active(db_session, admin, service_id, False) is False
    assert get_service(db_session, admin, service_id).est_actif is False
    assert db_session.get(Service, service_id) is not None


def test_support_reads_but_cannot_edit(db_session: Session) -> None:
    admin = make_staff(db_session)
    service_id = create_service(db_session, admin, valid())
    support = make_staff(db_session, "support")
    read = get_service(db_session, support, service_id)
    with pytest.raises(PermissionDenied):
        update_service(db_session, support, service_id, replace(read, nom="X"), read)
    with pytest.raises(PermissionDenied):
        delete_service(db_session, support, service_id)
    with pytest.raises(PermissionDenied):
        set_service_active(db_session, support, service_id, False)
    assert get_service(db_session, admin, service_id).nom == "Montage de meuble"
