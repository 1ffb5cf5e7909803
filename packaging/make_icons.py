"""The application's icons for the three platforms, drawn by Qt from one SVG source.

``python packaging/make_icons.py OUT`` (the PyInstaller spec calls :func:`make_icons` at
build time) renders ``resources/icons/backoffice.svg`` into:

* ``backoffice.ico`` — Windows: 16, 24, 32, 48, 64, 128 and 256 px, PNG-compressed entries
  (Windows Vista and later);
* ``backoffice.icns`` — macOS: 16 to 1024 px (``icp4`` … ``ic10``), PNG entries;
* ``hicolor/<n>x<n>/apps/fr.boutique.backoffice.png`` (16 … 512) and
  ``hicolor/scalable/apps/fr.boutique.backoffice.svg`` — Linux (freedesktop icon theme).

Both container formats are written here (a header and PNG payloads), so the result does
not depend on which Qt image plugins a platform ships. Nothing generated is committed.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "backoffice.svg"
APP_ID = "fr.boutique.backoffice"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType → pixel size (the @2x types hold the doubled size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"PNG encoding failed at {size} px")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, source: Path = SOURCE) -> dict[str, Path]:
    """Writes every icon into ``out``; returns the paths by kind (ico, icns, hicolor)."""
    if QGuiApplication.instance() is None:
        # QPainter on a QImage needs the GUI module initialised (no window is shown).
        QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        _app = QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"unreadable SVG: {source}")
    sizes = sorted({*ICO_SIZES, *HICOLOR_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    out.mkdir(parents=True, exist_ok=True)
    ico = out / "backoffice.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out / "backoffice.icns"
    icns.write_bytes(icns_bytes(pngs))
    hicolor = out / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    return {"ico": ico, "icns": icns, "hicolor": hicolor}


if __name__ == "__main__":
    made = make_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")
    for kind, path in made.items():
        print(f"{kind}: {path}")
