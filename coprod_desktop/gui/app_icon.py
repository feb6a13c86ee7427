"""The app's icon (three speech bubbles), from the PNGs packaging/make_icons.py renders."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from coprod_desktop.paths import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = resource("icons", "app", f"coprod-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon
