"""A story turn on the projector: the prompt card, the title if there is one, and a calm timer.

The teller's name is not shown: a story may be kept in the room or shared without a name, and a
projected name ends up in photos of the room.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.levelling import Story, StoryStatus
from coprod_desktop.facilitation import stories, turn_clock
from coprod_desktop.facilitation.countdown import clock_text
from coprod_desktop.facilitation.stories import StoryStage
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling import paint
from coprod_desktop.gui.levelling.live import STORY_TABLES, follow
from coprod_desktop.gui.levelling.style import Look
from coprod_desktop.gui.levelling.themed import ThemedProjectorView
from coprod_desktop.i18n import _, count


@dataclass(frozen=True)
class StoryPicture:
    heading: str
    title: str
    prompt: str
    countdown: str
    stage: StoryStage
    fraction: float
    message: str
    key: str


def picture(story: Story | None, now: datetime) -> StoryPicture | None:
    if story is None:
        return None
    if story.status is StoryStatus.TOLD:
        return StoryPicture(_("Thank you for your story"), story.title, story.prompt, "",
                            StoryStage.NORMAL, 0.0, "", "")
    left = turn_clock.remaining(story, now) if story.started_at else float(story.limit_s)
    stage = stories.stage(story, now) if story.started_at else StoryStage.NORMAL
    heading = _("Story time") if story.status is StoryStatus.TELLING else _("Next story")
    message = _("Paused") if turn_clock.paused(story) else stage.message
    countdown = clock_text(left) if left > 0 else ""  # over time: no number to race
    return StoryPicture(heading, story.title, story.prompt, countdown, stage,
                        max(0.0, left / story.limit_s), message,
                        f"story-{story.id}-{story.started_at}")


def nothing_told(told: int) -> tuple[str, str]:
    """What the projector says when no story is being told or waiting: "No stories yet" only
    when none has been told in this session; after one has, that no story is being told just
    now and how many were (the room heard them: "no stories" would deny it)."""
    if told <= 0:
        return _("No stories yet"), ""
    return (_("No story being told just now"),
            count("{n} story told so far", "{n} stories told so far", told))


class StoryProjectorView(ThemedProjectorView):
    KEY = "levelling.story"

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.story_id: int | None = None
        self.story: Story | None = None
        self.told = 0  # stories told in this session
        follow(self, env, STORY_TABLES, self.reload, lambda: self.session_id)

    def set_session(self, session_id: int | None) -> None:
        self.session_id, self.story_id = session_id, None
        self.reload()

    def show_story(self, story_id: int | None) -> None:
        self.story_id = story_id
        self.reload()

    def reload(self) -> None:
        self.story = None
        self.told = 0
        if self.session_id is not None:
            found = self.env.services.stories.data.stories(self.session_id)
            self.told = sum(s.status is StoryStatus.TOLD for s in found)
            self.story = (stories.telling(found)
                          or next((s for s in found if s.id == self.story_id), None)
                          or next(iter(stories.queue(found)), None))
        self.update()

    def current_picture(self) -> StoryPicture | None:
        return picture(self.story, self.env.clock.now())

    def empty_words(self) -> tuple[str, str]:
        """What the view says when it has no story to show (nothing_told)."""
        return nothing_told(self.told)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.look.background)
        draw_story(painter, QRectF(self.rect()), self.current_picture(), self.look, self.told)
        painter.end()


def draw_story(painter: QPainter, area: QRectF, pic: StoryPicture | None,
               look: Look, told: int = 0) -> None:
    w, h = area.width(), area.height()
    margin = w * 0.06

    def band(top: float, bottom: float, inset: float = 0.0) -> QRectF:
        return QRectF(area.left() + margin + inset, area.top() + h * top,
                      w - 2 * (margin + inset), h * (bottom - top))

    if pic is None:
        words, so_far = nothing_told(told)
        if not so_far:
            paint.line(painter, band(0.4, 0.6), words, look.muted, h * 0.08)
            return
        paint.line(painter, band(0.34, 0.52), words, look.muted, h * 0.08)
        paint.line(painter, band(0.54, 0.66), so_far, look.muted, h * 0.055)
        return
    paint.line(painter, band(0.03, 0.11), pic.heading, look.muted, h * 0.05,
               align=Qt.AlignmentFlag.AlignLeft)
    timer_top = 0.22
    if pic.title:
        paint.line(painter, band(0.11, 0.25), pic.title, look.text, h * 0.1, bold=True)
        timer_top = 0.3
    if pic.prompt:
        card = band(timer_top - 0.02, timer_top + 0.33)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.panel)
        painter.drawRoundedRect(card, h * 0.03, h * 0.03)
        inner = card.adjusted(w * 0.04, h * 0.03, -w * 0.04, -h * 0.03)
        paint.wrapped(painter, inner, pic.prompt, look.text, h * 0.075)
        timer_top += 0.35
    colour = look.story[pic.stage]
    bottom = timer_top + (0.19 if pic.prompt else 0.4)
    if pic.countdown:
        big = h * (0.2 if pic.prompt else 0.3)
        paint.line(painter, band(timer_top, bottom), pic.countdown, colour, big, bold=True)
        paint.bar(painter, band(bottom + 0.01, bottom + 0.03), pic.fraction, colour, look.panel)
    elif pic.stage is StoryStage.OVERTIME and pic.message != "Paused":
        # Gentle overtime: a calm invitation where the numbers were, never a red count-up.
        paint.line(painter, band(timer_top, bottom), pic.message, colour, h * 0.085)
        return
    paint.line(painter, band(0.89, 0.97), pic.message, look.muted if pic.message == "Paused" else colour,
               h * 0.055, bold=True)
