"""The Catégories tab: the category tree and its actions.

A ``QTreeView`` over :class:`~.tree.CategoryTreeModel`. Creating and editing go through the
generic form (:mod:`.form`); moving is drag and drop or "Déplacer vers…" and deleting asks
first (:mod:`.operations`). The tree refreshes itself whenever an operation changes a
category or a product (their counts), keeping the open branches, the selection and the
scroll position; nothing reloads it by hand.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.categories import CategoryData, CategoryNode
from backoffice.services.changes import Changes
from backoffice.services.permissions import Permission
from backoffice.ui.catalog_fields import wire_slug
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import warn
from backoffice.ui.errors import user_message
from backoffice.ui.forms import FormDialog, FormScreen, open_form
from backoffice.ui.image_loader import ImageLoader
from backoffice.ui.palette import set_tone
from backoffice.ui.preferences import preferences_for
from backoffice.ui.tasks import spawn
from backoffice.ui.watch import ChangeWatcher, follow_record
from backoffice.views.categories import operations
from backoffice.views.categories.form import category_form_spec
from backoffice.views.categories.tree import CategoryTreeModel, Item

NOTICE_MS = 10_000
# Categories, and products for the counts.
TREE_TABLES = ("categories", "produits")


class CategoriesScreen(QWidget):
    """The tree and its actions.

    Public: ``await refresh()`` (reloads the loaded levels in place), ``await expand(id)``,
    ``select(id)``, ``reveal(id, expand)`` (select a category once the tree shows it),
    ``await open_category(id | None, parent_id=None)``, ``current_node()``, ``notify()``,
    ``warn()``; ``last_message`` holds the last refusal shown (e.g. the cycle message).
    The buttons run :mod:`.operations`.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("categoriesScreen")
        self.last_message = ""
        self.form_spec = category_form_spec()
        self.images = ImageLoader(preferences_for(context.settings).resolve_image, self)
        self.model = CategoryTreeModel(context.runner, context.actor, self)
        self.model.loadFailed.connect(self._show_load_error)
        self.model.moveRequested.connect(
            lambda category_id, parent_id: spawn(
                operations.move(self, category_id, parent_id), parent=self
            )
        )
        self._reveal: tuple[int | None, set[int]] | None = None
        self._refreshing = 0
        self._refresh_generation = 0
        can_edit = context.actor.can(Permission.CATALOG_EDIT)
        self.tree = QTreeView(self)
        self.tree.setObjectName("categoryTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # no per-row measuring: stays fast when wide
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAnimated(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 320)
        header.resizeSection(1, 80)
        header.resizeSection(2, 70)
        header.resizeSection(3, 80)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if can_edit:
            self.tree.setDragEnabled(True)
            self.tree.setAcceptDrops(True)
            self.tree.setDropIndicatorShown(True)
            self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("catNew", self.tr("Nouvelle catégorie"), self._new_top, True),
            ("catNewChild", self.tr("Nouvelle sous-catégorie"), self._new_child, True),
            (
                "catEdit",
                self.tr("Modifier…") if can_edit else self.tr("Ouvrir"),
                self._edit_current,
                False,
            ),
            ("catMove", self.tr("Déplacer vers…"), self._move_current, True),
            ("catDelete", self.tr("Supprimer…"), self._delete_current, True),
        )
        for name, text, slot, needs_edit in actions:
            if needs_edit and not can_edit:
                continue
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            toolbar.addWidget(button)
            self.buttons[name] = button
        self.notice = QLabel(self)
        self.notice.setObjectName("noticeLabel")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.notice, "success")
        toolbar.addSpacing(12)
        toolbar.addWidget(self.notice, 1)
        refresh = QToolButton(self)
        refresh.setObjectName("refreshButton")
        refresh.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        refresh.setToolTip(self.tr("Actualiser"))
        refresh.clicked.connect(lambda: spawn(self.refresh(), parent=self))
        toolbar.addWidget(refresh)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(
            self.tr(
                "Les nombres de produits comptent aussi les sous-catégories. "
                "Glissez-déposez une catégorie sur une autre pour l'y ranger, "
                "ou dans le vide pour en faire une catégorie principale."
            )
            if can_edit
            else self.tr("Les nombres de produits comptent aussi les sous-catégories."),
            self,
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        set_tone(hint, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)

        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.watcher = ChangeWatcher(context.runner, self, TREE_TABLES, self._changed)
        self._update_buttons()
        self._initial = spawn(self.refresh(), on_error=self._show_exception)

    # --- helpers ------------------------------------------------------------------------

    def current_item(self) -> Item | None:
        index = self.tree.currentIndex()
        return self.model.item(index) if index.isValid() else None

    def current_node(self) -> CategoryNode | None:
        item = self.current_item()
        return item.node if item is not None else None

    def name_of(self, category_id: int) -> str:
        item = self.model.find(category_id)
        return item.node.nom if item is not None and item.node is not None else ""

    def select(self, category_id: int | None) -> bool:
        item = self.model.find(category_id) if category_id is not None else None
        if item is None or item is self.model.root:
            return False
        index = self.model.index_of(item)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def notify(self, text: str) -> None:
        self.notice.setText(text)
        self._notice_timer.start(NOTICE_MS)

    def warn(self, text: str, title: str | None = None) -> None:
        """A refusal from the service, in its own words, in a box and kept for tests."""
        self.last_message = text
        warn(self, title or self.tr("Catégories"), text, object_name="categoryMessage")

    def _update_buttons(self) -> None:
        has = self.current_item() is not None
        for name in ("catNewChild", "catEdit", "catMove", "catDelete"):
            if name in self.buttons:
                self.buttons[name].setEnabled(has)

    def _show_load_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _show_exception(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._show_load_error(user_message(exc))

    def _expanded_ids(self) -> set[int]:
        return {
            item.id
            for item in self.model.walk()
            if item.id is not None and self.tree.isExpanded(self.model.index_of(item))
        }

    # --- loading ------------------------------------------------------------------------

    def _changed(self, _changes: Changes) -> None:
        self._refreshing += 1  # now, not when the task starts: reveal() must wait for it
        spawn(self._refresh_announced(), on_error=self._show_exception)

    async def _refresh_announced(self) -> None:
        try:
            await self.refresh()
        finally:
            self._refreshing -= 1

    async def refresh(self) -> None:
        """Reloads the loaded levels (counts change with every move), keeping the branches
        that were open, the selection and the scroll position; then shows what
        :meth:`reveal` asked for."""
        self._refresh_generation += 1
        generation = self._refresh_generation
        expanded = self._expanded_ids()
        current = self.current_node()
        scroll = self.tree.verticalScrollBar().value()
        self.error_label.hide()
        self._refreshing += 1
        try:
            if self.model.root.children is not None:
                self.model.reset()
            # else: nothing shown yet; the view's own first load (if started) is reused.
            await self.model.load_level(self.model.root)
            queue = [self.model.root]
            while queue:
                item = queue.pop(0)
                for child in item.children or []:
                    node = child.node
                    if child.id in expanded and node is not None and node.has_children:
                        await self.model.load_level(child)
                        if not shiboken6.isValid(self) or generation != self._refresh_generation:
                            return  # closed, or a newer refresh took over
                        self.tree.expand(self.model.index_of(child))
                        queue.append(child)
        finally:
            self._refreshing -= 1
        if current is not None:
            self.select(current.id)
        self.tree.verticalScrollBar().setValue(scroll)
        self._update_buttons()
        if self._reveal is not None:
            await self._apply_reveal()

    def reveal(self, category_id: int | None, expand: set[int] | None = None) -> None:
        """Selects ``category_id`` (opening the ``expand`` branches first) once the tree
        shows it: after the refresh in progress or announced, else now."""
        self._reveal = (category_id, set(expand or ()))
        if not self._refreshing and not self.watcher.pending:
            spawn(self._apply_reveal(), on_error=self._show_exception)

    async def _apply_reveal(self) -> None:
        if self._reveal is None:
            return
        category_id, expand = self._reveal
        self._reveal = None
        for parent_id in expand:
            await self.expand(parent_id)
        if category_id is not None:
            self.select(category_id)
        self._update_buttons()

    async def expand(self, category_id: int) -> Item | None:
        """Loads and opens the branch of a loaded category (the tree's arrow does the same)."""
        item = self.model.find(category_id)
        if item is None:
            return None
        await self.model.load_level(item)
        if self.model.find(category_id) is not item:
            return None  # the tree was reloaded meanwhile: this item is no longer shown
        self.tree.expand(self.model.index_of(item))
        return item

    # --- create / edit ----------------------------------------------------------------

    async def open_category(
        self, category_id: int | None, parent_id: int | None = None
    ) -> FormDialog:
        """The category's window: the open one raised, else a new one titled with it."""
        windows = self.context.record_windows("categories")
        return await windows.open(
            category_id, lambda: self._new_category_dialog(category_id, parent_id)
        )

    async def _new_category_dialog(
        self, category_id: int | None, parent_id: int | None
    ) -> FormDialog:
        if category_id is None:
            title = (
                self.tr("Nouvelle sous-catégorie") if parent_id else self.tr("Nouvelle catégorie")
            )
        else:
            title = self.tr("Catégorie")
        form = FormScreen(
            self.context,
            self.form_spec,
            category_id,
            initial=CategoryData(parent_id=parent_id) if category_id is None else None,
            image_loader=self.images,
        )
        dialog = await open_form(form, parent=self, title=title)
        dialog.setObjectName("categoryDialog")
        if not self.context.actor.can(Permission.CATALOG_EDIT):
            form.set_read_only(
                reason=self.tr(
                    "Lecture seule — votre rôle ne permet pas de modifier les catégories"
                )
            )
        wire_slug(form)
        follow_record(
            form,
            "categories",
            self.tr(
                "Cette catégorie a été modifiée ailleurs pendant que vous la modifiiez. "
                "Enregistrer comparera vos valeurs aux nouvelles."
            ),
        )
        if category_id is not None:
            self._title_with_name(dialog, form.loaded)
            form.loadedChanged.connect(lambda data: self._title_with_name(dialog, data))
        form.saved.connect(lambda saved: self._saved(saved, parent_id))
        return dialog

    def _title_with_name(self, dialog: FormDialog, data: CategoryData | None) -> None:
        if data is not None and data.nom and shiboken6.isValid(dialog):
            dialog.setWindowTitle(self.tr("Catégorie — {nom}").format(nom=data.nom))

    def _saved(self, saved: CategoryData, parent_id: int | None) -> None:
        self.notify(self.tr("« {nom} » enregistrée.").format(nom=saved.nom))
        self.reveal(saved.id, {parent_id} if parent_id else None)

    def _new_top(self) -> None:
        spawn(self.open_category(None), parent=self)

    def _new_child(self) -> None:
        node = self.current_node()
        if node is not None:
            spawn(self.open_category(None, parent_id=node.id), parent=self)

    def _edit_current(self) -> None:
        node = self.current_node()
        if node is not None:
            spawn(self.open_category(node.id), parent=self)

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item.id is not None:
            spawn(self.open_category(item.id), parent=self)

    def _move_current(self) -> None:
        spawn(operations.move_selected(self), parent=self)

    def _delete_current(self) -> None:
        spawn(operations.delete_selected(self), parent=self)


__all__ = ["CategoriesScreen"]
