"""Story turns: a queue of storytellers, one telling at a time, timed with gentle overtime.

A story is not cut off. When the time is up the projector turns calm rather than red and invites
the teller to draw to a close; the real length is recorded either way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import Story, StoryStatus
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation import turn_clock
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.i18n import N_

STORY_MIN_S = 30
STORY_MAX_S = 20 * 60
STALE_NOTE = "Left running while Coprod Desktop was closed: stopped at the end of its time"


class StoryStage(StrEnum):
    NORMAL = "normal"
    AMBER = "amber"
    OVERTIME = "overtime"  # gentle: no alarm, an invitation to finish

    @property
    def message(self) -> str:
        return {StoryStage.NORMAL: "", StoryStage.AMBER: "Nearly time",
                StoryStage.OVERTIME: "Take a moment to bring it to a close"}[self]


def stage(story: Story, now: datetime) -> StoryStage:
    """The agenda's stages (same "nearly time" rule), with overtime made gentle."""
    return {Stage.WARNING: StoryStage.AMBER,
            Stage.OVERTIME: StoryStage.OVERTIME}.get(turn_clock.stage(story, now), StoryStage.NORMAL)


def check_length(seconds: int) -> int:
    value = int(seconds)
    if not STORY_MIN_S <= value <= STORY_MAX_S:
        raise ValidationError(Said.of(N_("A story turn lasts between %(least)s seconds and "
                                         "%(most)s minutes."),
                                      least=STORY_MIN_S, most=STORY_MAX_S // 60), field="limit_s")
    return value


def queue(stories: Sequence[Story]) -> list[Story]:
    """Stories still to be told, in the order they will be told."""
    return sorted((s for s in stories if s.status is StoryStatus.WAITING),
                  key=lambda s: (s.position, s.id or 0))


def telling(stories: Sequence[Story]) -> Story | None:
    return next((s for s in stories if s.status is StoryStatus.TELLING), None)


def begin(story: Story, session_stories: Sequence[Story], now: datetime) -> Story:
    current = telling(session_stories)
    if current is not None and current.id != story.id:
        raise ValidationError(N_("Another story is being told. End that story turn first."))
    if story.status is StoryStatus.TOLD:
        raise ValidationError(N_("This story has already been told."))
    if story.status is StoryStatus.TELLING:
        return story
    return dataclasses.replace(turn_clock.start(story, now), status=StoryStatus.TELLING)


def pause(story: Story, now: datetime) -> Story:
    _require_telling(story)
    return turn_clock.pause(story, now)


def resume(story: Story, now: datetime) -> Story:
    _require_telling(story)
    return turn_clock.resume(story, now)


def finish(story: Story, now: datetime) -> Story:
    _require_telling(story)
    ended = turn_clock.end(story, now)
    return dataclasses.replace(ended, status=StoryStatus.TOLD,
                               duration_s=round(turn_clock.elapsed(ended, now), 3))


def settle(story: Story, now: datetime) -> Story:
    if story.status is not StoryStatus.TELLING or not turn_clock.is_stale(story, now):
        return story
    return dataclasses.replace(turn_clock.settle_stale(story, now), note=STALE_NOTE)


def _require_telling(story: Story) -> None:
    if story.status is not StoryStatus.TELLING:
        raise ValidationError(N_("This story's turn has not started."))
