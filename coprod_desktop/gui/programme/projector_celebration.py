"""The celebration screen: what the group has done, in big numbers, and in people's own words.

Quotes come only from stories their tellers allowed to be shared (the levelling story reader
applies each choice); a teller is named only where they chose that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.legibility import cap_height, min_cap_height
from coprod_desktop.gui.kit.projector_look import ProjectorLook, projector_font, smooth
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.programme.common import DECISION_COLOURS
from coprod_desktop.gui.programme.paint import draw_lines, fit_font, line_height, wrap
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import Nn_, _, ngettext, number
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import (
    CelebrationFigures,
    Quote,
    celebration_figures,
)

KEY = "programme.celebration"
QuoteSource = Callable[[], tuple[Quote, ...] | None]


def big_figures(f: CelebrationFigures) -> tuple[tuple[str, str], ...]:
    """The four big numbers and the words under each ('1', 'change we are keeping'): the number
    is drawn on its own, so each label is its language's form for that number."""
    kept = len(f.tests_adopted) + len(f.tests_adapted)
    return tuple((number(n), ngettext(*words, n)) for n, words in (
        (f.tests_tried, Nn_("idea tried for real", "ideas tried for real")),
        (kept, Nn_("change we are keeping", "changes we are keeping")),
        (f.actions_done, Nn_("action done", "actions done")),
        (f.people_involved, Nn_("person involved", "people involved"))))


