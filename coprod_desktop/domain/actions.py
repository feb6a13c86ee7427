"""Actions: what someone agreed to do, by when, and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return {"open": "Open", "done": "Done", "dropped": "Dropped"}[self.value]


class ActionSource(StrEnum):
    MANUAL = "manual"
    NOTE = "note"
    STORY = "story"

    @property
    def label(self) -> str:
        return {"manual": "Typed in", "note": "From a note", "story": "From a story"}[self.value]


class ReviewOutcome(StrEnum):
    """What a meeting decided about an action it looked at."""

    CARRIED = "carried"  # still open, carried on to the next meeting
    DONE = "done"
    DROPPED = "dropped"
    REOPENED = "reopened"

    @property
    def label(self) -> str:
        return {"carried": "Carried forward", "done": "Marked done", "dropped": "Dropped",
                "reopened": "Reopened"}[self.value]


@dataclass(frozen=True, slots=True)
class Owner:
    """Who does it: a person in the programme, or a named organisation (never both)."""

    attendee_id: int | None = None
    organisation: str = ""
    name: str = ""  # the person's name as read, or the organisation
    left_group: bool = False  # the person has left the group: the action is kept but flagged
    missing: bool = False  # the person's record is gone from the file

    @property
    def label(self) -> str:
        """Who, in words: a message as data where the words are ours (shown through said() in
        the interface's language), the name as written otherwise."""
        if self.missing:
            return Said.of(N_("A person no longer on the list"))
        if not self.name:
            return Said.of(N_("Nobody yet"))
        if self.left_group:
            return Said.of(N_("%(name)s (has left the group)"), name=self.name)
        return self.name


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    what: str
    owner: Owner
    due: date | None
    status: ActionStatus
    source: ActionSource
    source_id: int | None
    source_text: str  # the note or story's words, kept verbatim when the action was made
    raised_session_id: int | None
    raised_on: date | None  # the date of the meeting where it was raised
    created_at: datetime
    updated_at: datetime
    closed_meeting_id: int | None
    closed_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.status is ActionStatus.OPEN

    def overdue_on(self, on: date) -> bool:
        return self.open and self.due is not None and self.due < on


@dataclass(frozen=True, slots=True)
class ActionReview:
    """One meeting's look at one action."""

    id: int
    action_id: int
    meeting_id: int | None
    outcome: ReviewOutcome
    due_before: date | None
    due_after: date | None
    created_at: datetime
