"""The demo shop looks real (issue 15, point 11): descriptions written from the product,
real French cities, plausible weights, and a drawn picture for every product that the
product list's thumbnails load."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from faker.providers.lorem.fr_FR import Provider as FrenchLorem
from PySide6.QtGui import QImage
from sqlalchemy import Engine, text
from sqlalchemy.orm import sessionmaker

from backoffice.db import make_engine
from backoffice.models import RoleName
from backoffice.services.demo import vocabulary, vocabulary_kinds
from backoffice.services.demo.catalog import weight_text
from backoffice.services.permissions import Staff
from backoffice.ui.context import AppContext
from backoffice.ui.database_checks import create_demo_database, demo_media_dir
from backoffice.ui.tasks import DbRunner
from backoffice.views.products import ProductsScreen
from tests import ui_helpers
from tests.factories import make_staff
from tests.ui_helpers import wait_for

qloop = ui_helpers.qloop
make_runner = ui_helpers.make_runner
app_context = ui_helpers.app_context


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Iterator[tuple[Path, Engine]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(path, lambda _line: None)
    engine = make_engine(f"sqlite:///{path}")
    yield path, engine
    engine.dispose()


def _products(engine: Engine) -> list[tuple[Any, ...]]:
    query = text(
        "SELECT p.nom, p.description, p.caracteristiques, p.image_url, c.nom "
        "FROM produits p JOIN categories c ON c.id = p.id_categorie"
    )
    with engine.connect() as connection:
        return list(connection.execute(query).all())


def _grams(poids: str) -> float:
    number, unit = poids.split()
    value = float(number.replace(",", "."))
    return value * 1000 if unit == "kg" else value


def test_descriptions_are_written_from_the_product(demo: tuple[Path, Engine]) -> None:
    sources = Path(vocabulary.__file__).read_text() + Path(vocabulary_kinds.__file__).read_text()
    ours = set(re.findall(r"\w+", sources.lower()))
    lorem = {w.lower() for w in FrenchLorem.word_list} - ours
    rows = _products(demo[1])
    assert rows
    for nom, description, caracteristiques, _image, _category in rows:
        specs = json.loads(caracteristiques)
        brand = specs["Marque"]
        kind = nom.split(f" {brand} ")[0]
        assert description.startswith(f"{kind} {brand}"), description
        words = set(re.findall(r"\w+", description.lower()))
        assert not words & lorem, (description, words & lorem)


def test_weights_are_plausible_for_the_kind(demo: tuple[Path, Engine]) -> None:
    for nom, _description, caracteristiques, _image, category in _products(demo[1]):
        low, high = vocabulary_kinds.KINDS[category].grams
        grams = _grams(json.loads(caracteristiques)["Poids"])
        assert low - 50 <= grams <= high + 50, (nom, grams)
    assert weight_text(250) == "250 g" and weight_text(8320) == "8,3 kg"


def test_cities_come_from_the_list(demo: tuple[Path, Engine]) -> None:
    cities = set(vocabulary_kinds.CITIES)
    with demo[1].connect() as connection:
        for table in ("utilisateurs", "adresses"):
            rows = connection.execute(
                text(f"SELECT code_postal, ville FROM {table} WHERE ville IS NOT NULL")
            ).all()
            assert rows
            assert {tuple(r) for r in rows} <= cities


def test_demo_media_are_drawn_and_thumbnails_load(
    qtbot: Any,
    demo: tuple[Path, Engine],
    make_runner: Callable[..., DbRunner],
    app_context: Callable[[DbRunner, Staff], AppContext],
) -> None:
    path, engine = demo
    folder = demo_media_dir(path)
    images = [row[3] for row in _products(engine)]
    assert images and all(i.startswith("produits/") and i.endswith(".png") for i in images)
    for image_url in images:
        file = folder / image_url
        assert file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(file))
        assert (image.width(), image.height()) == (320, 320)
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    with factory() as session:
        actor = make_staff(session, RoleName.ADMIN, email="test-media@boutique.test")
        session.commit()
    screen = ProductsScreen(app_context(make_runner(factory), actor))
    qtbot.addWidget(screen)
    screen.preferences.update(media_base=str(folder))
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitUntil(lambda: not screen.model.loading, timeout=10_000)
    first = screen.model.rows()[0]["image_url"]
    pixmap, ok = wait_for(qtbot, screen.images.load(first, 40))
    assert ok and pixmap.width() == 40
    screen.grab().save(str(path.parent / "produits-1024x700.png"))


def test_demo_points_an_unset_media_base_at_its_pictures(
    demo: tuple[Path, Engine], tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from backoffice.ui.database_checks import use_demo_media
    from backoffice.ui.preferences import preferences_for

    path = demo[0]
    settings = QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat)
    use_demo_media(settings, path)
    assert preferences_for(settings).media_base == str(demo_media_dir(path))
    chosen = QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat)
    preferences_for(chosen).update(media_base="https://cdn.example.fr")
    use_demo_media(chosen, path)
    assert preferences_for(chosen).media_base == "https://cdn.example.fr"  # left alone
