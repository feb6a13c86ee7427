"""One activity's countdown, kept as wall-clock facts so it survives closing the app.

The state is plain data: when the current run began (`run_from`), when it was paused, how many
seconds had already run before that, and how much time was added. Elapsed and remaining time are
worked out from `now`, so a restart, a sleep or a pause overnight changes nothing: the file holds
the facts and the clock says where we are.

Stage rule (one rule, used everywhere): the countdown turns amber ("nearly time") when the time
left is 20% of the activity, but never less than 1 minute nor more than 5 minutes before the
end, and never more than half of a very short activity. So a 45-minute activity warns at 5
minutes, a 10-minute one at 2 minutes, a 3-minute one at 1 minute. At zero it turns red and counts
up ("over time").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

WARNING_SHARE = 0.2
WARNING_MIN_S = 60.0
WARNING_MAX_S = 300.0


class Stage(StrEnum):
    NOT_STARTED = "not_started"
    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


@dataclass(frozen=True, slots=True)
class Countdown:
    """The timer of one activity. `duration_s` is the plan; `extra_s` what was added live."""

    duration_s: int
    started_at: datetime | None = None  # first start: the activity's actual start
    run_from: datetime | None = None  # set while running: when this stretch of running began
    paused_at: datetime | None = None  # set while paused
    elapsed_s: float = 0.0  # seconds run before `run_from`
    extra_s: int = 0

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def running(self) -> bool:
        return self.run_from is not None

    @property
    def paused(self) -> bool:
        return self.started and not self.running

    @property
    def total_s(self) -> int:
        """The time allowed: the plan plus any extension."""
        return self.duration_s + self.extra_s

    def start(self, now: datetime) -> Countdown:
        """Start or resume. Starting a running timer changes nothing."""
        if self.running:
            return self
        return replace(self, started_at=self.started_at or now, run_from=now, paused_at=None)

    resume = start

    def pause(self, now: datetime) -> Countdown:
        if not self.running:
            return self
        return replace(self, run_from=None, paused_at=now, elapsed_s=self.elapsed(now))

    def extend(self, seconds: int) -> Countdown:
        return replace(self, extra_s=max(0, self.extra_s + int(seconds)))

    def elapsed(self, now: datetime) -> float:
        """Seconds this activity has run, never counting pauses."""
        if self.run_from is None:
            return self.elapsed_s
        # A wall clock set backwards must not make time run backwards.
        return self.elapsed_s + max(0.0, (now - self.run_from).total_seconds())

    def remaining(self, now: datetime) -> float:
        """Seconds left; negative in overtime."""
        return self.total_s - self.elapsed(now)

    def warning_window(self) -> float:
        window = min(WARNING_MAX_S, max(WARNING_MIN_S, WARNING_SHARE * self.total_s))
        return min(window, self.total_s / 2)

    def stage(self, now: datetime) -> Stage:
        if not self.started:
            return Stage.NOT_STARTED
        left = self.remaining(now)
        if left <= 0:
            return Stage.OVERTIME
        if left <= self.warning_window():
            return Stage.WARNING
        return Stage.NORMAL


def clock_text(seconds: float) -> str:
    """How a countdown reads: 12:05, 1:02:00, and +3:10 in overtime (time over, counting up)."""
    over = seconds < 0
    whole = int(-seconds) if over else int(seconds + 0.999)  # show 0:01 until the last second ends
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    body = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"+{body}" if over else body
