"""What became of it: an idea the group said it would come back to, and where it has got to.

Anything the room raised (a note, a cluster, a story, a phone question, a poll's result) can be
marked "we'll come back to this". From then on it has an outcome the group keeps up to date:
planned, doing, done, passed to someone else (who), or can't do this, which always says why in
plain words. Outcomes link to the actions and rapid tests that carry them, and are looked at again
at each meeting until they are settled, like actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import NOTE_MAX, VENUE_MAX
from coprod_desktop.i18n import N_

SAID_MAX = NOTE_MAX
REASON_MAX = NOTE_MAX
REASON_MIN_WORDS = 3  # "no" or "budget" is not a reason anyone can follow


class OutcomeStatus(StrEnum):
    COME_BACK = "come_back"  # marked, nothing decided yet
    PLANNED = "planned"
    DOING = "doing"
    DONE = "done"
    PASSED = "passed"  # passed to someone else, who is named
    CANT = "cant"  # can't do this, and the reason is given

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def settled(self) -> bool:
        """Done, passed on or can't be done: no longer reviewed at each meeting."""
        return self in (OutcomeStatus.DONE, OutcomeStatus.PASSED, OutcomeStatus.CANT)

    @property
    def colour(self) -> str:
        return _COLOURS[self]


_LABELS = {
    OutcomeStatus.COME_BACK: "We'll come back to this",
    OutcomeStatus.PLANNED: "Planned",
    OutcomeStatus.DOING: "Doing",
    OutcomeStatus.DONE: "Done",
    OutcomeStatus.PASSED: "Passed to someone else",
    OutcomeStatus.CANT: "Can't do this",
}

# Okabe–Ito, as the groups use: tell-apart for the common colour-vision differences.
_COLOURS = {
    OutcomeStatus.COME_BACK: "#999999", OutcomeStatus.PLANNED: "#56B4E9",
    OutcomeStatus.DOING: "#E69F00", OutcomeStatus.DONE: "#009E73",
    OutcomeStatus.PASSED: "#CC79A7", OutcomeStatus.CANT: "#D55E00",
}


class SourceKind(StrEnum):
    NOTE = "note"
    CLUSTER = "cluster"
    STORY = "story"
    QUESTION = "question"  # a phone's "what does that mean?" question
    POLL = "poll"  # a closed vote round's result

    @property
    def label(self) -> str:
        return {"note": "A note", "cluster": "A group of notes", "story": "A story",
                "question": "A question from a phone", "poll": "A vote's result"}[self.value]


class LinkKind(StrEnum):
    ACTION = "action"
    RAPID_TEST = "rapid_test"

    @property
    def label(self) -> str:
        return {"action": "Action", "rapid_test": "Rapid test"}[self.value]


@dataclass(frozen=True, slots=True)
class Link:
    kind: LinkKind
    target_id: int
    title: str  # the action's words or the test's title, as read now ("" when it has gone)
    state: str = ""  # "Open", "Done", "Being tried now"…

    @property
    def missing(self) -> bool:
        return not self.title


@dataclass(frozen=True, slots=True)
class OutcomeEvent:
    """One step in an outcome's life: marked, a new status, or carried to the next meeting."""

    id: int
    outcome_id: int
    meeting_id: int | None
    status: OutcomeStatus
    kind: str  # "marked", "status", "carried"
    detail: str
    at: datetime
    on: date | None  # the meeting's date, when it happened at a meeting


@dataclass(frozen=True, slots=True)
class Outcome:
    id: int
    source: SourceKind
    source_id: int | None
    said: str  # what the room said, in the words that may be shown (never a story's own words)
    status: OutcomeStatus
    what_happened: str  # what we did, or are doing
    passed_to: str
    reason: str  # why we can't: always given for CANT
    raised_session_id: int | None
    raised_on: date | None
    created_at: datetime
    updated_at: datetime
    links: tuple[Link, ...] = ()
    shareable: bool = True  # False: the source is kept in the room now (held back, room-only)

    @property
    def open(self) -> bool:
        return not self.status.settled


def clean_said(value: str) -> str:
    return validate.text(value, N_("What was said"), SAID_MAX, field="said", multiline=True)


def check_outcome(status: OutcomeStatus | str, *, passed_to: str = "", reason: str = "",
                  what_happened: str = "") -> dict[str, str]:
    """The fields to store for a new status, or a plain message saying what is missing."""
    new = OutcomeStatus(status)
    who = validate.text(passed_to, N_("Who it was passed to"), VENUE_MAX, field="passed_to",
                        required=False)
    why = validate.text(reason, N_("The reason"), REASON_MAX, field="reason", multiline=True,
                        required=False).strip()
    happened = validate.text(what_happened, N_("What happened"), NOTE_MAX, field="what_happened",
                             multiline=True, required=False).strip()
    if new is OutcomeStatus.PASSED and not who:
        raise ValidationError(N_("Say who it was passed to (a person, team or organisation)."),
                              field="passed_to")
    if new is OutcomeStatus.CANT:
        if not why:
            raise ValidationError(N_("Say why this can't be done, in plain words. People will read it in "
                                     "the bulletin."), field="reason")
        if len(why.split()) < REASON_MIN_WORDS:
            raise ValidationError(N_("Please give the reason in a short sentence, so people who were not "
                                     "here can follow it."), field="reason")
    return {"passed_to": who if new is OutcomeStatus.PASSED else "",
            "reason": why if new is OutcomeStatus.CANT else "", "what_happened": happened}


def since_last_time(outcomes: list[Outcome], events: list[OutcomeEvent],
                    previous_meeting_on: date | None) -> list[Outcome]:
    """Outcomes that moved (a new status) at or after the last meeting, newest change first.

    With no earlier meeting every outcome that has a decision counts. Outcomes still waiting for
    a decision are left out: nothing has happened to them to report.
    """
    last_move: dict[int, tuple[datetime, int]] = {}  # (when, event id): ties go to the later
    for event in events:
        if event.kind != "status":
            continue
        when = event.on or event.at.date()
        if previous_meeting_on is not None and when < previous_meeting_on:
            continue
        key = (event.at, event.id)
        if event.outcome_id not in last_move or key > last_move[event.outcome_id]:
            last_move[event.outcome_id] = key
    moved = [o for o in outcomes if o.id in last_move and o.status is not OutcomeStatus.COME_BACK]
    return sorted(moved, key=lambda o: last_move[o.id], reverse=True)
