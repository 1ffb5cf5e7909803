"""Messages marked for translation without Qt: what services (and other Qt-free modules)
raise or return is French text that remembers how to be translated.

``QT_TRANSLATE_NOOP("catalog", "Produit introuvable.")`` is the marker ``pyside6-lupdate``
extracts (context, source text: both literals); it returns a :class:`Message`, a ``str``
equal to the French text that also carries its context and template. Placeholders are
filled after the marker, never inside it (lupdate only reads literals)::

    QT_TRANSLATE_NOOP("catalog", "Le slug « {slug} » est déjà pris.").format(slug=slug)

The result is still the French sentence (logs, the command line and tests read it as a
plain ``str``); the UI translates it with ``QCoreApplication.translate(message.context,
message.template)`` and formats the translation with ``message.args`` / ``message.kwargs``
(``backoffice.ui.errors.translated``). One context per domain: "catalog", "categories",
"auth", "sessions", "totp", "security", "customers", "db_role", "demo", "permissions",
"errors".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    """French text (already formatted) plus what a translator needs: the lupdate
    ``context``, the untranslated ``template`` and the formatting ``args`` / ``kwargs``.

    Equal to, and usable as, the French ``str``; joining or concatenating gives a plain
    ``str`` (no longer translatable as a whole).
    """

    context: str
    template: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(
        cls,
        context: str,
        template: str,
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
    ) -> Message:
        kwargs = dict(kwargs or {})
        text = str.format(template, *args, **kwargs) if args or kwargs else template
        self = super().__new__(cls, text)
        self.context = context
        self.template = template
        self.args = tuple(args)
        self.kwargs = kwargs
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:  # type: ignore[override]  # copy, pickle
        return (self.context, self.template, self.args, self.kwargs)

    def format(self, *args: Any, **kwargs: Any) -> Message:  # type: ignore[override]
        """The template with its placeholders filled, still translatable."""
        return Message(self.context, self.template, args, kwargs)

    @property
    def params(self) -> dict[str, Any]:
        """The named placeholders' values."""
        return dict(self.kwargs)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for extraction under ``context``; returns it as a :class:`Message`."""
    return Message(context, text)


__all__ = ["QT_TRANSLATE_NOOP", "Message"]
