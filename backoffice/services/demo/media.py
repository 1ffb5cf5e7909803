"""What the demo's product pictures show: one tile per product (drawn by the UI layer).

Qt-free: this module only lists, for every product of a seeded demo database, the file to
write (``produits/<slug>.png``, the product's relative ``image_url``), its name, its
category and the tile colour of its root category.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

from backoffice.services.demo import vocabulary as cat
from backoffice.services.demo.vocabulary_kinds import ROOT_COLOURS

DEFAULT_COLOUR = "#5d6d7e"


@dataclass(frozen=True)
class ProductTile:
    path: str  # relative to the demo media folder, e.g. "produits/poele-x.png"
    name: str
    category: str
    colour: str  # "#rrggbb"


def _leaf_roots() -> dict[str, str]:
    roots: dict[str, str] = {}
    for root_name, children in cat.CATEGORY_TREE:
        for child in children:
            if isinstance(child, cat.Leaf):
                roots[child.nom] = root_name
            else:
                roots[child[0]] = root_name
                for leaf in child[1]:
                    roots[leaf.nom] = root_name
    return roots


def product_tiles(engine: Engine) -> list[ProductTile]:
    """The tiles of the products whose image is a relative ``produits/….png`` path."""
    roots = _leaf_roots()
    query = text(
        "SELECT p.image_url, p.nom, c.nom FROM produits p "
        "LEFT JOIN categories c ON c.id = p.id_categorie ORDER BY p.id"
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    tiles = []
    for image_url, name, category in rows:
        if not image_url or not image_url.startswith("produits/"):
            continue
        colour = ROOT_COLOURS.get(roots.get(category or "", ""), DEFAULT_COLOUR)
        tiles.append(ProductTile(image_url, name, category or "", colour))
    return tiles
