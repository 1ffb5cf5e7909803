"""Errors a service raises; each carries a French message fit to show a shop employee.

Errors are data as well as prose: a :class:`ValidationError` maps each wrong field to its
message and may suggest a value for it (``suggestions``); a :class:`ConflictError` holds the
row as it is now (``current``) and the fields that differ from the user's values
(``differences``). The UI reads those, never the wording of a message.

Messages are marked for translation (:mod:`backoffice.i18n`): raise
``NotFound(QT_TRANSLATE_NOOP("catalog", "Produit introuvable."))``, with placeholders
filled after the marker (``.format(name=…)``) or given as ``params``. ``message`` is the
French text (logs, command line, tests); ``context``, ``template`` and ``params`` let the
UI show it translated (``backoffice.ui.errors.user_message``). Field messages of a
:class:`ValidationError` are marked the same way, each one a :class:`~backoffice.i18n.Message`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from backoffice.i18n import QT_TRANSLATE_NOOP, Message


class ServiceError(Exception):
    """Base of every error meant for the user; ``message`` is French and self-explaining.

    ``message`` is a template marked with ``QT_TRANSLATE_NOOP`` (its context comes with
    it; ``context`` names one for an unmarked text) and ``params`` fill its named
    placeholders. ``message`` is then the formatted French text, a
    :class:`~backoffice.i18n.Message` when the context is known.
    """

    def __init__(
        self,
        message: str,
        *,
        context: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        context = context or getattr(message, "context", None)
        if context is not None:
            template = getattr(message, "template", message)
            args = getattr(message, "args", ()) if params is None else ()
            kwargs = params if params is not None else getattr(message, "kwargs", {})
            message = Message(context, template, args, kwargs)
        elif params:
            message = message.format(**params)
        super().__init__(message)
        self.message: str = message

    @property
    def context(self) -> str | None:
        """The lupdate context of the message, None when it was not marked."""
        return getattr(self.message, "context", None)

    @property
    def template(self) -> str:
        """The message before its placeholders were filled (the text to translate)."""
        return getattr(self.message, "template", self.message)

    @property
    def params(self) -> dict[str, Any]:
        """The values of the message's named placeholders."""
        return dict(getattr(self.message, "kwargs", {}))


class PermissionDenied(ServiceError):
    def __init__(self, permission: str, message: str | None = None) -> None:
        super().__init__(
            message
            or QT_TRANSLATE_NOOP(
                "permissions", "Vous n'avez pas le droit d'effectuer cette action."
            )
        )
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
        *,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, params=params)
        self.current: dict[str, Any] = dict(current or {})
        self.differences: list[str] = list(differences)


class FieldErrors(dict[str, str]):
    """What a ``validate_*`` function returns: one French message per wrong field (marked
    for translation; a plain dict: empty means valid) plus ``suggestions``, a value that
    would fix a field (the free variant of a slug already taken)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.suggestions: dict[str, Any] = {}

    def suggest(self, field: str, message: str, value: Any) -> None:
        """``field`` is wrong (``message``) and ``value`` would do."""
        self[field] = message
        self.suggestions[field] = value


# The message of a ValidationError given none: its field messages, joined.
INVALID_VALUES = QT_TRANSLATE_NOOP("errors", "Certaines valeurs sont invalides : {errors}")


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
        if message is None:
            message = INVALID_VALUES.format(errors=" ; ".join(errors.values()))
        super().__init__(message)
        self.errors: dict[str, str] = dict(errors)
        self.suggestions: dict[str, Any] = dict(suggestions or getattr(errors, "suggestions", {}))


class AuthenticationError(ServiceError):
    pass


class SessionEnded(ServiceError):
    """The staff member's session was revoked or their role changed: sign in again."""
