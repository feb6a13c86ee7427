"""Small QPainter helpers: text that fits its box at the biggest size it can, never as markup."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath

from coprod_desktop.gui.kit.elided_label import elide_at_word
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.gui.levelling.style import font


def fitted_size(text: str, width: float, max_px: float, min_px: float, *, bold: bool = False) -> float:
    """The largest pixel size at which `text` fits on one line in `width`."""
    size = max_px
    while size > min_px:
        if QFontMetricsF(font(size, bold=bold)).horizontalAdvance(text) <= width:
            return size
        size *= 0.92
    return min_px


def least_px(painter: QPainter, *, bold: bool = False) -> float:
    """The smallest type the room can read on what `painter` draws on: capitals of the
    projector's minimum for its height (gui/kit/legibility.py), and never under 12 px (a
    small console chart draws with these helpers too)."""
    device = painter.device()
    height = device.height() if device is not None else 0
    if height <= 0:
        return 12.0
    cap = min_cap_height(height)
    return float(max(12, font_with_cap_height(font(100, bold=bold), cap).pixelSize()))


def line(painter: QPainter, rect: QRectF, text: str, colour: QColor, max_px: float, *,
         min_px: float | None = None, bold: bool = False,
         align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> float:
    """One line of text, shrunk to fit but never below `min_px` (by default the smallest type
    read from the back of the room). Text too long for that goes on two lines where the box
    has room for them, else it is cut after a word with …. Returns the width it takes."""
    least = least_px(painter, bold=bold) if min_px is None else min_px
    size = fitted_size(text, rect.width(), min(max_px, rect.height() * 0.9), least, bold=bold)
    f = font(size, bold=bold)
    metrics = QFontMetricsF(f)
    painter.setPen(colour)
    if metrics.horizontalAdvance(text) > rect.width():
        two = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(rect, two, text)
        if needed.height() <= rect.height() and needed.width() <= rect.width() + 0.5:
            painter.setFont(f)
            painter.drawText(rect, two, text)
            return needed.width()
    shown = cut_at_word(text, f, rect.width())
    painter.setFont(f)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
    return min(metrics.horizontalAdvance(shown), rect.width())


def cut_at_word(text: str, f: QFont, width: float) -> str:
    """`text` if it fits `width` in `f`, else its words up to the last that fits, then …
    (a first word too long alone is cut within itself): gui/kit's elide_at_word, in `f`."""
    return elide_at_word(text, width, QFontMetricsF(f).horizontalAdvance)


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
