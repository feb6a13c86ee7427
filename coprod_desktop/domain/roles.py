"""Who ran each meeting: chair, timekeeper, note-taker. Ownership grows as these move to the group."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    CHAIR = "chair"
    TIMEKEEPER = "timekeeper"
    NOTETAKER = "notetaker"

    @property
    def label(self) -> str:
        return {"chair": "Chair", "timekeeper": "Timekeeper", "notetaker": "Note-taker"}[self.value]


class Holder(StrEnum):
    FACILITATOR = "facilitator"
    MEMBER = "member"


@dataclass(frozen=True, slots=True)
class MeetingRole:
    id: int
    session_id: int
    role: Role
    holder: Holder
    attendee_id: int | None
    name: str  # the member's name as read, or "Facilitator"

    @property
    def by_member(self) -> bool:
        return self.holder is Holder.MEMBER
