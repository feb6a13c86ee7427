"""An equal-time round as plain data, and every move the facilitator can make on it.

Each move takes the round as it is, the time now and who is signed in now, and returns the round as
it should be saved. Nothing here waits or ticks: the speaker's clock is worked out from saved times
(see `turn_clock`), so a restart or a night's pause changes nothing.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import (
    TURN_MAX_S,
    TURN_MIN_S,
    Round,
    RoundOrder,
    RoundStatus,
    Turn,
    TurnStatus,
)
from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.facilitation import turn_clock
from coprod_desktop.i18n import N_

SIGNED_OUT_NOTE = "Signed out before their turn"
STALE_NOTE = "Left running while Coprod Desktop was closed: stopped at the end of their time"


@dataclass(frozen=True)
class RoundState:
    round: Round
    turns: tuple[Turn, ...]

    @property
    def ordered(self) -> list[Turn]:
        return sorted(self.turns, key=lambda t: (t.position, t.id or 0))

    @property
    def current(self) -> Turn | None:
        return next((t for t in self.turns if t.status is TurnStatus.SPEAKING), None)

    def waiting(self, present: Collection[int] | None = None) -> list[Turn]:
        return [t for t in self.ordered if t.status is TurnStatus.WAITING
                and (present is None or t.attendee_id in present)]

    def up_next(self, present: Collection[int]) -> Turn | None:
        found = self.waiting(present)
        return found[0] if found else None

    def last_finished(self) -> Turn | None:
        ended = [t for t in self.turns if t.status in (TurnStatus.DONE, TurnStatus.PASSED)
                 and t.ended_at is not None]
        return max(ended, key=lambda t: (t.ended_at, t.position)) if ended else None

    def with_turns(self, turns: Sequence[Turn], **round_changes: Any) -> RoundState:
        return RoundState(dataclasses.replace(self.round, **round_changes), tuple(turns))

    def replace_turn(self, old: Turn, new: Turn) -> list[Turn]:
        return [new if t is old else t for t in self.turns]


def check_length(seconds: int) -> int:
    value = int(seconds)
    if not TURN_MIN_S <= value <= TURN_MAX_S:
        raise ValidationError(
            Said.of(N_("A turn lasts between %(least)s seconds and %(most)s minutes."),
                    least=TURN_MIN_S, most=TURN_MAX_S // 60),
            field="turn_s")
    return value


def plan(session_id: int, title: str, turn_s: int, order: RoundOrder, people: Sequence[int],
         now: datetime, rng: random.Random | None = None) -> RoundState:
    """A new round, not started, for `people` (the present, in the order they signed in)."""
    clean = validate.text(title, N_("The round's name"), TITLE_MAX, field="title")
    seconds = check_length(turn_s)
    if not people:
        raise ValidationError(N_("Nobody is signed in to this session yet, so nobody can take a turn. Sign "
                                 "people in first, then start the round."))
    if len(set(people)) != len(people):
        raise ValidationError(N_("Someone is in the round twice."))
    ordered = list(people)
    if order is RoundOrder.RANDOM:
        (rng or random.Random()).shuffle(ordered)
    rnd = Round(id=None, session_id=session_id, title=clean, order=order, turn_s=seconds,
                status=RoundStatus.READY, created_at=now)
    turns = [Turn(id=None, round_id=None, session_id=session_id, attendee_id=person,
                  position=n, status=TurnStatus.WAITING, limit_s=seconds)
             for n, person in enumerate(ordered, start=1)]
    return RoundState(rnd, tuple(turns))


def reorder(state: RoundState, turn_ids: Sequence[int]) -> RoundState:
    """Put the turns in the dragged order. Only who has not spoken yet really moves."""
    known = [t.id for t in state.turns if t.id is not None]
    if len(known) != len(state.turns) or sorted(turn_ids) != sorted(known):
        raise ValidationError(N_("The round changed while you were dragging. Please try again."))
    if state.round.status is RoundStatus.FINISHED:
        raise ValidationError(N_("This round has finished, so its order cannot change."))
    where = {turn_id: n for n, turn_id in enumerate(turn_ids, start=1)}
    turns = [dataclasses.replace(t, position=where[t.id]) for t in state.turns if t.id is not None]
    return state.with_turns(turns, order=RoundOrder.CUSTOM)


def set_length(state: RoundState, seconds: int) -> RoundState:
    """A new time for everyone who has not started yet (and for the round's record)."""
    value = check_length(seconds)
    turns = [dataclasses.replace(t, limit_s=value) if t.status is TurnStatus.WAITING else t
             for t in state.turns]
    return state.with_turns(turns, turn_s=value)


def start(state: RoundState, now: datetime, present: Collection[int]) -> RoundState:
    if state.round.status is not RoundStatus.READY:
        raise ValidationError(N_("This round has already started."))
    begun = state.with_turns(state.turns, status=RoundStatus.RUNNING, started_at=now)
    if begun.up_next(present) is None:
        raise ValidationError(N_("Nobody in this round is signed in now, so nobody can start."))
    return _next_speaker(begun, now, present)


def advance(state: RoundState, now: datetime, present: Collection[int], *,
            passed: bool = False) -> RoundState:
    """End the current turn (as done, or passed) and give the next person present the floor."""
    _require_running(state)
    current = state.current
    if current is None and passed:
        raise ValidationError(N_("Nobody is speaking, so nobody can pass."))
    turns = list(state.turns)
    if current is not None:
        turns = state.replace_turn(current, _finish(current, now, passed=passed))
    return _next_speaker(state.with_turns(turns), now, present)


def pass_ahead(state: RoundState, turn_id: int) -> RoundState:
    """Someone says before their turn that they will pass this time."""
    turn = _turn(state, turn_id)
    if turn.status is not TurnStatus.WAITING:
        raise ValidationError(N_("Only someone still waiting can pass ahead of their turn."))
    done = dataclasses.replace(turn, status=TurnStatus.PASSED, duration_s=0.0,
                               note="Passed before their turn")
    return state.with_turns(state.replace_turn(turn, done))


def skip(state: RoundState, now: datetime, present: Collection[int]) -> RoundState:
    """Not ready yet: the current person goes to the end of the round for a full turn later."""
    _require_running(state)
    current = state.current
    if current is None:
        raise ValidationError(N_("Nobody is speaking, so there is nobody to skip."))
    last = max(t.position for t in state.turns)
    later = dataclasses.replace(current, status=TurnStatus.WAITING, position=last + 1,
                                started_at=None, paused_at=None, paused_s=0.0, ended_at=None,
                                skips=current.skips + 1, limit_s=state.round.turn_s)
    turns = state.replace_turn(current, later)
    return _next_speaker(state.with_turns(turns), now, present, not_first=later)


def back(state: RoundState, now: datetime) -> RoundState:
    """Return to the previous speaker: their clock carries on from where it stopped."""
    previous = state.last_finished()
    if previous is None:
        raise ValidationError(N_("There is no earlier turn to go back to."))
    turns = list(state.turns)
    current = state.current
    if current is not None:
        turns = [dataclasses.replace(t, status=TurnStatus.WAITING, started_at=None,
                                     paused_at=None, paused_s=0.0, ended_at=None)
                 if t is current else t for t in turns]
    reopened = dataclasses.replace(turn_clock.reopen(previous, now), status=TurnStatus.SPEAKING,
                                   duration_s=None)
    turns = [reopened if t is previous else t for t in turns]
    return state.with_turns(turns, status=RoundStatus.RUNNING, ended_at=None)


def pause(state: RoundState, now: datetime) -> RoundState:
    current = _require_speaker(state, N_("pause"))
    return state.with_turns(state.replace_turn(current, turn_clock.pause(current, now)))


def resume(state: RoundState, now: datetime) -> RoundState:
    current = _require_speaker(state, N_("carry on with"))
    return state.with_turns(state.replace_turn(current, turn_clock.resume(current, now)))


def add_late(state: RoundState, attendee_id: int, present: Collection[int]) -> RoundState:
    """Someone who arrived late joins the end of the round."""
    if attendee_id not in present:
        raise ValidationError(N_("They are not signed in to this session. Sign them in first, then add them "
                                 "to the round."))
    if any(t.attendee_id == attendee_id and t.status in (TurnStatus.WAITING, TurnStatus.SPEAKING)
           for t in state.turns):
        raise ValidationError(N_("They are already waiting for their turn in this round."))
    last = max((t.position for t in state.turns), default=0)
    turn = Turn(id=None, round_id=state.round.id, session_id=state.round.session_id,
                attendee_id=attendee_id, position=last + 1, status=TurnStatus.WAITING,
                limit_s=state.round.turn_s, late=True)
    changes: dict[str, object] = {}
    if state.round.status is RoundStatus.FINISHED:
        changes = {"status": RoundStatus.RUNNING, "ended_at": None}  # "next" gives them the floor
    return state.with_turns([*state.turns, turn], **changes)


def remove(state: RoundState, turn_id: int) -> RoundState:
    turn = _turn(state, turn_id)
    if turn.status is not TurnStatus.WAITING:
        raise ValidationError(N_("Only someone still waiting can be taken out of the round."))
    return state.with_turns([t for t in state.turns if t is not turn])


def finish(state: RoundState, now: datetime) -> RoundState:
    """End the round now; whoever had not spoken stays listed as not reached."""
    _require_running(state)
    turns = list(state.turns)
    if state.current is not None:
        turns = state.replace_turn(state.current, _finish(state.current, now, passed=False))
    return state.with_turns(turns, status=RoundStatus.FINISHED, ended_at=now)


def settle(state: RoundState, now: datetime) -> RoundState:
    """After reopening the file: a turn left running for hours is stopped at its time limit."""
    current = state.current
    if current is None or not turn_clock.is_stale(current, now):
        return state
    settled = dataclasses.replace(turn_clock.settle_stale(current, now), note=STALE_NOTE)
    return state.with_turns(state.replace_turn(current, settled))


def _next_speaker(state: RoundState, now: datetime, present: Collection[int], *,
                  not_first: Turn | None = None) -> RoundState:
    """Start the first waiting person who is here; people who left are marked and passed over."""
    turns = list(state.turns)
    for turn in state.waiting():
        if turn is not_first:
            continue
        if turn.attendee_id not in present:
            gone = dataclasses.replace(turn, status=TurnStatus.ABSENT, note=SIGNED_OUT_NOTE,
                                       duration_s=0.0)
            turns = [gone if t is turn else t for t in turns]
            continue
        speaking = dataclasses.replace(turn_clock.start(turn, now), status=TurnStatus.SPEAKING)
        turns = [speaking if t is turn else t for t in turns]
        return state.with_turns(turns)
    if not_first is not None:
        return state.with_turns(turns)  # only the skipped person is left: "next" when they are ready
    return state.with_turns(turns, status=RoundStatus.FINISHED, ended_at=now)


def _finish(turn: Turn, now: datetime, *, passed: bool) -> Turn:
    ended = turn_clock.end(turn, now)
    return dataclasses.replace(ended, status=TurnStatus.PASSED if passed else TurnStatus.DONE,
                               duration_s=round(turn_clock.elapsed(ended, now), 3))


def _turn(state: RoundState, turn_id: int) -> Turn:
    for turn in state.turns:
        if turn.id == turn_id:
            return turn
    raise ValidationError(N_("That person is no longer in this round."))


def _require_running(state: RoundState) -> None:
    if state.round.status is RoundStatus.READY:
        raise ValidationError(N_("This round has not started yet. Press Start first."))
    if state.round.status is RoundStatus.FINISHED:
        raise ValidationError(N_("This round has finished."))


def _require_speaker(state: RoundState, verb: str) -> Turn:
    _require_running(state)
    if state.current is None:
        raise ValidationError(Said.of(N_("Nobody is speaking, so there is no turn to %(verb)s."),
                                      verb=ours(verb)))
    return state.current
