"""Errors a service raises; each carries a French message fit to show a shop employee.

Errors are data as well as prose: a :class:`ValidationError` maps each wrong field to its
message and may suggest a value for it (``suggestions``); a :class:`ConflictError` holds the
row as it is now (``current``) and the fields that differ from the user's values
(``differences``). The UI reads those, never the wording of a message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


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
    """The row changed since it was read (compare-and-set updated nothing).

    ``current`` is the row as it is now (field → value); ``differences`` names the fields
    whose current value differs from the user's. Build it with
    :func:`backoffice.services.concurrency.conflict`.
    """

    def __init__(
        self,
        message: str,
        current: Mapping[str, Any] | None = None,
        differences: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.current: dict[str, Any] = dict(current or {})
        self.differences: list[str] = list(differences)


class FieldErrors(dict[str, str]):
    """What a ``validate_*`` function returns: one French message per wrong field (a plain
    dict: empty means valid) plus ``suggestions``, a value that would fix a field (the free
    variant of a slug already taken)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.suggestions: dict[str, Any] = {}

    def suggest(self, field: str, message: str, value: Any) -> None:
        """``field`` is wrong (``message``) and ``value`` would do."""
        self[field] = message
        self.suggestions[field] = value


class ValidationError(ServiceError):
    """One French message per field that is wrong; nothing was saved.

    ``suggestions`` maps a field to a value that would be accepted (e.g. the free variant
    of a slug already taken): the form offers it as « Utiliser « … » ». Given
    :class:`FieldErrors`, their suggestions come along.
    """

    def __init__(
        self,
        errors: Mapping[str, str],
        suggestions: Mapping[str, Any] | None = None,
        *,
        message: str | None = None,
    ) -> None:
        super().__init__(
            message or "Certaines valeurs sont invalides : " + " ; ".join(errors.values())
        )
        self.errors: dict[str, str] = dict(errors)
        self.suggestions: dict[str, Any] = dict(suggestions or getattr(errors, "suggestions", {}))


class AuthenticationError(ServiceError):
    pass


class SessionEnded(ServiceError):
    """The staff member's session was revoked or their role changed: sign in again."""
