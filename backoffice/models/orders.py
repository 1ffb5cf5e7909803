"""Orders, their lines, invoices, payments and history."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backoffice.models.base import Base, EnumText
from backoffice.models.enums import StatutCommande, check_in

if TYPE_CHECKING:
    from backoffice.models.catalog import Produit
    from backoffice.models.users import Utilisateur


class Commande(Base):
    __tablename__ = "commandes"
    __table_args__ = (
        CheckConstraint(check_in("statut", StatutCommande), name="statut"),
        Index("ix_commandes_statut_date", "statut", "date_commande"),
        Index("ix_commandes_utilisateur_date", "id_utilisateur", "date_commande"),
        Index("ix_commandes_date_commande", "date_commande"),
        # A search by customer: its page and its status counts from the index alone
        # (migration 0011).
        Index(
            "ix_commandes_utilisateur_statut_date",
            "id_utilisateur",
            "statut",
            "date_commande",
            "id",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(ForeignKey("utilisateurs.id"))
    date_commande: Mapped[datetime] = mapped_column(server_default=func.now())
    statut: Mapped[str] = mapped_column(
        EnumText(StatutCommande), server_default=text(f"'{StatutCommande.EN_ATTENTE.value}'")
    )
    montant_total: Mapped[Decimal]
    frais_livraison: Mapped[Decimal] = mapped_column(server_default=text("0"))
    tva: Mapped[Decimal] = mapped_column(server_default=text("0"))
    pays_livraison: Mapped[str | None] = mapped_column(String(100))
    mode_livraison: Mapped[str | None] = mapped_column(String(50))
    point_relais_id: Mapped[str | None] = mapped_column(String(50))
    point_relais_nom: Mapped[str | None] = mapped_column(String(255))
    instructions_livraison: Mapped[str | None] = mapped_column(Text)
    adresse_livraison: Mapped[str | None] = mapped_column(Text)
    adresse_facturation: Mapped[str | None] = mapped_column(Text)
    methode_paiement: Mapped[str | None] = mapped_column(String(50))
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    notes: Mapped[str | None] = mapped_column(Text)
    motif_annulation: Mapped[str | None] = mapped_column(String(255))
    commentaire_annulation: Mapped[str | None] = mapped_column(Text)
    note_client: Mapped[int | None] = mapped_column(Integer)
    commentaire_client: Mapped[str | None] = mapped_column(Text)

    utilisateur: Mapped[Utilisateur] = relationship(back_populates="commandes")
    lignes: Mapped[list[CommandeProduit]] = relationship(back_populates="commande")
    factures: Mapped[list[Facture]] = relationship(back_populates="commande")
    paiements: Mapped[list[Paiement]] = relationship(back_populates="commande")
    historique: Mapped[list[HistoriqueCommande]] = relationship(back_populates="commande")

    @property
    def statut_enum(self) -> StatutCommande:
        return StatutCommande(self.statut)


class CommandeProduit(Base):
    __tablename__ = "commande_produit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_commande: Mapped[int] = mapped_column(ForeignKey("commandes.id"), index=True)
    id_produit: Mapped[int] = mapped_column(ForeignKey("produits.id"), index=True)
    quantite: Mapped[int] = mapped_column(Integer)
    prix_unitaire: Mapped[Decimal]

    commande: Mapped[Commande] = relationship(back_populates="lignes")
    produit: Mapped[Produit] = relationship()


class Facture(Base):
    __tablename__ = "factures"
    # The Factures tab's keyset order (MariaDB sorts without it) and its search by
    # customer, from the index alone (migration 0012).
    __table_args__ = (
        Index("ix_factures_numero_id", "numero_facture", "id"),
        Index("ix_factures_commande_numero", "id_commande", "numero_facture"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_commande: Mapped[int] = mapped_column(ForeignKey("commandes.id"), index=True)
    numero_facture: Mapped[str] = mapped_column(String(50), unique=True)
    date_emission: Mapped[datetime]
    montant_ht: Mapped[Decimal]
    montant_tva: Mapped[Decimal]
    montant_ttc: Mapped[Decimal]
    date_creation: Mapped[datetime | None] = mapped_column(server_default=func.now())

    commande: Mapped[Commande] = relationship(back_populates="factures")


class Paiement(Base):
    __tablename__ = "paiements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_commande: Mapped[int] = mapped_column(ForeignKey("commandes.id"), index=True)
    payment_intent_id: Mapped[str | None] = mapped_column(String(255))
    statut: Mapped[str] = mapped_column(String(50))
    montant: Mapped[Decimal]
    details: Mapped[str | None] = mapped_column(Text)
    date_paiement: Mapped[datetime | None]

    commande: Mapped[Commande] = relationship(back_populates="paiements")


class HistoriqueCommande(Base):
    __tablename__ = "historique_commande"
    __table_args__ = (Index("ix_historique_commande_commande_date", "id_commande", "date_action"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_commande: Mapped[int] = mapped_column(ForeignKey("commandes.id"))
    id_utilisateur: Mapped[int | None] = mapped_column(ForeignKey("utilisateurs.id"), index=True)
    action: Mapped[str] = mapped_column(String(100))
    details: Mapped[str | None] = mapped_column(Text)
    date_action: Mapped[datetime] = mapped_column(server_default=func.now())

    commande: Mapped[Commande] = relationship(back_populates="historique")
