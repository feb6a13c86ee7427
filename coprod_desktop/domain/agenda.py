"""A session's agenda as it is planned and run: activities with their timer facts, and the runner.

The timer facts are wall-clock times and seconds (see facilitation.countdown); nothing here knows
what time it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.records import Activity, Session
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

MIN_MINUTES = 1
MAX_MINUTES = 8 * 60
INSTRUCTIONS_MAX = 600


class RunState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One activity with how it actually ran."""

    activity: Activity
    tool: Tool = Tool.NONE
    started_at: datetime | None = None  # actual start (first time it ran)
    ended_at: datetime | None = None  # actual end (when the room moved on)
    run_from: datetime | None = None  # set while its timer runs
    paused_at: datetime | None = None
    elapsed_s: float = 0.0
    extra_s: int = 0

    @property
    def id(self) -> int:
        return self.activity.id


@dataclass(frozen=True, slots=True)
class Runner:
    session_id: int
    current_id: int | None
    started_at: datetime | None
    finished_at: datetime | None


@dataclass(frozen=True, slots=True)
class Agenda:
    session: Session
    items: tuple[AgendaItem, ...]
    runner: Runner | None

    @property
    def current_index(self) -> int | None:
        if self.runner is None or self.runner.current_id is None:
            return None
        return next((i for i, item in enumerate(self.items)
                     if item.id == self.runner.current_id), None)

    @property
    def current(self) -> AgendaItem | None:
        index = self.current_index
        return None if index is None else self.items[index]

    @property
    def state(self) -> RunState:
        if self.runner is None:
            return RunState.NOT_STARTED
        if self.runner.finished_at is not None:
            return RunState.FINISHED
        current = self.current
        if current is None:
            return RunState.NOT_STARTED
        return RunState.RUNNING if current.run_from is not None else RunState.PAUSED

    @property
    def durations_s(self) -> list[int]:
        return [item.activity.duration_s for item in self.items]


def minutes(value: object) -> int:
    """A duration in whole minutes, from a number or typed text; refused outside 1 min – 8 h."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, str):
        text = value.strip().lower().removesuffix("minutes").removesuffix("mins")
        text = text.removesuffix("min").strip()
        try:
            value = float(text)
        except ValueError:
            value = None
    if not isinstance(value, int | float) or value != value:
        raise ValidationError(N_("The duration should be a number of minutes, like 15."),
                              field="minutes")
    if value != int(value):
        raise ValidationError(N_("Please give the duration in whole minutes."), field="minutes")
    if value < MIN_MINUTES:
        raise ValidationError(N_("An activity must last at least 1 minute."), field="minutes")
    if value > MAX_MINUTES:
        raise ValidationError(
            Said.of(N_("An activity can last at most 8 hours (%(max_minutes)s minutes). Split a longer one "
                       "into parts."), max_minutes=MAX_MINUTES), field="minutes")
    return int(value)
