"""The clock of one timed turn (a round turn or a story), kept as plain saved fields.

A turn stores when it started, when it was paused (if it is paused now), how many seconds it has
spent paused before, and when it ended. Everything else is worked out from those and "now", so
the truth survives a restart and a turn paused overnight picks up exactly where it stopped.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any, ClassVar, Protocol, TypeVar

from coprod_desktop.facilitation.countdown import Countdown, Stage

# A running turn found this long past its limit when the file is opened was left running while the
# app was closed (or the laptop slept); it is paused at its limit rather than counted for hours.
STALE_AFTER_S = 30 * 60


class Timed(Protocol):
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]  # a turn is a dataclass

    @property
    def limit_s(self) -> int: ...

    @property
    def started_at(self) -> datetime | None: ...

    @property
    def paused_at(self) -> datetime | None: ...

    @property
    def paused_s(self) -> float: ...

    @property
    def ended_at(self) -> datetime | None: ...


T = TypeVar("T", bound=Timed)


def elapsed(turn: Timed, now: datetime) -> float:
    """Seconds spoken so far (pauses left out). Never negative, even if the clock went back."""
    if turn.started_at is None:
        return 0.0
    stop = turn.ended_at or turn.paused_at or now
    return max(0.0, (stop - turn.started_at).total_seconds() - turn.paused_s)


def remaining(turn: Timed, now: datetime) -> float:
    """Seconds left; negative once the turn runs over."""
    return turn.limit_s - elapsed(turn, now)


def stage(turn: Timed, now: datetime) -> Stage:
    """The agenda's stages and its one rule for "nearly time", applied to this turn."""
    snapshot = Countdown(duration_s=turn.limit_s, started_at=turn.started_at,
                         elapsed_s=elapsed(turn, now))
    return snapshot.stage(now)


def running(turn: Timed) -> bool:
    return turn.started_at is not None and turn.ended_at is None and turn.paused_at is None


def paused(turn: Timed) -> bool:
    return turn.started_at is not None and turn.ended_at is None and turn.paused_at is not None


def start(turn: T, now: datetime) -> T:
    return dataclasses.replace(turn, started_at=now, paused_at=None, paused_s=0.0,
                               ended_at=None)


def pause(turn: T, now: datetime) -> T:
    if not running(turn):
        return turn
    return dataclasses.replace(turn, paused_at=now)


def resume(turn: T, now: datetime) -> T:
    """Carry on after a pause; the paused time (a minute or a night) is not counted."""
    if not paused(turn):
        return turn
    assert turn.paused_at is not None
    gap = max(0.0, (now - turn.paused_at).total_seconds())
    return dataclasses.replace(turn, paused_at=None, paused_s=turn.paused_s + gap)


def end(turn: T, now: datetime) -> T:
    """Stop the clock for good; a paused turn ends with its pause left out."""
    if turn.started_at is None or turn.ended_at is not None:
        return turn
    turn = resume(turn, now)
    return dataclasses.replace(turn, ended_at=now)


def reopen(turn: T, now: datetime) -> T:
    """Run an ended turn's clock again from where it stopped (the gap is not counted)."""
    if turn.ended_at is None:
        return turn
    gap = max(0.0, (now - turn.ended_at).total_seconds())
    return dataclasses.replace(turn, ended_at=None, paused_at=None,
                               paused_s=turn.paused_s + gap)


def is_stale(turn: Timed, now: datetime) -> bool:
    return running(turn) and elapsed(turn, now) > turn.limit_s + STALE_AFTER_S


def settle_stale(turn: T, now: datetime) -> T:
    """Pause a turn left running while the app was closed, at the moment its time ran out."""
    if not is_stale(turn, now):
        return turn
    assert turn.started_at is not None
    at_limit = turn.started_at + timedelta(seconds=turn.paused_s + turn.limit_s)
    return dataclasses.replace(turn, paused_at=at_limit)
