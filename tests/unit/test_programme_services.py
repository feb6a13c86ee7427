"""Programme services on a real file: calendar, milestones, moving meetings, roles, new programme."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.calendar import MilestoneKind
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import Consent
from coprod_desktop.domain.roles import Role
from coprod_desktop.services import Services
from coprod_desktop.services.new_programme import start_from_earlier
from coprod_desktop.services.programme_report import ownership_report, programme_timeline
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.programme_reader import ProgrammeReader


def plan(services: Services) -> ProgrammeReader:
    return ProgrammeReader(services.ctx.db)


@pytest.fixture
def autumn(services: Services, clock: FakeClock) -> Services:
    clock.set(datetime(2026, 10, 21, 11, 0, tzinfo=UTC))
    services.calendar.set_calendar("2026-09-15")
    services.calendar.set_meeting_pattern("2026-09-29", venue="St Anne's Church Hall")
    return services


def test_set_calendar_makes_the_two_celebrations_and_they_follow_the_start(
        autumn: Services) -> None:
    stones = {m.kind: m.on for m in plan(autumn).milestones()}
    assert stones == {MilestoneKind.DAY_50: date(2026, 11, 3),
                      MilestoneKind.DAY_100: date(2026, 12, 23)}
    autumn.calendar.set_calendar("2026-09-22", 100, "Europe/London")
    stones = {m.kind: m.on for m in plan(autumn).milestones()}
    assert stones[MilestoneKind.DAY_50] == date(2026, 11, 10)
    tl = programme_timeline(autumn.ctx.db, autumn.clock.now())
    assert tl is not None and tl.count.label == "Day 30 of 100"


def test_a_moved_celebration_stays_where_the_facilitator_put_it(autumn: Services) -> None:
    day50 = next(m for m in plan(autumn).milestones() if m.kind is MilestoneKind.DAY_50)
    autumn.calendar.edit_milestone(day50.id, title="Halfway party", on="2026-11-02")
    autumn.calendar.set_calendar("2026-09-15", 120)
    moved = plan(autumn).milestone(day50.id)
    assert (moved.title, moved.on) == ("Halfway party", date(2026, 11, 2))
    end = next(m for m in plan(autumn).milestones() if m.kind is MilestoneKind.DAY_100)
    assert end.on == date(2027, 1, 12)


def test_bad_zone_and_dates_out_of_order_are_refused(autumn: Services) -> None:
    with pytest.raises(ValidationError, match="not a time zone"):
        autumn.calendar.set_calendar("2026-09-15", 100, "London")
    with pytest.raises(ValidationError, match="before the programme starts"):
        autumn.calendar.set_meeting_pattern("2026-09-01")
    with pytest.raises(ValidationError, match="end after it starts"):
        autumn.calendar.set_meeting_pattern("2026-09-29", starts_at="19:00", ends_at="18:00")
    with pytest.raises(ValidationError, match="after the programme ends"):
        autumn.calendar.add_milestone("Report to the board", "2027-02-01")
    assert plan(autumn).calendar_settings().pattern.venue == "St Anne's Church Hall"


def test_moving_a_meeting_past_the_end_is_refused_and_nothing_changes(autumn: Services) -> None:
    sid = int(autumn.sessions.create_session("Team meeting 7", "2026-12-22").new_id or 0)
    with pytest.raises(ValidationError, match=r"day 105: after the programme ends on Wednesday "
                                              r"23 December 2026 \(day 100\)"):
        autumn.calendar.move_meeting(sid, "2026-12-28")
    assert autumn.read.session(sid).date == date(2026, 12, 22)
    change = autumn.calendar.move_meeting(sid, "2026-12-21", starts_at="17:30", ends_at="19:00")
    assert autumn.read.session(sid).date == date(2026, 12, 21)
    autumn.history.undo(change.revision_id or 0)
    assert autumn.read.session(sid).date == date(2026, 12, 22)


def test_editing_a_session_uses_the_calendars_rules(autumn: Services) -> None:
    """The console's Edit session dialog saves through update_session: the same checks apply."""
    sid = int(autumn.sessions.create_session("Team meeting 7", "2026-12-22").new_id or 0)
    details = {"venue": "Hall", "starts_at": "18:00", "ends_at": "19:30", "kind": "meeting"}
    with pytest.raises(ValidationError, match=r"‘Team meeting 7’ would be Monday 28 December 2026, "
                                              r"which is day 105") as after:
        autumn.sessions.update_session(sid, title="Team meeting 7", on="2026-12-28", **details)
    assert after.value.field == "date"
    with pytest.raises(ValidationError, match="before the programme starts") as before:
        autumn.sessions.update_session(sid, title="Team meeting 7", on="2026-09-01", **details)
    assert before.value.field == "date"
    assert autumn.read.session(sid).date == date(2026, 12, 22)  # nothing saved
    autumn.sessions.update_session(sid, title="Team meeting 7 (moved)", on="2026-12-21",
                                   **details)
    assert autumn.read.session(sid).date == date(2026, 12, 21)
    with pytest.raises(ValidationError, match="after the programme ends"):
        autumn.sessions.create_session("Team meeting 8", "2027-01-05")
    with pytest.raises(ValidationError, match="after the programme ends"):
        autumn.agenda.new_session_from_template("team-meeting", "Team meeting 8", "2027-01-05")
    # A discovery workshop may come before the 100 days start.
    early = autumn.sessions.create_session("Discovery", "2026-09-01", kind="discovery").new_id
    assert autumn.read.session(int(early or 0)).date == date(2026, 9, 1)


