"""Declarative base and the column types every model shares."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, MetaData, Numeric, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator, TypeEngine, UserDefinedType

from backoffice.shop_time import from_wall_clock, shop_timezone, to_wall_clock

# Stable constraint names so that Alembic migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def naive_values_zone(dialect: Dialect) -> tzinfo:
    """The zone of the naive timestamps a database holds.

    SQLite is only ever our own demo database, which stores UTC. A shop's PostgreSQL or
    MySQL/MariaDB database was made by its website: naive columns hold the shop's wall-clock
    time (see :mod:`backoffice.shop_time`).
    """
    return UTC if dialect.name == "sqlite" else shop_timezone()


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware in Python, whatever the column holds.

    Our own schema uses ``timestamptz`` on PostgreSQL; a website's often uses ``timestamp
    without time zone`` (or MySQL's ``DATETIME``) holding Paris wall-clock time. Naive
    values read are given the zone of :func:`naive_values_zone`; values written are aware:
    PostgreSQL converts them itself, using the session ``TimeZone`` that the engine sets
    to the shop's zone (``backoffice.db``), so both column kinds get the right value.
    SQLite and MySQL receive the naive wall-clock time of that zone (their drivers drop
    any offset).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name in ("mysql", "mariadb"):
            # Our migrations make DATETIME(6): microseconds, as on PostgreSQL.
            from sqlalchemy.dialects.mysql import DATETIME

            return dialect.type_descriptor(DATETIME(fsp=6))
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            # A naive value is a programming error; treating it as UTC is the least surprising.
            value = value.replace(tzinfo=UTC)
        if dialect.name == "postgresql":
            return value
        return to_wall_clock(value, naive_values_zone(dialect))

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return from_wall_clock(value, naive_values_zone(dialect))
        return value


class _UncastVarchar(UserDefinedType[str]):
    """VARCHAR(n) whose bound values carry no ``::VARCHAR`` cast.

    SQLAlchemy's psycopg dialect casts every string parameter to VARCHAR, and PostgreSQL has
    no ``statut_commande = character varying`` operator: a website that made its statuses
    ENUM types would refuse every filter and update. Uncast, psycopg sends the value as
    "unknown" and the server reads it as whatever the column is (ENUM or VARCHAR).
    """

    cache_ok = True

    def __init__(self, length: int) -> None:
        self.length = length

    def get_col_spec(self, **_kw: Any) -> str:
        return f"VARCHAR({self.length})"


class EnumText(TypeDecorator[str]):
    """One of the schema's ENUM columns, whatever the website made of it.

    Python sees plain strings (the values of a :class:`~enum.StrEnum`). On PostgreSQL the
    column may be a native ENUM type or VARCHAR + CHECK (both work: no bind cast); on
    MySQL/MariaDB our migrations create a native ``ENUM(...)``; elsewhere VARCHAR.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], length: int = 20) -> None:
        super().__init__(length)
        self.enum = enum
        self.length = length

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return _UncastVarchar(self.length)
        if dialect.name in ("mysql", "mariadb"):
            from sqlalchemy.dialects.mysql import ENUM

            return dialect.type_descriptor(ENUM(*(member.value for member in self.enum)))
        return dialect.type_descriptor(String(self.length))

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(value)


class Money(TypeDecorator[Decimal]):
    """DECIMAL(10, 2) as :class:`~decimal.Decimal`, quantised to the cent on every backend."""

    impl = Numeric(10, 2, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal, never float")
        value = Decimal(value).quantize(Decimal("0.01"))
        # SQLite has no decimal type: a string keeps every cent exact.
        return str(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value)).quantize(Decimal("0.01"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), Decimal: Money()}  # noqa: RUF012


def utcnow() -> datetime:
    return datetime.now(UTC)
