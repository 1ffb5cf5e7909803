"""Catalog: categories (a tree through ``parent_id``) and products."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false, func, text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.models.base import Base


class Categorie(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nom: Mapped[str] = mapped_column(String(150))
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    image_url: Mapped[str | None] = mapped_column(String(500))
    est_actif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    slug: Mapped[str] = mapped_column(String(191), unique=True)
    created_at: Mapped[datetime | None] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(server_default=func.now())

    parent: Mapped[Categorie | None] = relationship(
        back_populates="enfants", remote_side="Categorie.id"
    )
    enfants: Mapped[list[Categorie]] = relationship(back_populates="parent")
    produits: Mapped[list[Produit]] = relationship(back_populates="categorie")


class Produit(Base):
    __tablename__ = "produits"
    __table_args__ = (
        Index("ix_produits_lower_nom", func.lower(text("nom"))),
        Index("ix_produits_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nom: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    description_courte: Mapped[str | None] = mapped_column(String(500))
    prix: Mapped[Decimal]
    prix_promo: Mapped[Decimal | None]
    stock: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    id_categorie: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    image_url: Mapped[str | None] = mapped_column(String(500))
    images_supplementaires: Mapped[str | None] = mapped_column(Text)
    caracteristiques: Mapped[str | None] = mapped_column(Text)
    est_actif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    est_featured: Mapped[bool] = mapped_column(Boolean, server_default=false())
    slug: Mapped[str] = mapped_column(String(191), unique=True)
    created_at: Mapped[datetime | None] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(server_default=func.now())

    categorie: Mapped[Categorie | None] = relationship(back_populates="produits")