def test_shortening_the_programme_past_a_meeting_is_refused(autumn: Services) -> None:
    autumn.sessions.create_session("Team meeting 7", "2026-12-22")
    with pytest.raises(ValidationError, match=r"^‘Team meeting 7’ on 22 December 2026 would fall "
                       r"outside the programme \(15 September 2026 to 13 December 2026\)\. Move it "
                       r"first\.$"):
        autumn.calendar.set_calendar("2026-09-15", 90)
    autumn.sessions.create_session("Team meeting 8", "2026-12-15")
    with pytest.raises(ValidationError, match=r"^‘Team meeting 8’ on 15 December 2026 and 1 other "
                       r"session would fall outside"):
        autumn.calendar.set_calendar("2026-09-15", 90)


def test_plan_meetings_fills_the_free_pattern_dates(autumn: Services) -> None:
    autumn.sessions.create_session("Team meeting 1", "2026-09-29")
    change = autumn.calendar.plan_meetings(until="2026-11-30")
    made = [autumn.read.session(int(i)) for i in sorted(change.ids("session"))]
    assert [(s.title, s.date.isoformat(), s.venue) for s in made] == [
        ("Team meeting 2", "2026-10-13", "St Anne's Church Hall"),
        ("Team meeting 3", "2026-10-27", "St Anne's Church Hall"),
        ("Team meeting 4", "2026-11-10", "St Anne's Church Hall"),
        ("Team meeting 5", "2026-11-24", "St Anne's Church Hall")]
    with pytest.raises(ValidationError, match="already in the calendar"):
        autumn.calendar.plan_meetings(until="2026-11-30")


def test_roles_and_ownership_figures(autumn: Services, clock: FakeClock) -> None:
    people = [int(autumn.people.add_attendee(n, "parent_carer").new_id or 0)
              for n in ("Priya", "Sam", "Jo")]
    meetings = [int(autumn.sessions.create_session(f"Team meeting {i + 1}", on).new_id or 0)
                for i, on in enumerate(("2026-09-29", "2026-10-13", "2026-10-27", "2026-11-10"))]
    for role in Role:
        autumn.team.set_role(meetings[0], role, facilitator=True)
    autumn.team.set_role(meetings[1], Role.CHAIR, facilitator=True)
    autumn.team.set_role(meetings[1], Role.NOTETAKER, attendee_id=people[0])
    autumn.team.set_role(meetings[2], Role.CHAIR, attendee_id=people[1])
    autumn.team.set_role(meetings[2], Role.TIMEKEEPER, attendee_id=people[2])
    autumn.team.set_role(meetings[2], Role.NOTETAKER, attendee_id=people[0])
    clock.set(datetime(2026, 10, 28, 12, tzinfo=UTC))
    report = ownership_report(autumn.ctx.db, clock.now())
    figures = [(m.day, m.by_members, m.recorded) for m in report.trend.meetings]
    assert figures == [(15, 0, 3), (29, 1, 2), (43, 3, 3)]  # meeting 4 is still ahead
    assert report.trend.slope_points == pytest.approx(50.0)
    # Changing a holder replaces the record; the facilitator cannot also be a member.
    autumn.team.set_role(meetings[1], Role.CHAIR, attendee_id=people[2])
    assert [r.name for r in plan(autumn).roles(meetings[1])] == ["Jo", "Priya"]
    with pytest.raises(ValidationError, match="facilitator or a group member"):
        autumn.team.set_role(meetings[1], Role.CHAIR, attendee_id=people[0], facilitator=True)
    with pytest.raises(ValidationError, match="chair, timekeeper and note-taker"):
        autumn.team.set_role(meetings[1], "tea-maker", facilitator=True)
    autumn.team.mark_left(people[1], "2026-11-01")
    with pytest.raises(ValidationError, match="Sam had left the group before this meeting"):
        autumn.team.set_role(meetings[3], Role.CHAIR, attendee_id=people[1])


