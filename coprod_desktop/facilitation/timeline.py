"""The programme as a line of dated things: sessions held and planned, milestones, today.

Meetings come from two places: sessions already in the file, and the regular pattern (every two
weeks by default). A pattern date counts as taken when a meeting session sits within half a cycle
of it, so a meeting moved by a few days does not leave a ghost behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from coprod_desktop.domain.calendar import MeetingPattern, Milestone
from coprod_desktop.domain.records import Session
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation.programme_calendar import (
    DayCount,
    ProgrammeCalendar,
    long_date,
)
from coprod_desktop.i18n import N_, _


class EntryKind(StrEnum):
    SESSION = "session"
    PLANNED = "planned"  # a date from the meeting pattern with no session made for it yet
    MILESTONE = "milestone"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    kind: EntryKind
    on: date
    day: int
    title: str
    starts_at: time | None = None
    ends_at: time | None = None
    venue: str = ""
    session_id: int | None = None
    session_kind: str = ""
    milestone_id: int | None = None
    past: bool = False
    today: bool = False

    def when(self) -> str:
        """'Tuesday 24 November 2026, 18:00 at St Anne's Church Hall'."""
        text = long_date(self.on)
        if self.starts_at is not None:
            text += f", {self.starts_at:%H:%M}"
        if self.venue:
            text += _(" at {venue}").format(venue=self.venue)
        return text


@dataclass(frozen=True, slots=True)
class Timeline:
    calendar: ProgrammeCalendar
    count: DayCount
    entries: tuple[TimelineEntry, ...]
    next: TimelineEntry | None
    warnings: tuple[str, ...] = field(default=())

    def next_text(self) -> str:
        """What is next, in a sentence, with how far away it is."""
        if self.next is None:
            return "Nothing else is planned."
        gap = (self.next.on - self.count.today).days
        away = "today" if gap == 0 else "tomorrow" if gap == 1 else f"in {gap} days"
        return f"Next: {self.next.title}, {away} ({self.next.when()})"

    def sessions(self) -> list[TimelineEntry]:
        return [e for e in self.entries if e.kind is EntryKind.SESSION]


def build_timeline(calendar: ProgrammeCalendar, pattern: MeetingPattern,
                   sessions: Sequence[Session], milestones: Sequence[Milestone],
                   now: datetime) -> Timeline:
    count = calendar.count_at(now)
    today = count.today
    local_now = now.astimezone(calendar.zone)
    entries: list[TimelineEntry] = []
    for s in sessions:
        ended = s.date < today or (s.date == today and s.ends_at <= local_now.time())
        entries.append(TimelineEntry(
            EntryKind.SESSION, s.date, calendar.day_of(s.date), s.title, s.starts_at, s.ends_at,
            s.venue, session_id=s.id, session_kind=s.kind, past=ended, today=s.date == today))
    for on in free_slots(pattern, calendar, sessions):
        entries.append(TimelineEntry(
            EntryKind.PLANNED, on, calendar.day_of(on), Said.of(N_("Team meeting (planned)")),
            pattern.starts_at, pattern.ends_at, pattern.venue, session_kind="meeting",
            past=on < today, today=on == today))
    for m in milestones:
        entries.append(TimelineEntry(
            EntryKind.MILESTONE, m.on, calendar.day_of(m.on), m.title, milestone_id=m.id,
            session_id=m.celebration_session_id, past=m.on < today, today=m.on == today))
    order = {EntryKind.MILESTONE: 0, EntryKind.SESSION: 1, EntryKind.PLANNED: 2}
    entries.sort(key=lambda e: (e.on, e.starts_at or time(0), order[e.kind], e.title))
    upcoming = [e for e in entries if not e.past and e.kind is not EntryKind.MILESTONE]
    upcoming += [e for e in entries if not e.past and e.kind is EntryKind.MILESTONE
                 and e.session_id is None]
    upcoming.sort(key=lambda e: (e.on, e.starts_at or time(0)))
    return Timeline(calendar, count, tuple(entries), upcoming[0] if upcoming else None,
                    tuple(date_warnings(calendar, sessions, milestones)))


def free_slots(pattern: MeetingPattern, calendar: ProgrammeCalendar,
               sessions: Sequence[Session]) -> list[date]:
    """Pattern dates inside the programme that no meeting session has taken."""
    half = max(1, pattern.every_days // 2)
    meetings = [s.date for s in sessions if s.kind in ("meeting", "celebration")]
    out = []
    for on in pattern.slots(calendar.end):
        if on < calendar.start:
            continue
        if not any(abs((m - on).days) < half or m == on for m in meetings):
            out.append(on)
    return out


def date_warnings(calendar: ProgrammeCalendar, sessions: Sequence[Session],
                  milestones: Sequence[Milestone]) -> list[str]:
    """Plain sentences about dates that sit outside the programme or out of order."""
    out: list[str] = []
    for s in sessions:
        if s.date > calendar.end:
            out.append(f"‘{s.title}’ is on {long_date(s.date)}, day {calendar.day_of(s.date)}: "
                       f"after the programme ends on day {calendar.length}.")
        elif s.date < calendar.start and s.kind != "discovery":
            out.append(f"‘{s.title}’ is on {long_date(s.date)}, before the programme starts.")
    for m in milestones:
        if not calendar.contains(m.on):
            out.append(f"The milestone ‘{m.title}’ ({long_date(m.on)}) is outside the programme.")
    by_kind = {m.kind.value: m.on for m in milestones}
    if "day50" in by_kind and "day100" in by_kind and by_kind["day50"] > by_kind["day100"]:
        out.append("The halfway celebration is after the final one: check the milestone dates.")
    return out
