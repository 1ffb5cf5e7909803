"""Small builders for test data (the demo seeder is for demos, these are for assertions)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from decimal import Decimal

import bcrypt
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.models import Categorie, Produit, Role, RoleName, Utilisateur
from backoffice.services.permissions import Staff

_counter = itertools.count(1)
# Cost 4 keeps tests fast; PHP writes the same format with cost 10.
DEFAULT_PASSWORD = "motdepasse-test"
_HASH = bcrypt.hashpw(DEFAULT_PASSWORD.encode(), bcrypt.gensalt(4)).decode().replace("$2b$", "$2y$")


def php_bcrypt(password: str, rounds: int = 4) -> str:
    """A hash as PHP's password_hash() writes it (bcrypt with the $2y$ prefix)."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode().replace("$2b$", "$2y$")


def ensure_roles(session: Session) -> dict[str, Role]:
    roles = {r.libelle: r for r in session.scalars(select(Role))}
    for name in RoleName:
        if name.value not in roles:
            role = Role(libelle=name.value)
            session.add(role)
            roles[name.value] = role
    session.flush()
    return roles


def make_user(
    session: Session,
    role: str = RoleName.CLIENT,
    *,
    email: str | None = None,
    password_hash: str | None = None,
    **fields: object,
) -> Utilisateur:
    roles = ensure_roles(session)
    n = next(_counter)
    user = Utilisateur(
        email=email or f"user{n}-{id(session)}@example.test",
        password=password_hash or _HASH,
        nom=fields.pop("nom", f"Nom{n}"),
        prenom=fields.pop("prenom", f"Prénom{n}"),
        idRole=roles[str(role)].id,
        date_inscription=fields.pop("date_inscription", datetime(2025, 1, 1, tzinfo=UTC)),
        **fields,
    )
    session.add(user)
    session.flush()
    return user


def make_staff(session: Session, role: str = RoleName.ADMIN, **fields: object) -> Staff:
    user = make_user(session, role, **fields)
    return Staff(id=user.id, email=user.email, role=str(role), prenom=user.prenom, nom=user.nom)


def make_category(
    session: Session, nom: str = "Catégorie", parent: Categorie | None = None
) -> Categorie:
    n = next(_counter)
    category = Categorie(nom=nom, slug=f"categorie-{n}-{id(session)}", parent=parent)
    session.add(category)
    session.flush()
    return category


def make_product(
    session: Session,
    nom: str = "Produit",
    *,
    prix: Decimal = Decimal("10.00"),
    categorie: Categorie | None = None,
    **fields: object,
) -> Produit:
    n = next(_counter)
    product = Produit(
        nom=nom,
        slug=fields.pop("slug", f"produit-{n}-{id(session)}"),
        prix=prix,
        stock=fields.pop("stock", 10),
        id_categorie=categorie.id if categorie else None,
        **fields,
    )
    session.add(product)
    session.flush()
    return product


def lock_waiters(session: Session) -> int:
    """How many other connections to this database are waiting for a row lock."""
    if session.get_bind().dialect.name in ("mysql", "mariadb"):
        # A row lock (InnoDB's LOCK WAIT) or, on a loaded machine where another test's
        # connection is still closing, a metadata lock on the same table: both mean the
        # connection is blocked behind someone else's transaction.
        sql = (
            "SELECT count(DISTINCT p.id) FROM information_schema.processlist p"
            " LEFT JOIN information_schema.innodb_trx t ON p.id = t.trx_mysql_thread_id"
            " WHERE p.db = DATABASE() AND p.id <> CONNECTION_ID()"
            " AND (t.trx_state = 'LOCK WAIT' OR p.state LIKE 'Waiting for%lock%')"
        )
    else:
        sql = (
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
        )
    return int(session.scalar(text(sql)) or 0)
