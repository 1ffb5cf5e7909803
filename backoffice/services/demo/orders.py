"""The demo's orders, with their lines, status history, payments and invoices."""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator

from backoffice.labels import ORDER_STATUS_LABELS
from backoffice.models.enums import RoleName
from backoffice.services.demo import vocabulary as cat
from backoffice.services.demo.base import (
    DAY,
    FORWARD_PATH,
    FREE_SHIPPING_FROM_CENTS,
    HOUR,
    INVOICED,
    PAYMENT_METHODS,
    SHIPPING_MODES,
    GeneratorBase,
    InvoiceDue,
    money,
    vat_included_cents,
)


class OrderRows(GeneratorBase):
    """``commandes``; ``commande_produit``, ``historique_commande`` and ``paiements`` are
    buffered while the orders stream out; the invoices due are kept for
    ``services.demo.invoicing``, which issues them once every order is known."""

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
                        f"Statut passé de « {ORDER_STATUS_LABELS[a]} » "
                        f"à « {ORDER_STATUS_LABELS[b]} »"
                    ),
                },
                ensure_ascii=False,
            )
            for a in map(str, ORDER_STATUS_LABELS)
            for b in map(str, ORDER_STATUS_LABELS)
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
            bought: list[tuple[int, int, int, int]] = []
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
                bought.append((line_id, product, quantity, unit))

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
                invoices_due.append(
                    InvoiceDue(
                        step_time["en_preparation"],
                        order_id,
                        total,
                        vat,
                        lines=tuple(bought),
                        fee_cents=fee,
                        mode=mode,
                        customer_index=customer_index,
                        reference=f"CMD-{dt(placed).year}-{order_id:06d}",
                        placed=placed,
                        method=PAYMENT_METHODS[method_index],
                        paid_at=step_time.get("validee"),
                    )
                )
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
