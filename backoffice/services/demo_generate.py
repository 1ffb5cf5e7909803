"""Row generator of the demo database, one code path for every scale.

Rows are plain tuples in the column order of :data:`COLUMNS`, so that the same stream feeds
PostgreSQL's ``COPY`` (fast path) and SQLAlchemy Core inserts (SQLite). Speed matters at the
large scale (a million orders), hence the design:

* Faker is called only to fill small pools (names, streets, cities) at start-up; rows draw
  from the pools with one ``random.Random`` so that a seed reproduces the same data.
* Money is computed in integer cents (exact, never float) and turned into ``Decimal`` once,
  when the row is emitted. Timestamps are integer UTC epoch seconds turned into aware
  ``datetime`` objects when the row is emitted.
* Ids are explicit and dense (1..n), so rows can reference each other without reading back.
"""

from __future__ import annotations

import bisect
import json
import random
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from faker import Faker

from backoffice.models.enums import RoleName
from backoffice.services import demo_catalog as cat

DAY = 86_400
HOUR = 3_600

# Column order of each table's rows (and of its COPY statement).
# fmt: off
COLUMNS: dict[str, tuple[str, ...]] = {
    "roles": (
        "id", "libelle", "created_at",
    ),
    "utilisateurs": (
        "id", "email", "username", "password", "nom", "prenom", "adresse", "code_postal",
        "ville", "telephone", "idRole", "date_inscription", "derniere_connexion",
        "two_factor_secret", "two_factor_enabled", "points_fidelite",
    ),
    "adresses": (
        "id", "id_utilisateur", "nom_adresse", "type_adresse", "nom_complet", "rue",
        "complement", "code_postal", "ville", "pays", "telephone", "is_default",
        "date_creation", "date_modification",
    ),
    "categories": (
        "id", "nom", "description", "parent_id", "image_url", "est_actif", "slug", "created_at",
        "updated_at",
    ),
    "produits": (
        "id", "nom", "description", "description_courte", "prix", "prix_promo", "stock",
        "id_categorie", "image_url", "images_supplementaires", "caracteristiques", "est_actif",
        "est_featured", "slug", "created_at", "updated_at",
    ),
    "commandes": (
        "id", "id_utilisateur", "date_commande", "statut", "montant_total", "frais_livraison",
        "tva", "pays_livraison", "mode_livraison", "point_relais_id", "point_relais_nom",
        "instructions_livraison", "adresse_livraison", "adresse_facturation",
        "methode_paiement", "reference", "notes", "motif_annulation", "commentaire_annulation",
        "note_client", "commentaire_client",
    ),
    "commande_produit": (
        "id", "id_commande", "id_produit", "quantite", "prix_unitaire",
    ),
    "historique_commande": (
        "id", "id_commande", "id_utilisateur", "action", "details", "date_action",
    ),
    "paiements": (
        "id", "id_commande", "payment_intent_id", "statut", "montant", "details",
        "date_paiement",
    ),
    "factures": (
        "id", "id_commande", "numero_facture", "date_emission", "montant_ht", "montant_tva",
        "montant_ttc", "date_creation",
    ),
    "services": (
        "id", "nom", "description", "prix_base", "image_url", "est_actif", "created_at",
        "updated_at",
    ),
    "devis": (
        "id", "id_utilisateur", "id_service", "description_demande", "statut", "date_demande",
        "date_reponse", "montant_estime", "notes_admin",
    ),
    "conversations": (
        "id", "id_utilisateur", "sujet", "type", "reference_commande", "reference_devis",
        "statut", "date_creation", "date_derniere_activite",
    ),
    "messages": (
        "id", "id_conversation", "id_utilisateur", "contenu", "is_client", "lu",
        "date_creation",
    ),
    "avis": (
        "id", "id_utilisateur", "id_produit", "note", "commentaire", "statut", "motif_rejet",
        "created_at", "updated_at",
    ),
    "listes_souhaits": (
        "id", "id_utilisateur", "nom", "created_at", "updated_at",
    ),
    "listes_souhaits_produits": (
        "id", "id_liste", "id_produit", "date_ajout",
    ),
    "panier": (
        "id", "id_utilisateur", "id_produit", "quantite", "date_ajout", "date_modification",
    ),
    "panier_temp": (
        "id", "session_id", "id_produit", "quantite", "date_ajout", "date_modification",
    ),
}
# fmt: on


