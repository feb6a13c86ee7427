"""A bar per meeting: how many of the three roles (chair, timekeeper, note-taker) the group held."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.domain.roles import Role
from coprod_desktop.facilitation.ownership import OwnershipTrend
from coprod_desktop.gui.kit.projector_look import smooth
from coprod_desktop.gui.programme.common import FACILITATOR, MEMBER, TODAY, plain_tooltip
from coprod_desktop.i18n import _

SLOTS = len(Role)


class OwnershipChart(QWidget):
    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownershipChart")
        self.compact = compact
        self.trend: OwnershipTrend | None = None
        self.setMinimumHeight(110 if compact else 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320 if self.compact else 640, self.minimumHeight())

    def set_trend(self, trend: OwnershipTrend) -> None:
        self.trend = trend
        self.setToolTip(plain_tooltip("\n".join(
            _("{title}: {held} of {roles} roles held by the group").format(
                title=m.title, held=m.by_members, roles=m.recorded)
            if m.recorded else _("{title}: no roles recorded").format(title=m.title)
            for m in trend.meetings)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        smooth(painter)
        text = self.palette().windowText().color()
        muted = self.palette().placeholderText().color()
        meetings = list(self.trend.meetings) if self.trend else []
        if not meetings:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             _("No team meetings yet."))
            return
        legend_h = 0 if self.compact else 26
        left, right = (26 if self.compact else 40), 10
        top, bottom = 6 + legend_h, (20 if self.compact else 40)
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        slot_h = plot.height() / SLOTS
        small = painter.font()
        small.setPixelSize(10 if self.compact else 12)
        painter.setFont(small)
        painter.setPen(QPen(muted, 1))
        for n in range(SLOTS + 1):
            y = plot.bottom() - n * slot_h
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QRectF(0, y - 8, left - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(n))
        step = plot.width() / len(meetings)
        bar_w = min(46.0, step * 0.6)
        points: list[QPointF] = []
        for i, m in enumerate(meetings):
            cx = plot.left() + step * (i + 0.5)
            for slot in range(SLOTS):
                rect = QRectF(cx - bar_w / 2, plot.bottom() - (slot + 1) * slot_h + 1.5, bar_w,
                              slot_h - 3)
                if slot < m.by_members:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(MEMBER))
                elif slot < m.recorded:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(FACILITATOR))
                else:
                    painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
            if m.share is not None:
                points.append(QPointF(cx, plot.bottom() - m.share * SLOTS * slot_h))
            painter.setPen(text)
            label = f"{i + 1}" if self.compact else (_("Day {day}").format(
                day=m.day) if m.day else m.on.isoformat())
            painter.drawText(QRectF(cx - step / 2, plot.bottom() + 3, step, 16),
                             Qt.AlignmentFlag.AlignCenter, label)
        if len(points) > 1:
            painter.setPen(QPen(QColor(TODAY), 2.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
        if not self.compact:
            self._legend(painter, text)
        painter.end()

    def _legend(self, painter: QPainter, text: QColor) -> None:
        x = 40.0
        for colour, label in ((MEMBER, _("Group member")), (FACILITATOR, _("Facilitator")),
                              (TODAY, _("Share held by the group"))):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(x, 6, 14, 14), 3, 3)
            painter.setPen(text)
            width = painter.fontMetrics().horizontalAdvance(label) + 8
            painter.drawText(QRectF(x + 20, 4, width, 18), Qt.AlignmentFlag.AlignVCenter, label)
            x += 20 + width + 18
