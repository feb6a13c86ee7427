"""A horizontal timeline of the programme: sessions, planned meetings, milestones, today.

Painted with QPainter so it stays one light widget; every mark has a tooltip, clicking a session
asks for it to be opened, and a right-click asks for a menu (move a meeting, add a planned one).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coprod_desktop.facilitation.programme_calendar import Stage
from coprod_desktop.facilitation.timeline import EntryKind, Timeline, TimelineEntry
from coprod_desktop.gui.formats import day_month
from coprod_desktop.gui.kit.projector_look import smooth
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.programme.common import (
    CELEBRATION,
    FACILITATOR,
    TODAY,
    plain_tooltip,
    session_colour,
)
from coprod_desktop.i18n import _

MARGIN = 68
TODAY_ROW, FLAG_ROW, FLAG_STEP, AXIS_Y = 14, 30, 19, 80
LABEL_TOP, LABEL_ROW = 104, 40


@dataclass(frozen=True)
class Mark:
    entry: TimelineEntry
    hit: QRectF
    label: bool = False  # its written label (else its dot or flag on the axis)


Spans = list[list[tuple[float, float]]]  # per row of labels, the stretches already written on


def _free_row(rows: Spans, left: float, right: float) -> int | None:
    """The first row of labels with room from `left` to `right` (taking it); None when every row
    is taken there (in a narrow window that label is left out rather than written over another)."""
    for row, spans in enumerate(rows):
        if all(right <= a or left >= b for a, b in spans):
            spans.append((left, right))
            return row
    return None


class TimelineStrip(QWidget):
    """Shows a `Timeline`. `session_clicked(session_id)` when a session's mark is clicked."""

    session_clicked = Signal(int)
    menu_requested = Signal(object, object)  # TimelineEntry, global QPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTimeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timeline: Timeline | None = None
        self.marks: list[Mark] = []
        self.setMinimumHeight(LABEL_TOP + 2 * LABEL_ROW + 8)

    def sizeHint(self) -> QSize:
        return QSize(900, self.minimumHeight())

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.update()

    # geometry --------------------------------------------------------------------------------
    def _span(self) -> tuple[int, int]:
        assert self.timeline is not None
        days = [e.day for e in self.timeline.entries] + [1, self.timeline.calendar.length,
                                                         self.timeline.count.day]
        return min(days), max(days)

    def x_of(self, day: float) -> float:
        first, last = self._span()
        width = max(1.0, self.width() - 2 * MARGIN)
        return MARGIN + (day - first) / max(1, last - first) * width

    # painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        smooth(painter)
        text = self.palette().windowText().color()
        muted = self.palette().placeholderText().color()
        if self.timeline is None:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             _("Set the programme's start date to see its timeline."))
            return
        tl = self.timeline
        self.marks = []
        self._axis(painter, tl, muted)
        self._today_line(painter, tl)
        self._sessions(painter, tl, text, muted)
        self._milestones(painter, tl, text)
        self._today(painter, tl)
        painter.end()

    def _axis(self, painter: QPainter, tl: Timeline, muted: QColor) -> None:
        length = tl.calendar.length
        left, right = self.x_of(1), self.x_of(length)
        track = QColor(muted)
        track.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(left, AXIS_Y - 4, right - left, 8), 4, 4)
        done = min(max(tl.count.day, 1), length) if tl.count.stage is not Stage.BEFORE else 1
        painter.setBrush(QColor(TODAY))
        painter.drawRoundedRect(QRectF(left, AXIS_Y - 4, self.x_of(done) - left, 8), 4, 4)
        small = painter.font()
        small.setPixelSize(11)
        small.setBold(True)
        painter.setFont(small)
        painter.setPen(muted)
        for day in range(10, length, 10):
            x = self.x_of(day)
            painter.drawLine(QPointF(x, AXIS_Y - 9), QPointF(x, AXIS_Y - 5))
        start_x = min(left, self.x_of(self._span()[0]))
        painter.drawText(QRectF(0, AXIS_Y - 8, start_x - 14, 16),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _("Day 1"))
        end_x = max(right, self.x_of(self._span()[1]))
        last = _("Day {length}").format(length=length)
        room = self.width() - end_x - 16  # "Dzień 100" is wider than "Day 100": never cut it off
        while small.pixelSize() > 8 and painter.fontMetrics().horizontalAdvance(last) > room:
            small.setPixelSize(small.pixelSize() - 1)
            painter.setFont(small)
        painter.drawText(QRectF(end_x + 14, AXIS_Y - 8, room + 2, 16),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, last)

    def _milestones(self, painter: QPainter, tl: Timeline, text: QColor) -> None:
        font = painter.font()
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        dark = self.palette().window().color().lightness() < 128
        session_days = {e.on for e in tl.entries if e.kind is EntryKind.SESSION}
        rows: Spans = [[], []]
        for entry in (e for e in tl.entries if e.kind is EntryKind.MILESTONE):
            x = self.x_of(entry.day)
            colour = QColor(CELEBRATION)
            label = metrics.elidedText(_("★ {title} · day {day}").format(title=entry.title, day=entry.day),
                                       Qt.TextElideMode.ElideRight, 300)
            width = metrics.horizontalAdvance(label) + 6
            left = min(max(4.0, x - width / 2), self.width() - width - 4)
            row = _free_row(rows, left, left + width + 8)
            if row is not None:
                top = FLAG_ROW + row * FLAG_STEP
                painter.setPen(QPen(colour.lighter(170) if dark else colour, 1.5,
                                    Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, top + 17), QPointF(x, AXIS_Y - 8))
            if entry.on not in session_days:
                diamond = QPainterPath()
                diamond.moveTo(x, AXIS_Y - 11)
                diamond.lineTo(x + 11, AXIS_Y)
                diamond.lineTo(x, AXIS_Y + 11)
                diamond.lineTo(x - 11, AXIS_Y)
                diamond.closeSubpath()
                painter.setPen(QPen(QColor("#ffffff"), 1.5))
                painter.setBrush(colour)
                painter.drawPath(diamond)
            self.marks.append(Mark(entry, QRectF(x - 12, AXIS_Y - 12, 24, 24)))
            if row is None:  # no room for its flag here: the mark keeps its tooltip
                continue
            painter.fillRect(QRectF(left, top, width, 17), self.palette().window())
            painter.setPen(colour.lighter(170) if dark else colour)
            painter.drawText(QRectF(left, top, width, 17), Qt.AlignmentFlag.AlignCenter, label)
            self.marks.append(Mark(entry, QRectF(left, top, width, 17), label=True))

    def _sessions(self, painter: QPainter, tl: Timeline, text: QColor, muted: QColor) -> None:
        entries = [e for e in tl.entries if e.kind is not EntryKind.MILESTONE]
        # The next meeting's label is placed first, so a narrow window still says when it is.
        coming = next((e for e in entries if not e.past), None)
        entries.sort(key=lambda e: e is not coming)
        font = painter.font()
        font.setPixelSize(12)
        font.setBold(False)
        bold = QFont(font)
        bold.setBold(True)
        metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        rows: Spans = [[], []]
        base = self.palette().base().color()
        for entry in entries:
            x = self.x_of(entry.day)
            colour = QColor(session_colour(entry.session_kind))
            if entry.kind is EntryKind.PLANNED:
                painter.setPen(QPen(QColor(FACILITATOR), 2, Qt.PenStyle.DashLine))
                painter.setBrush(base)
                radius = 7.0
            elif entry.past:
                painter.setPen(QPen(QColor("#ffffff"), 2))
                painter.setBrush(colour)
                radius = 9.0
            else:
                dark = self.palette().window().color().lightness() < 128
                painter.setPen(QPen(colour.lighter(190) if dark else colour, 3))
                painter.setBrush(base)
                radius = 9.0
            painter.drawEllipse(QPointF(x, AXIS_Y), radius, radius)
            title = _("Planned meeting") if entry.kind is EntryKind.PLANNED else entry.title
            title = title.split(":")[0] if len(title) > 22 else title
            first = _("{date} · day {day}").format(date=day_month(entry.on), day=entry.day)
            width = max(bold_metrics.horizontalAdvance(first),
                        min(metrics.horizontalAdvance(title), 150)) + 10
            left = min(max(2.0, x - width / 2), self.width() - width - 2)
            self.marks.append(Mark(entry, QRectF(x - 12, AXIS_Y - 12, 24, 24)))
            row = _free_row(rows, left, left + width + 4)
            if row is None:  # a narrow window: this label would cover another; its dot stays
                continue
            top = LABEL_TOP + row * LABEL_ROW
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(x, AXIS_Y + radius + 1), QPointF(x, top))
            painter.setFont(bold)
            painter.setPen(text if entry.kind is not EntryKind.PLANNED else muted)
            painter.drawText(QRectF(left, top, width, 16), Qt.AlignmentFlag.AlignCenter, first)
            painter.setFont(font)
            painter.drawText(QRectF(left, top + 16, width, 16), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(width)))
            self.marks.append(Mark(entry, QRectF(left, top, width, 32), label=True))

    def _today_line(self, painter: QPainter, tl: Timeline) -> None:
        if tl.count.stage is Stage.DURING:
            x = self.x_of(tl.count.day)
            painter.setPen(QPen(QColor(TODAY), 3))
            painter.drawLine(QPointF(x, TODAY_ROW + 10), QPointF(x, AXIS_Y + 14))

    def _today(self, painter: QPainter, tl: Timeline) -> None:
        if tl.count.stage is not Stage.DURING:
            return
        x = self.x_of(tl.count.day)
        font = painter.font()
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        label = _("Today · {label}").format(label=tl.count.label)
        width = QFontMetrics(font).horizontalAdvance(label) + 16
        left = min(max(2.0, x - width / 2), self.width() - width - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TODAY))
        painter.drawRoundedRect(QRectF(left, TODAY_ROW - 10, width, 20), 10, 10)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(left, TODAY_ROW - 10, width, 20), Qt.AlignmentFlag.AlignCenter,
                         label)

    # interaction ------------------------------------------------------------------------------
    def entry_at(self, point: QPointF) -> TimelineEntry | None:
        for mark in reversed(self.marks):
            if mark.hit.contains(point):
                return mark.entry
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position())
        if entry is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), tooltip(entry), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = self.entry_at(event.position())
        if entry is not None and entry.session_id is not None:
            self.session_clicked.emit(entry.session_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        entry = self.entry_at(QPointF(event.pos()))
        if entry is not None:
            self.menu_requested.emit(entry, event.globalPos())


def tooltip(entry: TimelineEntry) -> str:
    what = {EntryKind.SESSION: _("Session"),
            EntryKind.PLANNED: _("Planned meeting (from the pattern)"),
            EntryKind.MILESTONE: _("Milestone")}[entry.kind]
    return plain_tooltip(_("{title}\n{what}, day {day}\n{when}").format(
        title=said(entry.title), what=what, day=entry.day, when=entry.when()))
