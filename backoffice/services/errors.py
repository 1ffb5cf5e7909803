"""Errors a service raises; each carries a French message fit to show a shop employee."""

from __future__ import annotations

from collections.abc import Mapping


class ServiceError(Exception):
    """Base of every error meant for the user; ``message`` is French and self-explaining."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(ServiceError):
    def __init__(self, permission: str, message: str | None = None) -> None:
        super().__init__(message or "Vous n'avez pas le droit d'effectuer cette action.")
        self.permission = permission


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """The row changed since it was read (compare-and-set updated nothing)."""

    def __init__(self, message: str, current: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.current = dict(current or {})


class ValidationError(ServiceError):
    """One French message per field that is wrong; nothing was saved."""

    def __init__(self, errors: Mapping[str, str], message: str | None = None) -> None:
        super().__init__(
            message or "Certaines valeurs sont invalides : " + " ; ".join(errors.values())
        )
        self.errors = dict(errors)


class AuthenticationError(ServiceError):
    pass


class SessionEnded(ServiceError):
    """The staff member's session was revoked or their role changed: sign in again."""
