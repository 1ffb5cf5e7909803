"""Editing a customer's own fields and addresses: audit, conflicts, e-mail uniqueness,
permissions, and the fields that can never be changed from the back-office."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backoffice.models import Adresse, HistoriqueAction, RoleName, Utilisateur
from backoffice.services.customers import (
    customer_detail,
    get_customer_address,
    get_customer_form,
    update_customer,
    update_customer_address,
)
from backoffice.services.errors import ConflictError, PermissionDenied, ValidationError
from tests.factories import make_staff, make_user


def _customer(session: Session) -> Utilisateur:
    user = make_user(
        session,
        email="georges@exemple.fr",
        nom="Albert",
        prenom="Georges",
        telephone="0102030405",
        ville="Lyon",
        two_factor_secret="SECRET",
        two_factor_enabled=True,
        backup_code="hash-of-code",
    )
    session.add(
        Adresse(id_utilisateur=user.id, nom_adresse="Maison", rue="1 rue Neuve", is_default=True)
    )
    session.flush()
    return user


def test_update_writes_changed_fields_with_audit(db_session: Session) -> None:
    admin = make_staff(db_session)
    user = _customer(db_session)
    read = get_customer_form(db_session, admin, user.id)
    saved = update_customer(
        db_session, admin, user.id, {**read, "telephone": " 0611223344 ", "ville": ""}, read
    )
    assert saved["telephone"] == "0611223344" and saved["ville"] is None
    row = db_session.execute(
        select(HistoriqueAction).where(HistoriqueAction.type_action == "client.modification")
    ).scalar_one()
    details = json.loads(row.details or "{}")
    assert details["id_utilisateur"] == user.id and row.id_utilisateur == admin.id
    assert details["avant"] == {"telephone": "0102030405", "ville": "Lyon"}
    assert details["apres"] == {"telephone": "0611223344", "ville": None}


def test_conflict_when_the_website_changed_a_field(db_session: Session) -> None:
    admin = make_staff(db_session)
    user = _customer(db_session)
    read = get_customer_form(db_session, admin, user.id)
    db_session.execute(
        update(Utilisateur).where(Utilisateur.id == user.id).values(adresse="2 place du Marché")
    )
    with pytest.raises(ConflictError) as caught:
        update_customer(db_session, admin, user.id, {**read, "telephone": "0699"}, read)
    # The fields where the user's values and the current ones differ.
    assert caught.value.differences == ["telephone", "adresse"]
    assert caught.value.current["adresse"] == "2 place du Marché"
    phone = db_session.scalar(select(Utilisateur.telephone).where(Utilisateur.id == user.id))
    assert phone == "0102030405"


def test_email_must_be_valid_and_nobody_elses(db_session: Session) -> None:
    admin = make_staff(db_session)
    user = _customer(db_session)
    make_user(db_session, email="pris@exemple.fr")
    read = get_customer_form(db_session, admin, user.id)
    with pytest.raises(ValidationError) as caught:
        update_customer(db_session, admin, user.id, {**read, "email": "PRIS@exemple.fr"}, read)
    assert set(caught.value.errors) == {"email"}
    with pytest.raises(ValidationError) as caught:
        update_customer(db_session, admin, user.id, {**read, "email": "pas-un-mail"}, read)
    assert set(caught.value.errors) == {"email"}
    email = db_session.scalar(select(Utilisateur.email).where(Utilisateur.id == user.id))
    assert email == "georges@exemple.fr"


@pytest.mark.parametrize("role", [RoleName.EMPLOYE, RoleName.SUPPORT])
def test_members_without_customers_edit_are_refused(db_session: Session, role: str) -> None:
    user = _customer(db_session)
    member = make_staff(db_session, role)
    read = get_customer_form(db_session, member, user.id)  # viewing stays allowed
    with pytest.raises(PermissionDenied):
        update_customer(db_session, member, user.id, {**read, "ville": "Nice"}, read)
    address = customer_detail(db_session, member, user.id)["addresses"][0]
    with pytest.raises(PermissionDenied):
        update_customer_address(db_session, member, address["id"], address, address)


def test_protected_fields_are_never_read_nor_written(db_session: Session) -> None:
    admin = make_staff(db_session)
    user = _customer(db_session)
    read = get_customer_form(db_session, admin, user.id)
    assert set(read) == {
        "id", "nom", "prenom", "email", "telephone", "adresse", "code_postal", "ville"
    }  # fmt: skip
    attempt = {
        **read,
        "password": "x",
        "two_factor_secret": None,
        "two_factor_enabled": False,
        "backup_code": None,
        "idRole": make_staff(db_session).id,
        "nom": "Albert-Martin",
    }
    update_customer(db_session, admin, user.id, attempt, read)
    row = db_session.execute(
        select(
            Utilisateur.password,
            Utilisateur.two_factor_secret,
            Utilisateur.two_factor_enabled,
            Utilisateur.backup_code,
            Utilisateur.idRole,
            Utilisateur.nom,
        ).where(Utilisateur.id == user.id)
    ).one()
    assert row.password == user.password and row.two_factor_secret == "SECRET"
    assert row.two_factor_enabled and row.backup_code == "hash-of-code"
    assert row.idRole == user.idRole and row.nom == "Albert-Martin"


def test_address_update_audit_default_and_conflict(db_session: Session) -> None:
    admin = make_staff(db_session)
    user = _customer(db_session)
    other = Adresse(id_utilisateur=user.id, nom_adresse="Bureau", rue="5 quai Ouest")
    db_session.add(other)
    db_session.flush()
    read = get_customer_address(db_session, admin, other.id)
    saved = update_customer_address(
        db_session, admin, other.id, {**read, "ville": "Lyon", "is_default": True}, read
    )
    assert saved["ville"] == "Lyon" and saved["is_default"] is True
    addresses = customer_detail(db_session, admin, user.id)["addresses"]
    assert [(a["nom_adresse"], a["is_default"]) for a in addresses] == [
        ("Bureau", True),
        ("Maison", False),
    ]
    audit_row = db_session.execute(
        select(HistoriqueAction).where(
            HistoriqueAction.type_action == "client.adresse.modification"
        )
    ).scalar_one()
    assert json.loads(audit_row.details or "{}")["apres"] == {"ville": "Lyon", "is_default": True}

    db_session.execute(update(Adresse).where(Adresse.id == other.id).values(rue="6 quai Ouest"))
    with pytest.raises(ConflictError) as caught:
        update_customer_address(db_session, admin, other.id, {**saved, "pays": "France"}, saved)
    assert caught.value.differences == ["rue", "pays"]
