"""The demo's catalogue: the category tree, the services and the products."""

from __future__ import annotations

import json
from collections.abc import Iterator

from backoffice.services.demo import vocabulary as cat
from backoffice.services.demo.base import DAY, GeneratorBase, UniqueSlugs, money
from backoffice.services.demo.vocabulary_kinds import KINDS


class CatalogRows(GeneratorBase):
    """``categories``, ``services``, ``produits``."""

    def categories_rows(self) -> Iterator[tuple[object, ...]]:
        slugs = UniqueSlugs()
        created = self.dt(self.window_start - 700 * DAY)
        next_id = 1
        self.leaves: list[tuple[int, cat.Leaf]] = []

        def row(category_id: int, nom: str, parent: int | None) -> tuple[object, ...]:
            slug = slugs(nom)
            return (
                category_id,
                nom,
                f"Découvrez notre sélection « {nom} ».",
                parent,
                f"/uploads/categories/{slug}.jpg",
                True,
                slug,
                created,
                created,
            )

        for root_name, children in cat.CATEGORY_TREE:
            root_id = next_id
            next_id += 1
            yield row(root_id, root_name, None)
            for child in children:
                if isinstance(child, cat.Leaf):
                    self.leaves.append((next_id, child))
                    yield row(next_id, child.nom, root_id)
                    next_id += 1
                    continue
                sub_name, leaves = child
                sub_id = next_id
                next_id += 1
                yield row(sub_id, sub_name, root_id)
                for leaf in leaves:
                    self.leaves.append((next_id, leaf))
                    yield row(next_id, leaf.nom, sub_id)
                    next_id += 1

    def services_rows(self) -> Iterator[tuple[object, ...]]:
        created = self.dt(self.window_start - 400 * DAY)
        for i, (nom, description, prix) in enumerate(cat.SERVICES, start=1):
            prix_base = money(prix * 100) if prix is not None else None
            # One retired service shows the "inactive" state in the services screen.
            yield (
                i,
                nom,
                description,
                prix_base,
                None,
                i != len(cat.SERVICES) - 1,
                created,
                created,
            )
        self.service_prices = [p for _, _, p in cat.SERVICES]

    def products_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        slugs = UniqueSlugs()
        leaves = self.leaves
        brands = cat.BRANDS
        created_first = self.window_start - 500 * DAY
        dumps = json.dumps
        n = self.scale.products
        for product_id in range(1, n + 1):
            leaf_id, leaf = leaves[rng.randrange(len(leaves))]
            noun = leaf.nouns[rng.randrange(len(leaf.nouns))]
            brand = brands[rng.randrange(len(brands))]
            model = f"{rng.choice('ABCDEFGHKLMPRSTVX')}{rng.randrange(10, 1000)}"
            nom = f"{noun} {brand} {model}"
            slug = slugs(nom)
            euros = rng.randint(leaf.prix_min, leaf.prix_max)
            prix = euros * 100 + rng.choice((99, 99, 90, 0, 49))
            promo = 0
            promo_since = 0
            r = rng.random()
            if r < 0.15:
                promo = prix * (100 - rng.choice((10, 15, 20, 25, 30, 40, 50))) // 100
                promo = max(promo - promo % 10 - 1, 1) if promo > 100 else max(prix - 10, 1)
                promo_since = self.now - rng.randrange(DAY, 90 * DAY)
            r = rng.random()
            stock = 0 if r < 0.06 else rng.randint(1, 5) if r < 0.16 else rng.randint(6, 250)
            actif = rng.random() >= 0.07
            featured = actif and rng.random() < 0.05
            colour = rng.choice(cat.COLOURS)
            kind = KINDS[leaf.nom]
            spec_label, spec_values = kind.spec
            spec = spec_values[rng.randrange(len(spec_values))]
            grams = rng.randint(*kind.grams)
            garantie = rng.choice(("1 an", "2 ans", "3 ans"))
            caracteristiques = {
                "Marque": brand,
                "Référence": model,
                "Couleur": colour,
                spec_label: spec,
                "Garantie": garantie,
                "Poids": weight_text(grams),
            }
            first, second = rng.sample(kind.features, 2)
            description = (
                f"{noun} {brand} {model}, {spec_label.lower()} {spec} : {first}, {second}. "
                f"Coloris {colour.lower()}, garantie {garantie}."
            )
            created = created_first + rng.randrange(400 * DAY)
            updated = created + rng.randrange(max(self.now - created, 1))
            self.product_price.append(prix)
            self.product_promo.append(promo)
            self.product_promo_since.append(promo_since)
            self.product_name.append(nom)
            self.product_slug.append(slug)
            yield (
                product_id,
                nom,
                description,
                f"{noun} {brand} {colour.lower()}, {rng.choice(cat.QUALIFIERS)}.",
                money(prix),
                money(promo) if promo else None,
                stock,
                leaf_id,
                f"produits/{slug}.png",
                "[]",
                dumps(caracteristiques, ensure_ascii=False),
                actif,
                featured,
                slug,
                self.dt(created),
                self.dt(updated),
            )
        self.product_count = n
        # Popularity: a few products sell a lot; shuffled so best-sellers spread over categories.
        popularity = list(range(1, n + 1))
        rng.shuffle(popularity)
        self.product_popularity = popularity


def weight_text(grams: int) -> str:
    """« 250 g » under a kilogram, « 8,3 kg » above (French decimal comma)."""
    if grams < 1000:
        return f"{grams} g"
    tenths = round(grams / 100)
    return f"{tenths // 10},{tenths % 10} kg"
