"""Escaping: every text a user typed or a customer wrote goes through :func:`escape`
before it enters a reportlab paragraph.

reportlab's ``Paragraph`` reads a small XML markup: ``<b>``, ``<font color=…>``,
``<img src=…>`` (which *opens the file or URL it names*), ``<a href>``, entities. A customer
named ``S&P`` breaks the parser, ``</para>`` ends the paragraph, ``<img src="http://…">``
would fetch a URL while rendering, ``<font color="[[[…]]]">`` makes reportlab raise. After
:func:`escape` they are plain characters and print exactly as written.

Control characters (other than line breaks and tabs) are dropped: they have no glyph and
some (NUL) make viewers stop reading the string.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def clean(value: object) -> str:
    """``value`` as text without control characters (``None`` → ``""``), line breaks as
    ``\\n``; for a canvas string (``drawString`` takes no markup) or a file."""
    if value is None:
        return ""
    text = _LINE_BREAK.sub("\n", str(value))
    return _CONTROL.sub("", text.replace("\t", " "))


def escape(value: object) -> str:
    """``value`` as paragraph markup that shows it literally, on one line (line breaks
    become spaces): ``S&P </para>`` → ``S&amp;P &lt;/para&gt;``."""
    text = clean(value).replace("\n", " ")
    return _escape_markup(text)


def escape_lines(value: object) -> str:
    """Like :func:`escape`, keeping the writer's line breaks (an address, instructions):
    each becomes ``<br/>``, the only markup added."""
    return "<br/>".join(_escape_markup(line) for line in clean(value).split("\n"))


def _escape_markup(text: str) -> str:
    # Quotes too: escaped text may end up inside an attribute.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


__all__ = ["clean", "escape", "escape_lines"]


def address_without_name(address: str, name: str) -> str:
    """``address`` without its first line when that line is ``name`` itself.

    The shop's addresses are free text (``adresse_facturation``, ``adresse_livraison``),
    which the website usually starts with the customer's name: the documents print the
    name above the address, once (« Facturé à / Marthe Bernier / 12 rue… », not the name
    twice)."""
    lines = address.strip().splitlines()
    if lines and " ".join(lines[0].split()).casefold() == " ".join(name.split()).casefold():
        lines = lines[1:]
    return "\n".join(lines)