@dataclass(frozen=True)
class Scale:
    """How many rows of each kind; one generator serves every scale."""

    products: int
    customers: int
    orders: int
    devis: int
    conversations: int
    reviews: int
    wishlists: int
    carts: int
    anonymous_carts: int


SCALES: dict[str, Scale] = {
    "small": Scale(
        products=300,
        customers=200,
        orders=2_000,
        devis=80,
        conversations=150,
        reviews=400,
        wishlists=60,
        carts=40,
        anonymous_carts=25,
    ),
    "large": Scale(
        products=100_000,
        customers=200_000,
        orders=1_000_000,
        devis=2_000,
        conversations=5_000,
        reviews=20_000,
        wishlists=5_000,
        carts=3_000,
        anonymous_carts=1_000,
    ),
}

ORDER_WINDOW_DAYS = 548  # the last 18 months
ROLE_ORDER: tuple[RoleName, ...] = (
    RoleName.ADMIN,
    RoleName.MANAGER,
    RoleName.EMPLOYE,
    RoleName.SUPPORT,
    RoleName.CLIENT,
)
# Order status paths: every order starts en_attente and moves forward; a cancellation
# happens before invoicing only (from en_attente or validee), so cancelled orders never
# carry an invoice and no credit note is needed.
FORWARD_PATH: tuple[str, ...] = ("en_attente", "validee", "en_preparation", "expediee", "livree")
INVOICED = frozenset({"en_preparation", "expediee", "livree"})
SHIPPING_MODES: tuple[tuple[str, int], ...] = (
    ("colissimo", 690),
    ("point_relais", 490),
    ("chronopost", 1290),
)
FREE_SHIPPING_FROM_CENTS = 6_000
PAYMENT_METHODS: tuple[str, ...] = ("carte", "carte", "carte", "paypal", "virement")
EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.net", "example.org")


def money(cents: int) -> Decimal:
    """Exact Decimal euros from integer cents (``1234`` → ``Decimal('12.34')``)."""
    return Decimal(cents).scaleb(-2)


def vat_included_cents(total_cents: int) -> int:
    """VAT at 20 % included in a TTC total, rounded half-up to the cent: total − total/1.2.

    total − total/1.2 = total/6, and floor(x/6 + 1/2) = (x + 3) // 6 in integers.
    """
    return (total_cents + 3) // 6


def fold(text: str) -> str:
    """Lower-case ASCII without accents (``Éléonore`` → ``eleonore``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(text: str) -> str:
    out: list[str] = []
    dash = False
    for c in fold(text):
        if c in string.ascii_lowercase or c in string.digits:
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


class UniqueSlugs:
    """Slugs made unique by a numeric suffix, as the shop's PHP code does."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        base = slugify(text)[:180] or "element"
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        if count == 1:
            return base
        candidate = f"{base}-{count}"
        while candidate in self._seen:  # "x-2" may itself be a name's slug
            count += 1
            candidate = f"{base}-{count}"
        self._seen[base] = count
        self._seen[candidate] = 1
        return candidate


@dataclass
class InvoiceDue:
    """An invoice to number once all orders are known (numbers follow emission dates)."""

    emitted: int
    order_id: int
    total_cents: int
    vat_cents: int


