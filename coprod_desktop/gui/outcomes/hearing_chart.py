"""The console's chart of who we are hearing: our share of each answer beside the reference.

Painted with QPainter (QtCharts is not in PySide6-Essentials). Every figure comes already
suppressed from `domain.reach`: a hidden count is drawn as "fewer than 3" with no bar, so the
chart can go on a shared screen. Colours follow the console's palette (light or dark).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.domain.reach import QuestionFigures
from coprod_desktop.domain.small_numbers import fewer_than
from coprod_desktop.i18n import _, number

OURS = QColor("#0072B2")  # Okabe–Ito blue
REFERENCE = QColor("#999999")
ROW = 34
HEAD = 30
GAP = 14


class HearingChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingChart")
        self.figures: list[QuestionFigures] = []
        self.where = _("the reference")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_("Chart: who we are hearing, beside the reference"))

    def set_figures(self, figures: list[QuestionFigures], where: str) -> None:
        self.figures = figures
        self.where = where or _("the reference")
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        rows = sum(len(q.figures) for q in self.figures)
        return 44 + len(self.figures) * (HEAD + GAP) + rows * ROW

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        ink = pal.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        w = float(self.width())
        label_w, text_w = w * 0.30, 220.0
        bar_left = label_w + 8
        bar_w = max(60.0, w - bar_left - text_w - 8)
        font = QFont(self.font())
        painter.setFont(font)
        self._key(painter, ink, w)
        y = 44.0
        for q in self.figures:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(QRectF(4, y, w - 8, HEAD), Qt.AlignmentFlag.AlignVCenter,
                             _("{text} ({answered_text} answered)").format(
                                 text=_(q.question.text),
                                 answered_text=fewer_than() if q.answered is None
                                 else number(q.answered)))
            painter.setFont(font)
            y += HEAD
            for f in q.figures:
                painter.setPen(ink)
                self._label(painter, QRectF(4, y, label_w - 8, ROW), _(f.label))
                if f.share is not None:
                    painter.fillRect(QRectF(bar_left, y + 5, bar_w * f.share / 100, ROW * 0.42),
                                     OURS)
                if f.reference is not None:
                    painter.fillRect(QRectF(bar_left, y + 5 + ROW * 0.46,
                                            bar_w * f.reference / 100, ROW * 0.22), REFERENCE)
                ours = f.hidden_text() if f.count is None else f.share_text
                text = (_("{ours} (reference: {reference})").format(ours=ours,
                                                                    reference=f.reference_text)
                        if f.reference is not None else ours)
                painter.setPen(ink)
                painter.drawText(QRectF(bar_left + bar_w + 8, y, text_w, ROW),
                                 Qt.AlignmentFlag.AlignVCenter, text)
                y += ROW
            y += GAP
        painter.end()

    @staticmethod
    def _label(painter: QPainter, box: QRectF, label: str) -> None:
        """An answer's words, right-aligned beside its bar: on two lines where one is too
        narrow (a long answer in Polish was cut at its start), and cut after a word with '…'
        only if two are not enough."""
        metrics = painter.fontMetrics()
        right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        if metrics.horizontalAdvance(label) <= box.width():
            painter.drawText(box, right, label)
            return
        wrap = int(right | Qt.TextFlag.TextWordWrap)
        words = label.split()
        while len(words) > 1 and metrics.boundingRect(
                box.toRect(), wrap, " ".join(words)).height() > box.height():
            words.pop()
            label = " ".join(words).rstrip(",;:") + "…"
            if metrics.boundingRect(box.toRect(), wrap, label).height() <= box.height():
                break
        painter.drawText(box, wrap, label)

    def _key(self, painter: QPainter, ink: QColor, w: float) -> None:
        painter.fillRect(QRectF(8, 14, 22, 12), OURS)
        painter.setPen(ink)
        painter.drawText(QRectF(36, 6, w * 0.4, 28), Qt.AlignmentFlag.AlignVCenter,
                         _("Those who came"))
        painter.fillRect(QRectF(w * 0.4, 17, 22, 7), REFERENCE)
        painter.drawText(QRectF(w * 0.4 + 28, 6, w * 0.6 - 32, 28), Qt.AlignmentFlag.AlignVCenter,
                         self.where.capitalize())
