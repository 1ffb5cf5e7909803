"""Customers (``utilisateurs`` whose role is ``client``): the Clients tab's data.

* :mod:`.listing` — the list, the customer's sheet, the addresses;
* :mod:`.edit` — validation and the saves of a customer's own fields and addresses.

The public API is re-exported here; submodules import each other directly.
"""

from __future__ import annotations

from backoffice.services.customers.edit import (
    get_customer_address,
    get_customer_form,
    update_customer,
    update_customer_address,
    validate_address,
    validate_customer,
)
from backoffice.services.customers.listing import (
    ADDRESS_COLUMNS,
    ADDRESS_FIELDS,
    CUSTOMER_COLUMNS,
    CUSTOMER_FIELDS,
    CUSTOMERS,
    RECENT_ORDERS_LIMIT,
    SEARCH_EXPRESSION,
    SEARCH_FULLTEXT,
    count_customers,
    customer_detail,
    customers_source,
    list_customer_addresses,
    list_customers,
)

__all__ = [
    "ADDRESS_COLUMNS",
    "ADDRESS_FIELDS",
    "CUSTOMERS",
    "CUSTOMER_COLUMNS",
    "CUSTOMER_FIELDS",
    "RECENT_ORDERS_LIMIT",
    "SEARCH_EXPRESSION",
    "SEARCH_FULLTEXT",
    "count_customers",
    "customer_detail",
    "customers_source",
    "get_customer_address",
    "get_customer_form",
    "list_customer_addresses",
    "list_customers",
    "update_customer",
    "update_customer_address",
    "validate_address",
    "validate_customer",
]
