"""Orders (``commandes``): the Commandes tab's data and the status workflow.

* :mod:`.listing` — the list (keyset pages, filters, search), its count and the counts per
  status;
* :mod:`.workflow` — the transition table, ``can_x()``, :func:`advance_order` and
  :func:`cancel_order` (compare-and-set, history, audit, restocking, invoicing's hooks);
* :mod:`.batch` — many orders at once, with a summary;
* :mod:`.detail` — one order for its window, and its internal notes.

The public API is re-exported here; submodules import each other directly.
"""

from __future__ import annotations

from backoffice.services.orders.batch import BatchResult, Refusal, advance_orders, cancel_orders
from backoffice.services.orders.detail import get_order, parse_details, update_order_notes
from backoffice.services.orders.listing import (
    MAX_CUSTOMER_IDS,
    ORDERS,
    PAYMENT_STATES,
    PERIOD_DATES,
    PERIODS,
    STATUS_FILTER,
    count_orders,
    count_orders_by_status,
    get_order_filter_values,
    list_orders,
    orders_source,
    period_condition,
)
from backoffice.services.orders.workflow import (
    FINAL,
    FORWARD,
    OPEN_STATUSES,
    TRANSITIONS,
    OrderMoved,
    StatusChange,
    TransitionRefused,
    advance_order,
    allowed_targets,
    can_cancel,
    can_deliver,
    can_prepare,
    can_ship,
    can_transition,
    can_validate,
    cancel_order,
    next_status,
    validate_cancellation,
)

__all__ = [
    "FINAL",
    "FORWARD",
    "MAX_CUSTOMER_IDS",
    "OPEN_STATUSES",
    "ORDERS",
    "PAYMENT_STATES",
    "PERIODS",
    "PERIOD_DATES",
    "STATUS_FILTER",
    "TRANSITIONS",
    "BatchResult",
    "OrderMoved",
    "Refusal",
    "StatusChange",
    "TransitionRefused",
    "advance_order",
    "advance_orders",
    "allowed_targets",
    "can_cancel",
    "can_deliver",
    "can_prepare",
    "can_ship",
    "can_transition",
    "can_validate",
    "cancel_order",
    "cancel_orders",
    "count_orders",
    "count_orders_by_status",
    "get_order",
    "get_order_filter_values",
    "list_orders",
    "next_status",
    "orders_source",
    "parse_details",
    "period_condition",
    "update_order_notes",
    "validate_cancellation",
]
