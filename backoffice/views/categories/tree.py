"""The category tree's model: categories loaded one level at a time, dragged and dropped.

:func:`backoffice.services.categories.children` gives each level when a branch is first
expanded, with each category's product count including its sub-categories.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from backoffice.i18n import QT_TRANSLATE_NOOP
from backoffice.services import categories as service
from backoffice.services.categories import CategoryNode
from backoffice.services.permissions import Staff
from backoffice.ui import formatting
from backoffice.ui.errors import translated, user_message
from backoffice.ui.palette import color
from backoffice.ui.tasks import DbRunner, spawn

MIME_TYPE = "application/x-backoffice-category"

AnyIndex = QModelIndex | QPersistentModelIndex


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


COLUMNS = (  # headers marked for lupdate, shown through translated()
    ("nom", QT_TRANSLATE_NOOP("Categories", "Nom")),
    ("nb_produits", QT_TRANSLATE_NOOP("Categories", "Produits")),
    ("nb_produits_actifs", QT_TRANSLATE_NOOP("Categories", "Actifs")),
    ("etat", QT_TRANSLATE_NOOP("Categories", "État")),
    ("slug", QT_TRANSLATE_NOOP("Categories", "Slug")),
)


class CategoryTreeModel(QAbstractItemModel):
    """Categories, one level loaded per expansion through the DbRunner.

    ``await load_level(item)`` loads a level (at most once at a time per item);
    ``reset()`` forgets everything; ``find(id)`` is the loaded item of a category.
    Drag and drop emits ``moveRequested(category_id, new_parent_id_or_None)``: the screen
    asks the service; the tree refreshes from the change announcement, so it only ever
    shows what the database accepted.
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
            return translated(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (1, 2):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return self.tr("Produits de la catégorie et de toutes ses sous-catégories")
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
                return self.tr("Active") if node.est_actif else self.tr("Inactive")
            return node.slug
        if role == Qt.ItemDataRole.UserRole:
            return node
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and not node.est_actif:
            return QBrush(QColor(color("inactive")))
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
                text = self.tr("Catégorie inactive (masquée sur le site).") + "\n" + text
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


async def _awaited(future: asyncio.Future[None]) -> None:
    await future
