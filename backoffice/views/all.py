"""Importing this module registers every tab (one import per view module)."""

from backoffice.views import categories, clients, products, security  # noqa: F401
