"""Editing a customer's own fields and addresses: validation, compare-and-set, audit.

Only the columns of :data:`~.listing.CUSTOMER_COLUMNS` and :data:`~.listing.ADDRESS_COLUMNS`
are read for an edit or written: never the password, two-factor fields, backup code or role.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice import labels
from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Adresse, Utilisateur
from backoffice.services.audit import audit
from backoffice.services.concurrency import conflict, differing, raw_values, unchanged_since_read
from backoffice.services.customers.listing import (
    ADDRESS_COLUMNS,
    ADDRESS_FIELDS,
    CUSTOMER_COLUMNS,
    CUSTOMER_FIELDS,
    client_role_id,
)
from backoffice.services.errors import NotFound, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, require

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_LENGTHS = {
    "nom": 100,
    "prenom": 100,
    "email": 255,
    "telephone": 30,
    "code_postal": 20,
    "ville": 100,
    "nom_adresse": 100,
    "nom_complet": 200,
    "rue": 255,
    "complement": 255,
    "pays": 100,
}


def _clean(values: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The submitted values of ``fields``, stripped; blank text is NULL."""
    clean: dict[str, Any] = {}
    for name in fields:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip() or None
        clean[name] = value
    return clean


def _too_long(clean: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, value in clean.items():
        limit = _MAX_LENGTHS.get(name)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            errors[name] = QT_TRANSLATE_NOOP("customers", "{count} caractères au plus.").format(
                count=limit
            )
    return errors


def validate_customer(values: Mapping[str, Any]) -> dict[str, str]:
    """The customer form's checks that need no database (the e-mail's uniqueness is
    checked on save)."""
    clean = _clean(values, CUSTOMER_FIELDS)
    errors = _too_long(clean)
    email = clean.get("email")
    if not email:
        errors["email"] = QT_TRANSLATE_NOOP("customers", "L'e-mail est obligatoire.")
    elif not _EMAIL.match(email):
        errors["email"] = QT_TRANSLATE_NOOP(
            "customers", "Cet e-mail n'est pas valide (exemple : nom@domaine.fr)."
        )
    return errors


def validate_address(values: Mapping[str, Any]) -> dict[str, str]:
    """The address form's checks."""
    return _too_long(_clean(values, ADDRESS_FIELDS))


def _customer_row(session: Session, customer_id: int, *, lock: bool = False) -> Any:
    stmt = select(*CUSTOMER_COLUMNS).where(
        Utilisateur.id == customer_id, Utilisateur.idRole == client_role_id
    )
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).first()


def _customer_not_found() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("customers", "Ce client n'existe pas ou plus."))


def get_customer_form(session: Session, actor: Staff, customer_id: int) -> dict[str, Any]:
    """The customer's own editable fields (the edit form's record)."""
    require(actor, Permission.CUSTOMERS_VIEW)
    row = _customer_row(session, customer_id)
    if row is None:
        raise _customer_not_found()
    return {"id": customer_id, **row._asdict()}


def _email_taken(session: Session, email: str, customer_id: int) -> bool:
    return (
        session.execute(
            select(Utilisateur.id).where(
                func.lower(Utilisateur.email) == email.lower(), Utilisateur.id != customer_id
            )
        ).first()
        is not None
    )


def _email_taken_error() -> ValidationError:
    return ValidationError(
        {"email": QT_TRANSLATE_NOOP("customers", "Cet e-mail est déjà celui d'un autre compte.")}
    )


def _customer_name(values: Mapping[str, Any]) -> str:
    name = " ".join(p for p in (values.get("prenom"), values.get("nom")) if p)
    return name or str(values.get("email") or "")


