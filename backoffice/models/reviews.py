"""Seed 003's reviews and wishlists, named in the shop database's French style."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.models.base import Base, EnumText
from backoffice.models.enums import StatutAvis, check_in


class Avis(Base):
    __tablename__ = "avis"
    __table_args__ = (
        CheckConstraint("note BETWEEN 1 AND 5", name="note"),
        CheckConstraint(check_in("statut", StatutAvis), name="statut"),
        Index("ix_avis_statut_date", "statut", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    id_produit: Mapped[int] = mapped_column(ForeignKey("produits.id"), index=True)
    note: Mapped[int] = mapped_column(Integer)
    commentaire: Mapped[str | None] = mapped_column(Text)
    statut: Mapped[str] = mapped_column(
        EnumText(StatutAvis), server_default=text(f"'{StatutAvis.EN_ATTENTE.value}'")
    )
    motif_rejet: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(server_default=func.now())


class ListeSouhaits(Base):
    __tablename__ = "listes_souhaits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    nom: Mapped[str | None] = mapped_column(String(150))
    created_at: Mapped[datetime | None] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(server_default=func.now())

    produits: Mapped[list[ListeSouhaitsProduit]] = relationship(back_populates="liste")


class ListeSouhaitsProduit(Base):
    __tablename__ = "listes_souhaits_produits"
    __table_args__ = (UniqueConstraint("id_liste", "id_produit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_liste: Mapped[int] = mapped_column(ForeignKey("listes_souhaits.id"))
    id_produit: Mapped[int] = mapped_column(ForeignKey("produits.id"), index=True)
    date_ajout: Mapped[datetime | None] = mapped_column(server_default=func.now())

    liste: Mapped[ListeSouhaits] = relationship(back_populates="produits")
