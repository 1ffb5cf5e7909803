"""Image previews loaded in the background; never an error dialog.

* http(s) addresses go through one ``QNetworkAccessManager`` (asynchronous by nature);
* files are read and decoded on a small thread pool (a slow network share must not freeze
  the window);
* decoding and scaling happen off the GUI thread into a ``QImage`` (thread-safe); only the
  final ``QPixmap`` is made on the GUI thread;
* an image that cannot be read gives a grey placeholder (and is remembered as failed, so a
  list does not retry it on every repaint);
* a small LRU cache per (address, size) keeps list thumbnails cheap while scrolling.

Relative paths are resolved by :meth:`backoffice.ui.preferences.Preferences.resolve_image`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from backoffice.ui.tasks import spawn

log = logging.getLogger(__name__)

MAX_BYTES = 15 * 1024 * 1024  # larger "images" are not previews
NETWORK_TIMEOUT_MS = 8000
Resolver = Callable[[str], str | None]


def _decode(data: bytes, size: int) -> QImage | None:
    """Worker thread: bytes → a QImage scaled to fit ``size``×``size`` (None if unreadable)."""
    image = QImage()
    if not data or not image.loadFromData(data):
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _read_file(path: str, size: int) -> QImage | None:
    """Worker thread: read and decode a local file."""
    try:
        file = Path(path)
        if not file.is_file() or file.stat().st_size > MAX_BYTES:
            return None
        return _decode(file.read_bytes(), size)
    except OSError:
        return None


def placeholder(size: int, text: str = "") -> QPixmap:
    """A light grey frame with a little "picture" drawing (sun and mountain)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#c8c8c8"), 1))
    painter.setBrush(QColor("#f2f2f2"))
    painter.drawRoundedRect(QRect(0, 0, size - 1, size - 1), 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c8c8c8"))
    s = size
    painter.drawEllipse(QRect(int(s * 0.58), int(s * 0.2), int(s * 0.18), int(s * 0.18)))
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPolygon

    painter.drawPolygon(
        QPolygon(
            [
                QPoint(int(s * 0.15), int(s * 0.8)),
                QPoint(int(s * 0.42), int(s * 0.42)),
                QPoint(int(s * 0.62), int(s * 0.66)),
                QPoint(int(s * 0.72), int(s * 0.55)),
                QPoint(int(s * 0.87), int(s * 0.8)),
            ]
        )
    )
    if text:
        painter.setPen(QColor("#888"))
        painter.drawText(QRect(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class ImageLoader(QObject):
    """Loads images by address for previews and thumbnails.

    * ``request(url, size)``: the cached pixmap, or ``None`` after starting a background
      load (``imageReady(url, size)`` is emitted when it lands): for delegates, which must
      not wait;
    * ``await load(url, size)``: ``(pixmap, ok)``; ``ok`` is False and the pixmap a
      placeholder when the image cannot be read;
    * ``clear()``: forget everything (after the media base changed).
    """

    imageReady = Signal(str, int)

    def __init__(
        self, resolver: Resolver, parent: QObject | None = None, *, cache_size: int = 600
    ) -> None:
        super().__init__(parent)
        self.resolver = resolver
        self._cache: OrderedDict[tuple[str, int], tuple[QPixmap, bool]] = OrderedDict()
        self._cache_size = cache_size
        self._pending: dict[tuple[str, int], asyncio.Future[tuple[QPixmap, bool]]] = {}
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="images")
        self._network: QNetworkAccessManager | None = None
        executor = self._executor  # not self: the slot runs after the C++ object is gone
        self.destroyed.connect(lambda *_a: executor.shutdown(wait=False, cancel_futures=True))

    # --- public -------------------------------------------------------------------------

    def cached(self, url: str, size: int) -> tuple[QPixmap, bool] | None:
        key = (url, size)
        entry = self._cache.get(key)
        if entry is not None:
            self._cache.move_to_end(key)
        return entry

    def request(self, url: str, size: int) -> QPixmap | None:
        entry = self.cached(url, size)
        if entry is not None:
            return entry[0]
        if (url, size) not in self._pending:
            spawn(self.load(url, size), on_error=lambda exc: log.debug("image: %s", exc))
        return None

    async def load(self, url: str, size: int) -> tuple[QPixmap, bool]:
        key = (url, size)
        entry = self.cached(url, size)
        if entry is not None:
            return entry
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[tuple[QPixmap, bool]] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            image = await self._fetch(url, size)
        except asyncio.CancelledError:
            future.cancel()  # waiters of the same image give up too; a repaint asks again
            raise
        except Exception as exc:  # an image is never worth an error dialog
            log.info("image %s unreadable: %s", url, exc)
            image = None
        finally:
            self._pending.pop(key, None)
        result = (
            (QPixmap.fromImage(image), True) if image is not None else (placeholder(size), False)
        )
        self._store(key, result)
        if not future.done():
            future.set_result(result)
        if shiboken6.isValid(self):
            self.imageReady.emit(url, size)
        return result

    def clear(self) -> None:
        self._cache.clear()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    # --- internals ----------------------------------------------------------------------

    def _store(self, key: tuple[str, int], value: tuple[QPixmap, bool]) -> None:
        self._cache[key] = value
        self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    async def _fetch(self, url: str, size: int) -> QImage | None:
        source = self.resolver(url)
        if source is None:
            return None
        loop = asyncio.get_running_loop()
        if source.lower().startswith(("http://", "https://")):
            data = await self._download(source)
            if data is None:
                return None
            return await loop.run_in_executor(self._executor, _decode, data, size)
        return await loop.run_in_executor(self._executor, _read_file, source, size)

    async def _download(self, address: str) -> bytes | None:
        if self._network is None:
            self._network = QNetworkAccessManager(self)
        request = QNetworkRequest(QUrl(address))
        request.setTransferTimeout(NETWORK_TIMEOUT_MS)
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
        )
        reply = self._network.get(request)
        future: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()

        def finished() -> None:
            if future.done():
                return
            if reply.error() != QNetworkReply.NetworkError.NoError:
                future.set_result(None)
            else:
                data = bytes(reply.readAll().data())
                future.set_result(data if len(data) <= MAX_BYTES else None)
            reply.deleteLater()

        reply.finished.connect(finished)
        try:
            return await future
        except asyncio.CancelledError:
            reply.abort()
            raise


def thumbnail_size(row_height: int) -> QSize:
    side = max(16, row_height - 4)
    return QSize(side, side)
