"""Start a new programme from an earlier one: the people who agreed, and the way it was run.

Copied: people whose choices allow it (they agreed to be contacted, or to be kept for a later
programme), with their choices; the length, time zone and meeting pattern (same weekday, time and
place, moved to the new start); and the discovery workshop's plan as the new programme's first
session. Not copied: notes, stories, actions, tests, attendance, undo history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from coprod_desktop.clock import Clock
from coprod_desktop.domain import validate
from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.domain.records import Attendee
from coprod_desktop.i18n import N_
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.programme_reader import ProgrammeReader

# The parts of an activity that are its plan; how it ran last time is not copied.
PLAN_COLUMNS = ("position", "title", "phase", "method", "duration_s", "instructions", "tool")


@dataclass(frozen=True)
class NewProgramme:
    path: Path
    people_copied: int
    people_left_out: int
    activities_copied: int


def may_copy(person: Attendee, kept: set[int]) -> bool:
    """Only people who said we may contact them, or who agreed to be kept, go forward."""
    return person.consent.contact or person.id in kept


def start_from_earlier(earlier: Services, path: Path, *, title: str, start_date: date | str,
                       clock: Clock | None = None) -> NewProgramme:
    """Create a new programme file at `path` from the open programme `earlier`."""
    start = validate.iso_date(start_date, N_("The start date"))
    validate.text(title, N_("The programme title"), TITLE_MAX, field="title")  # before any file
    old = earlier.read.programme()
    plan = ProgrammeReader(earlier.ctx.db)
    settings = plan.calendar_settings()
    kept = plan.kept_for_next()
    people = earlier.read.attendees()
    chosen = [p for p in people if may_copy(p, kept)]
    earlier_phones = PhoneReader(earlier.ctx.db)
    with ProgrammeFile.born_whole(Path(path)) as file:
        new = Services(file, clock or earlier.clock)
        new.programme.create_programme(title, organisation=old.organisation, area=old.area,
                                       start_date=start, length_days=old.length_days)
        new.calendar.set_calendar(start, old.length_days, settings.time_zone)
        pattern = settings.pattern
        if pattern.first_date is not None and old.start_date is not None:
            offset = (pattern.first_date - old.start_date).days
            new.calendar.set_meeting_pattern(
                start + timedelta(days=offset), every_days=pattern.every_days,
                starts_at=pattern.starts_at, ends_at=pattern.ends_at, venue=pattern.venue)
        for person in chosen:
            pid = int(new.people.add_attendee(person.name, person.group).new_id or 0)
            new.people.set_consent(pid, person.consent, contact_details=person.contact_details,
                                   access_needs=person.access_needs)
            if person.id in kept:
                new.team.set_keep_for_next(pid, True)
                new.phones.carry_devices(pid, earlier_phones.device_hashes(person.id))
        copied = _copy_discovery(earlier, new, start)
        new.history.forget()
    return NewProgramme(Path(path), len(chosen), len(people) - len(chosen), copied)


def _copy_discovery(earlier: Services, new: Services, start: date) -> int:
    found = [s for s in earlier.read.sessions() if s.kind == "discovery"]
    if not found:
        return 0
    source = found[0]
    rows = [dict(r) for r in earlier.ctx.db.query(
        "SELECT * FROM activity WHERE session_id = ? ORDER BY position, id", [source.id])]
    created = new.sessions.create_session(source.title, start, venue=source.venue,
                                          starts_at=source.starts_at, ends_at=source.ends_at,
                                          kind="discovery")
    columns = [c for c in PLAN_COLUMNS if c in new.ctx.db["activity"].columns_dict]
    with new.ctx.change(N_("Copy the discovery workshop's plan"), undoable=False) as unit:
        for row in rows:
            unit.insert("activity", {"session_id": created.new_id,
                                     **{c: row[c] for c in columns if c in row}})
    return len(rows)