def test_new_programme_copies_only_people_who_agreed(autumn: Services, tmp_path: Path) -> None:
    disc = int(autumn.sessions.create_session("Discovery workshop", "2026-09-15",
                                              kind="discovery", venue="Library").new_id or 0)
    autumn.ctx.db.execute(
        "INSERT INTO activity (session_id, position, title, phase, duration_s) "
        "VALUES (?, 0, 'What matters to you', 'empathy', 1200)", [disc])
    ids = {n: int(autumn.people.add_attendee(n, "parent_carer").new_id or 0)
           for n in ("Contact me", "Keep me", "Private", "Zofia Wiśniewska")}
    autumn.people.set_consent(ids["Contact me"], Consent(contact=True),
                              contact_details="07700 900123")
    autumn.people.set_consent(ids["Zofia Wiśniewska"], Consent(contact=True, photos=True),
                              contact_details="zofia@example.org", access_needs="Step-free")
    autumn.team.set_keep_for_next(ids["Keep me"], True)
    out = start_from_earlier(autumn, tmp_path / "spring.coprod", title="Spring challenge",
                             start_date="2027-03-02")
    assert (out.people_copied, out.people_left_out, out.activities_copied) == (3, 1, 1)
    file = ProgrammeFile.open(out.path)
    try:
        new = Services(file, FakeClock())
        people = {p.name: p for p in new.read.attendees()}
        assert set(people) == {"Contact me", "Keep me", "Zofia Wiśniewska"}
        zofia = people["Zofia Wiśniewska"]
        assert (zofia.consent.photos, zofia.contact_details, zofia.access_needs) == (
            True, "zofia@example.org", "Step-free")
        assert ProgrammeReader(new.ctx.db).kept_for_next() == {people["Keep me"].id}
        settings = ProgrammeReader(new.ctx.db).calendar_settings()
        assert settings.start_date == date(2027, 3, 2)
        assert settings.pattern.first_date == date(2027, 3, 16)  # two weeks in, as before
        assert settings.pattern.venue == "St Anne's Church Hall"
        (session,) = new.read.sessions()
        assert (session.kind, session.date) == ("discovery", date(2027, 3, 2))
        assert [a.title for a in new.read.activities(session.id)] == ["What matters to you"]
        assert new.history.revisions() == [] and new.read.counts()["notes"] == 0
    finally:
        file.close()


def test_new_programme_refuses_to_overwrite(autumn: Services, tmp_path: Path) -> None:
    existing = tmp_path / "taken.coprod"
    existing.write_bytes(b"keep me")
    with pytest.raises(Exception, match="exists"):
        start_from_earlier(autumn, existing, title="Again", start_date="2027-03-02")
    assert existing.read_bytes() == b"keep me"


def test_add_one_planned_meeting(autumn: Services) -> None:
    autumn.sessions.create_session("Team meeting 1", "2026-09-29")
    change = autumn.calendar.add_meeting_on("2026-10-13")
    made = autumn.read.session(int(change.new_id or 0))
    assert (made.title, made.venue, f"{made.starts_at:%H:%M}") == (
        "Team meeting 2", "St Anne's Church Hall", "18:00")
    with pytest.raises(ValidationError, match=r"‘Team meeting 2’ is already on 13 October 2026\."):
        autumn.calendar.add_meeting_on("2026-10-13")
    with pytest.raises(ValidationError, match="after the programme ends"):
        autumn.calendar.add_meeting_on("2027-01-05")
