"""The rapid tests board on the projector: four columns, big cards, readable from the back."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.rapid_tests import RapidTest, TestStage
from coprod_desktop.facilitation.programme_calendar import ProgrammeCalendar
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.gui.kit.projector_look import ProjectorLook, projector_font, smooth
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.programme.common import STAGE_COLOURS
from coprod_desktop.gui.programme.paint import (
    draw_lines,
    draw_pill,
    line_height,
    lines_needed,
    wrap,
)
from coprod_desktop.gui.programme.rapid_test_cards import card_text
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import programme_calendar, rapid_test_report

KEY = "programme.tests"
QUESTION_LINES = (2, 5)  # a stage's question: the lines it takes, at least 2 and at most 5
# A card's lines of text: the title first, the detail in what is left. The fewest (three of
# title and two of detail, or five of title alone) when the column is full; more while every
# card of the column still fits.
CARD_LINES = (5, 16)


class TestBoardView(QWidget):
    """Projector view `programme.tests`."""

    __test__ = False

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testBoardView")
        follow_projector_theme(self, lambda _theme: self.update())  # ProjectorLook reads it
        self.env = env
        self.tests: list[RapidTest] = []
        self.calendar: ProgrammeCalendar | None = None
        self._day = ""
        listen(self, env.services, self._changed)
        env.ticker.tick.connect(self._tick)
        self.reload()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("rapid_test", "rapid_test_event", "programme"):
            self.reload()

    def reload(self) -> None:
        self.tests = list(rapid_test_report(self.env.services.ctx.db).tests)
        self.calendar = programme_calendar(self.env.services.ctx.db)
        self.update()

    def day_label(self) -> str:
        return self.calendar.count(self.env.clock).label if self.calendar else ""

    def _tick(self) -> None:
        if self.isVisible() and self.day_label() != self._day:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        look = ProjectorLook.of(self)
        painter = QPainter(self)
        smooth(painter)
        w, h = float(self.width()), float(self.height())
        painter.fillRect(self.rect(), look.background)
        pad = h * 0.035
        heading = projector_font(h * 0.058, bold=True)
        painter.setFont(heading)
        painter.setPen(look.text)
        painter.drawText(QRectF(pad, pad * 0.6, w * 0.6, h * 0.09),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _("Our rapid tests"))
        self._day = self.day_label()
        painter.setFont(projector_font(h * 0.04, bold=True))
        painter.setPen(look.accent)
        painter.drawText(QRectF(w * 0.5, pad * 0.6, w * 0.5 - pad, h * 0.09),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._day)
        top = pad * 0.6 + h * 0.11
        gap = w * 0.014
        col_w = (w - 2 * pad - 3 * gap) / 4
        for i, stage in enumerate(TestStage):
            left = pad + i * (col_w + gap)
            self._column(painter, look, stage, QRectF(left, top, col_w, h - top - pad))
        if not self.tests:
            painter.setFont(projector_font(h * 0.04))
            painter.setPen(look.muted)
            painter.drawText(QRectF(0, h * 0.45, w, h * 0.2), Qt.AlignmentFlag.AlignCenter,
                             _("No tests yet: the ideas we choose to try will appear here."))
        painter.end()

    def _column(self, painter: QPainter, look: ProjectorLook, stage: TestStage,
                area: QRectF) -> None:
        h = float(self.height())
        colour = QColor(STAGE_COLOURS[stage.value])
        question = self._small()
        inner = h * 0.016
        asked = self._question_lines(area.width() - 2 * inner)
        head = QRectF(area.left(), area.top(), area.width(),
                      h * 0.082 + asked * line_height(question))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(head, h * 0.012, h * 0.012)
        painter.setFont(projector_font(h * 0.045, bold=True))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(head.left() + inner, head.top() + inner * 0.4,
                                head.width() - 2 * inner, h * 0.06),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _(stage.label))
        draw_lines(painter, wrap(_(stage.question), question, head.width() - 2 * inner, asked), question,
                   QColor("#ffffff"), head.left() + inner, head.top() + h * 0.062,
                   head.width() - 2 * inner)
        y = head.bottom() + h * 0.018
        tests = sorted((t for t in self.tests if t.stage is stage),
                       key=lambda t: (t.abandoned, t.id))
        budget = self._budget(tests, area.width(), area.bottom() - y)
        for n, test in enumerate(tests):
            height = self._card_height(test, area.width(), budget)
            if y + height > area.bottom():
                more = len(tests) - n
                painter.setFont(self._small(bold=True))
                painter.setPen(look.muted)
                painter.drawText(QRectF(area.left(), y, area.width(), h * 0.04),
                                 Qt.AlignmentFlag.AlignCenter, _("and {more} more").format(more=more))
                break
            self._card(painter, look, test, QRectF(area.left(), y, area.width(), height), budget)
            y += height + h * 0.016

    def _small(self, *, bold: bool = False) -> QFont:
        """The smallest type on this view: capitals of the projector minimum for its height
        (gui/kit/legibility.py; 24 px at 1080p), for the stages' questions, the cards' details
        and badges."""
        return font_with_cap_height(projector_font(10, bold=bold),
                                    min_cap_height(max(self.height(), 1)))

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        h = float(self.height())
        return (projector_font(h * 0.031, bold=True), self._small(), self._small(bold=True))

    def _question_lines(self, width: float) -> int:
        """The lines the longest stage question takes (all four heads alike), within
        QUESTION_LINES."""
        question = self._small()
        most = max(lines_needed(_(stage.question), question, width) for stage in TestStage)
        return max(QUESTION_LINES[0], min(QUESTION_LINES[1], most))

    def _budget(self, tests: list[RapidTest], width: float, room: float) -> int:
        """The most lines of text each card may take while every card of the column fits in
        `room` (CARD_LINES[0] when they do not all fit even so: the rest are counted)."""
        gap = float(self.height()) * 0.016
        for budget in range(CARD_LINES[1], CARD_LINES[0], -1):
            if sum(self._card_height(t, width, budget) + gap for t in tests) <= room:
                return budget
        return CARD_LINES[0]

    def _card_lines(self, test: RapidTest, inner: float, budget: int) -> tuple[list[str],
                                                                               list[str]]:
        """The card's title and detail lines: the title first, cut (after a whole word) only
        once the detail has given up its lines; the detail in the lines the title leaves."""
        title_font, detail_font, _badge = self._fonts()
        text = card_text(test)
        title = wrap(text.title, title_font, inner, max(1, budget - 2) if text.detail else budget)
        if text.detail and len(title) < lines_needed(text.title, title_font, inner):
            title = wrap(text.title, title_font, inner, budget)  # the detail gives way
            return title, []
        left = budget - len(title)
        detail = wrap(text.detail, detail_font, inner, left) if text.detail and left > 0 else []
        return title, detail

    def _card_height(self, test: RapidTest, width: float, budget: int = CARD_LINES[0]) -> float:
        h = float(self.height())
        title_font, detail_font, badge_font = self._fonts()
        text = card_text(test)
        inner = width - h * 0.05
        title, detail = self._card_lines(test, inner, budget)
        lines = len(title) * line_height(title_font) + len(detail) * line_height(detail_font)
        if text.badge:
            lines += line_height(badge_font) * 1.55
        return lines + h * 0.036

    def _card(self, painter: QPainter, look: ProjectorLook, test: RapidTest,
              rect: QRectF, budget: int = CARD_LINES[0]) -> None:
        h = float(self.height())
        title_font, detail_font, badge_font = self._fonts()
        text = card_text(test)
        shape = QPainterPath()
        shape.addRoundedRect(rect, h * 0.01, h * 0.01)
        painter.fillPath(shape, look.card)
        painter.save()
        painter.setClipPath(shape)
        painter.fillRect(QRectF(rect.left(), rect.top(), h * 0.009, rect.height()),
                         QColor(text.stripe))
        painter.restore()
        left = rect.left() + h * 0.028
        inner = rect.width() - h * 0.05
        title_colour = look.muted if text.faded else look.text
        title, detail = self._card_lines(test, inner, budget)
        y = draw_lines(painter, title, title_font, title_colour, left, rect.top() + h * 0.016,
                       inner)
        if detail:
            y = draw_lines(painter, detail, detail_font, look.muted, left, y, inner)
        if text.badge:
            draw_pill(painter, text.badge, badge_font, QColor(text.badge_colour), left,
                      y + h * 0.006)
