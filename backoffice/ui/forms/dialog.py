"""A :class:`~backoffice.ui.forms.screen.FormScreen` in a window of its own.

The dialog takes a built form, so it never repeats the form's arguments::

    form = FormScreen(context, spec, record_id, initial=..., image_loader=...)
    dialog = await open_form(form, parent=screen, title="Produit")
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from backoffice.ui.forms.screen import FormScreen


class FormDialog(QDialog):
    """``form`` in a window: closes when saved or cancelled, stays open on any error with
    the user's input intact; the title gets « * » while there are unsaved changes."""

    def __init__(
        self, form: FormScreen, *, title: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formDialog")
        self.form = form
        self._title = title or form.spec.title
        self.setWindowTitle(self._title)
        self._force = False
        form.setParent(self)
        form.saved.connect(lambda _r: self.accept())
        # The form asked already when dirty: close without asking again.
        form.cancelled.connect(self.force_close)
        form.dirtyChanged.connect(
            lambda dirty: self.setWindowTitle(self._title + (" *" if dirty else ""))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.resize(form.spec.width, form.spec.height)

    def setWindowTitle(self, title: str) -> None:  # noqa: N802 - Qt naming
        """The title (kept for the « * » of unsaved changes)."""
        if not title.endswith(" *"):
            self._title = title
        super().setWindowTitle(title)

    def reject(self) -> None:
        # Escape and the window's close button come here too: ask first when dirty.
        if self.form.dirty and not self._force:
            self.form.request_cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if self.form.dirty and not self._force:
            event.ignore()
            self.form.request_cancel()
            return
        super().closeEvent(event)

    def force_close(self) -> None:
        """Closes without asking (the user already confirmed, or the record is gone)."""
        self._force = True
        super().reject()


async def open_form(
    form: FormScreen,
    *,
    parent: QWidget | None = None,
    title: str | None = None,
    on_saved: Callable[[Any], Any] | None = None,
) -> FormDialog:
    """Puts ``form`` in a dialog, shows it at once (not modal to the app), then loads the
    record; a failed load closes the dialog and raises."""
    dialog = FormDialog(form, title=title, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        form.saved.connect(on_saved)
    dialog.show()
    try:
        await form.load()
    except Exception:
        dialog.force_close()
        raise
    return dialog


__all__ = ["FormDialog", "open_form"]
