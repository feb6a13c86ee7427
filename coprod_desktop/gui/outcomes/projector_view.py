"""The projector's "You said, we did: since last time", for the start of each meeting.

Painted, sized from the view's height so it reads from the back of the room. Only outcomes whose
source may leave the room are shown (a held-back note is off the projector for good). The words
are drawn as plain text: nothing anyone typed is taken as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.outcomes import Outcome, OutcomeStatus
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.outcomes.look import Look, big_font, smooth
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet

KEY = "outcomes.since"
WATCHED = ("outcome", "outcome_event", "outcome_link", "note", "story", "session", "attendee")
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def second_line(outcome: Outcome) -> tuple[str, str]:
    if outcome.status is OutcomeStatus.CANT:
        return _("Why not:"), outcome.reason
    if outcome.status is OutcomeStatus.PASSED:
        return _("Passed to:"), outcome.passed_to + (
            f". {outcome.what_happened}" if outcome.what_happened else "")
    return {"done": _("We did:"), "doing": _("We are:"), "planned": _("We plan:")}.get(
        outcome.status.value, "So far:"), outcome.what_happened


PILL = {OutcomeStatus.COME_BACK: N_("Coming back to"), OutcomeStatus.PLANNED: N_("Planned"),
        OutcomeStatus.DOING: N_("Doing"), OutcomeStatus.DONE: N_("Done"),
        OutcomeStatus.PASSED: N_("Passed on"),
        OutcomeStatus.CANT: N_("Can't do this")}


class SinceLastTimeView(QWidget):
    """Projector view `outcomes.since`."""

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sinceLastTimeView")
        follow_projector_theme(self, lambda _theme: self.update())
        self.env = env
        self.session_id: int | None = None
        self.outcomes: list[Outcome] = []
        self.shown: list[int] = []  # ids drawn at the last paint, for tests and "and N more"
        listen(self, env.services, self._changed)
        self.reload()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*WATCHED):
            self.reload()

    def reload(self) -> None:
        self.outcomes = self.env.services.outcomes.outcomes.since_last_time(self.session_id)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        look = Look.of(self)
        painter = QPainter(self)
        smooth(painter)
        w, h = float(self.width()), float(self.height())
        painter.fillRect(self.rect(), look.background)
        pad = h * 0.045
        painter.setFont(big_font(h * 0.062, bold=True))
        painter.setPen(look.text)
        painter.drawText(QRectF(pad, pad * 0.6, w - 2 * pad, h * 0.09),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _("You said, we did"))
        painter.setFont(big_font(h * 0.04, bold=True))
        painter.setPen(look.accent)
        painter.drawText(QRectF(pad, pad * 0.6, w - 2 * pad, h * 0.09),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         _("Since last time"))
        top = pad * 0.6 + h * 0.12
        self.shown = []
        if not self.outcomes:
            painter.setFont(big_font(h * 0.042))
            painter.setPen(look.muted)
            painter.drawText(QRectF(pad, h * 0.35, w - 2 * pad, h * 0.3),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             _("Nothing new since last time. What we said we would come back to "
                             "will appear here as it moves."))
            painter.end()
            return
        bottom = h - pad
        for n, outcome in enumerate(self.outcomes):
            height = self._card(painter, look, outcome, QRectF(pad, top, w - 2 * pad, 0), False)
            if top + height > bottom - h * 0.05 and n > 0:
                painter.setFont(big_font(h * 0.036, bold=True))
                painter.setPen(look.muted)
                painter.drawText(QRectF(pad, top, w - 2 * pad, h * 0.05),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 count("and {n} more in the bulletin", "and {n} more in the bulletin",
                                       len(self.outcomes) - n))
                break
            self._card(painter, look, outcome, QRectF(pad, top, w - 2 * pad, height), True)
            self.shown.append(outcome.id)
            top += height + h * 0.02
        painter.end()

    def _card(self, painter: QPainter, look: Look, outcome: Outcome, area: QRectF,
              draw: bool) -> float:
        """The card's height; drawn only when `draw`."""
        h = float(self.height())
        inner = h * 0.018
        pill_w = area.width() * 0.24
        text_w = area.width() - pill_w - 3 * inner
        said_font = big_font(h * 0.042, bold=True)
        line_font = big_font(h * 0.036)
        label, words = second_line(outcome)
        said = _("You said: {said}").format(said=outcome.said)
        line = f"{label} {words}" if words else ""
        said_h = QFontMetricsF(said_font).boundingRect(
            QRectF(0, 0, text_w, h), WRAP, said).height()
        line_h = QFontMetricsF(line_font).boundingRect(
            QRectF(0, 0, text_w, h), WRAP, line).height() if line else 0.0
        # The pill's word keeps the room's smallest readable size; a longer word in another
        # language ("Nie możemy tego zrobić") wraps in a taller pill instead of shrinking.
        word = _(PILL[outcome.status])
        pill_font = big_font(h * 0.034, bold=True)
        centred = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        pill_h = max(h * 0.06, QFontMetricsF(pill_font).boundingRect(
            QRectF(0, 0, pill_w - inner, h), centred, word).height() + inner)
        height = max(min(said_h + line_h + 2.4 * inner, h * 0.4), pill_h + 2 * inner)
        if not draw:
            return height
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.card)
        painter.drawRoundedRect(area, h * 0.012, h * 0.012)
        colour = QColor(outcome.status.colour)
        pill = QRectF(area.left() + inner, area.top() + inner, pill_w, pill_h)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, h * 0.01, h * 0.01)
        painter.setFont(pill_font)
        painter.setPen(QColor("#000000"))
        painter.drawText(pill.adjusted(inner / 2, 0, -inner / 2, 0), centred, word)
        left = pill.right() + inner
        painter.setFont(said_font)
        painter.setPen(look.text)
        painter.drawText(QRectF(left, area.top() + inner, text_w, said_h), WRAP, said)
        if line:
            painter.setFont(line_font)
            painter.setPen(look.accent if outcome.status is OutcomeStatus.CANT else look.muted)
            painter.drawText(QRectF(left, area.top() + inner * 1.4 + said_h, text_w,
                                    area.height() - said_h - 2 * inner), WRAP, line)
        return height
