"""The demo's customer engagement: quotes, conversations and their messages, reviews,
wish lists and carts."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

from backoffice.models.enums import RoleName
from backoffice.services.demo import vocabulary as cat
from backoffice.services.demo.base import DAY, HOUR, GeneratorBase, money


class EngagementRows(GeneratorBase):
    """``devis``, ``conversations`` (and ``messages``), ``avis``, ``listes_souhaits`` (and
    ``listes_souhaits_produits``), ``panier``, ``panier_temp``."""

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
            if answered is not None and status in ("en_cours", "termine"):
                self.quotes_sent.append((devis_id, answered))  # sent: it has a number
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
