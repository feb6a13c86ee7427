"""Countdown and schedule logic on a FakeClock: no Qt, no file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.facilitation.countdown import Countdown, Stage, clock_text
from coprod_desktop.facilitation.schedule import (
    drift,
    drift_text,
    fit,
    minutes_text,
    planned_starts,
    session_start,
)


def test_countdown_runs_down_from_the_duration(clock: FakeClock) -> None:
    timer = Countdown(600)
    assert timer.stage(clock.now()) is Stage.NOT_STARTED
    assert timer.remaining(clock.now()) == 600
    timer = timer.start(clock.now())
    clock.advance(90)
    assert timer.elapsed(clock.now()) == 90
    assert timer.remaining(clock.now()) == 510
    assert timer.stage(clock.now()) is Stage.NORMAL
    assert clock_text(timer.remaining(clock.now())) == "8:30"


def test_pause_stops_the_time_and_resume_carries_on(clock: FakeClock) -> None:
    timer = Countdown(600).start(clock.now())
    clock.advance(100)
    timer = timer.pause(clock.now())
    assert timer.paused and not timer.running
    clock.advance(500)
    assert timer.elapsed(clock.now()) == 100
    timer = timer.resume(clock.now())
    clock.advance(20)
    assert timer.elapsed(clock.now()) == 120
    assert timer.started_at == clock.now() - timedelta(seconds=620)


def test_pause_overnight_changes_nothing(clock: FakeClock) -> None:
    timer = Countdown(1800).start(clock.now())
    clock.advance(25 * 60)
    timer = timer.pause(clock.now())
    clock.set(clock.now() + timedelta(hours=15, minutes=7))  # the laptop slept overnight
    assert timer.remaining(clock.now()) == 300
    assert timer.stage(clock.now()) is Stage.WARNING
    timer = timer.resume(clock.now())
    clock.advance(60)
    assert timer.remaining(clock.now()) == 240


def test_extend_adds_time_and_never_goes_below_the_plan(clock: FakeClock) -> None:
    timer = Countdown(300).start(clock.now())
    clock.advance(290)
    timer = timer.extend(60).extend(300)
    assert timer.remaining(clock.now()) == 370
    assert timer.total_s == 660
    assert timer.extend(-10_000).extra_s == 0


def test_overtime_counts_up_in_red(clock: FakeClock) -> None:
    timer = Countdown(120).start(clock.now())
    clock.advance(120)
    assert timer.stage(clock.now()) is Stage.OVERTIME
    clock.advance(75)
    assert timer.remaining(clock.now()) == -75
    assert clock_text(timer.remaining(clock.now())) == "+1:15"


@pytest.mark.parametrize(("minutes", "warn_at_s"), [
    (45, 300), (10, 120), (3, 60), (1, 30), (120, 300),
])
def test_warning_window_rule(minutes: int, warn_at_s: float) -> None:
    assert Countdown(minutes * 60).warning_window() == warn_at_s


def test_stage_turns_amber_at_the_window(clock: FakeClock) -> None:
    timer = Countdown(600).start(clock.now())
    clock.advance(479)
    assert timer.stage(clock.now()) is Stage.NORMAL
    clock.advance(1)
    assert timer.stage(clock.now()) is Stage.WARNING


def test_clock_set_backwards_does_not_run_time_backwards(clock: FakeClock) -> None:
    timer = Countdown(600).start(clock.now())
    clock.set(clock.now() - timedelta(minutes=10))
    assert timer.elapsed(clock.now()) == 0


def test_clock_text() -> None:
    assert clock_text(3600 * 2 + 5) == "2:00:05"
    assert clock_text(0.2) == "0:01"
    assert clock_text(0) == "0:00"
    assert clock_text(-3725) == "+1:02:05"


def test_planned_starts_and_fit() -> None:
    start = session_start(date(2026, 3, 3), time(9, 30), UTC)
    starts = planned_starts(start, [600, 1200, 900])
    assert [s.strftime("%H:%M") for s in starts] == ["09:30", "09:40", "10:00"]
    plan = fit([600, 1200, 900], 40 * 60)
    assert plan.overruns and plan.overrun_s == 300
    assert plan.message() == "The plan is 5 min too long: 45 min of activities in a 40 min session."
    assert fit([3600], 90 * 60).message() == "1 h planned in a 1 h 30 min session: 30 min to spare."
    assert "No activities" in fit([], 3600).message()


def test_session_start_in_local_time_with_summer_time() -> None:
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    assert session_start(date(2026, 7, 1), time(18, 0), london).hour == 17  # BST
    assert session_start(date(2026, 12, 1), time(18, 0), london).hour == 18


def test_ahead_and_behind(clock: FakeClock) -> None:
    start = clock.now()
    plan = [600, 600, 600]
    assert drift(start, plan, None, None, clock.now()) == 0
    clock.advance(120)  # started two minutes late
    assert drift(start, plan, None, None, clock.now()) == 120
    timer = Countdown(600).start(clock.now())
    assert drift(start, plan, 0, timer, clock.now()) == 120
    assert drift_text(120) == "2 min behind"
    clock.advance(300)
    timer = timer.extend(300)
    assert drift(start, plan, 0, timer, clock.now()) == 420
    clock.advance(600)  # the first activity used all of its extended 15 minutes
    second = Countdown(600).start(clock.now())
    clock.advance(60)
    assert drift(start, plan, 1, second, clock.now()) == 420
    clock.advance(60)  # the second is cut short after 2 of its 10 minutes: 8 minutes won back
    third = Countdown(600).start(clock.now())
    assert drift(start, plan, 2, third, clock.now()) == 420 - 480
    finished = clock.now()
    assert drift(start, plan, None, None, clock.now(), finished_at=finished) == (
        (finished - start).total_seconds() - 1800)
    assert drift_text(-600) == "10 min ahead"
    assert drift_text(30) == "On time"


def test_paused_activity_puts_the_room_behind(clock: FakeClock) -> None:
    start = clock.now()
    timer = Countdown(600).start(clock.now())
    clock.advance(60)
    timer = timer.pause(clock.now())
    clock.advance(300)
    assert drift(start, [600], 0, timer, clock.now()) == 300


def test_minutes_text() -> None:
    assert minutes_text(45 * 60) == "45 min"
    assert minutes_text(90 * 60) == "1 h 30 min"
    assert minutes_text(3 * 3600) == "3 h"


def test_resume_after_restart_from_stored_facts(clock: FakeClock) -> None:
    """The countdown is rebuilt from the facts a file would hold, and reads the same."""
    timer = Countdown(900).start(clock.now())
    clock.advance(200)
    timer = timer.pause(clock.now()).resume(clock.now() + timedelta(seconds=30))
    clock.advance(130)
    facts = (timer.duration_s, timer.started_at, timer.run_from, timer.paused_at,
             timer.elapsed_s, timer.extra_s)
    rebuilt = Countdown(*facts)
    assert rebuilt.elapsed(clock.now()) == timer.elapsed(clock.now()) == 300
    assert isinstance(rebuilt.started_at, datetime)
