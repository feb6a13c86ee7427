"""Text and shapes for the painted projector views: wrapping to lines, pills, rounded cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Split `text` into lines no wider than `width`; the last line ends in … if cut short."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        rest = " ".join([kept[-1], *lines[max_lines:]])
        kept[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = kept
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()


def fit_font(font: QFont, text: str, width: float, smallest: float = 0.6) -> QFont:
    """`font`, made smaller (down to `smallest` of its size) until `text` fits in `width`: a
    heading in a longer language is not cut off at the edge of the wall."""
    fitted = QFont(font)
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF()
    scale = 1.0
    while scale > smallest and QFontMetricsF(fitted).horizontalAdvance(text) > width:
        scale -= 0.05
        if font.pixelSize() > 0:
            fitted.setPixelSize(max(1, round(size * scale)))
        else:
            fitted.setPointSizeF(size * scale)
    return fitted


def draw_lines(painter: QPainter, lines: list[str], font: QFont, colour: QColor, left: float,
               top: float, width: float) -> float:
    """Draw `lines` from `top`; returns the y just below them."""
    painter.setFont(font)
    painter.setPen(colour)
    step = line_height(font)
    for line in lines:
        painter.drawText(QRectF(left, top, width, step),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        top += step
    return top


def draw_pill(painter: QPainter, text: str, font: QFont, fill: QColor, left: float,
              top: float, *, text_colour: QColor | None = None) -> QRectF:
    metrics = QFontMetricsF(font)
    pad = metrics.height() * 0.55
    rect = QRectF(left, top, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() * 1.35)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setFont(font)
    painter.setPen(text_colour or QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return rect
