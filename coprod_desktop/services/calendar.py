"""The programme calendar: dates, time zone, meeting pattern, milestones, moving meetings."""

from __future__ import annotations

from datetime import date, time

from coprod_desktop.domain import validate
from coprod_desktop.domain.calendar import (
    DEFAULT_EVERY_DAYS,
    DEFAULT_LENGTH,
    DEFAULT_ZONE,
    MilestoneKind,
    check_every,
    check_length,
    zone,
)
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import NOTE_MAX, TITLE_MAX, VENUE_MAX
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.facilitation.programme_calendar import ProgrammeCalendar, long_date
from coprod_desktop.facilitation.timeline import free_slots
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.plan_base import PlanService
from coprod_desktop.services.unit_of_work import UnitOfWork

STANDARD_TITLES = {MilestoneKind.DAY_50: "Day-50 celebration",
                   MilestoneKind.DAY_100: "Day-100 celebration"}


class CalendarService(PlanService):
    def set_calendar(self, start_date: date | str, length_days: int = DEFAULT_LENGTH,
                     time_zone: str = DEFAULT_ZONE) -> ChangeSet:
        """Set when the programme starts, how long it lasts and where its days are counted.

        The day-50 and day-100 milestones follow (made if missing). Refused if a meeting would end
        up outside the programme: move or delete it first, nothing is moved silently.
        """
        start = validate.iso_date(start_date, N_("The start date"))
        zone(time_zone)
        cal = ProgrammeCalendar(start, check_length(length_days), time_zone.strip())
        outside = [s for s in self.read.sessions()
                   if s.kind != "discovery" and not cal.contains(s.date)]
        if outside:
            first, others = outside[0], len(outside) - 1
            ends: dict[str, str | date] = {"title": first.title, "day": first.date,
                                           "start": cal.start, "end": cal.end}
            raise ValidationError(
                Said.counted(Nn_("‘%(title)s’ on %(day)s and %(n)s other session would fall "
                                 "outside the programme (%(start)s to %(end)s). Move them first.",
                                 "‘%(title)s’ on %(day)s and %(n)s other sessions would fall "
                                 "outside the programme (%(start)s to %(end)s). Move them first."),
                             others, **ends) if others else
                Said.of(N_("‘%(title)s’ on %(day)s would fall outside the programme (%(start)s "
                           "to %(end)s). Move it first."), **ends), field="start_date")
        old = self.calendar()
        programme = self.read.programme()
        with self.ctx.change(N_("Change the programme dates")) as unit:
            unit.update("programme", programme.id, start_date=start.isoformat(),
                        length_days=cal.length, time_zone=cal.zone_name)
            self._follow_standard_milestones(unit, old, cal)
        return self.done(unit)

    def _follow_standard_milestones(self, unit: UnitOfWork, old: ProgrammeCalendar | None,
                                    new: ProgrammeCalendar) -> None:
        existing = {m.kind: m for m in self.plan.milestones() if m.kind.standard}
        for kind in (MilestoneKind.DAY_50, MilestoneKind.DAY_100):
            target = new.date_of_day(kind.day_in(new.length) or 1)
            found = existing.get(kind)
            if found is None:
                unit.insert("milestone", {"title": STANDARD_TITLES[kind], "kind": kind.value,
                                          "on_date": target.isoformat(),
                                          "created_at": self.ctx.now()})
                continue
            was_standard = old is not None and found.on == old.date_of_day(
                kind.day_in(old.length) or 1)
            if was_standard or not new.contains(found.on):
                unit.update("milestone", found.id, on_date=target.isoformat())

    def set_meeting_pattern(self, first_date: date | str, *, every_days: int = DEFAULT_EVERY_DAYS,
                            starts_at: time | str = "18:00", ends_at: time | str = "19:30",
                            venue: str = "") -> ChangeSet:
        """Same place, same time: the regular team meeting, from its first date."""
        first = validate.iso_date(first_date, N_("The first meeting date"))
        every = check_every(every_days)
        start = validate.clock_time(starts_at, N_("The start time"))
        end = validate.clock_time(ends_at, N_("The end time"))
        if end <= start:
            raise ValidationError(N_("The meeting must end after it starts."), field="ends_at")
        place = validate.text(venue, N_("The venue"), VENUE_MAX, field="venue", required=False)
        cal = self.calendar()
        if cal is not None:
            cal.check_inside(first, ours(N_("The first meeting")))
        programme = self.read.programme()
        with self.ctx.change(N_("Change the meeting pattern")) as unit:
            unit.update("programme", programme.id, meeting_first_date=first.isoformat(),
                        meeting_every_days=every, meeting_starts_at=start.strftime("%H:%M"),
                        meeting_ends_at=end.strftime("%H:%M"), meeting_venue=place)
        return self.done(unit)

    def add_milestone(self, title: str, on: date | str, *, note: str = "") -> ChangeSet:
        clean = validate.text(title, N_("The milestone's name"), TITLE_MAX, field="title")
        when = self.require_calendar().check_inside(validate.iso_date(on), ours(N_("The milestone")))
        extra = validate.text(note, N_("The note"), NOTE_MAX, field="note", multiline=True,
                              required=False)
        with self.ctx.change(Said.of(N_("Add milestone ‘%(title)s’"), title=clean)) as unit:
            unit.new_id = unit.insert("milestone", {
                "title": clean, "kind": MilestoneKind.CUSTOM.value, "on_date": when.isoformat(),
                "note": extra, "created_at": self.ctx.now()})
        return self.done(unit)

    def edit_milestone(self, milestone_id: int, *, title: str, on: date | str,
                       note: str = "") -> ChangeSet:
        """Rename or move a milestone (day 50 too: a celebration is sometimes a day early)."""
        self.plan.milestone(milestone_id)
        clean = validate.text(title, N_("The milestone's name"), TITLE_MAX, field="title")
        when = self.require_calendar().check_inside(validate.iso_date(on), ours(N_("The milestone")))
        extra = validate.text(note, N_("The note"), NOTE_MAX, field="note", multiline=True,
                              required=False)
        with self.ctx.change(Said.of(N_("Edit milestone ‘%(title)s’"), title=clean)) as unit:
            unit.update("milestone", milestone_id, title=clean, on_date=when.isoformat(),
                        note=extra)
        return self.done(unit)

    def delete_milestone(self, milestone_id: int) -> ChangeSet:
        found = self.plan.milestone(milestone_id)
        with self.ctx.change(Said.of(N_("Delete milestone ‘%(title)s’"), title=found.title)) as unit:
            unit.delete("milestone", milestone_id)
        return self.done(unit)

    def link_celebration(self, milestone_id: int, session_id: int | None) -> ChangeSet:
        """Say which session is this milestone's celebration (None: not planned yet)."""
        found = self.plan.milestone(milestone_id)
        self.check_meeting(session_id)
        with self.ctx.change(Said.of(N_("Link ‘%(title)s’ to its session"), title=found.title)) as unit:
            unit.update("milestone", milestone_id, celebration_session_id=session_id)
        return self.done(unit)

    def move_meeting(self, session_id: int, on: date | str, *, starts_at: time | str | None = None,
                     ends_at: time | str | None = None) -> ChangeSet:
        """Move a meeting to another date (and time). A date outside the programme is refused."""
        session = self.read.session(session_id)
        when = validate.iso_date(on, N_("The new date"))
        self.check_session_date(when, kind=session.kind, title=session.title)
        start = validate.clock_time(starts_at or session.starts_at, N_("The start time"))
        end = validate.clock_time(ends_at or session.ends_at, N_("The end time"))
        if end <= start:
            raise ValidationError(N_("The meeting must end after it starts."), field="ends_at")
        with self.ctx.change(Said(f"Move ‘{session.title}’ to {long_date(when)}",
                                  N_("Move ‘%(title)s’ to %(day)s"), title=session.title, day=when),
                             session_id=session_id) as unit:
            unit.update("session", session_id, date=when.isoformat(),
                        starts_at=start.strftime("%H:%M"), ends_at=end.strftime("%H:%M"))
        return self.done(unit)

    def add_meeting_on(self, on: date | str) -> ChangeSet:
        """Make the team meeting for one date (usually a planned date of the pattern)."""
        cal = self.require_calendar()
        when = cal.check_inside(validate.iso_date(on, N_("The date")), ours(N_("The meeting")))
        pattern = self.plan.calendar_settings().pattern
        sessions = self.read.sessions()
        clash = [s for s in sessions if s.date == when and s.kind in ("meeting", "celebration")]
        if clash:
            raise ValidationError(Said.of(N_("‘%(title)s’ is already on %(day)s."),
                                         title=clash[0].title, day=when))
        number = 1 + sum(1 for s in sessions if s.kind == "meeting" and s.date < when)
        title = f"Team meeting {number}"
        with self.ctx.change(Said(f"Add ‘{title}’ on {long_date(when)}",
                                  N_("Add ‘%(title)s’ on %(day)s"), title=title, day=when)) as unit:
            unit.new_id = unit.insert("session", {
                "title": title, "kind": "meeting", "date": when.isoformat(),
                "venue": pattern.venue, "starts_at": pattern.starts_at.strftime("%H:%M"),
                "ends_at": pattern.ends_at.strftime("%H:%M"), "created_at": self.ctx.now()})
        return self.done(unit)

    def plan_meetings(self, until: date | str | None = None) -> ChangeSet:
        """Make a session for each free date of the meeting pattern, up to `until` or the end."""
        cal = self.require_calendar()
        pattern = self.plan.calendar_settings().pattern
        if pattern.first_date is None:
            raise ValidationError(N_("Set the meeting pattern first: when is the first meeting?"))
        last = validate.iso_date(until, N_("The date")) if until else cal.end
        sessions = self.read.sessions()
        dates = [d for d in free_slots(pattern, cal, sessions) if d <= last]
        if not dates:
            raise ValidationError(N_("Every meeting up to then is already in the calendar."))
        number = sum(1 for s in sessions if s.kind == "meeting")
        said = Said.counted(Nn_("Plan %(n)s meeting", "Plan %(n)s meetings"), len(dates))
        with self.ctx.change(said) as unit:
            for on in dates:
                number += 1
                unit.insert("session", {
                    "title": f"Team meeting {number}", "kind": "meeting", "date": on.isoformat(),
                    "venue": pattern.venue, "starts_at": pattern.starts_at.strftime("%H:%M"),
                    "ends_at": pattern.ends_at.strftime("%H:%M"), "created_at": self.ctx.now()})
        return self.done(unit)