class DemoGenerator:
    """Generates the rows of each table; call the ``*_rows`` methods in foreign-key order."""

    def __init__(
        self,
        scale: Scale,
        seed: int,
        now: datetime,
        *,
        staff_password_hashes: dict[RoleName, str],
        customer_password_hash: str,
        demo_accounts: tuple[tuple[RoleName, str, str | None], ...],
        role_ids: dict[str, int],
    ) -> None:
        self.scale = scale
        self.rng = random.Random(seed)
        self.now = int(now.timestamp())
        self.window_start = self.now - ORDER_WINDOW_DAYS * DAY
        self.staff_password_hashes = staff_password_hashes
        self.customer_password_hash = customer_password_hash
        self.demo_accounts = demo_accounts
        self.role_ids = role_ids
        self._pools(seed)
        # Filled as tables are generated; later tables refer to earlier rows through them.
        self.staff_ids: dict[RoleName, int] = {}
        self.customer_ids: list[int] = []
        self.customer_since: list[int] = []
        self.customer_address: list[str] = []
        self._address_parts: list[tuple[str, str, str, str]] = []
        self.leaf_ids: list[int] = []
        self.product_price: list[int] = []  # index = product id - 1
        self.product_promo: list[int] = []  # 0 = no promotion
        self.product_promo_since: list[int] = []
        self.product_count = 0
        self.product_popularity: list[int] = []
        self.order_count = 0
        self.order_customer: list[int] = []
        self.delivered_purchases: list[tuple[int, int, int]] = []
        self.devis_customer: list[tuple[int, int, int]] = []  # (id, customer, asked)
        self.order_placed: list[int] = []
        # Child rows of the orders, buffered while the orders stream out.
        self.order_lines: list[tuple[object, ...]] = []
        self.order_history: list[tuple[object, ...]] = []
        self.payments: list[tuple[object, ...]] = []
        self.invoices_due: list[InvoiceDue] = []
        self.status_counts: dict[str, int] = dict.fromkeys(
            ("en_attente", "validee", "en_preparation", "expediee", "livree", "annulee"), 0
        )

    # -- helpers -------------------------------------------------------------------------

    def _pools(self, seed: int) -> None:
        fake = Faker("fr_FR")
        fake.seed_instance(seed)
        self.first_names = sorted({fake.first_name() for _ in range(400)})
        self.last_names = sorted({fake.last_name() for _ in range(400)})
        self.first_folded = [slugify(n).replace("-", "") for n in self.first_names]
        self.last_folded = [slugify(n).replace("-", "") for n in self.last_names]
        self.streets = [fake.street_address() for _ in range(1_500)]
        self.places = [(fake.postcode(), fake.city()) for _ in range(800)]
        self.paragraphs = [fake.paragraph(nb_sentences=4) for _ in range(200)]

    @staticmethod
    def dt(ts: int) -> datetime:
        return datetime.fromtimestamp(ts, UTC)

    def _phone(self) -> str:
        r = self.rng.randrange(100_000_000)
        pairs = (r // 1_000_000 % 100, r // 10_000 % 100, r // 100 % 100, r % 100)
        return f"0{6 + r % 2} " + " ".join(f"{p:02d}" for p in pairs)

    # -- reference data ------------------------------------------------------------------

    def roles_rows(self, existing: dict[str, int]) -> Iterator[tuple[object, ...]]:
        """The five roles; ids already in the table are kept, missing roles get new ids."""
        next_id = max(existing.values(), default=0) + 1
        created = self.dt(self.window_start - 800 * DAY)
        for role in ROLE_ORDER:
            if role.value in existing:
                continue
            self.role_ids[role.value] = next_id
            yield (next_id, role.value, created)
            next_id += 1

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

    # -- people --------------------------------------------------------------------------

    def users_rows(self) -> Iterator[tuple[object, ...]]:
        """Staff and demo client accounts first (ids 1..5), then the generated customers."""
        rng = self.rng
        staff_since = self.window_start - 600 * DAY
        user_id = 0
        for role, email, totp in self.demo_accounts:
            user_id += 1
            prenom, nom = {
                RoleName.ADMIN: ("Alice", "Administratrice"),
                RoleName.MANAGER: ("Marc", "Gérant"),
                RoleName.EMPLOYE: ("Émilie", "Employée"),
                RoleName.SUPPORT: ("Sofiane", "Support"),
                RoleName.CLIENT: ("Claire", "Cliente"),
            }[role]
            street = "12 rue de la Démo"
            if role is RoleName.CLIENT:
                since = self.window_start - 200 * DAY
                self._register_customer(user_id, since, f"{prenom} {nom}", street, "75011", "Paris")
            else:
                self.staff_ids[role] = user_id
                since = staff_since
            yield (
                user_id,
                email,
                email.split("@")[0],
                self.staff_password_hashes[role],
                nom,
                prenom,
                street,
                "75011",
                "Paris",
                self._phone(),
                self.role_ids[role.value],
                self.dt(since),
                self.dt(self.now - rng.randrange(1, 3 * DAY)),
                totp,
                totp is not None,
                0,
            )
        # Registration dates are sorted by id, so "customers registered before t" is an id
        # prefix: orders pick their customer in it and never predate the registration.
        n = self.scale.customers
        first = self.window_start - 900 * DAY
        span = self.now - 2 * DAY - first
        since_list = sorted(first + int(span * rng.random() ** 1.3) for _ in range(n))
        client_role = self.role_ids[RoleName.CLIENT.value]
        first_names, last_names = self.first_names, self.last_names
        first_folded, last_folded = self.first_folded, self.last_folded
        streets, places = self.streets, self.places
        password = self.customer_password_hash
        for since in since_list:
            user_id += 1
            fi = rng.randrange(len(first_names))
            li = rng.randrange(len(last_names))
            prenom, nom = first_names[fi], last_names[li]
            local = f"{first_folded[fi]}.{last_folded[li]}{user_id}"
            street = streets[rng.randrange(len(streets))]
            code_postal, ville = places[rng.randrange(len(places))]
            self._register_customer(user_id, since, f"{prenom} {nom}", street, code_postal, ville)
            yield (
                user_id,
                f"{local}@{EMAIL_DOMAINS[user_id % 3]}",
                local,
                password,
                nom,
                prenom,
                street,
                code_postal,
                ville,
                self._phone(),
                client_role,
                self.dt(since),
                self.dt(since + int((self.now - since) * rng.random())),
                None,
                False,
                rng.randrange(0, 500, 10),
            )

    def _register_customer(
        self, user_id: int, since: int, full_name: str, street: str, code_postal: str, ville: str
    ) -> None:
        self.customer_ids.append(user_id)
        self.customer_since.append(since)
        self.customer_address.append(f"{full_name}\n{street}\n{code_postal} {ville}\nFrance")
        self._address_parts.append((full_name, street, code_postal, ville))

    def addresses_rows(self) -> Iterator[tuple[object, ...]]:
        """One default address per customer (their account address), a second for some."""
        rng = self.rng
        address_id = 0
        for user_id, since, (full_name, street, code_postal, ville) in zip(
            self.customer_ids, self.customer_since, self._address_parts, strict=True
        ):
            address_id += 1
            created = self.dt(since)
            yield (
                address_id,
                user_id,
                "Domicile",
                "livraison",
                full_name,
                street,
                None,
                code_postal,
                ville,
                "France",
                None,
                True,
                created,
                None,
            )
            if rng.random() < 0.35:
                address_id += 1
                other_street = self.streets[rng.randrange(len(self.streets))]
                other_cp, other_ville = self.places[rng.randrange(len(self.places))]
                when = self.dt(since + rng.randrange(DAY, 60 * DAY))
                yield (
                    address_id,
                    user_id,
                    rng.choice(("Travail", "Parents", "Résidence secondaire")),
                    rng.choice(("livraison", "facturation")),
                    full_name,
                    other_street,
                    rng.choice((None, None, "Bâtiment B", "Appartement 12")),
                    other_cp,
                    other_ville,
                    "France",
                    None,
                    False,
                    when,
                    when,
                )
        self.address_count = address_id

    # -- catalogue -----------------------------------------------------------------------

    def products_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        slugs = UniqueSlugs()
        leaves = self.leaves
        brands = cat.BRANDS
        paragraphs = self.paragraphs
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
            extra = [f"/uploads/produits/{slug}-{k}.jpg" for k in range(2, 2 + rng.randrange(4))]
            caracteristiques = {
                "Marque": brand,
                "Référence": model,
                "Couleur": colour,
                "Garantie": rng.choice(("1 an", "2 ans", "3 ans")),
                "Poids": f"{(w := rng.randint(1, 150)) // 10},{w % 10} kg",
            }
            created = created_first + rng.randrange(400 * DAY)
            updated = created + rng.randrange(max(self.now - created, 1))
            self.product_price.append(prix)
            self.product_promo.append(promo)
            self.product_promo_since.append(promo_since)
            yield (
                product_id,
                nom,
                paragraphs[rng.randrange(len(paragraphs))],
                f"{noun} {brand} {colour.lower()}, {rng.choice(cat.QUALIFIERS)}.",
                money(prix),
                money(promo) if promo else None,
                stock,
                leaf_id,
                f"/uploads/produits/{slug}.jpg",
                dumps(extra),
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

    # -- orders --------------------------------------------------------------------------

    def _order_status(self, placed: int) -> str:
        """Recent orders are still moving; old ones are delivered or were cancelled."""
        age = self.now - placed
        r = self.rng.random()
        if age < 4 * DAY:
            thresholds = (
                (0.25, "en_attente"),
                (0.5, "validee"),
                (0.7, "en_preparation"),
                (0.85, "expediee"),
                (0.93, "livree"),
            )
        elif age < 12 * DAY:
            thresholds = (
                (0.03, "en_attente"),
                (0.08, "validee"),
                (0.18, "en_preparation"),
                (0.45, "expediee"),
                (0.94, "livree"),
            )
        else:
            thresholds = (
                (0.0, "en_attente"),
                (0.0, "validee"),
                (0.0, "en_preparation"),
                (0.004, "expediee"),
                (0.93, "livree"),
            )
        for bound, status in thresholds:
            if r < bound:
                return status
        return "annulee"

    def orders_rows(self) -> Iterator[tuple[object, ...]]:
        """Orders in date order; lines, history, payments and invoices are buffered aside."""
        rng = self.rng
        rand, randrange = rng.random, rng.randrange
        dt = self.dt
        now = self.now
        n = self.scale.orders
        span = now - 30 * 60 - self.window_start
        # More orders lately (a growing shop): density rises towards now.
        self.order_placed = placed_list = sorted(
            self.window_start + int(span * rand() ** 0.8) for _ in range(n)
        )
        forced = ("en_attente", "validee", "en_preparation", "expediee", "livree", "annulee")
        customer_ids, customer_since = self.customer_ids, self.customer_since
        customer_address = self.customer_address
        popularity = self.product_popularity
        n_products = self.product_count
        price, promo, promo_since = self.product_price, self.product_promo, self.product_promo_since
        lines, history, payments = self.order_lines, self.order_history, self.payments
        invoices_due = self.invoices_due
        status_counts = self.status_counts
        delivered = self.delivered_purchases
        review_sample_rate = min(1.0, 4 * self.scale.reviews / max(n, 1))
        staff_movers = (
            self.staff_ids[RoleName.EMPLOYE],
            self.staff_ids[RoleName.EMPLOYE],
            self.staff_ids[RoleName.MANAGER],
            self.staff_ids[RoleName.ADMIN],
        )
        creation_details = json.dumps({"statut": "en_attente"})
        transition_details = {
            (a, b): json.dumps(
                {
                    "ancien_statut": a,
                    "nouveau_statut": b,
                    "message": (
                        f"Statut passé de « {cat.STATUS_LABELS[a]} » à « {cat.STATUS_LABELS[b]} »"
                    ),
                },
                ensure_ascii=False,
            )
            for a in cat.STATUS_LABELS
            for b in cat.STATUS_LABELS
            if a != b
        }
        payment_details = [
            json.dumps({"methode": m, "marque": b, "derniers_chiffres": d})
            for m, b, d in (
                ("carte", "visa", "4242"),
                ("carte", "mastercard", "4444"),
                ("carte", "cb", "1881"),
                ("paypal", None, None),
                ("virement", None, None),
            )
        ]
        line_id = history_id = payment_id = 0
        order_customer = self.order_customer
        for order_id, placed in enumerate(placed_list, start=1):
            status = (
                forced[n - order_id] if n - order_id < len(forced) else self._order_status(placed)
            )
            status_counts[status] += 1
            # A customer registered before the order (registration dates are sorted).
            k = bisect.bisect_right(customer_since, placed)
            customer_index = randrange(max(k, 1))
            customer = customer_ids[customer_index]
            order_customer.append(customer)

            # Lines: distinct products at their price on the order date.
            r = rand()
            n_lines = 1 if r < 0.3 else 2 if r < 0.55 else 3 if r < 0.75 else 4 if r < 0.9 else 5
            n_lines = min(n_lines, n_products)
            chosen: list[int] = []
            subtotal = 0
            while len(chosen) < n_lines:
                r = rand()
                product = popularity[int(n_products * r * r)]
                if product in chosen:
                    continue
                chosen.append(product)
                r = rand()
                quantity = 1 if r < 0.72 else 2 if r < 0.92 else 3 if r < 0.98 else 5
                p = product - 1
                unit = promo[p] if promo[p] and placed >= promo_since[p] else price[p]
                subtotal += unit * quantity
                line_id += 1
                lines.append((line_id, order_id, product, quantity, money(unit)))

            mode, fee = SHIPPING_MODES[0 if (r := rand()) < 0.55 else 1 if r < 0.9 else 2]
            if subtotal >= FREE_SHIPPING_FROM_CENTS and mode != "chronopost":
                fee = 0
            total = subtotal + fee
            vat = vat_included_cents(total)
            method_index = randrange(5)

            # Status path and the dates of each transition.
            if status == "annulee":
                path = (
                    ["en_attente", "validee", "annulee"]
                    if rand() < 0.4
                    else ["en_attente", "annulee"]
                )
            else:
                path = list(FORWARD_PATH[: FORWARD_PATH.index(status) + 1])
            delays = [
                randrange(10 * 60, DAY)
                if step in ("validee", "annulee")
                else randrange(2 * HOUR, 2 * DAY)
                if step == "en_preparation"
                else randrange(12 * HOUR, 3 * DAY)
                if step == "expediee"
                else randrange(DAY, 4 * DAY)
                for step in path[1:]
            ]
            room = now - 60 - placed
            total_delay = sum(delays)
            if total_delay > room:  # a recent order: squeeze its history before "now"
                delays = [max(1, d * room // (total_delay + 1)) for d in delays]
            when = placed
            history_id += 1
            history.append(
                (history_id, order_id, customer, "creation", creation_details, dt(placed))
            )
            previous = "en_attente"
            step_time: dict[str, int] = {}
            for step, delay in zip(path[1:], delays, strict=True):
                when += delay
                step_time[step] = when
                history_id += 1
                actor = None if step == "validee" else staff_movers[randrange(4)]
                history.append(
                    (
                        history_id,
                        order_id,
                        actor,
                        "changement_statut",
                        transition_details[previous, step],
                        dt(when),
                    )
                )
                previous = step

            if "validee" in step_time:
                payment_id += 1
                refunded = status == "annulee"
                payments.append(
                    (
                        payment_id,
                        order_id,
                        f"pi_{rng.getrandbits(96):024x}",
                        "refunded" if refunded else "succeeded",
                        money(total),
                        payment_details[method_index],
                        dt(step_time["validee"]),
                    )
                )
            if status in INVOICED:
                # Invoiced when preparation starts.
                invoices_due.append(InvoiceDue(step_time["en_preparation"], order_id, total, vat))
            if status == "livree" and rand() < review_sample_rate:
                delivered.append((customer, chosen[0], step_time["livree"]))

            cancelled = status == "annulee"
            # A refused payment only explains a cancellation before validation.
            reasons = cat.CANCEL_REASONS if "validee" not in step_time else cat.CANCEL_REASONS[2:]
            placed_dt = dt(placed)
            feedback = (
                cat.ORDER_FEEDBACK[randrange(len(cat.ORDER_FEEDBACK))]
                if (status == "livree" and rand() < 0.1)
                else None
            )
            relay = mode == "point_relais"
            address = customer_address[customer_index]
            yield (
                order_id,
                customer,
                placed_dt,
                status,
                money(total),
                money(fee),
                money(vat),
                "France",
                mode,
                f"RL{randrange(10_000, 99_999)}" if relay else None,
                cat.RELAY_POINTS[randrange(len(cat.RELAY_POINTS))] if relay else None,
                cat.DELIVERY_INSTRUCTIONS[randrange(4)] if rand() < 0.08 else None,
                address,
                address,
                PAYMENT_METHODS[method_index],
                f"CMD-{placed_dt.year}-{order_id:06d}",
                cat.ORDER_NOTES[randrange(3)] if rand() < 0.03 else None,
                reasons[randrange(len(reasons))] if cancelled else None,
                cat.CANCEL_COMMENTS[randrange(len(cat.CANCEL_COMMENTS))] if cancelled else None,
                feedback[0] if feedback else None,
                feedback[1] if feedback else None,
            )
        self.order_count = n

    def invoices_rows(self) -> Iterator[tuple[object, ...]]:
        """Invoices numbered FA-<year>-<n>: n restarts at 1 each (UTC) year and has no gap
        in emission-date order within a year, as French invoicing rules require."""
        due = sorted(self.invoices_due, key=lambda d: (d.emitted, d.order_id))
        year = 0
        number = 0
        for invoice_id, item in enumerate(due, start=1):
            emitted = self.dt(item.emitted)
            if emitted.year != year:
                year, number = emitted.year, 0
            number += 1
            yield (
                invoice_id,
                item.order_id,
                f"FA-{year}-{number:06d}",
                emitted,
                money(item.total_cents - item.vat_cents),
                money(item.vat_cents),
                money(item.total_cents),
                emitted,
            )
        self.invoices_due = []

    # -- quotes, conversations, reviews, wishlists, carts ---------------------------------

    def _customer_index_registered_before(self, when: int) -> int:
        k = bisect.bisect_right(self.customer_since, when)
        return self.rng.randrange(max(k, 1))

    def devis_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        statuses = ("en_attente", "en_cours", "termine", "rejete")
        for devis_id in range(1, self.scale.devis + 1):
            # The first four cover every status whatever the seed.
            status = (
                statuses[devis_id - 1]
                if devis_id <= 4
                else rng.choice(
                    (
                        "en_attente",
                        "en_cours",
                        "en_cours",
                        "termine",
                        "termine",
                        "termine",
                        "rejete",
                    )
                )
            )
            age_max = 20 * DAY if status in ("en_attente", "en_cours") else 300 * DAY
            asked = self.now - rng.randrange(2 * HOUR, age_max)
            customer = self.customer_ids[self._customer_index_registered_before(asked)]
            service_index = rng.randrange(len(cat.SERVICES))
            answered: datetime | None = None
            amount: Decimal | None = None
            notes: str | None = None
            if status != "en_attente":
                answered = self.dt(min(asked + rng.randrange(HOUR, 4 * DAY), self.now - 60))
                base = self.service_prices[service_index] or rng.randint(150, 900)
                amount = money(base * 100 * rng.randint(80, 250) // 100)
                notes = rng.choice(cat.DEVIS_NOTES)
            self.devis_customer.append((devis_id, customer, asked))
            yield (
                devis_id,
                customer,
                service_index + 1,
                rng.choice(cat.DEVIS_REQUESTS),
                status,
                self.dt(asked),
                answered,
                amount,
                notes,
            )

    def conversations_rows(self) -> Iterator[tuple[object, ...]]:
        """Conversations; their messages are buffered in :attr:`conversation_messages`."""
        rng = self.rng
        types = ("general", "commande", "devis", "support")
        statuses = ("ouvert", "en_attente", "resolu", "ferme")
        staff = (
            self.staff_ids[RoleName.SUPPORT],
            self.staff_ids[RoleName.SUPPORT],
            self.staff_ids[RoleName.MANAGER],
            self.staff_ids[RoleName.EMPLOYE],
        )
        self.conversation_messages: list[tuple[object, ...]] = []
        message_id = 0
        for conv_id in range(1, self.scale.conversations + 1):
            kind = types[(conv_id - 1) % 4] if conv_id <= 4 else rng.choice(types)
            status = (
                statuses[(conv_id - 1) % 4]
                if conv_id <= 4
                else rng.choice(("ouvert", "ouvert", "en_attente", "resolu", "resolu", "ferme"))
            )
            order_ref = devis_ref = None
            open_now = status in ("ouvert", "en_attente")
            started = self.now - rng.randrange(2 * HOUR, (10 if open_now else 200) * DAY)
            if kind == "commande":
                # An order placed a little before the conversation started.
                k = bisect.bisect_right(self.order_placed, started)
                order_ref = rng.randrange(max(1, k - 200), max(k, 1) + 1)
                customer = self.order_customer[order_ref - 1]
                started = max(started, self.order_placed[order_ref - 1] + 60)
            elif kind == "devis":
                devis_ref, customer, asked = rng.choice(self.devis_customer)
                started = max(started, asked + 60)
            else:
                customer = self.customer_ids[rng.randrange(len(self.customer_ids))]
            # ouvert: the customer spoke last (staff must answer); en_attente: staff did.
            count = rng.randint(1, 8)
            if status == "ouvert" and count % 2 == 0:
                count -= 1
            elif status == "en_attente" and count % 2 == 1:
                count = count + 1 if count < 8 else count - 1
            room = max(self.now - 60 - started, count)
            when = started
            for k in range(count):
                when += rng.randrange(1, max(2, room // count))
                from_client = k % 2 == 0
                last = k == count - 1
                message_id += 1
                # The customer's last word in an open thread awaits staff; some staff
                # answers are still unread by the customer.
                unread = last and (status == "ouvert" if from_client else rng.random() < 0.5)
                self.conversation_messages.append(
                    (
                        message_id,
                        conv_id,
                        customer if from_client else staff[rng.randrange(4)],
                        rng.choice(cat.CLIENT_MESSAGES if from_client else cat.STAFF_MESSAGES),
                        from_client,
                        not unread,
                        self.dt(when),
                    )
                )
            yield (
                conv_id,
                customer,
                rng.choice(cat.CONVERSATION_SUBJECTS[kind]),
                kind,
                order_ref,
                devis_ref,
                status,
                self.dt(started),
                self.dt(when),
            )

    def reviews_rows(self) -> Iterator[tuple[object, ...]]:
        """Reviews by customers who received the product, one per customer and product."""
        rng = self.rng
        seen: set[tuple[int, int]] = set()
        review_id = 0
        for customer, product, delivered in self.delivered_purchases:
            if review_id >= self.scale.reviews or (customer, product) in seen:
                continue
            seen.add((customer, product))
            review_id += 1
            note = rng.choice((5, 5, 5, 4, 4, 4, 3, 2, 1))
            status = (
                ("en_attente", "approuve", "rejete")[review_id - 1]
                if review_id <= 3
                else (
                    "en_attente"
                    if delivered > self.now - 10 * DAY
                    else rng.choice(("approuve",) * 8 + ("rejete", "en_attente"))
                )
            )
            created = min(delivered + rng.randrange(HOUR, 10 * DAY), self.now - 60)
            updated = (
                created
                if status == "en_attente"
                else min(created + rng.randrange(HOUR, 3 * DAY), self.now)
            )
            yield (
                review_id,
                customer,
                product,
                note,
                rng.choice(cat.REVIEW_TEXTS[note]),
                status,
                rng.choice(cat.REVIEW_REJECT_REASONS) if status == "rejete" else None,
                self.dt(created),
                self.dt(updated),
            )
        self.delivered_purchases = []

    def wishlists_rows(self) -> Iterator[tuple[object, ...]]:
        """Wishlists; their products are buffered in :attr:`wishlist_items`."""
        rng = self.rng
        self.wishlist_items: list[tuple[object, ...]] = []
        item_id = 0
        for list_id in range(1, self.scale.wishlists + 1):
            customer_index = rng.randrange(len(self.customer_ids))
            created = max(
                self.customer_since[customer_index], self.now - 300 * DAY
            ) + rng.randrange(DAY)
            created = min(created, self.now - HOUR)
            for product in rng.sample(range(1, self.product_count + 1), rng.randint(1, 6)):
                item_id += 1
                self.wishlist_items.append(
                    (
                        item_id,
                        list_id,
                        product,
                        self.dt(min(created + rng.randrange(30 * DAY), self.now)),
                    )
                )
            yield (
                list_id,
                self.customer_ids[customer_index],
                rng.choice(cat.WISHLIST_NAMES),
                self.dt(created),
                self.dt(created),
            )

    def carts_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        row_id = 0
        for customer_index in rng.sample(
            range(len(self.customer_ids)), min(self.scale.carts, len(self.customer_ids))
        ):
            for product in rng.sample(range(1, self.product_count + 1), rng.randint(1, 4)):
                row_id += 1
                added = self.now - rng.randrange(HOUR, 20 * DAY)
                yield (
                    row_id,
                    self.customer_ids[customer_index],
                    product,
                    rng.randint(1, 3),
                    self.dt(added),
                    None,
                )

    def anonymous_carts_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        row_id = 0
        for _ in range(self.scale.anonymous_carts):
            session_id = f"{rng.getrandbits(128):032x}"
            for product in rng.sample(range(1, self.product_count + 1), rng.randint(1, 3)):
                row_id += 1
                added = self.now - rng.randrange(60, 3 * DAY)
                yield (row_id, session_id, product, rng.randint(1, 2), self.dt(added), None)
