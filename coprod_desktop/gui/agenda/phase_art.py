"""Each phase's colour and icon, drawn from the SVG files in resources/icons at any size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from coprod_desktop.domain.phases import Phase
from coprod_desktop.paths import resource


@cache
def _renderer(phase: Phase) -> QSvgRenderer:
    renderer = QSvgRenderer(str(resource("icons", f"{phase.icon}.svg")))
    if not renderer.isValid():
        raise FileNotFoundError(f"The icon for the phase ‘{phase.label}’ is missing or damaged.")
    return renderer


def phase_pixmap(phase: Phase, size: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(phase).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def phase_icon(phase: Phase) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        icon.addPixmap(phase_pixmap(phase, size))
    return icon

