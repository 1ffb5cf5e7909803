"""The demo generator's common ground: scales, constants, money and slug helpers, and
:class:`GeneratorBase`, the state every table's rows are drawn from.

One code path for every scale. Rows are plain tuples in the column order of
:data:`~backoffice.services.demo.tables.COLUMNS` (the models' own order), so that the same
stream feeds PostgreSQL's ``COPY``, MariaDB's ``LOAD DATA`` and SQLAlchemy Core inserts.
Speed matters at the large scale (a million orders), hence the design:

* Faker is called only to fill small pools (names, streets) at start-up; rows draw
  from the pools with one ``random.Random`` so that a seed reproduces the same data (the
  ``*_rows`` methods must run in the order of :func:`~.seed.generate`: each draws from the
  same generator).
* Money is computed in integer cents (exact, never float) and turned into ``Decimal`` once,
  when the row is emitted. Timestamps are integer UTC epoch seconds turned into aware
  ``datetime`` objects when the row is emitted.
* Ids are explicit and dense (1..n), so rows can reference each other without reading back.

The rows themselves are written by one mixin per domain: :mod:`.people`, :mod:`.catalog`,
:mod:`.orders`, :mod:`.engagement`, put together in :mod:`.generator`.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from faker import Faker

from backoffice.models.enums import RoleName
from backoffice.services.demo.vocabulary import Leaf
from backoffice.services.demo.vocabulary_kinds import CITIES

Row = tuple[object, ...]

DAY = 86_400
HOUR = 3_600


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
    # The Devis queue at 100 000 quotes (benchmarks/quotes_tab.py); a small shop otherwise.
    "devis": Scale(
        products=300,
        customers=20_000,
        orders=2_000,
        devis=100_000,
        conversations=1_000,
        reviews=400,
        wishlists=60,
        carts=40,
        anonymous_carts=25,
    ),
    # The Conversations inbox at 100 000 conversations and 1 000 000 messages
    # (benchmarks/conversations_tab.py): a small shop with 20 000 customers, the volume
    # added by services.demo.conversations_bench once the shop is loaded (seed.py).
    "conversations": Scale(
        products=300,
        customers=20_000,
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
    """VAT at 20 % included in a TTC total, by the invoicing rule (README « Factures »):
    HT = total ÷ 1,2 rounded half up to the cent, VAT = total − HT.

    total ÷ 1,2 = 5·total/6, and floor(5x/6 + 1/2) = (5x + 3) // 6 in integers.
    """
    return total_cents - (5 * total_cents + 3) // 6


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
    # What its snapshot shows (services.demo.invoicing): the order's lines as
    # (line id, product id, quantity, unit price in cents), shipping, customer, payment.
    lines: tuple[tuple[int, int, int, int], ...] = ()
    fee_cents: int = 0
    mode: str = ""
    customer_index: int = 0
    reference: str = ""
    placed: int = 0
    method: str = ""
    paid_at: int | None = None
    relay: str = ""


class GeneratorBase:
    """The generator's state; the ``*_rows`` mixins fill and read it."""

    # Set by the row methods, read by later tables.
    leaves: list[tuple[int, Leaf]]
    service_prices: list[int | None]
    address_count: int
    conversation_messages: list[Row]
    wishlist_items: list[Row]

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
        self.quotes_sent: list[tuple[int, datetime]] = []  # (id, answered): numbered
        self.order_placed: list[int] = []
        # Child rows of the orders, buffered while the orders stream out.
        self.order_lines: list[tuple[object, ...]] = []
        self.order_history: list[tuple[object, ...]] = []
        self.payments: list[tuple[object, ...]] = []
        self.invoices_due: list[InvoiceDue] = []
        self.invoice_counters: dict[int, int] = {}  # year → last invoice number
        self.product_name: list[str] = []  # index = product id - 1 (invoice lines)
        self.product_slug: list[str] = []
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
        self.places = list(CITIES)

    @staticmethod
    def dt(ts: int) -> datetime:
        return datetime.fromtimestamp(ts, UTC)

    def _phone(self) -> str:
        r = self.rng.randrange(100_000_000)
        pairs = (r // 1_000_000 % 100, r // 10_000 % 100, r // 100 % 100, r % 100)
        return f"0{6 + r % 2} " + " ".join(f"{p:02d}" for p in pairs)
