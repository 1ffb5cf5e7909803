"""Form pieces the catalogue tabs share (Produits, Catégories): the category picker's
search and the slug that follows the name. Views import them from here, never from each
other."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from backoffice.services.categories import search_categories
from backoffice.services.permissions import Staff
from backoffice.services.slugs import slugify
from backoffice.ui.forms.screen import FormScreen


def search_category_choices(session: Session, actor: Staff, text: str) -> list[tuple[int, str]]:
    """The category picker's matches: ``(id, "Maison › Cuisine")``, inactive ones marked.

    Runs on the worker pool (``runner.run``), like the other picker searches."""
    return [
        (
            c.id,
            c.chemin
            if c.est_actif
            else c.chemin + QCoreApplication.translate("CatalogFields", " (inactive)"),
        )
        for c in search_categories(session, actor, text, limit=40)
    ]


def wire_slug(form: FormScreen) -> dict[str, bool]:
    """A new product's or category's slug follows the name (accents folded) until edited
    by hand. ``form`` has ``nom`` and ``slug`` text fields; returns the follower's state
    (``{"auto": True}`` while the slug follows)."""
    name = form.editor("nom")
    slug = form.editor("slug")
    state = {"auto": True}

    def reset(data: Any) -> None:
        # A saved row's slug is its published address: renaming it must not move the
        # page (links, search engines). Only a new row, or one without a slug, follows.
        state["auto"] = not (getattr(data, "slug", "") or "")

    def name_changed(text: str) -> None:
        if state["auto"] and not slug.isReadOnly():
            slug.setText(slugify(text))

    def slug_edited(text: str) -> None:
        state["auto"] = not text.strip() or text == slugify(name.text())

    reset(form.loaded)
    form.loadedChanged.connect(reset)
    name.textChanged.connect(name_changed)
    slug.textEdited.connect(slug_edited)
    return state


__all__ = ["search_category_choices", "wire_slug"]
