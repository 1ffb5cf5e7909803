"""Importing this module registers every tab (one import per view module)."""

from backoffice.views import clients, security  # noqa: F401
