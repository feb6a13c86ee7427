"""Questions for the room: asked from phones, upvoted by others, let through by the facilitator.

A question asked for the room is held back until the facilitator lets it through; only then do
other phones, the projector and the handout see it. Someone who asks without their name is never
named anywhere, the console included: the file does not keep who asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

JARGON = "jargon"  # "what does that mean?": the Jargon panel's queue
ROOM = "room"  # a question for the room, upvoted by others
PROJECTOR_TOP = 5  # how many questions the projector shows


@dataclass(frozen=True, slots=True)
class RoomQuestion:
    id: int
    session_id: int
    text: str
    asked_at: datetime
    votes: int = 0
    author_id: int | None = None  # only when the asker chose to give their name
    author_name: str = ""  # for the console only, and only when author_id is set
    released_at: datetime | None = None
    answered_at: datetime | None = None
    action_id: int | None = None
    mine: bool = False  # (for a phone) this person's vote is on it

    @property
    def released(self) -> bool:
        return self.released_at is not None

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def anonymous(self) -> bool:
        return self.author_id is None


def by_votes(questions: Iterable[RoomQuestion]) -> list[RoomQuestion]:
    """Most votes first; a tie goes to the question asked first (it has waited longer)."""
    return sorted(questions, key=lambda q: (-q.votes, q.asked_at, q.id))


def console_order(questions: Iterable[RoomQuestion]) -> list[RoomQuestion]:
    """Waiting to be let through (oldest first), then let through by votes, then answered."""
    items = list(questions)
    waiting = sorted((q for q in items if not q.released), key=lambda q: (q.asked_at, q.id))
    open_ = by_votes(q for q in items if q.released and not q.answered)
    answered = by_votes(q for q in items if q.released and q.answered)
    return waiting + open_ + answered


def top_questions(questions: Iterable[RoomQuestion], n: int = PROJECTOR_TOP) -> list[RoomQuestion]:
    """What the projector shows: questions let through and not yet answered, by votes."""
    return by_votes(q for q in questions if q.released and not q.answered)[:n]
