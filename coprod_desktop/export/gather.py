"""Read what a document needs from the programme file, once, with consent already applied.

Takes a Reader, so it runs on the GUI thread's connection or on a read-only connection in a
worker thread alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

from coprod_desktop import i18n
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.glossary import GlossaryEntry
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.money import minutes_stayed
from coprod_desktop.domain.outcomes import Outcome
from coprod_desktop.domain.poll_results import PollResults
from coprod_desktop.domain.records import Attendance, Attendee, Programme, Session
from coprod_desktop.domain.room_questions import RoomQuestion
from coprod_desktop.domain.settings import HANDOUT_LINK_LABEL, HANDOUT_LINK_URL
from coprod_desktop.export import board_data, consent, dates, levelling_data, plan_data, poll_data
from coprod_desktop.export.board_data import Board, Run
from coprod_desktop.export.levelling_data import Levelling
from coprod_desktop.export.plan_data import SessionPlan
from coprod_desktop.i18n import _
from coprod_desktop.store import rows
from coprod_desktop.store.glossary_reader import terms_for_session
from coprod_desktop.store.outcomes_reader import OutcomesReader
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.room_question_reader import RoomQuestionReader

LINK_URL = HANDOUT_LINK_URL
LINK_LABEL = HANDOUT_LINK_LABEL


@dataclass(frozen=True)
class Visit:
    """One person's attendance at one session, as exports may show it."""

    session: Session
    person: Attendee
    attendance: Attendance

    @property
    def name(self) -> str:
        return consent.display_name(self.person)

    @property
    def hours(self) -> float:
        """The hours set by hand in the Payments panel, else the session's planned length; if the
        person signed out, the time they were there, never more than the planned length. To the
        quarter hour. The same rule as payments for time (`domain.money.minutes_stayed`)."""
        minutes = self.attendance.minutes
        if minutes is None:
            minutes = minutes_stayed(self.session.length_minutes, self.attendance.signed_in_at,
                                     self.attendance.signed_out_at)
        return minutes / 60


@dataclass(frozen=True)
class Link:
    url: str
    label: str


@dataclass(frozen=True)
class SessionData:
    programme: Programme
    session: Session
    visits: list[Visit]
    run: Run  # the agenda, as planned and as it ran
    board: Board  # clusters and notes, closed votes, the focus
    levelling: Levelling  # stories allowed out, the speaking balance
    plan: SessionPlan  # actions agreed or finished, rapid tests planned
    terms: list[GlossaryEntry]  # the jargon buster's entries for terms that came up
    next_session: Session | None
    link: Link | None
    said_did: list[Outcome] = field(default_factory=list)  # moved since the last meeting
    questions: list[RoomQuestion] = field(default_factory=list)  # let through, for the room
    polls: list[PollResults] = field(default_factory=list)  # revealed to the room

    @property
    def group_counts(self) -> dict[Group, int]:
        counts = dict.fromkeys(Group, 0)
        for visit in self.visits:
            counts[visit.person.group] += 1
        return counts

    @property
    def named(self) -> list[str]:
        """Names of the people who came and agreed to be named, in alphabetical order."""
        return sorted((v.person.name for v in self.visits if consent.may_name(v.person)),
                      key=str.casefold)

    @property
    def unnamed(self) -> int:
        return sum(not consent.may_name(v.person) for v in self.visits)

    @property
    def erased_count(self) -> int:
        """People who came and have since been erased (never named, and not by their choice)."""
        return sum(v.person.erased for v in self.visits)


def visits(reader: Reader, session_ids: list[int] | None = None) -> list[Visit]:
    """Everyone who signed in (including those who later signed out), by session then name."""
    sessions = {s.id: s for s in reader.sessions()}
    people = {p.id: p for p in reader.attendees()}
    found: list[Visit] = []
    for row in reader.db.query("SELECT * FROM attendance ORDER BY session_id, signed_in_at, id"):
        record = rows.attendance(row)
        if session_ids is not None and record.session_id not in session_ids:
            continue
        found.append(Visit(sessions[record.session_id], people[record.attendee_id], record))
    order = {s.id: n for n, s in enumerate(sessions.values())}
    found.sort(key=lambda v: (order[v.session.id], v.name.casefold(), v.person.id))
    return found


def link(reader: Reader) -> Link | None:
    url = reader.setting(LINK_URL).strip()
    if not url:
        return None
    return Link(url, reader.setting(LINK_LABEL).strip() or "Stay in touch")


def next_session(reader: Reader, session: Session) -> Session | None:
    key = (session.date, session.starts_at, session.id)
    later = [s for s in reader.sessions() if (s.date, s.starts_at, s.id) > key]
    return later[0] if later else None


def latest_session_id(reader: Reader) -> int:
    """The last session anyone came to or wrote in; without any, the last one in the programme."""
    used = list(reader.db.query(
        "SELECT id FROM session WHERE id IN (SELECT session_id FROM attendance) "
        "OR id IN (SELECT session_id FROM note) ORDER BY date DESC, starts_at DESC, id DESC LIMIT 1"))
    if used:
        return int(used[0]["id"])
    sessions = reader.sessions()
    if not sessions:
        raise NotFoundError("This programme has no sessions yet, so there is nothing to export.")
    return sessions[-1].id


def session_data(reader: Reader, session_id: int) -> SessionData:
    session = reader.session(session_id)
    return SessionData(
        programme=reader.programme(), session=session, visits=visits(reader, [session_id]),
        run=board_data.run(reader, session_id), board=board_data.board(reader, session_id),
        levelling=levelling_data.levelling(reader, session_id),
        plan=plan_data.session_plan(reader, session_id),
        terms=terms_for_session(reader, session_id),
        next_session=next_session(reader, session), link=link(reader),
        said_did=OutcomesReader(reader.db).since_last_time(session_id),
        questions=RoomQuestionReader(reader.db).released(session_id),
        polls=poll_data.revealed_results(reader.db, session_id),
    )


def when(session: Session) -> str:
    """'Tuesday 15 September 2026, 9:30am to 12:30pm'."""
    return _("{day}, {start} to {end}").format(day=dates.long_day(session.date),
                                               start=clock(session.starts_at),
                                               end=clock(session.ends_at))


def clock(moment: datetime | time) -> str:
    """'9:30am', '6pm'. A stored moment (UTC) is shown in this computer's time zone."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        moment = moment.astimezone()
    hour, minute = moment.hour, moment.minute
    if i18n.current() != i18n.SOURCE:  # other languages: the 24-hour clock, '18:00'
        return f"{hour}:{minute:02d}"
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{suffix}" if minute == 0 else f"{shown}:{minute:02d}{suffix}"