@mutation(Permission.CUSTOMERS_EDIT)
def update_customer(
    session: Session,
    actor: Staff,
    customer_id: int,
    values: Mapping[str, Any],
    read: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Save the customer's own fields, unless one changed since ``read``; the saved fields.

    A compare-and-set on every field read (``read`` is the form's record, ``None``:
    overwrite without checking); the e-mail must be valid and nobody else's. Only the
    changed fields are written and audited (``client.modification``).
    """
    errors = validate_customer(values)
    if errors:
        raise ValidationError(errors)
    row = _customer_row(session, customer_id, lock=True)
    if row is None:
        raise _customer_not_found()
    current = row._asdict()
    clean = _clean(values, CUSTOMER_FIELDS)
    if clean["email"] and _email_taken(session, clean["email"], customer_id):
        raise _email_taken_error()
    if read is not None and differing(read, current, CUSTOMER_FIELDS):
        raise _customer_conflict(current, clean)
    after = {name: clean[name] for name in CUSTOMER_FIELDS if clean[name] != current[name]}
    if not after:
        return {"id": customer_id, **current}
    before = {name: current[name] for name in after}
    stmt = (
        update(Utilisateur)
        .where(
            Utilisateur.id == customer_id,
            *unchanged_since_read(raw_values(row, CUSTOMER_COLUMNS)),
        )
        .values(**after)
        .execution_options(synchronize_session=False)
    )
    try:
        with session.begin_nested():
            result = session.execute(stmt)
    except IntegrityError as exc:
        raise _email_taken_error() from exc
    if result.rowcount != 1:  # type: ignore[attr-defined]
        latest = _customer_row(session, customer_id)
        if latest is None:
            raise _customer_not_found()
        raise _customer_conflict(latest._asdict(), clean)
    audit(
        session,
        actor,
        "client.modification",
        {"id_utilisateur": customer_id, "nom": _customer_name({**current, **after})},
        before=before,
        after=after,
    )
    return get_customer_form(session, actor, customer_id)


def _customer_conflict(current: Mapping[str, Any], mine: Mapping[str, Any]) -> Any:
    return conflict(
        QT_TRANSLATE_NOOP("customers", "Le client « {name} »").format(name=_customer_name(current)),
        current,
        mine,
        CUSTOMER_FIELDS,
        labels=labels.CUSTOMER_FIELD_LABELS,
    )


def _address_row(session: Session, address_id: int, *, lock: bool = False) -> Any:
    stmt = (
        select(Adresse.id_utilisateur, *ADDRESS_COLUMNS)
        .join(Utilisateur, Utilisateur.id == Adresse.id_utilisateur)
        .where(Adresse.id == address_id, Utilisateur.idRole == client_role_id)
    )
    if lock:
        stmt = stmt.with_for_update(of=Adresse)
    return session.execute(stmt).first()


def _address_not_found() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("customers", "Cette adresse n'existe pas ou plus."))


def _address_dict(address_id: int, row: Any) -> dict[str, Any]:
    values = row._asdict()
    values["is_default"] = bool(values["is_default"])
    return {"id": address_id, **values}


def get_customer_address(session: Session, actor: Staff, address_id: int) -> dict[str, Any]:
    """One of a customer's addresses (the address form's record)."""
    require(actor, Permission.CUSTOMERS_VIEW)
    row = _address_row(session, address_id)
    if row is None:
        raise _address_not_found()
    return _address_dict(address_id, row)


@mutation(Permission.CUSTOMERS_EDIT)
def update_customer_address(
    session: Session,
    actor: Staff,
    address_id: int,
    values: Mapping[str, Any],
    read: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Save one of a customer's addresses: compare-and-set on the values read, audited
    (``client.adresse.modification``); made the default, the customer's other addresses
    stop being it."""
    errors = validate_address(values)
    if errors:
        raise ValidationError(errors)
    row = _address_row(session, address_id, lock=True)
    if row is None:
        raise _address_not_found()
    current = _address_dict(address_id, row)
    clean = _clean(values, ADDRESS_FIELDS)
    clean["is_default"] = bool(clean["is_default"])
    if read is not None and differing(read, current, ADDRESS_FIELDS):
        raise _address_conflict(current, clean)
    after = {name: clean[name] for name in ADDRESS_FIELDS if clean[name] != current[name]}
    if not after:
        return current
    before = {name: current[name] for name in after}
    result = session.execute(
        update(Adresse)
        .where(Adresse.id == address_id, *unchanged_since_read(raw_values(row, ADDRESS_COLUMNS)))
        .values(**after, date_modification=func.now())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        latest = _address_row(session, address_id)
        if latest is None:
            raise _address_not_found()
        raise _address_conflict(_address_dict(address_id, latest), clean)
    if after.get("is_default"):
        session.execute(
            update(Adresse)
            .where(
                Adresse.id_utilisateur == row.id_utilisateur,
                Adresse.id != address_id,
                Adresse.is_default.is_(True),
            )
            .values(is_default=False)
            .execution_options(synchronize_session=False)
        )
    audit(
        session,
        actor,
        "client.adresse.modification",
        {"id_utilisateur": row.id_utilisateur, "id_adresse": address_id},
        before=before,
        after=after,
    )
    return get_customer_address(session, actor, address_id)


def _address_conflict(current: Mapping[str, Any], mine: Mapping[str, Any]) -> Any:
    return conflict(
        QT_TRANSLATE_NOOP("customers", "L'adresse « {name} »").format(
            name=current.get("nom_adresse") or current.get("rue") or ""
        ),
        current,
        mine,
        ADDRESS_FIELDS,
        labels=labels.ADDRESS_FIELD_LABELS,
        feminine=True,
    )
