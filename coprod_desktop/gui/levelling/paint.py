"""Small QPainter helpers: text that fits its box at the biggest size it can, never as markup."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath

from coprod_desktop.gui.levelling.style import font


def fitted_size(text: str, width: float, max_px: float, min_px: float, *, bold: bool = False) -> float:
    """The largest pixel size at which `text` fits on one line in `width`."""
    size = max_px
    while size > min_px:
        if QFontMetricsF(font(size, bold=bold)).horizontalAdvance(text) <= width:
            return size
        size *= 0.92
    return min_px


def line(painter: QPainter, rect: QRectF, text: str, colour: QColor, max_px: float, *,
         min_px: float = 12, bold: bool = False,
         align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """One line of text, shrunk to fit, elided with … only if even the smallest size is too wide."""
    size = fitted_size(text, rect.width(), min(max_px, rect.height() * 0.9), min_px, bold=bold)
    f = font(size, bold=bold)
    shown = QFontMetricsF(f).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(f)
    painter.setPen(colour)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


def wrapped(painter: QPainter, rect: QRectF, text: str, colour: QColor, max_px: float, *,
            min_px: float = 14, bold: bool = False,
            align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """A paragraph, word-wrapped, at the largest size that fits the box."""
    flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    size = max_px
    while size > min_px:
        needed = QFontMetricsF(font(size, bold=bold)).boundingRect(rect, flags, text)
        if needed.height() <= rect.height() and needed.width() <= rect.width():
            break
        size *= 0.92
    painter.setFont(font(max(size, min_px), bold=bold))
    painter.setPen(colour)
    painter.drawText(rect, flags, text)


def bar(painter: QPainter, rect: QRectF, fraction: float, colour: QColor | QBrush,
        track: QColor) -> None:
    """A rounded bar filled to exactly `fraction` (0..1) of its length, small values included."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    radius = rect.height() / 2
    painter.setBrush(track)
    painter.drawRoundedRect(rect, radius, radius)
    outline = QPainterPath()
    outline.addRoundedRect(rect, radius, radius)
    painter.setClipPath(outline)
    filled = QRectF(rect.left(), rect.top(), rect.width() * max(0.0, min(1.0, fraction)),
                    rect.height())
    if filled.width() > 0:
        painter.fillRect(filled, colour)
    painter.restore()
