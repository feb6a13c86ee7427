"""The plan of a session against the clock: when each activity should start, whether the plan fits
the session, and, while it runs, how far ahead or behind the room is.

"Behind" compares when the current activity is now expected to end (now plus its time left) with
when the plan said it would end. Extending an activity, overrunning it, pausing or starting late
all put the room behind; moving on early puts it ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coprod_desktop.facilitation.countdown import Countdown
from coprod_desktop.i18n import _

ON_TIME_S = 60.0  # closer than this to the plan reads as "on time"


def session_start(day: date, at: time, zone: tzinfo | None = None) -> datetime:
    """The moment a session is planned to start. Times in the file are local wall-clock times;
    `zone` None means this computer's own time zone (daylight saving included)."""
    naive = datetime.combine(day, at.replace(tzinfo=None))
    local = naive.astimezone() if zone is None else naive.replace(tzinfo=zone)
    return local.astimezone(UTC)


def planned_starts(start: datetime, durations_s: Sequence[int]) -> list[datetime]:
    starts: list[datetime] = []
    at = start
    for duration in durations_s:
        starts.append(at)
        at += timedelta(seconds=duration)
    return starts


@dataclass(frozen=True, slots=True)
class PlanFit:
    """The agenda's total against the session's length."""

    total_s: int
    length_s: int

    @property
    def overrun_s(self) -> int:
        return self.total_s - self.length_s

    @property
    def overruns(self) -> bool:
        return self.overrun_s > 0

    def message(self) -> str:
        total = minutes_text(self.total_s)
        length = minutes_text(self.length_s)
        if self.total_s == 0:
            return _("No activities yet. The session is {length} long.").format(length=length)
        if self.overruns:
            return _("The plan is {over} too long: {total} of activities in a {length} session."
                     ).format(over=minutes_text(self.overrun_s), total=total, length=length)
        spare = self.length_s - self.total_s
        if spare == 0:
            return _("The plan fills the session exactly ({length}).").format(length=length)
        return _("{total} planned in a {length} session: {spare} to spare.").format(
            total=total, length=length, spare=minutes_text(spare))


def fit(durations_s: Sequence[int], length_s: int) -> PlanFit:
    return PlanFit(total_s=sum(durations_s), length_s=length_s)


def drift(start: datetime, durations_s: Sequence[int], current: int | None,
          timer: Countdown | None, now: datetime, finished_at: datetime | None = None) -> float:
    """Seconds behind the plan (negative: ahead).

    `current` is the index of the activity now running or paused, None before the session starts
    or after it has finished (`finished_at`).
    """
    planned_end = start + timedelta(seconds=sum(durations_s))
    if finished_at is not None:
        return (finished_at - planned_end).total_seconds()
    if current is None or timer is None or not timer.started:
        # Not begun: late only once the planned start has passed.
        if current is not None and current > 0:
            planned = start + timedelta(seconds=sum(durations_s[:current]))
            return max(0.0, (now - planned).total_seconds())
        return max(0.0, (now - start).total_seconds())
    planned_end_of_current = start + timedelta(seconds=sum(durations_s[: current + 1]))
    expected_end = now + timedelta(seconds=max(0.0, timer.remaining(now)))
    return (expected_end - planned_end_of_current).total_seconds()


def drift_text(seconds: float) -> str:
    if abs(seconds) < ON_TIME_S:
        return _("On time")
    amount = minutes_text(abs(seconds))
    return (_("{amount} behind") if seconds > 0 else _("{amount} ahead")).format(amount=amount)


def minutes_text(seconds: float) -> str:
    """A length of time in words people read at a glance: 45 min, 1 h 30 min, 3 h."""
    minutes = round(seconds / 60)
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=mins)
    if hours:
        return _("{hours} h").format(hours=hours)
    return _("{minutes} min").format(minutes=mins)
