"""Everything the programme file holds about one person, and the same as readable sections.

The console's Person view, the subject access PDF and its JSON all start from one `PersonFile`,
so what the facilitator sees is exactly what the person is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coprod_desktop.domain.consent_history import CHOICES, ConsentEvent, value_label, values_of
from coprod_desktop.domain.money import Claim, hours_text, pounds
from coprod_desktop.domain.records import Attendance, Attendee, Note, Session

EQUALITIES_NOTE = ("Answers to the optional “about you” questions are only ever counted, never "
                   "stored with a name or a phone, so they cannot be found for one person, given "
                   "back or erased one by one.")


@dataclass(frozen=True)
class Visit:
    """One session a person came to."""

    session: Session
    attendance: Attendance
    minutes: int | None = None  # set by hand; None: worked out from the session
    payment: bool | None = None  # set by hand; None: the programme's rule


@dataclass(frozen=True)
class VoteHeld:
    round_title: str
    target: str
    cast_at: datetime


@dataclass(frozen=True)
class StoryHeld:
    session: str
    title: str
    words: str  # how they chose their story may be shared
    status: str
    told_at: datetime | None


@dataclass(frozen=True)
class TalkHeld:
    """Their share of the talking at one session: turns in rounds and time on the floor."""

    session: str
    turns: int
    turn_seconds: float
    floor_seconds: float


@dataclass(frozen=True)
class PhoneHeld:
    """A phone that signs this person in: the file keeps a hash of its cookie, not the cookie."""

    first_seen: datetime
    last_seen: datetime | None


@dataclass(frozen=True)
class OtherRecords:
    """Rows of a table the Person view has no special layout for (a newer feature's)."""

    table: str
    rows: list[dict[str, Any]]

    @property
    def title(self) -> str:
        return self.table.replace("_", " ").capitalize()


@dataclass(frozen=True)
class PersonFile:
    person: Attendee
    history: list[ConsentEvent] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    votes: list[VoteHeld] = field(default_factory=list)
    phones: list[PhoneHeld] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stories: list[StoryHeld] = field(default_factory=list)
    talk: list[TalkHeld] = field(default_factory=list)
    other: list[OtherRecords] = field(default_factory=list)
    session_titles: dict[int, str] = field(default_factory=dict)  # for claims' sessions
    more_choices: dict[str, str] = field(default_factory=dict)  # choices kept beside Consent


@dataclass(frozen=True)
class Section:
    """A titled table of plain text, for the screen and for the PDF."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "Nothing held."
    about: str = ""


def when(moment: datetime | None) -> str:
    """'15 Sep 2026, 18:05' in the computer's local time; '' for nothing."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def day(on: date | None) -> str:
    return "" if on is None else f"{on.day} {on:%b %Y}"


def _details(pf: PersonFile) -> Section:
    p = pf.person
    rows = [("Name", p.name), ("Group", p.group.label), ("First recorded", when(p.created_at)),
            ("Contact details", p.contact_details or "None held"),
            ("Access needs", p.access_needs or "None held")]
    if p.erased_at is not None:
        rows.append(("Erased", when(p.erased_at)))
    return Section("details", "Details", ("What", "Held"), tuple(rows))


def _choices(pf: PersonFile) -> Section:
    if pf.person.erased:
        return Section("choices", "Choices now", ("Choice", "Answer"), (),
                       empty="Their choices were removed when they were erased.")
    values = {**values_of(pf.person.consent), **pf.more_choices}
    asked = bool(pf.history)
    rows = tuple((c.question, value_label(c.key, values[c.key]) if asked else
                  f"{value_label(c.key, values[c.key])} (not asked yet)")
                 for c in CHOICES if c.key in values)
    return Section("choices", "Choices now", ("Choice", "Answer"), rows,
                   about="Everything is at its most private until the person says yes.")


def _history(pf: PersonFile) -> Section:
    rows = tuple((when(e.at), e.describe() + (f"\n“{e.note}”" if e.note else ""), e.kind.label,
                  e.via.label) for e in pf.history)
    return Section("history", "History of their choices",
                   ("When", "Change", "Kind", "How we heard"), rows,
                   empty="No choices recorded yet.")


def _sessions(pf: PersonFile) -> Section:
    rows = tuple((day(v.session.date), v.session.title, when(v.attendance.signed_in_at),
                  when(v.attendance.signed_out_at), _VIA.get(v.attendance.via, v.attendance.via))
                 for v in pf.visits)
    return Section("sessions", "Sessions they came to",
                   ("Date", "Session", "Signed in", "Signed out", "How"), rows,
                   empty="No sessions yet.")


_VIA = {"phone": "Phone", "console": "By hand", "register": "Register"}


def _claims(pf: PersonFile) -> Section:
    rows = []
    for c in pf.claims:
        what = c.kind.label + (f", {hours_text(c.minutes)} hours" if c.minutes is not None else "")
        rows.append((day(c.claimed_on), what, pf.session_titles.get(c.session_id or 0, ""),
                     pounds(c.amount_pence), c.status.label, day(c.paid_on), c.note))
    return Section("claims", "Payments and expenses",
                   ("Claimed", "For", "Session", "Amount", "Status", "Paid on", "Note"),
                   tuple(rows), empty="No claims.")


def _notes(pf: PersonFile) -> Section:
    rows = tuple((when(n.created_at), n.text, "Written for them" if n.on_behalf else "")
                 for n in pf.notes)
    return Section("notes", "Notes they wrote", ("When", "Note", ""), rows,
                   empty="No notes linked to them.",
                   about="Notes are shown on the board without a name.")


def _votes(pf: PersonFile) -> Section:
    rows = tuple((when(v.cast_at), v.round_title, v.target) for v in pf.votes)
    return Section("votes", "Votes they cast", ("When", "Vote", "On"), rows,
                   empty="No votes linked to them.")


def _stories(pf: PersonFile) -> Section:
    rows = tuple((when(s.told_at), s.session, s.title or "(no title)", s.words, s.status)
                 for s in pf.stories)
    return Section("stories", "Stories they told",
                   ("When", "Session", "Title", "Their words", "Where it is"), rows,
                   empty="No stories.")


def _talk(pf: PersonFile) -> Section:
    rows = tuple((t.session, str(t.turns), _minutes(t.turn_seconds), _minutes(t.floor_seconds))
                 for t in pf.talk)
    return Section("talk", "Their time to speak",
                   ("Session", "Turns in rounds", "Time in turns", "Time on the floor"), rows,
                   empty="No speaking recorded.",
                   about="Kept so the room can see whether every group gets a fair hearing.")


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60} min {whole % 60:02d} s"


def _phones(pf: PersonFile) -> Section:
    rows = tuple((when(p.first_seen), when(p.last_seen)) for p in pf.phones)
    return Section("phones", "Phones that sign them in", ("First used", "Last used"), rows,
                   empty="No phones remembered.",
                   about="The file keeps a scrambled copy of a random code from the phone's "
                         "browser, nothing else about the phone.")


def _other(records: OtherRecords) -> Section:
    columns = tuple(k for k in (records.rows[0] if records.rows else {}) if k != "id")
    rows = tuple(tuple("" if r.get(c) is None else str(r.get(c)) for c in columns)
                 for r in records.rows)
    return Section(f"other:{records.table}", records.title, columns, rows)


def sections(pf: PersonFile) -> list[Section]:
    """The person's file in reading order."""
    found = [_details(pf), _choices(pf), _history(pf), _sessions(pf), _claims(pf), _notes(pf),
             _votes(pf), _stories(pf), _talk(pf), _phones(pf)]
    found += [_other(o) for o in pf.other if o.rows]
    found.append(Section("equalities", "Answers about themselves", ("",),
                         ((EQUALITIES_NOTE,),)))
    return found
