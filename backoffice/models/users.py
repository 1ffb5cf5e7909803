"""Accounts, roles, addresses, and the sign-in/audit trails (seed tables)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.models.base import Base

if TYPE_CHECKING:
    from backoffice.models.orders import Commande


class Role(Base):
    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    libelle: Mapped[str] = mapped_column(String(50), unique=True)
    created_at: Mapped[datetime | None] = mapped_column(server_default=func.now())

    utilisateurs: Mapped[list[Utilisateur]] = relationship(back_populates="role")


class Utilisateur(Base):
    __tablename__ = "utilisateurs"
    __table_args__ = (
        Index("ix_utilisateurs_lower_nom", func.lower(text("nom"))),
        Index("ix_utilisateurs_lower_email", func.lower(text("email"))),
        Index("ix_utilisateurs_lower_ville", func.lower(text("ville"))),
        Index("ix_utilisateurs_date_inscription", "date_inscription"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    username: Mapped[str | None] = mapped_column(String(100))
    password: Mapped[str] = mapped_column(String(255))
    nom: Mapped[str | None] = mapped_column(String(100))
    prenom: Mapped[str | None] = mapped_column(String(100))
    adresse: Mapped[str | None] = mapped_column(Text)
    code_postal: Mapped[str | None] = mapped_column(String(20))
    ville: Mapped[str | None] = mapped_column(String(100))
    telephone: Mapped[str | None] = mapped_column(String(30))
    idRole: Mapped[int] = mapped_column(ForeignKey("roles.id"), index=True)
    date_inscription: Mapped[datetime | None] = mapped_column(server_default=func.now())
    derniere_connexion: Mapped[datetime | None]
    two_factor_secret: Mapped[str | None] = mapped_column(String(64))
    two_factor_enabled: Mapped[bool] = mapped_column(Boolean, server_default=false())
    backup_code: Mapped[str | None] = mapped_column(String(255))
    notif_new_connexion: Mapped[bool] = mapped_column(Boolean, server_default=false())
    notif_password_change: Mapped[bool] = mapped_column(Boolean, server_default=false())
    notif_failed_attempts: Mapped[bool] = mapped_column(Boolean, server_default=false())
    remember_devices: Mapped[bool] = mapped_column(Boolean, server_default=false())
    extended_session: Mapped[bool] = mapped_column(Boolean, server_default=false())
    confirm_order_by_email: Mapped[bool] = mapped_column(Boolean, server_default=false())
    points_fidelite: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    profile_picture: Mapped[str | None] = mapped_column(String(255))

    role: Mapped[Role] = relationship(back_populates="utilisateurs")
    adresses: Mapped[list[Adresse]] = relationship(back_populates="utilisateur")
    commandes: Mapped[list[Commande]] = relationship(back_populates="utilisateur")

    @property
    def nom_complet(self) -> str:
        return " ".join(part for part in (self.prenom, self.nom) if part) or self.email


class Adresse(Base):
    __tablename__ = "adresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    nom_adresse: Mapped[str | None] = mapped_column(String(100))
    type_adresse: Mapped[str | None] = mapped_column(String(30))
    nom_complet: Mapped[str | None] = mapped_column(String(200))
    rue: Mapped[str | None] = mapped_column(String(255))
    complement: Mapped[str | None] = mapped_column(String(255))
    code_postal: Mapped[str | None] = mapped_column(String(20))
    ville: Mapped[str | None] = mapped_column(String(100))
    pays: Mapped[str | None] = mapped_column(String(100))
    telephone: Mapped[str | None] = mapped_column(String(30))
    is_default: Mapped[bool] = mapped_column(Boolean, server_default=false())
    date_creation: Mapped[datetime | None] = mapped_column(server_default=func.now())
    date_modification: Mapped[datetime | None]

    utilisateur: Mapped[Utilisateur] = relationship(back_populates="adresses")


class HistoriqueAction(Base):
    """Audit trail: one row per change made by a staff member (details are JSON)."""

    __tablename__ = "historique_actions"
    __table_args__ = (Index("ix_historique_actions_date_action", "date_action"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int | None] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    type_action: Mapped[str] = mapped_column(String(100))
    details: Mapped[str | None] = mapped_column(Text)
    date_action: Mapped[datetime] = mapped_column(server_default=func.now())


class HistoriqueConnexion(Base):
    __tablename__ = "historique_connexions"
    __table_args__ = (
        Index("ix_historique_connexions_user_date", "id_utilisateur", "date_connexion"),
        Index("ix_historique_connexions_date_connexion", "date_connexion"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int | None] = mapped_column(ForeignKey("utilisateurs.id"))
    ip: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(Text)
    succes: Mapped[bool] = mapped_column(Boolean, server_default=false())
    date_connexion: Mapped[datetime] = mapped_column(server_default=func.now())


class SessionUtilisateur(Base):
    """A signed-in session; ``session_token`` holds the SHA-256 of the token, never the token."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    session_token: Mapped[str] = mapped_column(String(255), index=True)
    user_agent: Mapped[str | None] = mapped_column(Text)
    ip: Mapped[str | None] = mapped_column(String(45))
    last_activity: Mapped[datetime | None] = mapped_column(server_default=func.now())
