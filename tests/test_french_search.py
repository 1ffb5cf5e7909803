"""French search and sort (issue 9, item 9): case and accents ignored, every word must match,
« Écran » among the E's — on SQLite, PostgreSQL and MariaDB, and on adopted website bases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.orm import Session

from backoffice.cli import main
from backoffice.db import make_engine
from backoffice.models import Categorie, Produit, Role, RoleName, Utilisateur
from backoffice.services.catalog import SEARCH_EXPRESSIONS, SEARCH_FULLTEXT, list_products
from backoffice.services.categories import children
from backoffice.services.customers import list_customers
from backoffice.services.listing import ListQuery
from backoffice.services.permissions import Staff
from backoffice.sql_compat import TextSupport, install_text_support, word_search
from backoffice.text_fold import fold, french_compare
from tests.factories import make_category, make_product, make_staff, make_user
from tests.website_db import website_mariadb_database, website_pg_database

PRODUCTS = ["Zèbre en peluche", "Écran plat", "Thé vert", "Étui à lunettes", "Eau de toilette"]
FRENCH_ORDER = ["Eau de toilette", "Écran plat", "Étui à lunettes", "Thé vert", "Zèbre en peluche"]


def _tag() -> str:
    # One FULLTEXT token on MariaDB, and no letter the tests search for (« a », « de »…).
    return "q" + str(uuid.uuid4().int)[:9]


def _is_mysql(session: Session) -> bool:
    return session.get_bind().dialect.name in ("mysql", "mariadb")


def _product_names(session: Session, actor: Staff, search: str, **query: Any) -> list[str]:
    rows = list_products(session, actor, ListQuery(search=search, **query)).rows
    return [r["nom"].rsplit(" ", 1)[0] for r in rows]


@pytest.fixture
def products(db_session: Session) -> tuple[Staff, str]:
    actor = make_staff(db_session)
    tag = _tag()
    for name in PRODUCTS:
        make_product(db_session, f"{name} {tag}")
    return actor, tag


def test_products_search_ignores_case_and_accents(
    db_session: Session, products: tuple[Staff, str]
) -> None:
    actor, tag = products
    assert _product_names(db_session, actor, f"ECRAN {tag}") == ["Écran plat"]
    assert _product_names(db_session, actor, f"etui {tag}") == ["Étui à lunettes"]
    assert _product_names(db_session, actor, f"ZÈBRE {tag}") == ["Zèbre en peluche"]
    assert _product_names(db_session, actor, f"écran PLAT {tag}") == ["Écran plat"]
    # Every word must match.
    assert _product_names(db_session, actor, f"écran étui {tag}") == []


def test_short_words_and_stopwords_still_match(
    db_session: Session, products: tuple[Staff, str]
) -> None:
    """On MariaDB these are below innodb_ft_min_token_size or in InnoDB's stopword list:
    they are matched by LIKE, as substrings, accents ignored by the collation."""
    actor, tag = products
    assert _product_names(db_session, actor, f"de {tag}") == ["Eau de toilette"]
    assert _product_names(db_session, actor, f"en {tag}") == ["Zèbre en peluche"]
    assert _product_names(db_session, actor, f"the {tag}") == ["Thé vert"]  # stopword « the »
    assert sorted(_product_names(db_session, actor, f"à {tag}")) == [
        "Eau de toilette",
        "Écran plat",
        "Étui à lunettes",
    ]


def test_what_a_word_matches_on_each_server(
    db_session: Session, products: tuple[Staff, str]
) -> None:
    """PostgreSQL and SQLite: a substring anywhere; MariaDB (FULLTEXT): words from their start."""
    actor, tag = products
    assert _product_names(db_session, actor, f"ecr {tag}") == ["Écran plat"]
    inside = _product_names(db_session, actor, f"cran {tag}")
    assert inside == ([] if _is_mysql(db_session) else ["Écran plat"])


def test_products_sort_in_french_order(db_session: Session, products: tuple[Staff, str]) -> None:
    actor, tag = products
    assert _product_names(db_session, actor, tag, sort="nom") == FRENCH_ORDER
    descending = _product_names(db_session, actor, tag, sort="nom", descending=True)
    assert descending == FRENCH_ORDER[::-1]


def test_customers_search_and_sort(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    people = [("Zola", "Éric"), ("Étienne", "Hélène"), ("Eau", "Ericka"), ("Écuyer", "Erica")]
    for nom, prenom in people:
        make_user(db_session, nom=nom, prenom=prenom, email=f"{tag}.{fold(nom)}@exemple.fr")

    def names(search: str, **query: Any) -> list[str]:
        rows = list_customers(db_session, actor, ListQuery(search=search, **query)).rows
        return [r["nom"] for r in rows]

    assert sorted(names(f"eric {tag}")) == ["Eau", "Zola", "Écuyer"]  # Erica, Ericka too
    assert names(f"helene {tag}") == ["Étienne"]
    assert names(f"HÉLÈNE ETIENNE {tag}") == ["Étienne"]
    assert names(f"helene zola {tag}") == []
    assert names(tag, sort="nom") == ["Eau", "Écuyer", "Étienne", "Zola"]
    assert names(tag, sort="prenom") == ["Zola", "Écuyer", "Eau", "Étienne"]


def test_category_tree_in_french_order(db_session: Session) -> None:
    actor = make_staff(db_session)
    tag = _tag()
    for nom in ("Zinc", "Étagères", "Eaux", "Ecrins"):
        make_category(db_session, f"{nom} {tag}")
    found = [n.nom.split(" ")[0] for n in children(db_session, actor, None) if tag in n.nom]
    assert found == ["Eaux", "Ecrins", "Étagères", "Zinc"]


# --- The SQL each server gets -----------------------------------------------------------


def _sql(dialect: Any, support: TextSupport, words: list[str]) -> str:
    install_text_support(dialect, support)
    condition = word_search(words, SEARCH_EXPRESSIONS, fulltext=SEARCH_FULLTEXT)
    return str(select(Produit.id).where(condition).compile(dialect=dialect))


def test_the_sql_each_server_gets() -> None:
    with_unaccent = _sql(postgresql.dialect(), TextSupport(unaccent=True), ["éric"])
    assert "lower(backoffice_unaccent(produits.nom)) LIKE lower(backoffice_unaccent(" in (
        with_unaccent
    )
    # Without the extension: lower(), the accent-sensitive indexes of migration 0001.
    plain = _sql(postgresql.dialect(), TextSupport(), ["éric"])
    assert "lower(produits.nom) LIKE lower(" in plain and "unaccent" not in plain
    assert "backoffice_fold(produits.nom) LIKE backoffice_fold(" in _sql(
        sqlite.dialect(), TextSupport(), ["éric"]
    )
    fulltext = frozenset({("produits", frozenset({"nom", "slug", "description_courte"}))})
    on_mysql = _sql(mysql.dialect(), TextSupport(fulltext=fulltext), ["éric", "de", "l'œuf"])
    assert on_mysql.count("MATCH (produits.nom, produits.slug, produits.description_courte)") == 1
    assert on_mysql.count("LIKE") == 6  # « de » and « l'œuf » in each of the three columns
    # No FULLTEXT index (refused on an adopted base): LIKE, slower but right.
    assert "MATCH" not in _sql(mysql.dialect(), TextSupport(), ["éric"])


def test_python_folding_and_collation() -> None:
    assert fold("Crème BRÛLÉE à l'Œuf, Straße") == "creme brulee a l'oeuf, strasse"
    ordered = sorted(["Zèbre", "Étui", "eau", "Écran", "Eau"], key=_FrenchKey)
    assert ordered[:2] in (["eau", "Eau"], ["Eau", "eau"])
    assert ordered[2:] == ["Écran", "Étui", "Zèbre"]
    assert french_compare("cote", "côte") < 0 and french_compare("Dupont", "dupont") == 0


class _FrenchKey:
    def __init__(self, value: str) -> None:
        self.value = value

    def __lt__(self, other: _FrenchKey) -> bool:
        return french_compare(self.value, other.value) < 0


# --- An adopted website base --------------------------------------------------------------


@pytest.fixture(params=["pg_enum", pytest.param("mariadb", marks=pytest.mark.mariadb)])
def adopted(request: pytest.FixtureRequest) -> Iterator[Engine]:
    website = (
        website_mariadb_database() if request.param == "mariadb" else website_pg_database("pg_enum")
    )
    with website as url:
        assert main(["db", "upgrade", "--database-url", url]) == 0
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.mark.postgres
def test_on_an_adopted_website_base(adopted: Engine) -> None:
    tag = _tag()
    with Session(adopted) as session:
        client = session.scalar(select(Role.id).where(Role.libelle == RoleName.CLIENT))
        category = Categorie(nom=f"Écrins {tag}", slug=f"ecrins-{tag}")
        session.add(category)
        for i, name in enumerate(PRODUCTS):
            session.add(Produit(nom=f"{name} {tag}", slug=f"p-{i}-{tag}", prix=Decimal("9.90")))
        for nom, prenom in (("Zola", "Éric"), ("Étienne", "Hélène")):
            session.add(
                Utilisateur(
                    email=f"{tag}.{fold(nom)}@exemple.fr",
                    password="x",
                    nom=nom,
                    prenom=prenom,
                    idRole=client,
                )
            )
        session.commit()
    actor = Staff(id=0, email="admin@site.test", role="admin")
    with Session(adopted) as session:
        assert _product_names(session, actor, f"ECRAN {tag}") == ["Écran plat"]
        assert _product_names(session, actor, f"de {tag}") == ["Eau de toilette"]
        assert _product_names(session, actor, tag, sort="nom") == FRENCH_ORDER
        rows = list_customers(session, actor, ListQuery(search=f"eric {tag}")).rows
        assert [r["nom"] for r in rows] == ["Zola"]
        rows = list_customers(session, actor, ListQuery(search=f"helene {tag}")).rows
        assert [r["nom"] for r in rows] == ["Étienne"]
        if adopted.dialect.name == "postgresql":
            definitions = session.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'ix_%'")
            ).all()
            by_name = dict(definitions)
            assert "backoffice_unaccent" in by_name["ix_produits_nom_trgm"]
            assert 'COLLATE "fr-x-icu"' in by_name["ix_produits_nom_fr"]
        else:
            kinds = session.execute(
                text(
                    "SELECT DISTINCT index_name FROM information_schema.statistics WHERE "
                    "table_schema = DATABASE() AND index_type = 'FULLTEXT'"
                )
            ).scalars()
            assert set(kinds) == {
                "ix_produits_search_ft",
                "ix_utilisateurs_search_ft",
                "ix_devis_description_ft",
            }
