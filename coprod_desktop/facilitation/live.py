"""An agenda at one moment: the plan's times, the current countdown, and how far off plan we are.

Built fresh from the stored agenda and `clock.now()` on every repaint; holds nothing between.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from coprod_desktop.domain.agenda import Agenda, AgendaItem, RunState
from coprod_desktop.facilitation.countdown import Countdown, Stage
from coprod_desktop.facilitation.schedule import (
    PlanFit,
    drift,
    fit,
    planned_starts,
    session_start,
)


def countdown_of(item: AgendaItem) -> Countdown:
    return Countdown(duration_s=item.activity.duration_s, started_at=item.started_at,
                     run_from=item.run_from, paused_at=item.paused_at,
                     elapsed_s=item.elapsed_s, extra_s=item.extra_s)


def current_of(agenda: Agenda) -> tuple[int | None, AgendaItem | None, Countdown | None]:
    """The running (or paused) activity's place, item and countdown; None while none is."""
    index = agenda.current_index if agenda.state is not RunState.FINISHED else None
    if index is None:
        return None, None, None
    item = agenda.items[index]
    return index, item, countdown_of(item)


@dataclass(frozen=True)
class LiveAgenda:
    agenda: Agenda
    now: datetime
    start: datetime  # the session's planned start
    planned: tuple[datetime, ...]  # planned start of each activity
    fit: PlanFit
    state: RunState
    current_index: int | None
    countdown: Countdown | None
    drift_s: float  # seconds behind the plan; negative when ahead
    zone: tzinfo | None = None  # the room's time zone for showing times; None: this computer's

    def hhmm(self, when: datetime) -> str:
        """A moment as the room's clock shows it, e.g. 18:05."""
        return when.astimezone(self.zone).strftime("%H:%M")

    @property
    def current(self) -> AgendaItem | None:
        return None if self.current_index is None else self.agenda.items[self.current_index]

    @property
    def next_item(self) -> AgendaItem | None:
        index = self.current_index
        if index is None:
            return self.agenda.items[0] if self.state is RunState.NOT_STARTED and \
                self.agenda.items else None
        return self.agenda.items[index + 1] if index + 1 < len(self.agenda.items) else None

    @property
    def stage(self) -> Stage:
        return self.countdown.stage(self.now) if self.countdown else Stage.NOT_STARTED

    @property
    def remaining_s(self) -> float:
        return self.countdown.remaining(self.now) if self.countdown else 0.0


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The date at `moment` where the programme happens (`zone` None: this computer's zone)."""
    return (moment.astimezone() if zone is None else moment.astimezone(zone)).date()


def planned_day(agenda: Agenda, zone: tzinfo | None = None) -> date:
    """The day the plan's times are on: the session's date, or, for a session started on
    another day (a meeting moved at short notice, or the demo tried later), the day it was
    started, so that it is timed against its planned hours that day and not hundreds of hours
    late."""
    runner = agenda.runner
    if runner is None or runner.started_at is None:
        return agenda.session.date
    return local_day(runner.started_at, zone)


def live(agenda: Agenda, now: datetime, zone: tzinfo | None = None) -> LiveAgenda:
    session = agenda.session
    start = session_start(planned_day(agenda, zone), session.starts_at, zone)
    durations = agenda.durations_s
    state = agenda.state
    index, _, countdown = current_of(agenda)
    finished = agenda.runner.finished_at if agenda.runner else None
    return LiveAgenda(
        agenda=agenda, now=now, start=start, planned=tuple(planned_starts(start, durations)),
        fit=fit(durations, session.length_minutes * 60), state=state, current_index=index,
        countdown=countdown,
        drift_s=drift(start, durations, index, countdown, now,
                      finished_at=finished if state is RunState.FINISHED else None),
        zone=zone,
    )