class CelebrationView(QWidget):
    """Projector view `programme.celebration`. Follows the chosen session: at a celebration the
    figures are as they stood on its day; elsewhere, as they stand today."""

    def __init__(self, env: GuiEnv, quotes: QuoteSource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("celebrationView")
        follow_projector_theme(self, lambda _theme: self.update())  # ProjectorLook reads it
        self.env = env
        self.quotes = quotes or (lambda: None)  # None: the stories people allowed to be shared
        self.session_id: int | None = None
        self.figures: CelebrationFigures | None = None
        listen(self, env.services, self._changed)
        self.reload()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("rapid_test", "action", "attendance", "session", "programme", "story",
                          "attendee", "note"):
            self.reload()

    def reload(self) -> None:
        services = self.env.services
        celebration = None
        if self.session_id is not None:
            try:
                found = services.read.session(self.session_id)
                celebration = found.id if found.kind == "celebration" else None
            except NotFoundError:
                self.session_id = None
        self.figures = celebration_figures(services.ctx.db, self.env.clock.now(), celebration,
                                           self.quotes())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        look = ProjectorLook.of(self)
        painter = QPainter(self)
        smooth(painter)
        painter.fillRect(self.rect(), look.background)
        if self.figures is not None:
            self._paint(painter, look, self.figures)
        painter.end()

    def _paint(self, painter: QPainter, look: ProjectorLook, f: CelebrationFigures) -> None:
        w, h = float(self.width()), float(self.height())
        pad = h * 0.045
        kicker = projector_font(h * 0.04, bold=True)
        y = draw_lines(painter, wrap(" · ".join(x for x in (f.day_label, f.title) if x), kicker,
                                     w - 2 * pad, 2), kicker, look.accent, pad, pad * 0.8,
                       w - 2 * pad)
        title = _("Look what we have done together")
        heading = fit_font(projector_font(h * 0.075, bold=True), title, w - 2 * pad)
        y = draw_lines(painter, [title], heading, look.text, pad, y, w - 2 * pad)
        figures = big_figures(f)
        box_w = (w - 2 * pad) / len(figures)
        top = y + h * 0.03
        number_font = projector_font(h * 0.14, bold=True)
        label_font = projector_font(h * 0.034)
        # A word longer than its column ('zaangażowanych' at 1024x768) takes a smaller size,
        # never under the room's minimum, rather than being cut inside itself.
        words = [word for _shown, label in figures for word in label.split()]
        if words:
            metrics = QFontMetricsF(label_font)
            longest = max(words, key=metrics.horizontalAdvance)
            floor = min(1.0, min_cap_height(int(h)) / cap_height(label_font))
            label_font = fit_font(label_font, longest, box_w * 0.9, smallest=floor)
        # Two lines under each figure, three where a language's words need them (Polish).
        labels = [wrap(label, label_font, box_w * 0.9, 2) for _shown, label in figures]
        if any(line.endswith("…") for lines in labels for line in lines):
            labels = [wrap(label, label_font, box_w * 0.9, 3) for _shown, label in figures]
        for i, (shown, _label) in enumerate(figures):
            left = pad + i * box_w
            painter.setFont(number_font)
            painter.setPen(look.accent)
            painter.drawText(QRectF(left, top, box_w, h * 0.17), Qt.AlignmentFlag.AlignCenter,
                             shown)
            draw_centred(painter, labels[i], label_font, look.text, left, top + h * 0.17, box_w)
        tallest = max(2, *(len(lines) for lines in labels))
        top += h * 0.17 + tallest * line_height(label_font) + h * 0.04
        painter.fillRect(QRectF(pad, top - h * 0.02, w - 2 * pad, max(2.0, h * 0.003)),
                         look.accent)
        half = (w - 3 * pad) / 2
        self._keeping(painter, look, f, QRectF(pad, top, half, h - top - pad))
        self._words(painter, look, f, QRectF(2 * pad + half, top, half, h - top - pad))

    def _keeping(self, painter: QPainter, look: ProjectorLook, f: CelebrationFigures,
                 area: QRectF) -> None:
        h = float(self.height())
        head = projector_font(h * 0.045, bold=True)
        body = projector_font(h * 0.04)
        y = draw_lines(painter, wrap(_("What we are keeping"), head, area.width(), 2), head,
                           look.text, area.left(), area.top(), area.width())
        items = [("✓", DECISION_COLOURS["adopt"], t.title) for t in f.tests_adopted]
        items += [("↻", DECISION_COLOURS["adapt"], _("{title} (changing it and trying again)").format(
            title=t.title))
                  for t in f.tests_adapted]
        if not items:
            y = draw_lines(painter, wrap(_("Our first tests are under way."), body, area.width(), 2),
                           body, look.muted, area.left(), y + h * 0.01, area.width())
        y = self._list(painter, look, items, y, area)
        if f.tests_trying and y + line_height(head) * 2 < area.bottom():
            y = draw_lines(painter, wrap(_("What we are trying now"), head, area.width(), 2), head,
                           look.text, area.left(), y + h * 0.025, area.width())
            self._list(painter, look, [("→", "#56B4E9", t.title) for t in f.tests_trying], y,
                       area)

    def _list(self, painter: QPainter, look: ProjectorLook, items: list[tuple[str, str, str]],
              y: float, area: QRectF) -> float:
        h = float(self.height())
        body = projector_font(h * 0.04)
        mark_w = h * 0.05
        for mark, colour, title in items:
            lines = wrap(title, body, area.width() - mark_w, 2)
            if y + h * 0.008 + len(lines) * line_height(body) > area.bottom():
                break
            painter.setFont(projector_font(h * 0.042, bold=True))
            painter.setPen(QColor(colour).lighter(135) if look.theme == "dark" else QColor(colour))
            painter.drawText(QRectF(area.left(), y + h * 0.008, mark_w, line_height(body)),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
            y = draw_lines(painter, lines, body, look.text, area.left() + mark_w, y + h * 0.008,
                           area.width() - mark_w)
        return y

    def _words(self, painter: QPainter, look: ProjectorLook, f: CelebrationFigures,
               area: QRectF) -> None:
        h = float(self.height())
        head = projector_font(h * 0.045, bold=True)
        quote_font = projector_font(h * 0.04)
        quote_font.setItalic(True)
        by_font = projector_font(h * 0.03)
        if f.quotes:
            y = draw_lines(painter, wrap(_("In your words"), head, area.width(), 2), head,
                           look.text, area.left(), area.top(), area.width())
            for quote in f.quotes:
                lines = wrap(f"“{quote.text}”", quote_font, area.width(), 4)
                by = wrap(f"— {quote.by or _('shared without a name')}", by_font, area.width(), 2)
                need = h * 0.01 + len(lines) * line_height(quote_font) + \
                    len(by) * line_height(by_font)
                if y + need > area.bottom():
                    break
                y = draw_lines(painter, lines, quote_font, look.text, area.left(), y + h * 0.01,
                               area.width())
                y = draw_lines(painter, by, by_font, look.muted, area.left(), y, area.width())
            return
        learned = [t for t in (*f.tests_adopted, *f.tests_adapted) if t.learned]
        y = draw_lines(painter, wrap(_("What we learned"), head, area.width(), 2), head,
                           look.text, area.left(), area.top(), area.width())
        for test in learned:
            lines = wrap(test.learned, quote_font, area.width(), 3)
            if y + len(lines) * line_height(quote_font) > area.bottom():
                break
            y = draw_lines(painter, lines, quote_font, look.text, area.left(), y + h * 0.01,
                           area.width())


def draw_centred(painter: QPainter, lines: list[str], font: object, colour: QColor, left: float,
                 top: float, width: float) -> None:
    painter.setFont(font)  # type: ignore[arg-type]
    painter.setPen(colour)
    step = line_height(font)  # type: ignore[arg-type]
    for n, line in enumerate(lines):
        painter.drawText(QRectF(left, top + n * step, width, step), Qt.AlignmentFlag.AlignCenter,
                         line)
