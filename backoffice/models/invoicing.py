"""Invoicing additions beside the website's ``factures`` (migration 0007), never inside it.

* ``factures_instantanes`` — the snapshot of each invoice (``factures.id``), its chained
  hash and its rank in the invoices' chain;
* ``avoirs`` and ``avoirs_lignes`` — credit notes (the seed has none), with their own
  snapshot, hash and rank, and what each credits (order lines and quantities, shipping or
  an amount);
* ``compteurs_documents`` — the last number given per series (``facture``, ``avoir``) and
  year;
* ``chaines_documents`` — the head of each series' chain (last rank and hash): the row
  every issue of that series locks first, so issues of a series are serialised.

Snapshots, credit notes and their lines are immutable: triggers refuse UPDATE and DELETE
(``backoffice.migrations.immutable``, listed in :data:`IMMUTABLE_TABLES`) and the
desktop's role gets SELECT and INSERT only on them.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.models.base import Base

# A snapshot of a long invoice passes TEXT's 64 KiB on MySQL/MariaDB.
SnapshotText = Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb")

# Refuse UPDATE and DELETE (backoffice.migrations.immutable). ``factures`` is in the list
# only where our migrations created it (never on an adopted website's table).
IMMUTABLE_TABLES: tuple[str, ...] = ("factures_instantanes", "avoirs", "avoirs_lignes")


class FactureInstantane(Base):
    """The snapshot of one invoice, as issued (or as reconstituted at adoption)."""

    __tablename__ = "factures_instantanes"
    __table_args__ = {"info": {"immutable": True}}  # noqa: RUF012

    id_facture: Mapped[int] = mapped_column(
        ForeignKey("factures.id"), primary_key=True, autoincrement=False
    )
    rang: Mapped[int] = mapped_column(BigInteger, unique=True)
    contenu: Mapped[str] = mapped_column(SnapshotText)
    empreinte: Mapped[str] = mapped_column(String(64))
    empreinte_precedente: Mapped[str] = mapped_column(String(64))
    reconstitue: Mapped[bool] = mapped_column(Boolean, server_default="0")
    date_creation: Mapped[datetime] = mapped_column(server_default=func.now())


class Avoir(Base):
    """A credit note (full or partial) of one invoice, with its snapshot and chain place."""

    __tablename__ = "avoirs"
    __table_args__ = {"info": {"immutable": True}}  # noqa: RUF012

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    numero_avoir: Mapped[str] = mapped_column(String(50), unique=True)
    id_facture: Mapped[int] = mapped_column(ForeignKey("factures.id"), index=True)
    id_commande: Mapped[int] = mapped_column(ForeignKey("commandes.id"), index=True)
    date_emission: Mapped[datetime] = mapped_column(index=True)
    montant_ht: Mapped[Decimal]
    montant_tva: Mapped[Decimal]
    montant_ttc: Mapped[Decimal]
    total: Mapped[bool] = mapped_column(Boolean)
    motif: Mapped[str] = mapped_column(String(255))
    id_utilisateur: Mapped[int | None] = mapped_column(ForeignKey("utilisateurs.id"))
    rang: Mapped[int] = mapped_column(BigInteger, unique=True)
    contenu: Mapped[str] = mapped_column(SnapshotText)
    empreinte: Mapped[str] = mapped_column(String(64))
    empreinte_precedente: Mapped[str] = mapped_column(String(64))
    date_creation: Mapped[datetime] = mapped_column(server_default=func.now())


class AvoirLigne(Base):
    """What a credit note credits: a quantity of an order line, the shipping, or an amount."""

    __tablename__ = "avoirs_lignes"
    __table_args__ = {"info": {"immutable": True}}  # noqa: RUF012

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_avoir: Mapped[int] = mapped_column(ForeignKey("avoirs.id"), index=True)
    # None for the shipping line and for an amount.
    id_commande_produit: Mapped[int | None] = mapped_column(Integer)
    nature: Mapped[str] = mapped_column(String(20))
    quantite: Mapped[int] = mapped_column(Integer)
    montant_ttc: Mapped[Decimal]
    taux_tva: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class CompteurDocument(Base):
    """The last number given in a series and year (``FA-2026-000123`` → 123)."""

    __tablename__ = "compteurs_documents"

    serie: Mapped[str] = mapped_column(String(20), primary_key=True)
    annee: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    dernier_numero: Mapped[int] = mapped_column(Integer)


class ChaineDocument(Base):
    """The head of a series' chain: its last rank and hash. Locked by every issue."""

    __tablename__ = "chaines_documents"

    serie: Mapped[str] = mapped_column(String(20), primary_key=True)
    rang: Mapped[int] = mapped_column(BigInteger)
    empreinte: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
