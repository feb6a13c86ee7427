"""The speaking record of an open discussion: who had the floor, for how long, and the balance.

Talk time comes from segments (one person, a start, an end). Marking a new speaker ends the last
segment at that moment, so two people are never marked at once. The balance compares each group's
share of the talk with its share of the room; the hands queue puts whoever has spoken least first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.levelling import Hand, Segment
from coprod_desktop.domain.records import Attendee

MISCLICK_S = 1.0  # a segment shorter than this was a slip of the finger and is dropped
SEGMENT_STALE_S = 30 * 60  # still open this long after reopening the file: left running
SEGMENT_CAP_S = 5 * 60  # ...and then counted as a long contribution, not as hours
STALE_NOTE = "Left running while Coprod Desktop was closed: counted as 5 minutes"


def seconds(segment: Segment, now: datetime) -> float:
    stop = segment.ended_at or now
    return max(0.0, (stop - segment.started_at).total_seconds())


def talk_by_person(segments: Iterable[Segment], now: datetime) -> dict[int, float]:
    totals: dict[int, float] = {}
    for segment in segments:
        totals[segment.attendee_id] = totals.get(segment.attendee_id, 0.0) + seconds(segment, now)
    return totals


@dataclass(frozen=True)
class SpeakerChange:
    """What marking a speaker does to the saved segments."""

    close: Segment | None = None  # the previous segment, now ended
    drop: Segment | None = None  # the previous segment, too short to keep
    open: Segment | None = None  # the new speaker's segment

    @property
    def nothing(self) -> bool:
        return self.close is None and self.drop is None and self.open is None


def switch(current: Segment | None, person: int | None, session_id: int,
           now: datetime) -> SpeakerChange:
    """Give the floor to `person` (None: nobody). Marking the same person again changes nothing."""
    if current is not None and current.attendee_id == person:
        return SpeakerChange()
    close = drop = None
    if current is not None:
        if seconds(current, now) < MISCLICK_S:
            drop = current
        else:
            close = dataclasses.replace(current, ended_at=now)
    opened = None
    if person is not None:
        opened = Segment(id=None, session_id=session_id, attendee_id=person, started_at=now)
    return SpeakerChange(close=close, drop=drop, open=opened)


def settle(current: Segment | None, now: datetime) -> Segment | None:
    """A segment left open while the app was closed for a long time, capped; else None."""
    if current is None or current.ended_at is not None:
        return None
    if seconds(current, now) <= SEGMENT_STALE_S:
        return None
    return dataclasses.replace(current, ended_at=current.started_at + timedelta(seconds=SEGMENT_CAP_S),
                               note=STALE_NOTE)


@dataclass(frozen=True)
class GroupShare:
    group: Group
    people: int
    room_share: float  # 0..1 of the people in the room
    talk_s: float
    talk_share: float  # 0..1 of all talk time recorded

    @property
    def gap(self) -> float:
        """Positive: this group talked more than its share of the room."""
        return self.talk_share - self.room_share


def balance(segments: Iterable[Segment], room: Sequence[Attendee],
            now: datetime) -> list[GroupShare]:
    """Each group with people in the room (or talk time), in the fixed group order."""
    group_of = {person.id: person.group for person in room}
    people = {g: 0 for g in Group}
    for person in room:
        people[person.group] += 1
    talk = {g: 0.0 for g in Group}
    for person_id, spoken in talk_by_person(segments, now).items():
        talk[group_of.get(person_id, Group.OTHER)] += spoken
    total_people = sum(people.values())
    total_talk = sum(talk.values())
    return [GroupShare(group=g, people=people[g],
                       room_share=people[g] / total_people if total_people else 0.0,
                       talk_s=talk[g], talk_share=talk[g] / total_talk if total_talk else 0.0)
            for g in Group if people[g] or talk[g]]


def hands_in_order(hands: Iterable[Hand], talk: dict[int, float]) -> list[Hand]:
    """Raised hands, whoever has spoken least first; ties go to whoever raised their hand first."""
    waiting = [h for h in hands if h.lowered_at is None]
    return sorted(waiting, key=lambda h: (round(talk.get(h.attendee_id, 0.0), 3), h.raised_at,
                                          h.id or 0))


def percent(share: float) -> str:
    return f"{round(share * 100)}%"
