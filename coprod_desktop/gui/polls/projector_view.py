"""The projector's poll: the question, then (once revealed) bars or a word cloud, large.

Nothing here is smaller than the projector's minimum type (24 px capitals at 1080p,
gui/kit/legibility.py). Colour is never the only cue: every bar carries its count, and a
cloud's words are sized by count, drawn in rank order (most first) and followed by their count.
People's words are drawn as plain text, never markup.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.poll_results import PollResults
from coprod_desktop.domain.polls import PollKind
from coprod_desktop.domain.word_cloud import Cloud, lay_out
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.gui.kit.projector_look import ProjectorLook, projector_font, smooth
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import _, count

VIEW_KEY = "polls"
REF_PX = 100  # words are measured once at this size and scaled (type widths scale linearly)


def min_px(height: int) -> int:
    """The smallest pixel size whose capitals meet the projector minimum at this height."""
    return font_with_cap_height(projector_font(REF_PX, bold=True),
                                min_cap_height(height)).pixelSize()


@lru_cache(maxsize=8192)
def _width_at_ref(text: str, bold: bool) -> float:
    return QFontMetricsF(projector_font(REF_PX, bold=bold)).horizontalAdvance(text)


def measure(text: str, px: int) -> float:
    return _width_at_ref(text, True) * px / REF_PX


def cloud_for(results: PollResults, width: float, height: float, screen_height: int) -> Cloud:
    smallest = min_px(screen_height)
    return lay_out(list(results.words), measure, width, height, min_px=smallest,
                   max_px=max(smallest, int(screen_height * 0.16)))


class PollProjectorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollProjectorView")
        follow_projector_theme(self, lambda _theme: self.update())  # ProjectorLook reads it
        self.results: PollResults | None = None
        self.cloud: Cloud | None = None

    def show_results(self, results: PollResults | None) -> None:
        self.results = results
        self.cloud = None
        self.setAccessibleName(results.poll.question if results else _("Quick poll"))
        self.update()

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        look = ProjectorLook.of(self)
        painter = QPainter(self)
        smooth(painter)
        painter.fillRect(self.rect(), look.background)
        self.paint_on(painter, look)
        painter.end()

    def _lines(self, painter: QPainter, text: str, font: QFont, colour, top: float,  # noqa: ANN001
               width: float, left: float) -> float:
        painter.setFont(font)
        painter.setPen(colour)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        box = painter.boundingRect(QRectF(left, top, width, 10_000), flags, text)
        painter.drawText(QRectF(left, top, width, box.height()), flags, text)
        return top + box.height()

    def paint_on(self, painter: QPainter, look: ProjectorLook) -> None:
        w, h = float(self.width()), float(self.height())
        pad = h * 0.05
        smallest = min_px(self.height())
        found = self.results
        if found is None:
            self._lines(painter, _("No poll yet"), projector_font(h * 0.07, bold=True),
                        look.text, pad, w - 2 * pad, pad)
            return
        top = self._lines(painter, found.poll.question, projector_font(h * 0.062, bold=True),
                          look.text, pad, w - 2 * pad, pad)
        answered = (count("{n} note from the board", "{n} notes from the board", found.answers)
                    if found.poll.source == "board"
                    else count("{n} answer", "{n} answers", found.answers))
        foot_font = projector_font(smallest)
        foot_h = QFontMetricsF(foot_font).height() * 1.3
        area = QRectF(pad, top + h * 0.03, w - 2 * pad, h - top - h * 0.03 - pad - foot_h)
        foot = answered
        if not found.poll.revealed:
            foot = _("{answers} · The results will show when the facilitator reveals "
                           "them").format(answers=answered)
            if found.poll.open:
                self._lines(painter, _("Answer on your phone: Quick polls"),
                            projector_font(h * 0.05), look.accent, area.top(), area.width(),
                            area.left())
        elif found.kind is PollKind.WORDS:
            cloud = cloud_for(found, area.width(), area.height(), self.height())
            self.cloud = cloud
            self._paint_cloud(painter, look, cloud, area)
            if cloud.left_out:
                foot = count("{answers} · {n} more word not shown",
                             "{answers} · {n} more words not shown", cloud.left_out,
                             answers=answered)
        elif found.kind is PollKind.SCALE:
            self._paint_columns(painter, look, found, area, smallest)
        else:
            self._paint_bars(painter, look, found, area, smallest)
        self._lines(painter, foot, foot_font, look.muted, h - pad - foot_h, w - 2 * pad, pad)

    def _paint_cloud(self, painter: QPainter, look: ProjectorLook, cloud: Cloud,
                     area: QRectF) -> None:
        count_font = projector_font(cloud.min_px)
        for n, placed in enumerate(cloud.placed):
            painter.setFont(projector_font(placed.px, bold=True))
            painter.setPen(look.accent if n == 0 else look.text)
            box = QRectF(area.left() + placed.x, area.top() + placed.y, placed.width + 2,
                         placed.height)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             placed.word.text)
            painter.setFont(count_font)
            painter.setPen(look.muted)
            painter.drawText(QRectF(area.left() + placed.count_x, box.top(), area.width(),
                                    placed.height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(placed.word.count))

    def _paint_bars(self, painter: QPainter, look: ProjectorLook, found: PollResults,
                    area: QRectF, smallest: int) -> None:
        """Choices: a row each, the option's words, a bar and its count."""
        rows = max(1, len(found.bars))
        row_h = area.height() / rows
        px = max(smallest, min(int(row_h * 0.45), int(self.height() * 0.05)))
        font = projector_font(px)
        label_w = area.width() * 0.42
        count_w = QFontMetricsF(projector_font(px, bold=True)).horizontalAdvance("0000") + px
        top_count = found.top_count or 1
        for n, bar in enumerate(found.bars):
            y = area.top() + n * row_h
            painter.setFont(font)
            painter.setPen(look.text)
            painter.drawText(QRectF(area.left(), y, label_w - px, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap, bar.label)
            full = area.width() - label_w - count_w
            length = full * bar.count / top_count
            painter.fillRect(QRectF(area.left() + label_w, y + row_h * 0.2, full, row_h * 0.6),
                             look.card)
            painter.fillRect(QRectF(area.left() + label_w, y + row_h * 0.2, length, row_h * 0.6),
                             look.accent)
            painter.setFont(projector_font(px, bold=True))
            painter.drawText(QRectF(area.left() + label_w + length + px * 0.4, y, count_w,
                                    row_h), Qt.AlignmentFlag.AlignVCenter, str(bar.count))

    def _paint_columns(self, painter: QPainter, look: ProjectorLook, found: PollResults,
                       area: QRectF, smallest: int) -> None:
        """A scale: a column per point, the count above it, the number (and end words) below."""
        cols = max(1, len(found.bars))
        col_w = area.width() / cols
        px = max(smallest, min(int(col_w * 0.35), int(self.height() * 0.05)))
        line = QFontMetricsF(projector_font(px)).height()
        ends = [found.poll.low_label, found.poll.high_label]
        below = line * (2.2 if any(ends) else 1.2)
        tallest = area.height() - below - line * 1.3
        top_count = found.top_count or 1
        for n, bar in enumerate(found.bars):
            x = area.left() + n * col_w
            height = tallest * bar.count / top_count
            base = area.top() + line * 1.3 + tallest
            painter.fillRect(QRectF(x + col_w * 0.15, base - tallest, col_w * 0.7, tallest),
                             look.card)
            painter.fillRect(QRectF(x + col_w * 0.15, base - height, col_w * 0.7, height),
                             look.accent)
            painter.setFont(projector_font(px, bold=True))
            painter.setPen(look.text)
            painter.drawText(QRectF(x, base - height - line * 1.2, col_w, line),
                             Qt.AlignmentFlag.AlignCenter, str(bar.count))
            painter.setFont(projector_font(px))
            painter.drawText(QRectF(x, base + line * 0.1, col_w, line),
                             Qt.AlignmentFlag.AlignCenter, bar.label)
        painter.setFont(projector_font(smallest))
        painter.setPen(look.muted)
        y = area.top() + line * 1.3 + tallest + line * 1.2
        if ends[0]:
            painter.drawText(QRectF(area.left(), y, area.width() / 2, line * 1.2),
                             Qt.AlignmentFlag.AlignLeft, f"{found.poll.low} = {ends[0]}")
        if ends[1]:
            painter.drawText(QRectF(area.left() + area.width() / 2, y, area.width() / 2,
                                    line * 1.2), Qt.AlignmentFlag.AlignRight,
                             f"{found.poll.high} = {ends[1]}")
