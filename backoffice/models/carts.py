"""Shopping carts: a signed-in customer's (``panier``) and an anonymous visitor's."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.models.base import Base


class Panier(Base):
    __tablename__ = "panier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    id_produit: Mapped[int] = mapped_column(ForeignKey("produits.id"), index=True)
    quantite: Mapped[int] = mapped_column(Integer)
    date_ajout: Mapped[datetime | None] = mapped_column(server_default=func.now())
    date_modification: Mapped[datetime | None]


class PanierTemp(Base):
    __tablename__ = "panier_temp"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(String(255), index=True)
    id_produit: Mapped[int] = mapped_column(ForeignKey("produits.id"), index=True)
    quantite: Mapped[int] = mapped_column(Integer)
    date_ajout: Mapped[datetime | None] = mapped_column(server_default=func.now())
    date_modification: Mapped[datetime | None]
