"""Render the app icon (resources/icons/app/coprod.svg) to every size the systems ask for.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Writes resources/icons/app/coprod-N.png (N = 16 … 512; the app and the Linux install use them),
packaging/icons/coprod.ico (Windows, made with Pillow) and packaging/icons/coprod.icns (macOS,
made with `png2icns` from Debian's icnsutils when it is there; otherwise it says so and skips it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app" / "coprod.svg"
PNG_DIR = SOURCE.parent
OUT_DIR = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 48, 128, 256, 512)  # the sizes png2icns knows


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: PNG_DIR / f"coprod-{size}.png" for size in SIZES}
    for size, path in pngs.items():
        render(renderer, size, path)
    del app
    print(f"Wrote {len(pngs)} PNGs to {PNG_DIR.relative_to(ROOT)}")

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    # Each size of the .ico is the rendering made for that size, not a shrunk 256.
    images = [Image.open(pngs[size]).convert("RGBA") for size in ICO_SIZES]
    images[-1].save(OUT_DIR / "coprod.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    print(f"Wrote {(OUT_DIR / 'coprod.ico').relative_to(ROOT)}")

    png2icns = shutil.which("png2icns")
    if png2icns is None:
        print("No png2icns (Debian package icnsutils): coprod.icns not made. On a Mac, "
              "`iconutil` makes it from the PNGs; see docs/packaging.md.")
        return 0
    subprocess.run([png2icns, str(OUT_DIR / "coprod.icns"), *(str(pngs[s]) for s in ICNS_SIZES)],
                   check=True, capture_output=True)
    print(f"Wrote {(OUT_DIR / 'coprod.icns').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
