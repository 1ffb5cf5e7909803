"""Slugs and the tolerant text fields (pure functions), plus free-slug suggestion."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session

from backoffice.models import Categorie, Produit
from backoffice.services.catalog.text import (
    format_characteristics,
    format_images,
    parse_characteristics,
    parse_images,
)
from backoffice.services.slugs import SLUG_MAX_LENGTH, is_valid_slug, slugify, suggest_free_slug
from tests.factories import make_category, make_product


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Crème brûlée à l'œuf", "creme-brulee-a-l-oeuf"),
        ("Cœur de BŒUF", "coeur-de-boeuf"),
        ("Ex æquo", "ex-aequo"),
        ("Straße", "strasse"),
        ("  --Poêle   24 cm !! ", "poele-24-cm"),
        ("Télé 4K — 55”", "tele-4k-55"),
        ("Ｆｕｌｌwidth", "fullwidth"),
        ("€€€", ""),
        ("a__b..c", "a-b-c"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
    assert slug == "" or is_valid_slug(slug)


def test_slugify_max_length_never_ends_with_dash() -> None:
    slug = slugify("a" * 190 + " bcd")
    assert len(slug) <= SLUG_MAX_LENGTH
    assert not slug.endswith("-")
    assert slug == "a" * 190


def test_suggest_free_slug(db_session: Session) -> None:
    assert suggest_free_slug(db_session, "Théière en fonte", Produit) == "theiere-en-fonte"
    first = make_product(db_session, slug="theiere-en-fonte")
    assert suggest_free_slug(db_session, "theiere-en-fonte", Produit) == "theiere-en-fonte-2"
    make_product(db_session, slug="theiere-en-fonte-2")
    make_product(db_session, slug="theiere-en-fonte-4")
    assert suggest_free_slug(db_session, "theiere-en-fonte", Produit) == "theiere-en-fonte-3"
    # The product being edited may keep its own slug.
    assert (
        suggest_free_slug(db_session, "theiere-en-fonte", Produit, exclude_id=first.id)
        == "theiere-en-fonte"
    )
    # Categories are a separate namespace.
    assert suggest_free_slug(db_session, "theiere-en-fonte", Categorie) == "theiere-en-fonte"
    make_category(db_session)
    assert suggest_free_slug(db_session, "!!!", Categorie) == "categorie"


def test_suggest_free_slug_keeps_max_length(db_session: Session) -> None:
    base = "b" * SLUG_MAX_LENGTH
    make_product(db_session, slug=base)
    free = suggest_free_slug(db_session, base, Produit)
    assert free.endswith("-2")
    assert len(free) == SLUG_MAX_LENGTH


# ----- images_supplementaires ------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "images"),
    [
        (None, []),
        ("", []),
        ('["a.jpg", "b.jpg"]', ["a.jpg", "b.jpg"]),
        ('[{"url": "a.jpg"}, "", " b.jpg "]', ["a.jpg", "b.jpg"]),
        ('"a.jpg"', ["a.jpg"]),
        ("a.jpg\nb.jpg\r\n\nc.jpg", ["a.jpg", "b.jpg", "c.jpg"]),
        ("a.jpg, b.jpg;c.jpg", ["a.jpg", "b.jpg", "c.jpg"]),
        ("[pas du json", ["[pas du json"]),
    ],
)
def test_parse_images(stored: str | None, images: list[str]) -> None:
    assert parse_images(stored) == images


def test_format_images_is_json() -> None:
    written = format_images(["é.jpg", " ", "b.jpg"])
    assert written == '["é.jpg", "b.jpg"]'
    assert parse_images(written) == ["é.jpg", "b.jpg"]
    assert format_images([]) is None


# ----- caracteristiques ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "pairs"),
    [
        (None, {}),
        ('{"Couleur": "Rouge", "Poids": 1.5}', {"Couleur": "Rouge", "Poids": "1.5"}),
        ('[["Couleur", "Rouge"], ["Taille"]]', {"Couleur": "Rouge", "Taille": ""}),
        ('[{"nom": "Matière", "valeur": "Fonte"}]', {"Matière": "Fonte"}),
        ('[{"Garantie": "2 ans"}]', {"Garantie": "2 ans"}),
        ("Couleur : Rouge\nPoids= 2 kg\n- Matière: fonte: émaillée\n\n", None),
        ("Sans séparateur", {"Sans séparateur": ""}),
        ("{cassé", {"{cassé": ""}),
    ],
)
def test_parse_characteristics(stored: str | None, pairs: dict[str, str] | None) -> None:
    if pairs is None:
        pairs = {"Couleur": "Rouge", "Poids": "2 kg", "Matière": "fonte: émaillée"}
    assert parse_characteristics(stored) == pairs


def test_format_characteristics_is_json_object() -> None:
    written = format_characteristics({"Matière": "Fonte émaillée", " ": "x", "Poids": "2 kg"})
    assert written is not None
    assert json.loads(written) == {"Matière": "Fonte émaillée", "Poids": "2 kg"}
    assert "Matière" in written  # ensure_ascii=False: readable by the website and humans
    assert parse_characteristics(written) == {"Matière": "Fonte émaillée", "Poids": "2 kg"}
    assert format_characteristics({}) is None
