"""Equal-time rounds as plain data, moved on by a FakeClock."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import RoundOrder, RoundStatus, TurnStatus
from coprod_desktop.facilitation import rounds, turn_clock
from coprod_desktop.facilitation.countdown import Stage, clock_text
from coprod_desktop.facilitation.rounds import RoundState

PEOPLE = [11, 12, 13, 14]


def saved(state: RoundState) -> RoundState:
    """Give new turns ids, as saving them would."""
    next_id = max((t.id or 0 for t in state.turns), default=0) + 1
    turns = []
    for turn in state.turns:
        if turn.id is None:
            turn = dataclasses.replace(turn, id=next_id, round_id=1)
            next_id += 1
        turns.append(turn)
    return RoundState(dataclasses.replace(state.round, id=1), tuple(turns))


def who(state: RoundState) -> int | None:
    return state.current.attendee_id if state.current else None


@pytest.fixture
def state(clock: FakeClock) -> RoundState:
    return saved(rounds.plan(1, "Check-in", 90, RoundOrder.ROOM, PEOPLE, clock.now()))


def test_plan_refuses_an_empty_room_and_bad_lengths(clock: FakeClock) -> None:
    with pytest.raises(ValidationError, match="Nobody is signed in"):
        rounds.plan(1, "Check-in", 90, RoundOrder.ROOM, [], clock.now())
    with pytest.raises(ValidationError, match="between 10 seconds and 30 minutes"):
        rounds.plan(1, "Check-in", 5, RoundOrder.ROOM, PEOPLE, clock.now())
    with pytest.raises(ValidationError, match="name is empty"):
        rounds.plan(1, "  ", 90, RoundOrder.ROOM, PEOPLE, clock.now())


def test_random_order_is_a_shuffle_of_the_room(clock: FakeClock) -> None:
    state = rounds.plan(1, "Ideas", 60, RoundOrder.RANDOM, PEOPLE, clock.now(), random.Random(3))
    order = [t.attendee_id for t in state.ordered]
    assert sorted(order) == PEOPLE and order != PEOPLE


def test_turns_run_in_order_and_record_real_durations(state: RoundState, clock: FakeClock) -> None:
    present = set(PEOPLE)
    state = rounds.start(state, clock.now(), present)
    assert who(state) == 11 and state.round.status is RoundStatus.RUNNING
    clock.advance(40)
    assert turn_clock.remaining(state.current, clock.now()) == 50
    assert turn_clock.stage(state.current, clock.now()) is Stage.NORMAL
    clock.advance(35)  # the agenda's rule: "nearly time" in the last half of a short turn
    assert turn_clock.stage(state.current, clock.now()) is Stage.WARNING
    state = rounds.advance(state, clock.now(), present)
    assert who(state) == 12
    clock.advance(4)
    state = rounds.advance(state, clock.now(), present, passed=True)
    clock.advance(95)  # overtime
    assert turn_clock.stage(state.current, clock.now()) is Stage.OVERTIME
    assert clock_text(turn_clock.remaining(state.current, clock.now())) == "+0:05"
    state = rounds.advance(state, clock.now(), present)
    clock.advance(30)
    state = rounds.advance(state, clock.now(), present)
    assert state.round.status is RoundStatus.FINISHED and state.current is None
    assert [(t.status, t.duration_s) for t in state.ordered] == [
        (TurnStatus.DONE, 75), (TurnStatus.PASSED, 4), (TurnStatus.DONE, 95), (TurnStatus.DONE, 30)]


def test_skip_sends_them_to_the_end_for_a_full_turn(state: RoundState, clock: FakeClock) -> None:
    present = set(PEOPLE)
    state = rounds.start(state, clock.now(), present)
    clock.advance(5)
    state = rounds.skip(state, clock.now(), present)
    assert who(state) == 12
    assert [t.attendee_id for t in state.waiting()] == [13, 14, 11]
    for _ in range(3):
        clock.advance(10)
        state = rounds.advance(state, clock.now(), present)
    assert who(state) == 11
    assert state.current.skips == 1
    assert turn_clock.remaining(state.current, clock.now()) == 90


def test_skipping_the_last_person_waits_for_them(state: RoundState, clock: FakeClock) -> None:
    present = {11}
    state = rounds.start(saved(rounds.plan(1, "R", 60, RoundOrder.ROOM, [11], clock.now())),
                         clock.now(), present)
    state = rounds.skip(state, clock.now(), present)
    assert state.current is None and state.round.status is RoundStatus.RUNNING
    assert state.up_next(present).attendee_id == 11
    state = rounds.advance(state, clock.now(), present)
    assert who(state) == 11


def test_back_returns_to_the_previous_speaker_without_counting_the_gap(
        state: RoundState, clock: FakeClock) -> None:
    present = set(PEOPLE)
    state = rounds.start(state, clock.now(), present)
    clock.advance(40)
    state = rounds.advance(state, clock.now(), present)  # pressed too soon
    clock.advance(3)
    state = rounds.back(state, clock.now())
    assert who(state) == 11
    assert turn_clock.elapsed(state.current, clock.now()) == 40
    assert [t.attendee_id for t in state.waiting()] == [12, 13, 14]
    with pytest.raises(ValidationError, match="no earlier turn"):
        rounds.back(saved(rounds.plan(1, "R", 60, RoundOrder.ROOM, PEOPLE, clock.now())),
                    clock.now())


def test_add_late_and_reopen_a_finished_round(state: RoundState, clock: FakeClock) -> None:
    present = {11}
    state = rounds.start(saved(rounds.plan(1, "R", 60, RoundOrder.ROOM, [11], clock.now())),
                         clock.now(), present)
    with pytest.raises(ValidationError, match="Sign them in first"):
        rounds.add_late(state, 15, present)
    present.add(15)
    state = saved(rounds.add_late(state, 15, present))
    with pytest.raises(ValidationError, match="already waiting"):
        rounds.add_late(state, 15, present)
    clock.advance(60)
    state = rounds.advance(state, clock.now(), present)
    assert who(state) == 15 and state.current.late
    clock.advance(20)
    state = rounds.advance(state, clock.now(), present)
    assert state.round.status is RoundStatus.FINISHED
    present.add(16)
    state = saved(rounds.add_late(state, 16, present))
    assert state.round.status is RoundStatus.RUNNING
    state = rounds.advance(state, clock.now(), present)
    assert who(state) == 16


def test_someone_signed_out_mid_round_is_passed_over_with_a_note(
        state: RoundState, clock: FakeClock) -> None:
    present = set(PEOPLE)
    state = rounds.start(state, clock.now(), present)
    present.discard(12)
    assert state.up_next(present).attendee_id == 13
    clock.advance(30)
    state = rounds.advance(state, clock.now(), present)
    assert who(state) == 13
    gone = next(t for t in state.turns if t.attendee_id == 12)
    assert gone.status is TurnStatus.ABSENT and gone.note == rounds.SIGNED_OUT_NOTE


def test_a_turn_paused_overnight_carries_on_where_it_stopped(
        state: RoundState, clock: FakeClock) -> None:
    present = set(PEOPLE)
    state = rounds.start(state, clock.now(), present)
    clock.advance(50)
    state = rounds.pause(state, clock.now())
    clock.advance(15 * 3600)  # the next morning
    assert turn_clock.remaining(state.current, clock.now()) == 40
    state = rounds.settle(state, clock.now())  # a paused turn is not "left running"
    state = rounds.resume(state, clock.now())
    clock.advance(10)
    assert turn_clock.remaining(state.current, clock.now()) == 30
    state = rounds.advance(state, clock.now(), present)
    assert state.ordered[0].duration_s == 60


def test_a_turn_left_running_overnight_stops_at_its_limit(
        state: RoundState, clock: FakeClock) -> None:
    state = rounds.start(state, clock.now(), set(PEOPLE))
    clock.advance(10 * 3600)
    state = rounds.settle(state, clock.now())
    assert turn_clock.paused(state.current) and state.current.note == rounds.STALE_NOTE
    assert turn_clock.elapsed(state.current, clock.now()) == 90


def test_clock_going_backwards_never_gives_negative_time(state: RoundState,
                                                         clock: FakeClock) -> None:
    state = rounds.start(state, clock.now(), set(PEOPLE))
    clock.set(clock.now() - timedelta(hours=1))
    assert turn_clock.elapsed(state.current, clock.now()) == 0


def test_reorder_pass_ahead_remove_and_length(state: RoundState, clock: FakeClock) -> None:
    ids = [t.id for t in state.ordered]
    state = rounds.reorder(state, list(reversed(ids)))
    assert [t.attendee_id for t in state.ordered] == [14, 13, 12, 11]
    assert state.round.order is RoundOrder.CUSTOM
    with pytest.raises(ValidationError, match="changed while you were dragging"):
        rounds.reorder(state, ids[:2])
    state = rounds.pass_ahead(state, ids[1])
    state = rounds.remove(state, ids[2])
    state = rounds.set_length(state, 120)
    state = rounds.start(state, clock.now(), set(PEOPLE))
    assert who(state) == 14 and state.current.limit_s == 120
    clock.advance(10)
    state = rounds.advance(state, clock.now(), set(PEOPLE))
    assert who(state) == 11
    state = rounds.advance(state, clock.now(), set(PEOPLE))
    assert state.round.status is RoundStatus.FINISHED
    assert {t.attendee_id: t.status for t in state.turns} == {
        14: TurnStatus.DONE, 12: TurnStatus.PASSED, 11: TurnStatus.DONE}


def test_pause_needs_a_speaker_and_finish_ends_early(state: RoundState,
                                                     clock: FakeClock) -> None:
    with pytest.raises(ValidationError, match="not started yet"):
        rounds.pause(state, clock.now())
    state = rounds.start(state, clock.now(), set(PEOPLE))
    clock.advance(12)
    state = rounds.finish(state, clock.now())
    assert state.round.status is RoundStatus.FINISHED
    assert state.ordered[0].duration_s == 12
    assert len(state.waiting()) == 3
    with pytest.raises(ValidationError, match="has finished"):
        rounds.advance(state, clock.now(), set(PEOPLE))
