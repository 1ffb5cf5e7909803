"""The Catégories tab: the category tree, loaded one level at a time.

A ``QTreeView`` over :class:`CategoryTreeModel`, whose levels come from
:func:`backoffice.services.categories.children` when a branch is first expanded (with each
category's product count including its sub-categories). Creating and editing go through
the generic form; moving is drag and drop or "Déplacer vers…" (a searchable picker); the
service refuses a cycle and the tab shows its message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
from sqlalchemy.orm import Session

from backoffice.services import categories as service
from backoffice.services.categories import CategoryData, CategoryNode
from backoffice.services.errors import ServiceError, ValidationError
from backoffice.services.permissions import Permission, Staff
from backoffice.ui import formatting
from backoffice.ui.catalog_fields import search_category_choices, wire_slug
from backoffice.ui.context import AppContext
from backoffice.ui.dialogs import ask, warn
from backoffice.ui.errors import user_message
from backoffice.ui.forms import (
    FieldSpec,
    FormDialog,
    FormScreen,
    FormSpec,
    PickerDialog,
    open_form,
)
from backoffice.ui.image_loader import ImageLoader
from backoffice.ui.preferences import preferences_for
from backoffice.ui.tasks import DbRunner, spawn
from backoffice.views.registry import ViewSpec, register

MIME_TYPE = "application/x-backoffice-category"
INACTIVE_FOREGROUND = "#9e9e9e"
NOTICE_MS = 10_000

AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Categories", text)


# ---------------------------------------------------------------------------------------
# The form
# ---------------------------------------------------------------------------------------


def save_category(
    session: Session,
    actor: Staff,
    category_id: int | None,
    values: dict[str, Any],
    loaded: CategoryData | None,
    *,
    confirm_deactivation: bool = False,
) -> CategoryData:
    """Create, or update against the version read (a concurrent change is a conflict)."""
    data = replace(loaded if loaded is not None else CategoryData(), **values)
    if category_id is None:
        new_id = service.create_category(session, actor, data)
        return service.get_category(session, actor, new_id)
    return service.update_category(
        session,
        actor,
        category_id,
        data,
        loaded,
        confirm_deactivation=confirm_deactivation,
    )


async def _confirm_deactivation(form: FormScreen, exc: BaseException) -> bool:
    """Deactivating a category with active products: ask (the message says how many)."""
    if not isinstance(exc, service.DeactivationNeedsConfirmation):
        return False
    if await ask(
        form,
        tr("Désactiver la catégorie"),
        exc.message,
        tr("Désactiver quand même"),
        object_name="confirmDeactivation",
    ):
        await form.submit(confirm_deactivation=True)
    else:
        form.show_general(tr("Non enregistré : la catégorie est restée active."))
    return True


def category_form_spec() -> FormSpec:
    return FormSpec(
        title=tr("Catégorie"),
        fields=(
            FieldSpec("nom", tr("Nom"), required=True, max_length=150),
            FieldSpec(
                "slug",
                tr("Slug"),
                required=True,
                max_length=191,
                help=tr("Adresse de la catégorie sur le site ; proposé à partir du nom."),
            ),
            FieldSpec("description", tr("Description"), "multiline", lines=5),
            FieldSpec("image_url", tr("Image"), "image_url", max_length=500),
            FieldSpec("est_actif", tr("Active (visible sur le site)"), "bool"),
        ),
        load=service.get_category,
        save=save_category,
        validate=lambda values: service.validate_category(replace(CategoryData(), **values)),
        on_error=_confirm_deactivation,
        object_name="categoryForm",
        width=620,
        height=480,
    )


# ---------------------------------------------------------------------------------------
# The lazy tree model
# ---------------------------------------------------------------------------------------


class Item:
    """One node of the loaded tree; ``children`` is None until its level is loaded."""

    __slots__ = ("children", "node", "parent")

    def __init__(self, node: CategoryNode | None, parent: Item | None) -> None:
        self.node = node
        self.parent = parent
        self.children: list[Item] | None = None

    @property
    def id(self) -> int | None:
        return self.node.id if self.node is not None else None

    def row(self) -> int:
        assert self.parent is not None and self.parent.children is not None
        return self.parent.children.index(self)


COLUMNS = (
    ("nom", "Nom"),
    ("nb_produits", "Produits"),
    ("nb_produits_actifs", "Actifs"),
    ("etat", "État"),
    ("slug", "Slug"),
)


class CategoryTreeModel(QAbstractItemModel):
    """Categories, one level loaded per expansion through the DbRunner.

    ``await load_level(item)`` loads a level (at most once at a time per item);
    ``reset()`` forgets everything; ``find(id)`` is the loaded item of a category.
    Drag and drop emits ``moveRequested(category_id, new_parent_id_or_None)``: the screen
    asks the service and reloads, so the tree only ever shows what the database accepted.
    """

    levelLoaded = Signal(object)  # the parent id whose children arrived (None: top level)
    loadFailed = Signal(str)
    moveRequested = Signal(int, object)

    def __init__(self, runner: DbRunner, actor: Staff, parent: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self.root = Item(None, None)
        self._loading: dict[int, asyncio.Future[None]] = {}
        self._generation = 0
        self.levels_loaded = 0  # for tests and the benchmark: service calls made

    # --- public -------------------------------------------------------------------------

    def item(self, index: AnyIndex) -> Item:
        if index.isValid():
            return index.internalPointer()
        return self.root

    def index_of(self, item: Item, column: int = 0) -> QModelIndex:
        if item is self.root or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.row(), column, item)

    def walk(self, item: Item | None = None) -> Iterator[Item]:
        """Every loaded item below ``item`` (depth first)."""
        for child in (item or self.root).children or []:
            yield child
            yield from self.walk(child)

    def find(self, category_id: int | None) -> Item | None:
        if category_id is None:
            return self.root
        return next((i for i in self.walk() if i.id == category_id), None)

    def reset(self) -> None:
        self._generation += 1
        self._loading.clear()
        self.beginResetModel()
        self.root = Item(None, None)
        self.endResetModel()

    def load_level(self, item: Item) -> asyncio.Future[None]:
        """Loads ``item``'s children unless already loaded; awaitable.

        The load is registered at once (not when the coroutine first runs), so the view
        asking ``canFetchMore`` again meanwhile never starts a second query.
        """
        if item.children is not None:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        key = id(item)
        pending = self._loading.get(key)
        if pending is not None:
            return pending
        task = asyncio.ensure_future(self._load(item, self._generation))
        self._loading[key] = task

        def forget(finished: asyncio.Future[None]) -> None:
            if self._loading.get(key) is finished:
                del self._loading[key]

        task.add_done_callback(forget)
        return task

    async def _load(self, item: Item, generation: int) -> None:
        nodes = await self.runner.run(service.children, self.actor, item.id)
        if generation != self._generation or item.children is not None:
            return  # the tree was reset meanwhile: this item is no longer shown
        self.levels_loaded += 1
        parent = self.index_of(item)
        if nodes:
            self.beginInsertRows(parent, 0, len(nodes) - 1)
            item.children = [Item(node, item) for node in nodes]
            self.endInsertRows()
        else:
            item.children = []
            # No children after all (deleted meanwhile): let the view drop the arrow.
            if item is not self.root and item.node is not None:
                item.node = replace(item.node, has_children=False)
                self.dataChanged.emit(parent, parent)
        self.levelLoaded.emit(item.id)

    # --- Qt model interface -----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        item = self.item(parent)
        if item.children is None or not 0 <= row < len(item.children):
            return QModelIndex()
        if not 0 <= column < len(COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, item.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        item: Item = index.internalPointer()
        parent = item.parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.item(parent).children or [])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMNS)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        item = self.item(parent)
        if item.children is not None:
            return bool(item.children)
        return item is self.root or bool(item.node and item.node.has_children)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        item = self.item(parent)
        return item.children is None and id(item) not in self._loading and self.hasChildren(parent)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        item = self.item(parent)
        if item.children is None and id(item) not in self._loading:
            spawn(_awaited(self.load_level(item)), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.loadFailed.emit(user_message(exc))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (1, 2):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return tr("Produits de la catégorie et de toutes ses sous-catégories")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalPointer().node
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.nom
            if column == 1:
                return formatting.format_int(node.nb_produits)
            if column == 2:
                return formatting.format_int(node.nb_produits_actifs)
            if column == 3:
                return tr("Active") if node.est_actif else tr("Inactive")
            return node.slug
        if role == Qt.ItemDataRole.UserRole:
            return node
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and not node.est_actif:
            return QBrush(QColor(INACTIVE_FOREGROUND))
        if role == Qt.ItemDataRole.FontRole and not node.est_actif:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            style = QApplication.style()
            icon = QStyle.StandardPixmap.SP_DirIcon
            return style.standardIcon(icon) if style is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = node.description or node.nom
            if not node.est_actif:
                text = tr("Catégorie inactive (masquée sur le site).") + "\n" + text
            return text
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropping on the background: top level
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # --- drag and drop ----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = sorted({self.item(i).id for i in indexes if i.isValid() and self.item(i).id})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode()))
        return data

    @staticmethod
    def dragged_ids(data: QMimeData) -> list[int]:
        if not data.hasFormat(MIME_TYPE):
            return []
        raw = bytes(data.data(MIME_TYPE).data()).decode()
        return [int(part) for part in raw.split(",") if part.strip()]

    def canDropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        ids = self.dragged_ids(data)
        if not ids:
            return False
        target = self.item(parent).id
        return target not in ids  # onto itself: obviously not (the service checks the rest)

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.item(parent).id
        for category_id in self.dragged_ids(data):
            self.moveRequested.emit(category_id, target)
        # False: the view must not remove the source rows itself; the screen reloads once
        # the service has accepted (or refused) the move.
        return False


# ---------------------------------------------------------------------------------------
# The screen
# ---------------------------------------------------------------------------------------


class CategoriesScreen(QWidget):
    """The tree and its actions.

    Awaitable public methods (the buttons call them): ``refresh(select_id=None)``,
    ``open_category(id | None, parent_id=None)``, ``move(id, new_parent_id)``,
    ``move_selected()``, ``delete_selected()``. ``last_message`` holds the last refusal
    shown (e.g. the cycle message).
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
            lambda category_id, parent_id: spawn(self.move(category_id, parent_id), parent=self)
        )
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
            ("catNew", tr("Nouvelle catégorie"), self._new_top, True),
            ("catNewChild", tr("Nouvelle sous-catégorie"), self._new_child, True),
            ("catEdit", tr("Modifier…"), self._edit_current, False),
            ("catMove", tr("Déplacer vers…"), self._move_current, True),
            ("catDelete", tr("Supprimer…"), self._delete_current, True),
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
        self.notice.setStyleSheet("color: #1b5e20;")
        toolbar.addSpacing(12)
        toolbar.addWidget(self.notice, 1)
        refresh = QToolButton(self)
        refresh.setObjectName("refreshButton")
        refresh.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        refresh.setToolTip(tr("Actualiser"))
        refresh.clicked.connect(lambda: spawn(self.refresh(), parent=self))
        toolbar.addWidget(refresh)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(
            tr(
                "Les nombres de produits comptent aussi les sous-catégories. "
                "Glissez-déposez une catégorie sur une autre pour l'y ranger, "
                "ou dans le vide pour en faire une catégorie principale."
            )
            if can_edit
            else tr("Les nombres de produits comptent aussi les sous-catégories."),
            self,
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)

        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self._update_buttons()
        self._initial = spawn(self.refresh(), on_error=self._show_exception)

    # --- helpers ------------------------------------------------------------------------

    def current_item(self) -> Item | None:
        index = self.tree.currentIndex()
        return self.model.item(index) if index.isValid() else None

    def current_node(self) -> CategoryNode | None:
        item = self.current_item()
        return item.node if item is not None else None

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
        warn(self, title or tr("Catégories"), text, object_name="categoryMessage")

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

    async def refresh(self, select_id: int | None = None, expand: set[int] | None = None) -> None:
        """Reloads the loaded levels (counts change with every move), keeping the branches
        that were open; then selects ``select_id`` if it is visible."""
        expanded = self._expanded_ids() | set(expand or ())
        current = self.current_node()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.error_label.hide()
        if self.model.root.children is not None:
            self.model.reset()
        # else: nothing shown yet; the view's own first load (if started) is reused.
        await self.model.load_level(self.model.root)
        queue = [self.model.root]
        while queue:
            item = queue.pop(0)
            for child in item.children or []:
                if child.id in expanded and child.node is not None and child.node.has_children:
                    await self.model.load_level(child)
                    if not shiboken6.isValid(self):
                        return
                    self.tree.expand(self.model.index_of(child))
                    queue.append(child)
        if wanted is not None:
            self.select(wanted)
        self._update_buttons()

    async def expand(self, category_id: int) -> Item | None:
        """Loads and opens the branch of a loaded category (the tree's arrow does the same)."""
        item = self.model.find(category_id)
        if item is None:
            return None
        await self.model.load_level(item)
        self.tree.expand(self.model.index_of(item))
        return item

    # --- create / edit ----------------------------------------------------------------

    async def open_category(
        self, category_id: int | None, parent_id: int | None = None
    ) -> FormDialog:
        if category_id is None:
            title = tr("Nouvelle sous-catégorie") if parent_id else tr("Nouvelle catégorie")
        else:
            title = tr("Catégorie")
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
            form.set_read_only()
        wire_slug(form)
        if category_id is not None and form.loaded is not None:
            dialog.setWindowTitle(tr("Catégorie — {nom}").format(nom=form.loaded.nom))
        form.saved.connect(lambda saved: spawn(self._after_save(saved, parent_id), parent=self))
        return dialog

    async def _after_save(self, saved: CategoryData, parent_id: int | None) -> None:
        self.notify(tr("« {nom} » enregistrée.").format(nom=saved.nom))
        await self.refresh(select_id=saved.id, expand={parent_id} if parent_id else None)

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

    # --- move ---------------------------------------------------------------------------

    async def move(self, category_id: int, new_parent_id: int | None) -> bool:
        """Asks the service; a refusal (cycle, vanished parent) shows its message."""
        try:
            await self.context.runner.run(
                service.move_category, self.context.actor, category_id, new_parent_id
            )
        except ValidationError as exc:
            self.warn(exc.errors.get("parent_id") or exc.message, tr("Déplacement refusé"))
            return False
        except ServiceError as exc:
            self.warn(exc.message, tr("Déplacement refusé"))
            return False
        item = self.model.find(category_id)
        name = item.node.nom if item is not None and item.node is not None else ""
        self.notify(tr("« {nom} » déplacée.").format(nom=name) if name else tr("Déplacée."))
        await self.refresh(select_id=category_id, expand={new_parent_id} if new_parent_id else None)
        return True

    async def move_selected(self) -> bool:
        node = self.current_node()
        if node is None:
            return False
        ok, parent_id = await PickerDialog.choose(
            self.context,
            search_category_choices,
            tr("Déplacer « {nom} »").format(nom=node.nom),
            tr("Nouvelle catégorie parente de « {nom} » :").format(nom=node.nom),
            none_label=tr("Aucune : en faire une catégorie principale"),
            ok_text=tr("Déplacer"),
            parent=self,
        )
        if not ok:
            return False
        return await self.move(node.id, parent_id)

    def _move_current(self) -> None:
        spawn(self.move_selected(), parent=self)

    # --- delete -------------------------------------------------------------------------

    async def delete_selected(self, *, confirmed: bool = False) -> bool:
        node = self.current_node()
        if node is None:
            return False
        if not confirmed and not await ask(
            self,
            tr("Supprimer"),
            tr("Supprimer la catégorie « {nom} » ?").format(nom=node.nom),
            tr("Supprimer"),
            object_name="confirmDelete",
        ):
            return False
        try:
            await self.context.runner.run(service.delete_category, self.context.actor, node.id)
        except ServiceError as exc:
            self.warn(exc.message, tr("Suppression refusée"))
            return False
        self.notify(tr("« {nom} » supprimée.").format(nom=node.nom))
        await self.refresh(select_id=node.parent_id)
        return True

    def _delete_current(self) -> None:
        spawn(self.delete_selected(), parent=self)


async def _awaited(future: asyncio.Future[None]) -> None:
    await future


def categories_screen(context: AppContext) -> CategoriesScreen:
    return CategoriesScreen(context)


VIEW = register(
    ViewSpec(
        key="categories",
        title="Catégories",
        icon="SP_FileDialogListView",
        permission=Permission.CATALOG_VIEW,
        factory=categories_screen,
        order=30,
    )
)

__all__ = [
    "CategoriesScreen",
    "CategoryTreeModel",
    "categories_screen",
    "category_form_spec",
    "save_category",
]
