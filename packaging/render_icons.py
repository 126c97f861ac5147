"""Render the app icon from its SVG into every file the desktops ask for.

Run from the repository root after changing ``supportmap/resources/icons/supportmap.svg``:
``QT_QPA_PLATFORM=offscreen python packaging/render_icons.py``. Writes the PNG sizes of the
freedesktop icon theme (``resources/icons/hicolor/NxN/apps/``), a Windows ``.ico`` and a macOS
``.icns`` to ``resources/icons/``; the results are committed, so a build needs none of this.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "supportmap" / "resources" / "icons" / "supportmap.svg"
OUT = ROOT / "resources" / "icons"
APP_ID = "org.supportmap.SupportMap"
THEME_SIZES = (16, 32, 48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The icon drawn at ``size`` × ``size`` pixels, as a Pillow image with alpha."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in THEME_SIZES:
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(folder / f"{APP_ID}.png", optimize=True)
    largest = {size: render(renderer, size) for size in (256, 1024)}
    largest[256].save(OUT / "supportmap.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest[1024].save(OUT / "supportmap.icns", sizes=[(s, s) for s in ICNS_SIZES])
    del app
    for path in sorted(OUT.rglob("*.*")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
