"""The shop's time zone: how naive timestamps in the shop's database are read and written.

A website usually stores ``timestamp without time zone`` (PostgreSQL) or ``DATETIME``
(MySQL/MariaDB) holding its own wall-clock time, Paris time for a French shop. The back
office works with aware datetimes throughout and converts at the database boundary only
(see :class:`backoffice.models.base.UTCDateTime`): what staff see is the wall-clock time the
website shows, and what the app writes is what the website would have written.

The zone comes from ``BACKOFFICE_SHOP_TIMEZONE`` (default ``Europe/Paris``) and can be set
by the application from the connection profile before the engine is made. Qt-free.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from backoffice.i18n import QT_TRANSLATE_NOOP

DEFAULT_SHOP_TIMEZONE = "Europe/Paris"
ENV_SHOP_TIMEZONE = "BACKOFFICE_SHOP_TIMEZONE"


class UnknownTimeZone(ValueError):
    def __init__(self, name: str) -> None:
        self.message = QT_TRANSLATE_NOOP(
            "shop_time",
            "Fuseau horaire inconnu : « {name} ». Indiquez un nom IANA, par exemple "
            "« Europe/Paris » ou « America/Martinique ».",
        ).format(name=name)
        super().__init__(self.message)
        self.name = name


def load_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimeZone(name) from exc


_zone: ZoneInfo = load_zone(os.environ.get(ENV_SHOP_TIMEZONE) or DEFAULT_SHOP_TIMEZONE)


def shop_timezone() -> ZoneInfo:
    return _zone


def set_shop_timezone(name: str) -> ZoneInfo:
    """Use ``name`` from now on (engines made afterwards use it for their sessions)."""
    global _zone
    _zone = load_zone(name)
    return _zone


def to_wall_clock(value: datetime, zone: ZoneInfo | None = None) -> datetime:
    """An aware datetime as the naive wall-clock time of ``zone`` (the shop's by default)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(zone or _zone).replace(tzinfo=None)


def from_wall_clock(value: datetime, zone: ZoneInfo | None = None) -> datetime:
    """A naive wall-clock time of ``zone`` as an aware datetime.

    An hour that happens twice (the autumn DST change) is read as its first occurrence, and
    an hour that does not exist (spring) is shifted forward, as PostgreSQL does.
    """
    return value.replace(tzinfo=zone or _zone)
