"""The shop's settings, shared by every desktop: a schema addition (migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.models.base import Base


class ParametreBoutique(Base):
    """One setting of the shop (``cle`` → ``valeur`` as text), read by every desktop.

    The shop's identity and its invoicing, quoting and support rules are the same on every
    computer, so they live in the database rather than in each desk's QSettings. A key/value
    table lets each domain add its settings without altering a table the website may read;
    the typed view of it, with the defaults, is ``services.shop_settings.ShopSettings``.
    A setting absent from the table takes its default.
    """

    __tablename__ = "parametres_boutique"

    cle: Mapped[str] = mapped_column(String(64), primary_key=True)
    valeur: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
