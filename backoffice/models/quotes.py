"""Services the shop sells on quotation, and the quotes (``devis``) customers ask for."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.models.base import Base, EnumText
from backoffice.models.enums import StatutDevis, check_in

if TYPE_CHECKING:
    from backoffice.models.users import Utilisateur


class Service(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nom: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    prix_base: Mapped[Decimal | None]
    image_url: Mapped[str | None] = mapped_column(String(500))
    est_actif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    created_at: Mapped[datetime | None] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(server_default=func.now())


class Devis(Base):
    __tablename__ = "devis"
    __table_args__ = (
        CheckConstraint(check_in("statut", StatutDevis), name="statut"),
        Index("ix_devis_statut_date", "statut", "date_demande"),
        # The queue « Tous », oldest first (schema addition, migration 0008).
        Index("ix_devis_date_demande", "date_demande"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    id_service: Mapped[int | None] = mapped_column(ForeignKey("services.id"), index=True)
    description_demande: Mapped[str | None] = mapped_column(Text)
    statut: Mapped[str] = mapped_column(
        EnumText(StatutDevis), server_default=text(f"'{StatutDevis.EN_ATTENTE.value}'")
    )
    date_demande: Mapped[datetime] = mapped_column(server_default=func.now())
    date_reponse: Mapped[datetime | None]
    montant_estime: Mapped[Decimal | None]
    notes_admin: Mapped[str | None] = mapped_column(Text)

    utilisateur: Mapped[Utilisateur] = relationship()
    service: Mapped[Service | None] = relationship()


class DevisNumero(Base):
    """The number a quote gets when it is first sent (« D-2026-00042 »), one row per quote.

    The seed's ``devis`` has no column for it and the website owns that table, so the
    number lives beside it (schema addition, migration 0008). Numbers are continuous within
    a calendar year (UTC, as invoice numbers): ``sequence`` is 1, 2, 3… per ``annee``,
    unique together, so two quotes sent at the same instant cannot share one; ``numero``
    is the formatted text as printed (the shop's ``format_devis`` at the time). A number is
    never changed nor reused: the desktop's account may only insert here.
    """

    __tablename__ = "devis_numeros"
    __table_args__ = (
        UniqueConstraint("annee", "sequence", name="uq_devis_numeros_annee_sequence"),
        UniqueConstraint("numero", name="uq_devis_numeros_numero"),
    )

    id_devis: Mapped[int] = mapped_column(
        ForeignKey("devis.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    annee: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    numero: Mapped[str] = mapped_column(String(40))
    date_attribution: Mapped[datetime] = mapped_column(server_default=func.now())
