"""Tables the back-office adds beyond the shop's seeds, for sign-in security."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, func, true
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


# --- Database identities (issue 16, migration 0010) ---------------------------------------
# Written only by the owner-rights routines and triggers that ``backoffice db secure``
# installs (PostgreSQL, MariaDB); empty and unused elsewhere (SQLite, a shared login). No
# foreign keys: the audit must outlive what it names, and an adopted website's key types
# vary (MariaDB refuses a foreign key between different integer types).


class JournalBase(Base):
    """One row per row written in a business table, stamped by the database itself (a
    trigger): the server's clock, the login (``compte_base``) and the staff member and
    session behind it, the table, the operation, the row's key and the changed columns'
    names (never their values: the app's ``historique_actions`` keeps those, in French)."""

    __tablename__ = "journal_base"
    __table_args__ = (
        Index("ix_journal_base_date_action", "date_action"),
        Index("ix_journal_base_utilisateur_date", "id_utilisateur", "date_action"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date_action: Mapped[datetime] = mapped_column(server_default=func.now())
    compte_base: Mapped[str] = mapped_column(String(200))
    id_utilisateur: Mapped[int | None] = mapped_column(Integer)
    id_session: Mapped[int | None] = mapped_column(Integer)
    table_cible: Mapped[str] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(10))
    cle: Mapped[str | None] = mapped_column(String(255))
    colonnes: Mapped[str | None] = mapped_column(Text)


class IdentiteBase(Base):
    """A staff member's own database identity: the (non-login) account ``compte_base``, in
    the group ``groupe`` mirroring their role; ``actif`` False once disabled."""

    __tablename__ = "identites_base"

    id_utilisateur: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    compte_base: Mapped[str] = mapped_column(String(80), unique=True)
    groupe: Mapped[str] = mapped_column(String(20))
    actif: Mapped[bool] = mapped_column(Boolean, server_default=true())
    date_modification: Mapped[datetime] = mapped_column(server_default=func.now())


class SessionBase(Base):
    """The short-lived login made for one ``sessions`` row at sign-in: its name, and when
    it stops working whatever happens (``expire_le``, the absolute lifetime)."""

    __tablename__ = "sessions_base"

    id_session: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id_utilisateur: Mapped[int] = mapped_column(Integer, index=True)
    compte_base: Mapped[str] = mapped_column(String(80), unique=True)
    date_creation: Mapped[datetime] = mapped_column(server_default=func.now())
    expire_le: Mapped[datetime]


class DefiConnexion(Base):
    """A password accepted while the second factor is still due: the SHA-256 of the random
    challenge handed to the desk, bound to the password hash it was checked against."""

    __tablename__ = "defis_connexion"

    empreinte: Mapped[str] = mapped_column(String(64), primary_key=True)
    id_utilisateur: Mapped[int] = mapped_column(Integer)
    expire_le: Mapped[datetime]
    empreinte_mdp: Mapped[str] = mapped_column(String(64))


class SecuriteBase(Base):
    """What ``backoffice db secure`` set: the accounts' prefix and the session policy
    (idle timeout, absolute lifetime, the idle lock's maximum), one value per key."""

    __tablename__ = "securite_base"

    cle: Mapped[str] = mapped_column(String(40), primary_key=True)
    valeur: Mapped[str] = mapped_column(String(255))
