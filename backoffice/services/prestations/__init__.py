"""The catalogue of services the shop sells on quotation (``services``): the list, the
form's read and save (same rules as products: validation, compare-and-set on the values
read, audit), activation, and delete-only-without-quotes (see :mod:`.edit`).

Named ``prestations`` (the French word) so that it is not mistaken for the service layer."""

from backoffice.services.prestations.data import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    ServiceConflict,
    ServiceData,
    clean_service,
    validate_service,
)
from backoffice.services.prestations.edit import (
    ServiceHasQuotes,
    create_service,
    delete_service,
    get_service,
    set_service_active,
    update_service,
)
from backoffice.services.prestations.listing import (
    SERVICES,
    count_services,
    list_services,
    service_choices,
)

__all__ = [
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "SERVICES",
    "ServiceConflict",
    "ServiceData",
    "ServiceHasQuotes",
    "clean_service",
    "count_services",
    "create_service",
    "delete_service",
    "get_service",
    "list_services",
    "service_choices",
    "set_service_active",
    "update_service",
    "validate_service",
]
