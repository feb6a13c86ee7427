"""The round on the projector: who is speaking, in huge type, a big countdown, and who is next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.levelling import RoundStatus, TurnStatus
from coprod_desktop.facilitation import turn_clock
from coprod_desktop.facilitation.countdown import Stage, clock_text
from coprod_desktop.facilitation.rounds import RoundState
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling import paint
from coprod_desktop.gui.levelling.live import ROUND_TABLES, follow
from coprod_desktop.gui.levelling.style import STAGE_WORDS, Look
from coprod_desktop.gui.levelling.themed import ThemedProjectorView
from coprod_desktop.i18n import N_, _, count


@dataclass(frozen=True)
class RoundPicture:
    """Everything the round view shows, worked out from the saved round and the time now."""

    title: str
    heading: str  # "Speaking now", "First to speak", "Round complete"
    name: str
    countdown: str
    stage: Stage
    fraction: float  # of the turn left, for the bar
    box_words: str  # over the digits: the agenda's stage words, or "Paused"
    note: str  # under the countdown: "Everyone has 90 seconds", "10 spoke, 2 passed"
    next_line: str
    progress: str  # "Turn 3 of 12"
    key: str  # identifies the turn, for the chime

    @property
    def paused(self) -> bool:
        return self.box_words == _(PAUSED)


PAUSED = N_("Paused")


def picture(state: RoundState | None, names: dict[int, str], present: set[int],
            now: datetime) -> RoundPicture | None:
    if state is None:
        return None
    rnd = state.round
    counted = [t for t in state.ordered if t.status is not TurnStatus.ABSENT]
    finished = sum(1 for t in counted if t.status.finished)
    upcoming = state.up_next(present)
    following = upcoming
    if state.current is None and upcoming is not None:
        rest = state.waiting(present)
        following = rest[1] if len(rest) > 1 else None
    next_line = (_("Next: {name}").format(name=names.get(following.attendee_id, "…"))
                 if following else "")
    if rnd.status is RoundStatus.FINISHED:
        spoke = sum(1 for t in counted if t.status is TurnStatus.DONE)
        passed = sum(1 for t in counted if t.status is TurnStatus.PASSED)
        summary = count("{n} spoke", "{n} spoke", spoke) + (
            count(", {n} passed", ", {n} passed", passed) if passed else "")
        return RoundPicture(rnd.title, _("Round complete"), _("Thank you"), "", Stage.NOT_STARTED,
                            0.0, "", summary, "", count("{n} turn", "{n} turns", len(counted)),
                            "")
    turn = state.current
    if turn is None:
        waiting = _(STAGE_WORDS[Stage.NOT_STARTED])
        if upcoming is None:
            return RoundPicture(rnd.title, _("Waiting for someone to join"), "",
                                clock_text(rnd.turn_s), Stage.NOT_STARTED, 1.0, waiting, "", "",
                                "", "")
        heading = _("First to speak") if rnd.status is RoundStatus.READY else _("Up next")
        return RoundPicture(rnd.title, heading, names.get(upcoming.attendee_id, "…"),
                            clock_text(upcoming.limit_s), Stage.NOT_STARTED, 1.0, waiting,
                            _("Everyone has {length}").format(length=_length(rnd.turn_s)),
                            next_line, count("{n} person in this round",
                                             "{n} people in this round", len(counted)), "")
    left = turn_clock.remaining(turn, now)
    stage = turn_clock.stage(turn, now)
    words = _(PAUSED) if turn_clock.paused(turn) else _(STAGE_WORDS[stage])
    return RoundPicture(rnd.title, _("Speaking now"), names.get(turn.attendee_id, "…"),
                        clock_text(left), stage, max(0.0, left / turn.limit_s), words, "",
                        next_line, _("Turn {n} of {total}").format(n=finished + 1,
                                                                   total=len(counted)),
                        f"round-turn-{turn.id}-{turn.started_at}")


def _length(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    if not secs:
        return count("{n} minute", "{n} minutes", minutes)
    if not minutes:
        return count("{n} second", "{n} seconds", secs)
    return _("{time} minutes").format(time=clock_text(seconds))


class RoundProjectorView(ThemedProjectorView):
    KEY = "levelling.round"

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.round_id: int | None = None
        self.state: RoundState | None = None
        self.names: dict[int, str] = {}
        self.present: set[int] = set()
        follow(self, env, ROUND_TABLES, self.reload, lambda: self.session_id)

    def set_session(self, session_id: int | None, round_id: int | None = None) -> None:
        self.session_id, self.round_id = session_id, round_id
        self.reload()

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.reload()

    def reload(self) -> None:
        lv = self.env.services.levelling
        self.state = None
        if self.session_id is not None:
            if self.round_id is not None:
                ids = {r.id for r in lv.data.rounds(self.session_id)}
                self.state = lv.state(self.round_id) if self.round_id in ids else None
            else:
                self.state = lv.active_round(self.session_id)
            self.names = {a.id: a.name for a in lv.data.attended(self.session_id)}
            self.present = lv.present_ids(self.session_id)
        self.update()

    def current_picture(self) -> RoundPicture | None:
        return picture(self.state, self.names, self.present, self.env.clock.now())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.look.background)
        draw_round(painter, QRectF(self.rect()), self.current_picture(), self.look)
        painter.end()


def draw_round(painter: QPainter, area: QRectF, pic: RoundPicture | None,
               look: Look) -> None:
    w, h = area.width(), area.height()
    margin = w * 0.05

    def band(top: float, bottom: float) -> QRectF:
        return QRectF(area.left() + margin, area.top() + h * top, w - 2 * margin,
                      h * (bottom - top))

    if pic is None:
        paint.line(painter, band(0.4, 0.6), _("No round yet"), look.muted, h * 0.08)
        return
    # The round's title and its turn count share a band: the count first, at the right, and
    # the title in what is left (they used to be painted over each other).
    top = band(0.03, 0.11)
    used = paint.line(painter, top, pic.progress, look.muted, h * 0.05,
                      align=Qt.AlignmentFlag.AlignRight) if pic.progress else 0.0
    gap = h * 0.03 if used else 0.0
    paint.line(painter, QRectF(top.left(), top.top(), top.width() - used - gap, top.height()),
               pic.title, look.muted, h * 0.05, align=Qt.AlignmentFlag.AlignLeft)
    paint.line(painter, band(0.13, 0.2), pic.heading, look.muted, h * 0.055)
    paint.line(painter, band(0.2, 0.41), pic.name, look.text, h * 0.17, bold=True)
    if pic.countdown:
        _countdown_box(painter, band(0.43, 0.81), pic, h, look)
    paint.line(painter, band(0.815, 0.875), pic.note, look.muted, h * 0.05)
    paint.line(painter, band(0.88, 0.97), pic.next_line, look.text, h * 0.065)


def _countdown_box(painter: QPainter, space: QRectF, pic: RoundPicture, h: float,
                   look: Look) -> None:
    """The agenda's countdown box: its colour and its word say the stage, the digits the time."""
    box_colour, digits = look.stage_box[pic.stage]
    if pic.paused:
        box_colour, digits = look.stage_box[Stage.NOT_STARTED]
    box = QRectF(space.center().x() - space.width() * 0.32, space.top(), space.width() * 0.64,
                 space.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(box_colour)
    painter.drawRoundedRect(box, h * 0.025, h * 0.025)
    inner = box.adjusted(box.width() * 0.05, 0, -box.width() * 0.05, 0)
    words = QRectF(inner.left(), box.top() + box.height() * 0.04, inner.width(),
                   box.height() * 0.2)
    paint.line(painter, words, pic.box_words, digits, h * 0.05, bold=True)
    digits_rect = QRectF(inner.left(), box.top() + box.height() * 0.2, inner.width(),
                         box.height() * 0.64)
    paint.line(painter, digits_rect, pic.countdown, digits, h * 0.28, bold=True)
    track = QColor(digits)
    track.setAlpha(60)
    bar = QRectF(inner.left(), box.bottom() - box.height() * 0.12, inner.width(),
                 box.height() * 0.05)
    paint.bar(painter, bar, pic.fraction, digits, track)
