"""Many desks: the app through a real PgBouncer in transaction pooling mode.

Sign-in, a list, a product edit and a stock change go through PgBouncer (pool of 2 server
connections shared by every client), with the shop's time zone and the time limits set per
transaction instead of per connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import make_engine
from backoffice.db_topology import behind_transaction_pooler, split_topology
from backoffice.services.auth import SignedIn, sign_in
from backoffice.services.catalog.products import get_product, update_product
from backoffice.services.catalog.stock import adjust_stock
from backoffice.services.customers.listing import count_customers, list_customers
from backoffice.services.listing import ListQuery
from tests.conftest import fresh_pg_database, truncate_all
from tests.factories import DEFAULT_PASSWORD, make_product, make_staff, make_user
from tests.pg_topology import pgbouncer

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def primary() -> Iterator[Engine]:
    with fresh_pg_database("backoffice_pgbouncer") as engine:
        yield engine


@pytest.fixture(scope="module")
def bouncer_port(primary: Engine) -> Iterator[int]:
    with pgbouncer(primary.url.port or 5432) as port:
        yield port


@pytest.fixture
def pooled(primary: Engine, bouncer_port: int) -> Iterator[Engine]:
    url = make_url(str(primary.url)).set(host="127.0.0.1", port=bouncer_port)
    url = url.update_query_dict({"backoffice_pooler": "transaction"})
    engine = make_engine(url)
    truncate_all(primary)
    try:
        yield engine
    finally:
        engine.dispose()
        truncate_all(primary)


def test_the_pooler_parameter_is_read_and_removed_from_the_url() -> None:
    url, topology = split_topology(
        make_url("postgresql+psycopg://u@h/db?backoffice_pooler=transaction&sslmode=disable")
    )
    assert topology.transaction_pooler
    assert dict(url.query) == {"sslmode": "disable"}
    with pytest.raises(ValueError, match="backoffice_pooler"):
        split_topology(make_url("postgresql+psycopg://u@h/db?backoffice_pooler=transactoin"))


def test_without_the_parameter_pgbouncer_refuses_the_session_options(
    primary: Engine, bouncer_port: int
) -> None:
    url = make_url(str(primary.url)).set(host="127.0.0.1", port=bouncer_port)
    engine = make_engine(url)
    try:
        with (
            pytest.raises(OperationalError, match="unsupported startup parameter"),
            engine.connect() as connection,
        ):
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()


def test_every_transaction_gets_the_shop_zone_and_limits(pooled: Engine) -> None:
    assert behind_transaction_pooler(pooled)

    def settings(_: int) -> tuple[str, str, str]:
        with pooled.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT current_setting('TimeZone'), current_setting('statement_timeout'),"
                    " current_setting('lock_timeout')"
                )
            ).one()
            return (row[0], row[1], row[2])

    # 8 desks' transactions over 2 server connections: each sees its own settings.
    with ThreadPoolExecutor(8) as pool:
        seen = set(pool.map(settings, range(40)))
    assert seen == {("Europe/Paris", "30s", "4s")}
    # Nothing leaked to the server connection after the transaction: SET LOCAL ended.
    with pooled.connect() as connection:
        connection.exec_driver_sql("COMMIT")  # leave the begin event's transaction
        zone = connection.exec_driver_sql("SHOW TimeZone").scalar()
    assert zone != "" and zone is not None


def test_sign_in_list_edit_and_stock_through_pgbouncer(pooled: Engine) -> None:
    factory = sessionmaker(bind=pooled, expire_on_commit=False)
    with factory() as session:
        admin = make_staff(session, email="gerant@boutique.test")
        make_user(session, nom="Dupont", prenom="Éloïse")
        product_id = make_product(session, nom="Théière", stock=5).id
        session.commit()

    with factory() as session:
        signed = sign_in(session, "gerant@boutique.test", DEFAULT_PASSWORD)
    assert isinstance(signed, SignedIn)
    actor = signed.staff

    with factory() as session:
        page = list_customers(session, actor, ListQuery(search="eloise"))
        assert count_customers(session, actor, ListQuery(search="eloise")) == 1
    assert len(page.rows) == 1

    with factory() as session:
        read = get_product(session, actor, product_id)
        saved = update_product(session, actor, product_id, replace(read, nom="Théière fonte"), read)
        session.commit()
    assert saved.nom == "Théière fonte"

    def sell(_: int) -> int:
        with factory() as session:
            stock = adjust_stock(session, admin, product_id, delta=-1, reason="vente comptoir")
            session.commit()
            return stock

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(sell, range(5)))
    with Session(pooled) as session:
        assert session.scalar(text(f"SELECT stock FROM produits WHERE id = {product_id}")) == 0
