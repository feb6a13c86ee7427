"""Text and shapes for the painted projector views: wrapping to lines, pills, rounded cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from coprod_desktop.gui.kit.elided_label import elide_at_word


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Split `text` into lines no wider than `width`; cut short, the last line ends after a
    whole word, with … (gui/kit's elide_at_word: never "what the ass…" before a room of
    parents). Only a word too long for a line alone is cut within itself."""
    lines: list[str] = []
    metrics = QFontMetricsF(font)
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
    if len(lines) > max(max_lines, 1):
        kept = lines[:max(max_lines, 1)]
        kept[-1] = elide_at_word(f"{kept[-1]} {lines[len(kept)]}", width,
                                 metrics.horizontalAdvance)
        lines = kept
    return [elide_at_word(line, width, metrics.horizontalAdvance) for line in lines]


def lines_needed(text: str, font: QFont, width: float) -> int:
    """How many lines `wrap` gives `text` whole."""
    return len(wrap(text, font, width, 10_000))


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
