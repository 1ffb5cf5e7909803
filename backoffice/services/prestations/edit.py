"""One service of the catalogue: read, create, update (compare-and-set on the values read),
activate/deactivate, and delete — only a service no quote refers to.

A service with quotes is deactivated, never deleted: each quote keeps the service the
customer asked for (the website's ``devis.id_service`` would otherwise point at nothing,
and the quote PDF, the queue and the customer's own page would lose what was asked).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.models import Devis, Service, utcnow
from backoffice.services.audit import audit, changed_fields
from backoffice.services.catalog.products import next_version
from backoffice.services.concurrency import differing, raw_values, unchanged_since_read
from backoffice.services.errors import NotFound, ServiceError, ValidationError
from backoffice.services.permissions import Permission, Staff, mutation, require
from backoffice.services.prestations.data import (
    EDITABLE_FIELDS,
    ServiceData,
    clean_service,
    service_conflict,
    validate_service,
)

_COLUMNS = (
    Service.id,
    Service.nom,
    Service.description,
    Service.prix_base,
    Service.image_url,
    Service.est_actif,
    Service.created_at,
    Service.updated_at,
)
CHECKED_COLUMNS: tuple[Any, ...] = tuple(getattr(Service, name) for name in EDITABLE_FIELDS)


def _quote_count(service_id: Any) -> Any:
    return select(func.count(Devis.id)).where(Devis.id_service == service_id).scalar_subquery()


def _read_row(session: Session, service_id: int, *, lock: bool = False) -> Any:
    stmt = select(*_COLUMNS, _quote_count(Service.id).label("nb_devis")).where(
        Service.id == service_id
    )
    if lock:
        # Row lock on the servers (SQLite serialises writers anyway).
        stmt = stmt.with_for_update(of=Service)
    return session.execute(stmt).first()


def service_from_row(row: Any) -> ServiceData:
    return ServiceData(
        id=row.id,
        nom=row.nom,
        description=row.description,
        prix_base=row.prix_base,
        image_url=row.image_url,
        est_actif=bool(row.est_actif),
        nb_devis=int(row.nb_devis or 0),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _not_found(service_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP(
            "services_catalogue", "Le service n° {id} n'existe plus (il a peut-être été supprimé)."
        ).format(id=service_id)
    )


def get_service(session: Session, actor: Staff, service_id: int) -> ServiceData:
    require(actor, Permission.CATALOG_VIEW)
    row = _read_row(session, service_id)
    if row is None:
        raise _not_found(service_id)
    return service_from_row(row)


def _columns(data: ServiceData) -> dict[str, Any]:
    return {name: getattr(data, name) for name in EDITABLE_FIELDS}


@mutation(Permission.CATALOG_EDIT)
def create_service(session: Session, actor: Staff, data: ServiceData) -> int:
    """Insert the service; its id. Raises :class:`ValidationError` (nothing written)."""
    errors = validate_service(data)
    if errors:
        raise ValidationError(errors)
    clean = clean_service(data)
    now = utcnow()
    service = Service(**_columns(clean), created_at=now, updated_at=now)
    session.add(service)
    session.flush()
    audit(
        session,
        actor,
        "service.creation",
        {"id_service": service.id, "nom": clean.nom},
        after=clean.editable(),
    )
    return service.id


@mutation(Permission.CATALOG_EDIT)
def update_service(
    session: Session,
    actor: Staff,
    service_id: int,
    data: ServiceData,
    read: ServiceData | None,
) -> ServiceData:
    """Save the form unless the service changed since ``read`` (``None``: overwrite).

    As for products: the row is locked, every editable field compared with ``read`` and the
    ``UPDATE`` repeats the comparison in SQL; a difference raises :class:`ServiceConflict`
    and nothing is written. Only changed fields are written and audited."""
    row = _read_row(session, service_id, lock=True)
    if row is None:
        raise _not_found(service_id)
    errors = validate_service(data)
    if errors:
        raise ValidationError(errors)
    clean = clean_service(data)
    current = service_from_row(row)
    if read is not None and differing(read.editable(), current.editable(), EDITABLE_FIELDS):
        raise service_conflict(current, replace(clean, id=service_id))
    before, after = changed_fields(current.editable(), clean.editable())
    if not after:
        return current
    stmt = (
        update(Service)
        .where(Service.id == service_id, *unchanged_since_read(raw_values(row, CHECKED_COLUMNS)))
        .values(**{name: getattr(clean, name) for name in after})
        .values(updated_at=next_version(current.updated_at))
        .execution_options(synchronize_session=False)
    )
    if session.execute(stmt).rowcount != 1:  # type: ignore[attr-defined]
        latest = _read_row(session, service_id)
        if latest is None:
            raise _not_found(service_id)
        raise service_conflict(service_from_row(latest), replace(clean, id=service_id))
    audit(
        session,
        actor,
        "service.modification",
        {"id_service": service_id, "nom": clean.nom},
        before=before,
        after=after,
    )
    return service_from_row(_read_row(session, service_id))


@mutation(Permission.CATALOG_EDIT)
def set_service_active(session: Session, actor: Staff, service_id: int, active: bool) -> bool:
    """Activate or deactivate; True when it changed (audited), False when it already was."""
    row = _read_row(session, service_id, lock=True)
    if row is None:
        raise _not_found(service_id)
    if bool(row.est_actif) == bool(active):
        return False
    session.execute(
        update(Service)
        .where(Service.id == service_id)
        .values(est_actif=bool(active), updated_at=next_version(row.updated_at))
        .execution_options(synchronize_session=False)
    )
    audit(
        session,
        actor,
        "service.activation" if active else "service.desactivation",
        {"id_service": service_id, "nom": row.nom},
        before={"est_actif": bool(row.est_actif)},
        after={"est_actif": bool(active)},
    )
    return True


class ServiceHasQuotes(ServiceError):
    """The service is referred to by quotes: deactivate it instead (``quotes`` counts them)."""

    def __init__(self, message: str, quotes: int) -> None:
        super().__init__(message)
        self.quotes = quotes


@mutation(Permission.CATALOG_EDIT)
def delete_service(session: Session, actor: Staff, service_id: int) -> None:
    """Delete a service no quote refers to; otherwise :class:`ServiceHasQuotes` (nothing
    written), whose message says why and offers deactivation (see the module docstring)."""
    row = _read_row(session, service_id, lock=True)
    if row is None:
        raise _not_found(service_id)
    quotes = int(row.nb_devis or 0)
    if quotes:
        raise _has_quotes(row.nom, quotes)
    try:
        with session.begin_nested():
            session.execute(
                delete(Service)
                .where(Service.id == service_id)
                .execution_options(synchronize_session=False)
            )
    except IntegrityError as exc:
        # A customer asked for a quote between our count and the delete.
        raise _has_quotes(row.nom, 1) from exc
    audit(
        session,
        actor,
        "service.suppression",
        {"id_service": service_id, "nom": row.nom},
        before=service_from_row(row).editable(),
    )


def _has_quotes(name: str, quotes: int) -> ServiceHasQuotes:
    one = QT_TRANSLATE_NOOP(
        "services_catalogue",
        "Impossible de supprimer « {name} » : {count} devis le demande, et chaque devis "
        "garde le service demandé par le client ; vous pouvez le désactiver (il ne sera "
        "plus proposé sur le site).",
    )
    many = QT_TRANSLATE_NOOP(
        "services_catalogue",
        "Impossible de supprimer « {name} » : {count} devis le demandent, et chaque devis "
        "garde le service demandé par le client ; vous pouvez le désactiver (il ne sera "
        "plus proposé sur le site).",
    )
    return ServiceHasQuotes((many if quotes > 1 else one).format(name=name, count=quotes), quotes)
