"""A thread as the HTML a ``QTextBrowser`` shows: every text escaped, never interpreted.

The customer's messages on the left, the staff's on the right, the internal notes in
yellow; author and time above each. ``contenu`` is plain text: it is escaped
(``html.escape``) before anything else, and only then are ``http://`` / ``https://``
addresses made links (``javascript:``, ``file:``, ``data:`` stay text). An attachment is a
link of the app's own scheme ``piece:<id>``, handled inside the app (preview or save),
never given to the operating system.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

ATTACHMENT_SCHEME = "piece"
INDENT = 160  # px: the other side's margin
OLDER_SCHEME = "anciens"
# An address in already-escaped text: it stops at a space or an escaped quote/bracket.
_URL = re.compile(r"https?://[^\s<>\"']+?(?=(?:&quot;|&#x27;|&lt;|&gt;|[.,;:!?)\]]*(?:\s|$)))")


def linkify(text: str) -> str:
    """``text`` escaped, with its http(s) addresses clickable."""
    escaped = html.escape(text, quote=True)

    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        return f'<a href="{url}">{url}</a>'

    return _URL.sub(link, escaped).replace("\n", "<br>")


def size_text(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} Ko".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def _author(item: dict[str, Any], fallback: str) -> str:
    name = " ".join(p for p in (item.get("auteur_prenom"), item.get("auteur_nom")) if p)
    return name or fallback


def thread_html(
    thread: dict[str, Any],
    *,
    when: Callable[[Any], str],
    sizes: dict[int, int | None],
    words: dict[str, str],
    limit: int | None = None,
) -> str:
    """The whole thread. ``when`` formats a time, ``sizes`` gives attachment sizes by id,
    ``words`` the translated captions (``client``, ``staff``, ``note``, ``unread``)."""
    customer = " ".join(p for p in (thread.get("client_prenom"), thread.get("client_nom")) if p)
    customer = customer or thread.get("client_email") or words["client"]
    # Blocks, not a table: QTextDocument lays a 500-row table out in seconds, paragraphs
    # with margins in milliseconds.
    parts: list[str] = []
    items: list[tuple[Any, int, str, dict[str, Any]]] = [
        (m["date_creation"], 0, "message", m) for m in thread["messages"]
    ]
    items += [(n["date_creation"], 1, "note", n) for n in thread.get("notes", [])]
    items.sort(key=lambda item: (str(item[0]), item[1]))
    if limit is not None and len(items) > limit:
        # The latest ones; the older ones on demand (a long thread lays out in 200 ms).
        hidden = len(items) - limit
        items = items[hidden:]
        more = html.escape(words["older"].format(n=hidden))
        parts.append(f'<p align="center"><a href="{OLDER_SCHEME}:">{more}</a></p>')
    for _when, _order, kind, item in items:
        if kind == "note":
            head = f"{html.escape(words['note'])} — {html.escape(_author(item, ''))}"
            colour, margins = "#fff6c8", (INDENT // 2, INDENT // 2)
        elif item["is_client"]:
            head = html.escape(customer)
            colour, margins = "#f0f0f0", (0, INDENT)
        else:
            head = html.escape(_author(item, words["staff"]))
            colour, margins = "#dcebff", (INDENT, 0)
        stamp = html.escape(when(item["date_creation"]))
        unread = (
            f' <b style="color:#b71c1c">{html.escape(words["unread"])}</b>'
            if kind == "message" and item["is_client"] and not item["lu"]
            else ""
        )
        body = linkify(item["contenu"] or "")
        files = ""
        for piece in item.get("pieces", []):
            name = html.escape(piece["nom_fichier"] or "")
            size = size_text(sizes.get(piece["id"]))
            caption = html.escape(words["attachment"])
            link = f'<a href="{ATTACHMENT_SCHEME}:{int(piece["id"])}">{name}</a>'
            files += f"<br>{caption} {link}" + (
                f" <span style='color:#666'>({html.escape(size)})</span>" if size else ""
            )
        style = (
            f"background-color:{colour}; margin-left:{margins[0]}px; "
            f"margin-right:{margins[1]}px; margin-top:8px"
        )
        parts.append(
            f'<p style="{style}"><span style="color:#555"><b>{head}</b> · {stamp}</span>'
            f"{unread}<br>{body}{files}</p>"
        )
    return "".join(parts)


__all__ = ["ATTACHMENT_SCHEME", "OLDER_SCHEME", "linkify", "size_text", "thread_html"]
