"""Power levelling: equal-time rounds, the speaking record, the hands queue and story turns.

Plain records only. The time-driven rules (what happens on "next", how long a turn has run) live in
`facilitation/`; reading and writing them lives in `store/` and `services/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coprod_desktop.domain.records import WordsUse

DEFAULT_TURN_S = 90
DEFAULT_STORY_S = 180
TURN_MIN_S = 10
TURN_MAX_S = 30 * 60
PROMPT_MAX = 300

# Starting points for a story prompt card; the facilitator can write their own.
STORY_PROMPTS = (
    "Tell us about a time when things went well, and what made the difference.",
    "Tell us about a time when you felt nobody was listening.",
    "Tell us about a day that was harder than it needed to be.",
    "Tell us about someone who really helped, and what they did.",
    "Tell us about the first time you asked for help.",
)


class RoundOrder(StrEnum):
    ROOM = "room"  # around the room: the order people signed in
    RANDOM = "random"
    CUSTOM = "custom"  # dragged into order by the facilitator

    @property
    def label(self) -> str:
        return {RoundOrder.ROOM: "Around the room", RoundOrder.RANDOM: "Random order",
                RoundOrder.CUSTOM: "Your own order"}[self]


class RoundStatus(StrEnum):
    READY = "ready"  # made, not started: the order can still be dragged
    RUNNING = "running"
    FINISHED = "finished"


class TurnStatus(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    DONE = "done"
    PASSED = "passed"
    ABSENT = "absent"  # signed out before their turn came

    @property
    def label(self) -> str:
        return {TurnStatus.WAITING: "Waiting", TurnStatus.SPEAKING: "Speaking now",
                TurnStatus.DONE: "Done", TurnStatus.PASSED: "Passed",
                TurnStatus.ABSENT: "Left before their turn"}[self]

    @property
    def finished(self) -> bool:
        return self in (TurnStatus.DONE, TurnStatus.PASSED, TurnStatus.ABSENT)


class StoryStatus(StrEnum):
    WAITING = "waiting"
    TELLING = "telling"
    TOLD = "told"


@dataclass(frozen=True, slots=True)
class Round:
    id: int | None
    session_id: int
    title: str
    order: RoundOrder
    turn_s: int
    status: RoundStatus
    created_at: datetime
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    """One person's place in a round. Its clock: started, paused, time spent paused, ended."""

    id: int | None
    round_id: int | None
    session_id: int
    attendee_id: int
    position: int
    status: TurnStatus
    limit_s: int
    started_at: datetime | None = None
    paused_at: datetime | None = None
    paused_s: float = 0.0
    ended_at: datetime | None = None
    duration_s: float | None = None  # how long they really spoke, recorded when the turn ends
    late: bool = False
    skips: int = 0
    note: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of open discussion during which one person had the floor."""

    id: int | None
    session_id: int
    attendee_id: int
    started_at: datetime
    ended_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Hand:
    id: int | None
    session_id: int
    attendee_id: int
    raised_at: datetime
    lowered_at: datetime | None = None
    outcome: str = ""  # "spoke" or "withdrawn" once lowered


@dataclass(frozen=True, slots=True)
class Story:
    id: int | None
    session_id: int
    teller_id: int
    title: str
    prompt: str
    consent: WordsUse  # the teller's choice for this story
    position: int
    limit_s: int
    status: StoryStatus
    created_at: datetime
    started_at: datetime | None = None
    paused_at: datetime | None = None
    paused_s: float = 0.0
    ended_at: datetime | None = None
    duration_s: float | None = None
    added_via: str = "console"
    note: str = ""


@dataclass(frozen=True, slots=True)
class ExportStory:
    """A story as it may leave the room: never a room-only story; a name only if they said so."""

    story_id: int
    session_id: int
    teller_id: int  # for the exporter's own checks; never printed
    title: str
    prompt: str
    teller_name: str | None
    consent: WordsUse  # what is allowed now: ANONYMOUS or NAMED
    heard: tuple[str, ...]  # the listeners' "what I heard" notes, verbatim


_PRIVACY = {WordsUse.ROOM_ONLY: 0, WordsUse.ANONYMOUS: 1, WordsUse.NAMED: 2}


def most_private(*choices: WordsUse) -> WordsUse:
    """The strictest of several choices: a person who later says "room only" is always honoured."""
    return min(choices, key=_PRIVACY.__getitem__)
