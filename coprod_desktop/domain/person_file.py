"""Everything the programme file holds about one person, and the same as readable sections.

The console's Person view, the subject access PDF and its JSON all start from one `PersonFile`,
so what the facilitator sees is exactly what the person is given.

The words are marked for the desktop catalogue (coprod_desktop.i18n) and dates are Babel's: made
inside `with i18n.language("pl"):` (as the subject access PDF is, in the programme's handout
language) the sections are in Polish; anywhere else, English as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coprod_desktop.domain.consent_history import CHOICES, ConsentEvent, value_label, values_of
from coprod_desktop.domain.money import Claim, pounds_text
from coprod_desktop.domain.records import Attendance, Attendee, Note, Session
from coprod_desktop.i18n import N_, _, current, date_locale, number

EQUALITIES_NOTE = N_("Answers to the optional “about you” questions are only ever counted, never "
                   "stored with a name or a phone, so they cannot be found for one person, given "
                   "back or erased one by one.")


# Where a story is (the story table's status), in words.
STORY_PLACES = {"waiting": N_("Waiting to be told"), "telling": N_("Being told now"),
                "told": N_("Told")}


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
        return self.table.replace("_", " ").capitalize()  # a table's own name: not translated


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
    # The programme's handout language (a code such as "pl"; "" English): the language the
    # subject access PDF is written in, as every other paper the programme hands out.
    language: str = ""


@dataclass(frozen=True)
class Section:
    """A titled table of plain text, for the screen and for the PDF."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = N_("Nothing held.")
    about: str = ""


def when(moment: datetime | None) -> str:
    """'15 Sep 2026, 18:05' in the computer's local time, in the current language's words
    (Babel's, never the laptop's locale); '' for nothing."""
    from babel.dates import format_datetime  # Babel's locale data: on first use

    if moment is None:
        return ""
    return format_datetime(moment.astimezone(), "d MMM y, HH:mm", locale=date_locale(current()))


def day(on: date | None) -> str:
    from babel.dates import format_date  # Babel's locale data: on first use

    return "" if on is None else format_date(on, "d MMM y", locale=date_locale(current()))


def _details(pf: PersonFile) -> Section:
    p = pf.person
    rows = [(_("Name"), p.name), (_("Group"), _(p.group.label)),
            (_("First recorded"), when(p.created_at)),
            (_("Contact details"), p.contact_details or _("None held")),
            (_("Access needs"), p.access_needs or _("None held"))]
    if p.erased_at is not None:
        rows.append((_("Erased"), when(p.erased_at)))
    return Section("details", _("Details"), (_("What"), _("Held")), tuple(rows))


def _choices(pf: PersonFile) -> Section:
    if pf.person.erased:
        return Section("choices", _("Choices now"), (_("Choice"), _("Answer")), (),
                       empty=_("Their choices were removed when they were erased."))
    values = {**values_of(pf.person.consent), **pf.more_choices}
    asked = bool(pf.history)
    rows = tuple((_(c.question), value_label(c.key, values[c.key]) if asked else
                  _("{answer} (not asked yet)").format(answer=value_label(c.key, values[c.key])))
                 for c in CHOICES if c.key in values)
    return Section("choices", _("Choices now"), (_("Choice"), _("Answer")), rows,
                   about=_("Everything is at its most private until the person says yes."))


def _history(pf: PersonFile) -> Section:
    rows = tuple((when(e.at), e.describe() + (f"\n“{e.note}”" if e.note else ""), _(e.kind.label),
                  _(e.via.label)) for e in pf.history)
    return Section("history", _("History of their choices"),
                   (_("When"), _("Change"), _("Kind"), _("How we heard")), rows,
                   empty=_("No choices recorded yet."))


