"""The demo data set (``seed_demo``) is consistent, on SQLite, PostgreSQL and MariaDB.

``seed_demo`` commits, so it cannot use the rollback-per-test sessions of conftest: each
backend gets its own fresh database, seeded once for the module (small scale, about a
second each) with the same seed and the same ``now``, so that their contents can be
compared row by row.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import bcrypt
import pyotp
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from backoffice import migrations
from backoffice.cli import main
from backoffice.db import make_engine
from backoffice.models import (
    Adresse,
    Base,
    Commande,
    CommandeProduit,
    Conversation,
    Devis,
    Facture,
    HistoriqueCommande,
    Message,
    Paiement,
    Produit,
    Role,
    Utilisateur,
)
from backoffice.services.demo import (
    COLUMNS,
    CUSTOMER_PASSWORD,
    DEMO_ACCOUNTS,
    DEMO_TOTP_SECRET,
    FORWARD_PATH,
    DemoDataRefused,
    DemoGenerator,
    seed_demo,
)
from backoffice.shop_time import shop_timezone, to_wall_clock
from tests.conftest import MARIADB, fresh_mariadb_database, fresh_pg_database

CENT = Decimal("0.01")
INVOICED = {"en_preparation", "expediee", "livree"}
ALL_ORDER_STATUSES = {"en_attente", "validee", "en_preparation", "expediee", "livree", "annulee"}
# One "now" for every backend of the module: same seed + same now = same rows.
NOW = datetime.now(UTC).replace(second=0, microsecond=0)


@pytest.fixture(scope="module")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    url = f"sqlite:///{path}"
    migrations.upgrade(url)
    engine = make_engine(url)
    seed_demo(engine, scale="small", out=lambda _line: None, now=NOW)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def seeded_pg() -> Iterator[Engine]:
    with fresh_pg_database("backoffice_test_demo") as engine:
        seed_demo(engine, scale="small", out=lambda _line: None, now=NOW)
        yield engine


@pytest.fixture(scope="module")
def seeded_mariadb() -> Iterator[Engine]:
    with fresh_mariadb_database("backoffice_test_demo") as engine:
        seed_demo(engine, scale="small", out=lambda _line: None, now=NOW)
        yield engine


_SEEDED = {"sqlite": "seeded_sqlite", "postgresql": "seeded_pg", "mariadb": "seeded_mariadb"}


@pytest.fixture(params=["sqlite", "postgresql", MARIADB])
def seeded(request: pytest.FixtureRequest) -> Engine:
    return request.getfixturevalue(_SEEDED[request.param])


@pytest.fixture(params=["postgresql", MARIADB])
def seeded_server(request: pytest.FixtureRequest) -> Engine:
    return request.getfixturevalue(_SEEDED[request.param])


@pytest.fixture
def session(seeded: Engine) -> Iterator[Session]:
    with Session(seeded) as s:
        yield s


def test_every_status_and_type_is_present(session: Session) -> None:
    assert set(session.scalars(select(Commande.statut).distinct())) == ALL_ORDER_STATUSES
    assert set(session.scalars(select(Devis.statut).distinct())) == {
        "en_attente",
        "en_cours",
        "termine",
        "rejete",
    }
    assert set(session.scalars(select(Conversation.statut).distinct())) == {
        "ouvert",
        "en_attente",
        "resolu",
        "ferme",
    }
    assert set(session.scalars(select(Conversation.type).distinct())) == {
        "general",
        "commande",
        "devis",
        "support",
    }
    assert set(session.scalars(select(Role.libelle))) == {
        "admin",
        "manager",
        "employe",
        "support",
        "client",
    }
    counts = {
        model.__tablename__: session.scalar(select(func.count()).select_from(model))
        for model in (Commande, Produit, Utilisateur, Devis, Conversation)
    }
    assert counts["commandes"] == 2_000
    assert counts["produits"] == 300
    assert counts["utilisateurs"] == 205  # 5 demo accounts + 200 customers


def test_order_totals_match_lines_exactly(session: Session) -> None:
    # In SQL first (what a report would compute), compared in cents so that SQLite's
    # floating-point NUMERIC storage cannot hide nor invent a difference.
    lines_total = (
        select(func.sum(CommandeProduit.quantite * CommandeProduit.prix_unitaire))
        .where(CommandeProduit.id_commande == Commande.id)
        .scalar_subquery()
    )
    mismatched = session.scalar(
        select(func.count())
        .select_from(Commande)
        .where(
            func.round(Commande.montant_total * 100)
            != func.round((lines_total + Commande.frais_livraison) * 100)
        )
    )
    assert mismatched == 0
    # Then exactly, in Decimal.
    sums: dict[int, Decimal] = defaultdict(Decimal)
    line_counts: dict[int, int] = defaultdict(int)
    for order_id, quantity, unit in session.execute(
        select(CommandeProduit.id_commande, CommandeProduit.quantite, CommandeProduit.prix_unitaire)
    ):
        assert isinstance(unit, Decimal)
        sums[order_id] += quantity * unit
        line_counts[order_id] += 1
    for order in session.scalars(select(Commande)):
        assert 1 <= line_counts[order.id] <= 5
        assert order.montant_total == sums[order.id] + order.frais_livraison
        # The invoicing rule (README « Factures »): HT = TTC ÷ 1,2 half up, VAT = TTC − HT.
        vat = order.montant_total - (order.montant_total / Decimal("1.2")).quantize(
            CENT, rounding=ROUND_HALF_UP
        )
        assert order.tva == vat, order.reference
        assert re.fullmatch(r"CMD-\d{4}-\d{6,}", order.reference)
        assert order.date_commande.tzinfo is not None
        if order.statut == "annulee":
            assert order.motif_annulation


def test_invoice_numbers_are_continuous_per_year_in_emission_order(session: Session) -> None:
    invoices = session.execute(
        select(Facture.numero_facture, Facture.date_emission).order_by(
            Facture.date_emission, Facture.id
        )
    ).all()
    assert invoices
    expected_next: dict[int, int] = defaultdict(lambda: 1)
    for numero, emitted in invoices:
        match = re.fullmatch(r"FA-(\d{4})-(\d{6})", numero)
        assert match, numero
        year, number = int(match[1]), int(match[2])
        assert year == emitted.astimezone(shop_timezone()).year  # the shop's calendar
        assert number == expected_next[year], f"trou ou désordre avant {numero}"
        expected_next[year] += 1


def test_exactly_one_invoice_per_order_past_validee(session: Session) -> None:
    invoice_count = dict(
        session.execute(
            select(Facture.id_commande, func.count()).group_by(Facture.id_commande)
        ).all()
    )
    totals = {}
    for order_id, statut, total in session.execute(
        select(Commande.id, Commande.statut, Commande.montant_total)
    ):
        assert invoice_count.get(order_id, 0) == (1 if statut in INVOICED else 0), statut
        totals[order_id] = total
    for invoice in session.scalars(select(Facture)):
        assert invoice.montant_ht + invoice.montant_tva == invoice.montant_ttc
        assert invoice.montant_ttc == totals[invoice.id_commande]


def test_history_follows_each_order_status_path(session: Session) -> None:
    history: dict[int, list[HistoriqueCommande]] = defaultdict(list)
    for row in session.scalars(
        select(HistoriqueCommande).order_by(HistoriqueCommande.date_action, HistoriqueCommande.id)
    ):
        history[row.id_commande].append(row)
    paid = set(session.scalars(select(Paiement.id_commande)))
    invoiced_at = dict(session.execute(select(Facture.id_commande, Facture.date_emission)).all())
    for order in session.scalars(select(Commande)):
        rows = history[order.id]
        assert rows[0].action == "creation"
        assert rows[0].date_action == order.date_commande
        status = "en_attente"
        previous: datetime = rows[0].date_action
        for row in rows[1:]:
            details = json.loads(row.details or "{}")
            assert details["ancien_statut"] == status
            status = details["nouveau_statut"]
            if status != "annulee":
                assert (
                    FORWARD_PATH.index(status) == FORWARD_PATH.index(details["ancien_statut"]) + 1
                )
            else:
                assert details["ancien_statut"] in ("en_attente", "validee")
            assert row.date_action > previous
            previous = row.date_action
            if status == "en_preparation":
                assert invoiced_at[order.id] == row.date_action
        assert status == order.statut
        reached_validee = any("validee" in (r.details or "") for r in rows[1:])
        assert (order.id in paid) == reached_validee


def test_catalogue_and_customers(session: Session) -> None:
    slugs = list(session.scalars(select(Produit.slug)))
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) for s in slugs)
    products = list(session.scalars(select(Produit)))
    assert any(not p.est_actif for p in products)
    assert any(p.est_featured for p in products)
    assert any(p.stock == 0 for p in products)
    assert any(0 < p.stock <= 5 for p in products)
    promos = [p for p in products if p.prix_promo is not None]
    assert promos
    assert all(p.prix_promo < p.prix for p in promos)
    assert all(isinstance(json.loads(p.caracteristiques or ""), dict) for p in products)
    assert all(isinstance(json.loads(p.images_supplementaires or ""), list) for p in products)

    defaults = dict(
        session.execute(
            select(Adresse.id_utilisateur, func.count())
            .where(Adresse.is_default.is_(True))
            .group_by(Adresse.id_utilisateur)
        ).all()
    )
    client_role = session.scalar(select(Role.id).where(Role.libelle == "client"))
    customers = list(session.scalars(select(Utilisateur).where(Utilisateur.idRole == client_role)))
    assert len(customers) == 201
    assert all(defaults.get(c.id) == 1 for c in customers)
    generated = [c for c in customers if not c.email.endswith("@boutique.demo")]
    # One shared, precomputed hash for generated customers.
    assert len({c.password for c in generated}) == 1
    assert bcrypt.checkpw(CUSTOMER_PASSWORD.encode(), generated[0].password.encode())


def test_conversations_messages_alternate_and_date_last_activity(session: Session) -> None:
    messages: dict[int, list[Message]] = defaultdict(list)
    for message in session.scalars(select(Message).order_by(Message.date_creation, Message.id)):
        messages[message.id_conversation].append(message)
    assert any(not m.lu and m.is_client for ms in messages.values() for m in ms)
    for conversation in session.scalars(select(Conversation)):
        thread = messages[conversation.id]
        assert 1 <= len(thread) <= 8
        assert [m.is_client for m in thread] == [k % 2 == 0 for k in range(len(thread))]
        assert conversation.date_derniere_activite == thread[-1].date_creation
        assert (conversation.reference_commande is not None) == (conversation.type == "commande")
        assert (conversation.reference_devis is not None) == (conversation.type == "devis")
    for devis in session.scalars(select(Devis)):
        answered = devis.statut != "en_attente"
        assert (devis.date_reponse is not None) == answered
        assert (devis.montant_estime is not None) == answered


def test_staff_accounts_use_php_bcrypt_and_manager_has_totp(session: Session) -> None:
    for account in DEMO_ACCOUNTS:
        user = session.scalars(select(Utilisateur).where(Utilisateur.email == account.email)).one()
        assert user.password.startswith("$2y$10$")
        assert bcrypt.checkpw(account.password.encode(), user.password.encode())
        role = session.get(Role, user.idRole)
        assert role is not None
        assert role.libelle == account.role.value
        if account.role == "manager":
            assert user.two_factor_enabled
            assert user.two_factor_secret == DEMO_TOTP_SECRET
            totp = pyotp.TOTP(user.two_factor_secret)
            assert totp.verify(totp.now())
        else:
            assert not user.two_factor_enabled


def test_seeding_twice_is_refused(seeded: Engine) -> None:
    with Session(seeded) as s:
        before = s.scalar(select(func.count()).select_from(Commande))
    with pytest.raises(DemoDataRefused, match="déjà"):
        seed_demo(seeded, scale="small", out=lambda _line: None)
    with Session(seeded) as s:
        assert s.scalar(select(func.count()).select_from(Commande)) == before


def _table_rows(engine: Engine, table: str) -> list[tuple[Any, ...]]:
    """Every row of a demo table in id order, through the column types; times as the
    shop's wall-clock time, which is what a DATETIME column holds (the hour that happens
    twice in autumn has one wall-clock time for two instants). Without the password
    hashes, salted afresh at each seeding (the other tests check them)."""
    columns = Base.metadata.tables[table].c
    names = [name for name in COLUMNS[table] if name != "password"]
    # By primary key: id, or the quote's for devis_numeros.
    key = Base.metadata.tables[table].primary_key.columns
    statement = select(*(columns[name] for name in names)).order_by(*key)
    with engine.connect() as connection:
        return [
            tuple(to_wall_clock(v) if isinstance(v, datetime) else v for v in row)
            for row in connection.execute(statement)
        ]


def test_every_server_holds_the_same_rows(seeded_sqlite: Engine, seeded_server: Engine) -> None:
    for table in COLUMNS:
        expected = _table_rows(seeded_sqlite, table)
        actual = _table_rows(seeded_server, table)
        assert len(actual) == len(expected), table
        for want, got in zip(expected, actual, strict=True):
            assert got == want, table


def test_seed_demo_command_refuses_a_filled_base(
    seeded: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    url = seeded.url.render_as_string(hide_password=False)
    assert main(["db", "seed-demo", "--database-url", url]) == 1
    captured = capsys.readouterr()
    assert "déjà" in captured.out + captured.err
    assert "Traceback" not in captured.err
    with Session(seeded) as s:
        assert s.scalar(select(func.count()).select_from(Commande)) == 2_000


def _index_and_key_definitions(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        indexes = connection.exec_driver_sql(
            "SELECT table_name, index_name, seq_in_index, column_name, non_unique, index_type "
            "FROM information_schema.statistics WHERE table_schema = DATABASE() "
            "ORDER BY 1, 2, 3"
        ).all()
        keys = connection.exec_driver_sql(
            "SELECT constraint_name, table_name, referenced_table_name, update_rule, "
            "delete_rule FROM information_schema.referential_constraints "
            "WHERE constraint_schema = DATABASE() ORDER BY 1"
        ).all()
    return [tuple(r) for r in indexes] + [tuple(r) for r in keys]


@pytest.mark.mariadb
def test_a_failed_mariadb_load_leaves_empty_tables_and_every_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # MariaDB commits DDL at once: the indexes dropped for the load must come back.
    original = DemoGenerator.invoices_rows

    def failing(self: DemoGenerator) -> Iterator[tuple[object, ...]]:
        yield from list(original(self))[:10]
        raise RuntimeError("panne simulée")

    with fresh_mariadb_database("backoffice_test_demo_fail") as engine:
        before = _index_and_key_definitions(engine)
        monkeypatch.setattr(DemoGenerator, "invoices_rows", failing)
        with pytest.raises(RuntimeError, match="panne simulée"):
            seed_demo(engine, scale="small", out=lambda _line: None, now=NOW)
        assert _index_and_key_definitions(engine) == before
        with Session(engine) as s:
            for model in (Utilisateur, Commande, CommandeProduit, Facture, Role):
                assert s.scalar(select(func.count()).select_from(model)) == 0
        monkeypatch.undo()
        seed_demo(engine, scale="small", out=lambda _line: None, now=NOW)
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Commande)) == 2_000
