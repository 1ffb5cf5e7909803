"""Tables the back-office adds beyond the shop's seeds, for sign-in security."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.models.base import Base


class TotpEtape(Base):
    """The last accepted TOTP time step of each account, so that a code works only once.

    A six-digit code stays valid for up to 90 s (the current step and its neighbours);
    remembering the step it was accepted for lets the next sign-in refuse the same code,
    even from another computer at the same second: the update is a compare-and-set in SQL.
    The seed schema has no column for it, hence this table (schema addition).
    """

    __tablename__ = "totp_etapes"

    id_utilisateur: Mapped[int] = mapped_column(
        ForeignKey("utilisateurs.id", ondelete="CASCADE"), primary_key=True
    )
    derniere_etape: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())


class TentativeInconnue(Base):
    """A failed sign-in on an address that matches no account, so that such an address is
    throttled like a real account's, across restarts and computers.

    ``empreinte`` is a keyed hash (HMAC-SHA-256) of the address as typed, never the address
    itself; rows older than twice the throttling window are deleted at each such attempt,
    so the table holds at most the last half hour. Schema addition (migration 0005).
    """

    __tablename__ = "tentatives_inconnues"
    __table_args__ = (
        Index("ix_tentatives_inconnues_empreinte_date", "empreinte", "date_tentative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    empreinte: Mapped[str] = mapped_column(String(64))
    date_tentative: Mapped[datetime] = mapped_column(server_default=func.now())


class ConnexionMotif(Base):
    """Why a sign-in attempt failed (``motif``: a code of :data:`SIGN_IN_REASONS` in
    ``backoffice.labels``), one row per failed ``historique_connexions`` row written by the
    back office, in the same transaction. The seed schema has no column for it (only the
    free-text ``user_agent``), hence this table (schema addition, migration 0006). Rows
    written by the website, and successes, have none.
    """

    __tablename__ = "connexions_motifs"

    id_connexion: Mapped[int] = mapped_column(
        ForeignKey("historique_connexions.id", ondelete="CASCADE"), primary_key=True
    )
    motif: Mapped[str] = mapped_column(String(30))
