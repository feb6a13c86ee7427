"""Where a cluster's name plate goes when the projector is zoomed far out, and at what size.

The plate sits across the top of the cluster's frame, in screen pixels, and never reaches past the
frame: the title is wrapped (up to three lines) at the largest size that fits with the count under
it; a narrow or short frame gets smaller type, then the title alone, then the title cut short with
"…" on one line. So plates never cover a neighbouring cluster or the notes beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from coprod_desktop.gui.board import palette

TITLE_PX = (40, 12)  # largest and smallest title size on screen, in pixels
COUNT_SHARE = 0.68  # the count line's size, as a share of the title's
MAX_LINES = 3
PAD = 6.0
WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Plate:
    box: QRectF  # in screen pixels from the frame's top-left; inside the frame
    title: str  # as drawn (shortened with … only when nothing else fits)
    title_px: int
    title_rect: QRectF
    count_px: int  # 0: no room for the count
    count_rect: QRectF


def plate_layout(title: str, count: str, width: float, height: float) -> Plate:
    """The plate for a frame `width` × `height` screen pixels."""
    inner = max(1.0, width - 2 * PAD)
    largest, smallest = TITLE_PX
    for with_count in (True, False):
        for px in range(largest, smallest - 1, -2):
            metrics = QFontMetricsF(palette.font(px, bold=True))
            needed = metrics.boundingRect(QRectF(0, 0, inner, 1e6), WRAP, title)
            lines = round(needed.height() / metrics.lineSpacing())
            count_px = max(10, round(px * COUNT_SHARE)) if with_count else 0
            count_metrics = QFontMetricsF(palette.font(count_px))
            count_h = count_metrics.height() if with_count else 0.0
            count_w = count_metrics.horizontalAdvance(count) if with_count else 0.0
            total = 2 * PAD + needed.height() + count_h
            if (max(needed.width(), count_w) <= inner and lines <= MAX_LINES
                    and total <= height):
                title_rect = QRectF(PAD, PAD, inner, needed.height())
                return Plate(QRectF(0, 0, width, total), title, px, title_rect, count_px,
                             QRectF(PAD, title_rect.bottom(), inner, count_h))
    # Even the smallest type does not fit: one line, cut short, within the frame.
    metrics = QFontMetricsF(palette.font(smallest, bold=True))
    shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, inner)
    box_h = min(height, 2 * PAD + metrics.height())
    title_rect = QRectF(PAD, 0, inner, box_h)
    return Plate(QRectF(0, 0, width, box_h), shown, smallest, title_rect, 0, QRectF())
