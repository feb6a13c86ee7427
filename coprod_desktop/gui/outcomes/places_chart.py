"""Reach by venue and area as bars: different people who came to each place, with how many of
them were parents, carers or young people. Counts under 3 have no bar and read "fewer than 3"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.small_numbers import fewer_than, shown_count
from coprod_desktop.i18n import _, count
from coprod_desktop.services.readers import PlaceReach

EVERYONE = QColor("#0072B2")
FAMILIES = QColor(Group.PARENT_CARER.colour)
ROW = 30
HEAD = 28


class PlacesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placesChart")
        self.setAccessibleName(_("Chart: different people who came, by venue and by area"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sections: list[tuple[str, list[PlaceReach]]] = []

    def set_places(self, venues: list[PlaceReach], areas: list[PlaceReach]) -> None:
        self.sections = [(_("By venue"), venues), (_("By area"), areas)]
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        return 40 + sum(HEAD + ROW * len(places) + 10 for _t, places in self.sections)

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        ink = pal.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        w = float(self.width())
        label_w, text_w = w * 0.34, 150.0
        bar_left = label_w + 8
        bar_w = max(60.0, w - bar_left - text_w - 8)
        top = max((p.people for _t, places in self.sections for p in places), default=0) or 1
        painter.fillRect(QRectF(8, 12, 22, 12), EVERYONE)
        painter.setPen(ink)
        painter.drawText(QRectF(36, 4, w * 0.4, 28), Qt.AlignmentFlag.AlignVCenter,
                         _("Different people"))
        painter.fillRect(QRectF(w * 0.4, 12, 22, 12), FAMILIES)
        painter.drawText(QRectF(w * 0.4 + 28, 4, w * 0.6 - 32, 28), Qt.AlignmentFlag.AlignVCenter,
                         _("Of whom parents, carers and young people"))
        y = 40.0
        bold = self.font()
        bold.setBold(True)
        for title, places in self.sections:
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(QRectF(4, y, w, HEAD), Qt.AlignmentFlag.AlignVCenter, title)
            painter.setFont(self.font())
            y += HEAD
            for place in places:
                people = shown_count(place.people)
                families = shown_count(place.groups.get(Group.PARENT_CARER, 0) +
                                       place.groups.get(Group.YOUNG_PERSON, 0))
                painter.setPen(ink)
                painter.drawText(QRectF(4, y, label_w - 8, ROW), Qt.AlignmentFlag.AlignVCenter |
                                 Qt.AlignmentFlag.AlignRight, place.place)
                if people:
                    painter.fillRect(QRectF(bar_left, y + 5, bar_w * people / top, ROW * 0.4),
                                     EVERYONE)
                if families:
                    painter.fillRect(QRectF(bar_left, y + 5 + ROW * 0.44,
                                            bar_w * families / top, ROW * 0.3), FAMILIES)
                text = fewer_than() if people is None else count("{n} person", "{n} people",
                                                                 people)
                painter.drawText(QRectF(bar_left + bar_w + 8, y, text_w, ROW),
                                 Qt.AlignmentFlag.AlignVCenter, text)
                y += ROW
            y += 10
        painter.end()
