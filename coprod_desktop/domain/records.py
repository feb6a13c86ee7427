"""Plain records of what a programme holds. Repositories build them; nothing here touches storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.i18n import N_


@dataclass(frozen=True, slots=True)
class Programme:
    id: int
    title: str
    organisation: str
    area: str
    start_date: date | None
    length_days: int
    focus: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Session:
    id: int
    title: str
    kind: str
    date: date
    venue: str
    starts_at: time
    ends_at: time
    created_at: datetime

    @property
    def length_minutes(self) -> int:
        start = self.starts_at.hour * 60 + self.starts_at.minute
        end = self.ends_at.hour * 60 + self.ends_at.minute
        return end - start


class WordsUse(StrEnum):
    """How a person's stories and quotes may be used outside the room."""

    ROOM_ONLY = "room"
    ANONYMOUS = "anonymous"
    NAMED = "named"

    @property
    def label(self) -> str:
        return {
            WordsUse.ROOM_ONLY: N_("Keep in the room only"),
            WordsUse.ANONYMOUS: N_("Share without my name"),
            WordsUse.NAMED: N_("Share with my name"),
        }[self]


@dataclass(frozen=True, slots=True)
class Consent:
    """What a person agreed to. The default is the most private choice for each."""

    name_in_handouts: bool = False
    photos: bool = False
    contact: bool = False
    words: WordsUse = WordsUse.ANONYMOUS
    paid: bool = False  # paid for their time, so their name goes to the finance team


@dataclass(frozen=True, slots=True)
class Attendee:
    id: int
    name: str
    group: Group
    created_at: datetime
    consent: Consent = Consent()
    contact_details: str = ""
    access_needs: str = ""
    erased_at: datetime | None = None  # erased: an anonymous row kept so counts stay right

    @property
    def erased(self) -> bool:
        return self.erased_at is not None


@dataclass(frozen=True, slots=True)
class Attendance:
    id: int
    session_id: int
    attendee_id: int
    signed_in_at: datetime
    signed_out_at: datetime | None
    via: str
    minutes: int | None = None  # hours to pay for, set by hand (None: worked out from the times)
    payment: bool | None = None  # a payment applies, set by hand (None: if they agreed to be paid)

    @property
    def present(self) -> bool:
        return self.signed_out_at is None


@dataclass(frozen=True, slots=True)
class Activity:
    id: int
    session_id: int
    position: int
    title: str
    phase: Phase
    method: str
    duration_s: int
    instructions: str


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    session_id: int
    activity_id: int | None
    text: str
    colour: str
    x: float
    y: float
    hidden: bool
    author_id: int | None
    on_behalf: bool
    created_at: datetime
    updated_at: datetime
    cluster_id: int | None = None
    held_back: bool = False  # kept off the projector by the facilitator (see domain.board)
    story_id: int | None = None  # a "what I heard" note about this story
