"""Speaking segments, group shares, the least-spoken-first hands queue and story timing."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.levelling import Hand, Segment, Story, StoryStatus, most_private
from coprod_desktop.domain.records import Attendee, WordsUse
from coprod_desktop.facilitation import speaking, stories, turn_clock
from coprod_desktop.facilitation.stories import StoryStage


def person(pid: int, group: Group, clock: FakeClock) -> Attendee:
    return Attendee(id=pid, name=f"P{pid}", group=group, created_at=clock.now())


def test_switching_speakers_ends_the_last_segment_cleanly(clock: FakeClock) -> None:
    change = speaking.switch(None, 1, 7, clock.now())
    assert change.open.attendee_id == 1 and change.close is None
    current = dataclasses.replace(change.open, id=1)
    clock.advance(30)
    assert speaking.switch(current, 1, 7, clock.now()).nothing
    change = speaking.switch(current, 2, 7, clock.now())
    assert change.close.ended_at == clock.now() and change.open.attendee_id == 2
    assert speaking.seconds(change.close, clock.now()) == 30
    slip = dataclasses.replace(change.open, id=2)
    clock.advance(0.4)
    change = speaking.switch(slip, None, 7, clock.now())
    assert change.drop is slip and change.close is None and change.open is None


def test_group_shares_compare_talk_with_the_room(clock: FakeClock) -> None:
    room = [person(1, Group.PARENT_CARER, clock), person(2, Group.PARENT_CARER, clock),
            person(3, Group.PARENT_CARER, clock), person(4, Group.STAFF, clock),
            person(5, Group.STAFF, clock)]
    start = clock.now()
    segments = [
        Segment(1, 7, 4, start, start + timedelta(seconds=300)),
        Segment(2, 7, 1, start + timedelta(seconds=300), start + timedelta(seconds=400)),
        Segment(3, 7, 5, start + timedelta(seconds=400), None),  # still talking
    ]
    clock.advance(500)
    shares = {s.group: s for s in speaking.balance(segments, room, clock.now())}
    assert set(shares) == {Group.PARENT_CARER, Group.STAFF}
    parents, staff = shares[Group.PARENT_CARER], shares[Group.STAFF]
    assert (parents.people, parents.room_share, parents.talk_s) == (3, 0.6, 100)
    assert parents.talk_share == pytest.approx(0.2) and staff.talk_share == pytest.approx(0.8)
    assert parents.gap == pytest.approx(-0.4)
    assert speaking.percent(parents.room_share) == "60%"
    assert speaking.talk_by_person(segments, clock.now()) == {4: 300, 1: 100, 5: 100}


def test_no_talk_yet_gives_zero_shares(clock: FakeClock) -> None:
    shares = speaking.balance([], [person(1, Group.YOUNG_PERSON, clock)], clock.now())
    assert [(s.group, s.room_share, s.talk_share) for s in shares] == [
        (Group.YOUNG_PERSON, 1.0, 0.0)]


def test_hands_queue_puts_the_least_spoken_first_then_first_raised(clock: FakeClock) -> None:
    t = clock.now()
    hands = [Hand(1, 7, 10, t), Hand(2, 7, 20, t + timedelta(seconds=1)),
             Hand(3, 7, 30, t + timedelta(seconds=2)), Hand(4, 7, 40, t + timedelta(seconds=3)),
             Hand(5, 7, 50, t, lowered_at=t, outcome="spoke")]
    talk = {10: 240.0, 20: 0.0, 40: 35.0}
    assert [h.attendee_id for h in speaking.hands_in_order(hands, talk)] == [20, 30, 40, 10]


def test_a_segment_left_open_for_hours_is_capped(clock: FakeClock) -> None:
    open_seg = Segment(1, 7, 3, clock.now())
    clock.advance(60)
    assert speaking.settle(open_seg, clock.now()) is None
    clock.advance(12 * 3600)
    capped = speaking.settle(open_seg, clock.now())
    assert speaking.seconds(capped, clock.now()) == speaking.SEGMENT_CAP_S


def story(clock: FakeClock, sid: int = 1, status: StoryStatus = StoryStatus.WAITING) -> Story:
    return Story(id=sid, session_id=7, teller_id=3, title="The long wait", prompt="", position=sid,
                 consent=WordsUse.ANONYMOUS, limit_s=180, status=status, created_at=clock.now())


def test_story_turn_timing_with_gentle_overtime(clock: FakeClock) -> None:
    told = stories.begin(story(clock), [], clock.now())
    assert told.status is StoryStatus.TELLING
    clock.advance(100)
    assert stories.stage(told, clock.now()) is StoryStage.NORMAL
    clock.advance(55)
    assert stories.stage(told, clock.now()) is StoryStage.AMBER
    told = stories.pause(told, clock.now())
    clock.advance(600)
    told = stories.resume(told, clock.now())
    clock.advance(45)
    assert stories.stage(told, clock.now()) is StoryStage.OVERTIME
    assert "close" in StoryStage.OVERTIME.message
    told = stories.finish(told, clock.now())
    assert told.status is StoryStatus.TOLD and told.duration_s == 200
    with pytest.raises(ValidationError, match="already been told"):
        stories.begin(told, [told], clock.now())


def test_only_one_story_at_a_time_and_lengths(clock: FakeClock) -> None:
    first = stories.begin(story(clock, 1), [], clock.now())
    with pytest.raises(ValidationError, match="Another story is being told"):
        stories.begin(story(clock, 2), [first], clock.now())
    with pytest.raises(ValidationError, match="between 30 seconds and 20 minutes"):
        stories.check_length(5)
    queue = stories.queue([story(clock, 3), first, story(clock, 2)])
    assert [s.id for s in queue] == [2, 3]
    clock.advance(5 * 3600)
    settled = stories.settle(first, clock.now())
    assert turn_clock.paused(settled) and turn_clock.elapsed(settled, clock.now()) == 180


def test_most_private_choice_wins() -> None:
    assert most_private(WordsUse.NAMED, WordsUse.ROOM_ONLY) is WordsUse.ROOM_ONLY
    assert most_private(WordsUse.NAMED, WordsUse.ANONYMOUS) is WordsUse.ANONYMOUS
    assert most_private(WordsUse.NAMED, WordsUse.NAMED) is WordsUse.NAMED
