"""A secured PostgreSQL database for the database-identity tests: staff of every group,
a customer, a product, an order; roles under a prefix unique to the run, dropped after."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pyotp
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import make_engine
from backoffice.models import Categorie, Commande, Produit, RoleName
from backoffice.services import auth
from backoffice.services.auth import ClientInfo, SignedIn
from backoffice.services.db_security import mysql_install, pg_install, session_engine
from backoffice.services.db_security.policy import Accounts
from tests.factories import make_user, php_bcrypt

CLIENT = ClientInfo(ip="192.0.2.60", user_agent="Back-office/tests (Linux)")
PASSWORD = "Motdepasse-2026!"
GATE_PASSWORD = "Portail-secret-2026"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
GROUPS = ("admin", "manager", "employe", "support")


@dataclass
class SecuredShop:
    engine: Engine  # the installer's (superuser)
    accounts: Accounts
    users: dict[str, int] = field(default_factory=dict)  # group or label → user id
    emails: dict[str, str] = field(default_factory=dict)
    customer_id: int = 0
    product_id: int = 0
    order_id: int = 0
    engines: list[Engine] = field(default_factory=list)
    install: Any = None  # pg_install or mysql_install

    @property
    def mariadb(self) -> bool:
        return self.install is mysql_install

    def set_member(self, label: str, role: str | None) -> None:
        self.install.set_member(self.engine, self.users[label], role)

    def gate_engine(self) -> Engine:
        url = self.engine.url.set(username=self.accounts.gate, password=GATE_PASSWORD)
        engine = make_engine(url, pool_size=1)
        self.engines.append(engine)
        return engine

    def sign_in(self, label: str, code: str | None = None) -> SignedIn:
        gate = self.gate_engine()
        with Session(gate) as session:
            result = auth.sign_in(session, self.emails[label], PASSWORD, CLIENT)
            if isinstance(result, auth.SecondFactorRequired):
                code = code or pyotp.TOTP(TOTP_SECRET).now()
                result = auth.complete_second_factor(session, result.challenge, code, CLIENT)
        assert isinstance(result, SignedIn)
        assert result.database_login is not None
        return result

    def desk(self, signed: SignedIn) -> Engine:
        """The engine a signed-in desk works with: the session's own login."""
        assert signed.database_login is not None
        engine = session_engine(self.engine, signed.database_login, pool_size=2)
        self.engines.append(engine)
        return engine

    def scalar(self, sql: str, **params: object) -> object:
        with self.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def run(self, sql: str, **params: object) -> None:
        with self.engine.begin() as connection:
            connection.execute(text(sql), params)


def _seed(engine: Engine, shop: SecuredShop) -> None:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    with factory() as session:
        for group in GROUPS:
            user = make_user(
                session, group, email=f"{group}@secure.test", password_hash=php_bcrypt(PASSWORD)
            )
            shop.users[group] = user.id
            shop.emails[group] = user.email
        two = make_user(
            session,
            RoleName.MANAGER,
            email="double@secure.test",
            password_hash=php_bcrypt(PASSWORD),
            two_factor_enabled=True,
            two_factor_secret=TOTP_SECRET,
            backup_code="SECOURS-1234",
        )
        shop.users["double"] = two.id
        shop.emails["double"] = two.email
        customer = make_user(session, RoleName.CLIENT, email="cliente@secure.test")
        shop.customer_id = customer.id
        shop.emails["client"] = customer.email
        category = Categorie(nom="Cat", slug=f"cat-{uuid.uuid4().hex[:6]}")
        session.add(category)
        session.flush()
        product = Produit(
            nom="Produit",
            slug=f"p-{uuid.uuid4().hex[:6]}",
            prix=Decimal("10.00"),
            stock=5,
            id_categorie=category.id,
        )
        session.add(product)
        session.flush()
        shop.product_id = product.id
        order = Commande(
            id_utilisateur=customer.id,
            statut="en_attente",
            montant_total=Decimal("10.00"),
            reference=f"CMD-{uuid.uuid4().hex[:8]}",
        )
        session.add(order)
        session.flush()
        shop.order_id = order.id
        session.commit()


@contextmanager
def secured_pg_shop() -> Iterator[SecuredShop]:
    from tests.conftest import fresh_pg_database

    with fresh_pg_database("bo_secure") as migrated:
        yield from _secured(migrated, pg_install)


@contextmanager
def secured_mariadb_shop() -> Iterator[SecuredShop]:
    from tests.conftest import fresh_mariadb_database

    with fresh_mariadb_database("bo_secure") as migrated:
        yield from _secured(migrated, mysql_install)


def _secured(migrated: Engine, install: Any) -> Iterator[SecuredShop]:
    # Roles are server-wide: a prefix of this run only, dropped afterwards.
    prefix = "t" + uuid.uuid4().hex[:8]
    engine = make_engine(migrated.url, statement_timeout_ms=None)
    shop = SecuredShop(engine=engine, accounts=Accounts(prefix), install=install)
    try:
        _seed(engine, shop)
        if install is pg_install:
            pg_install.secure_postgres(engine, prefix, GATE_PASSWORD)
        else:
            mysql_install.secure_mysql(engine, prefix, GATE_PASSWORD)
        for label, user_id in shop.users.items():
            role = "manager" if label == "double" else label
            install.set_member(engine, user_id, role)
        yield shop
    finally:
        for other in shop.engines:
            other.dispose()
        install.drop_accounts(engine, prefix)
        engine.dispose()