def _sessions(pf: PersonFile) -> Section:
    rows = tuple((day(v.session.date), v.session.title, when(v.attendance.signed_in_at),
                  when(v.attendance.signed_out_at),
                  _(_VIA[v.attendance.via]) if v.attendance.via in _VIA else v.attendance.via)
                 for v in pf.visits)
    return Section("sessions", _("Sessions they came to"),
                   (_("Date"), _("Session"), _("Signed in"), _("Signed out"), _("How")), rows,
                   empty=_("No sessions yet."))


_VIA = {"phone": N_("Phone"), "console": N_("By hand"), "register": N_("Register")}


def _claims(pf: PersonFile) -> Section:
    rows = []
    for c in pf.claims:
        what = _(c.kind.label) + (_(", {hours} hours").format(hours=number(round(c.minutes / 60, 2)))
                                  if c.minutes is not None else "")
        rows.append((day(c.claimed_on), what, pf.session_titles.get(c.session_id or 0, ""),
                     pounds_text(c.amount_pence), _(c.status.label), day(c.paid_on), c.note))
    return Section("claims", _("Payments and expenses"),
                   (_("Claimed"), _("For"), _("Session"), _("Amount"), _("Status"), _("Paid on"),
                    _("Note")), tuple(rows), empty=_("No claims."))


def _notes(pf: PersonFile) -> Section:
    rows = tuple((when(n.created_at), n.text, _("Written for them") if n.on_behalf else "")
                 for n in pf.notes)
    return Section("notes", _("Notes they wrote"), (_("When"), _("Note"), ""), rows,
                   empty=_("No notes linked to them."),
                   about=_("Notes are shown on the board without a name."))


def _votes(pf: PersonFile) -> Section:
    rows = tuple((when(v.cast_at), v.round_title, v.target) for v in pf.votes)
    return Section("votes", _("Votes they cast"), (_("When"), _("Vote"), _("On")), rows,
                   empty=_("No votes linked to them."))


def _stories(pf: PersonFile) -> Section:
    rows = tuple((when(s.told_at), s.session, s.title or _("(no title)"), _(s.words),
                  _(s.status))
                 for s in pf.stories)
    return Section("stories", _("Stories they told"),
                   (_("When"), _("Session"), _("Title"), _("Their words"), _("Where it is")), rows,
                   empty=_("No stories."))


def _talk(pf: PersonFile) -> Section:
    rows = tuple((t.session, str(t.turns), _minutes(t.turn_seconds), _minutes(t.floor_seconds))
                 for t in pf.talk)
    return Section("talk", _("Their time to speak"),
                   (_("Session"), _("Turns in rounds"), _("Time in turns"),
                    _("Time on the floor")), rows,
                   empty=_("No speaking recorded."),
                   about=_("Kept so the room can see whether every group gets a fair hearing."))


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    return _("{minutes} min {seconds} s").format(minutes=whole // 60,
                                                  seconds=f"{whole % 60:02d}")


def _phones(pf: PersonFile) -> Section:
    rows = tuple((when(p.first_seen), when(p.last_seen)) for p in pf.phones)
    return Section("phones", _("Phones that sign them in"), (_("First used"), _("Last used")),
                   rows, empty=_("No phones remembered."),
                   about=_("The file keeps a scrambled copy of a random code from the phone's "
                           "browser, nothing else about the phone."))


def _other(records: OtherRecords) -> Section:
    columns = tuple(k for k in (records.rows[0] if records.rows else {}) if k != "id")
    rows = tuple(tuple("" if r.get(c) is None else str(r.get(c)) for c in columns)
                 for r in records.rows)
    return Section(f"other:{records.table}", records.title, columns, rows, empty=_("Nothing held."))


def sections(pf: PersonFile) -> list[Section]:
    """The person's file in reading order."""
    found = [_details(pf), _choices(pf), _history(pf), _sessions(pf), _claims(pf), _notes(pf),
             _votes(pf), _stories(pf), _talk(pf), _phones(pf)]
    found += [_other(o) for o in pf.other if o.rows]
    found.append(Section("equalities", _("Answers about themselves"), ("",),
                         ((_(EQUALITIES_NOTE),),)))
    return found
