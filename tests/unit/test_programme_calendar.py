"""The programme calendar: day counter in the programme's zone, across daylight saving."""

from __future__ import annotations

import os
import time as systime
from datetime import UTC, date, datetime, time

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.calendar import MeetingPattern, Milestone, MilestoneKind
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import Session
from coprod_desktop.facilitation.programme_calendar import ProgrammeCalendar, Stage
from coprod_desktop.facilitation.timeline import EntryKind, build_timeline, free_slots

START = date(2026, 9, 15)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_day_one_is_the_start_and_day_fifty_is_the_celebration() -> None:
    cal = ProgrammeCalendar(START)
    assert cal.date_of_day(1) == START
    assert cal.date_of_day(50) == date(2026, 11, 3)
    assert cal.end == date(2026, 12, 23)
    assert cal.day_of(date(2026, 11, 13)) == 60


def test_labels_before_during_and_after() -> None:
    cal = ProgrammeCalendar(START)
    assert cal.count_at(utc("2026-09-13T12:00")).label == "Starts in 2 days"
    assert cal.count_at(utc("2026-09-14T12:00")).label == "Starts tomorrow"
    during = cal.count_at(utc("2026-10-21T12:00"))
    assert (during.label, during.stage) == ("Day 37 of 100", Stage.DURING)
    assert cal.count_at(utc("2026-12-23T12:00")).label == "Day 100 of 100"
    assert cal.count_at(utc("2026-12-24T12:00")).label == "Finished yesterday"
    after = cal.count_at(utc("2027-01-02T12:00"))
    assert (after.label, after.stage, after.fraction) == ("Finished 10 days ago", Stage.AFTER, 1.0)


def test_the_day_turns_at_local_midnight_not_utc_midnight() -> None:
    cal = ProgrammeCalendar(START)  # Europe/London, on summer time (UTC+1) in September
    assert cal.count_at(utc("2026-09-15T22:59")).day == 1
    assert cal.count_at(utc("2026-09-15T23:00")).day == 2  # midnight in London
    # 00:30 on Sunday 25 October in London is still 24 October in UTC.
    assert cal.count_at(utc("2026-10-24T23:30")).day == 41


def test_fake_clock_across_the_october_clock_change() -> None:
    """Sunday 25 October 2026 has 25 hours in London; the counter must not move early."""
    cal = ProgrammeCalendar(START)
    clock = FakeClock(utc("2026-10-24T23:00"))  # midnight as Sunday starts (BST)
    assert cal.count(clock).day == 41
    clock.advance(24 * 3600)  # 23:00 GMT, still Sunday after the clocks went back
    assert cal.count(clock).day == 41
    assert cal.today(clock) == date(2026, 10, 25)
    clock.advance(3600)  # midnight GMT: Monday
    assert cal.count(clock).day == 42
    # Dividing elapsed seconds by a day's length would already have said 42 an hour too soon.
    start_instant = cal.at(START, time(0, 0))
    naive = int((utc("2026-10-25T23:30") - start_instant).total_seconds() // 86400) + 1
    assert naive == 42 and cal.count_at(utc("2026-10-25T23:30")).day == 41


def test_spring_change_and_a_meeting_time_across_it() -> None:
    cal = ProgrammeCalendar(date(2027, 3, 1), 100)
    clock = FakeClock(utc("2027-03-28T00:00"))  # midnight GMT, clocks go forward at 01:00
    assert cal.count(clock).day == 28
    clock.advance(23 * 3600)  # 00:00 BST on Monday 29 March: a 23-hour Sunday
    assert cal.count(clock).day == 29
    assert cal.at(date(2027, 3, 23), time(18)).astimezone(UTC).hour == 18
    assert cal.at(date(2027, 3, 30), time(18)).astimezone(UTC).hour == 17


@pytest.mark.skipif(not hasattr(systime, "tzset"),
                    reason="Windows has no time.tzset: a process cannot change its own zone")
def test_the_laptop_zone_does_not_matter() -> None:
    """A facilitator whose laptop is set to Tokyo still sees London's day."""
    cal = ProgrammeCalendar(START)
    instant = utc("2026-10-20T20:00")  # 21:00 in London, 05:00 next day in Tokyo
    before = cal.count_at(instant).day
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    systime.tzset()
    try:
        assert datetime.fromtimestamp(instant.timestamp()).day == 21  # the laptop's own view
        assert cal.count_at(instant).day == before == 36
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        systime.tzset()


def test_a_programme_in_another_zone_counts_its_own_days() -> None:
    instant = utc("2026-10-21T02:00")
    assert ProgrammeCalendar(START, 100, "Europe/London").count_at(instant).day == 37
    assert ProgrammeCalendar(START, 100, "America/New_York").count_at(instant).day == 36


def test_bad_zone_and_length_are_refused_plainly() -> None:
    with pytest.raises(ValidationError, match="not a time zone this computer knows"):
        ProgrammeCalendar(START, 100, "Europe/Ashbrook")
    with pytest.raises(ValidationError, match="between 7 and 730 days"):
        ProgrammeCalendar(START, 3)
    with pytest.raises(ValueError, match="without a time zone"):
        ProgrammeCalendar(START).local_date(datetime(2026, 10, 1, 12))


def test_dates_outside_the_programme_are_refused_with_day_numbers() -> None:
    cal = ProgrammeCalendar(START)
    assert cal.check_inside(date(2026, 12, 23), "The meeting") == date(2026, 12, 23)
    with pytest.raises(ValidationError, match=r"day 104: after the programme ends on "
                                              r"Wednesday 23 December 2026 \(day 100\)"):
        cal.check_inside(date(2026, 12, 27), "The meeting")
    with pytest.raises(ValidationError, match="before the programme starts on Tuesday 15"):
        cal.check_inside(date(2026, 9, 1), "The milestone")


def _session(sid: int, title: str, on: str, kind: str = "meeting") -> Session:
    return Session(sid, title, kind, date.fromisoformat(on), "Hall", time(18), time(19, 30),
                   utc("2026-09-01T00:00"))


def test_pattern_dates_and_a_moved_meeting_leaves_no_ghost() -> None:
    cal = ProgrammeCalendar(START)
    pattern = MeetingPattern(date(2026, 9, 29), 14, time(18), time(19, 30), "Hall")
    assert pattern.slots(cal.end) == [date(2026, 9, 29) + (date(2026, 10, 13) - date(2026, 9, 29)) * i
                                      for i in range(7)]
    assert pattern.description == "Every two weeks on Tuesdays, 18:00–19:30 at Hall"
    sessions = [_session(1, "Meeting 1", "2026-09-29"), _session(2, "Meeting 2", "2026-10-15")]
    free = free_slots(pattern, cal, sessions)
    assert date(2026, 10, 13) not in free and free[0] == date(2026, 10, 27)


def test_timeline_marks_today_and_says_what_is_next() -> None:
    cal = ProgrammeCalendar(START)
    pattern = MeetingPattern(date(2026, 9, 29), 14, time(18), time(19, 30), "Hall")
    sessions = [_session(1, "Discovery", "2026-09-15", "discovery"),
                _session(2, "Meeting 1", "2026-09-29"), _session(3, "Meeting 2", "2026-10-13")]
    milestones = [Milestone(1, "Day-50 celebration", MilestoneKind.DAY_50, date(2026, 11, 3),
                            None, "", utc("2026-09-01T00:00"))]
    # 17:00 in London on the day of meeting 2: it has not started, so it is next.
    tl = build_timeline(cal, pattern, sessions, milestones, utc("2026-10-13T16:00"))
    assert tl.count.label == "Day 29 of 100"
    assert tl.next is not None and tl.next.session_id == 3 and tl.next.today
    assert tl.next_text().startswith("Next: Meeting 2, today (Tuesday 13 October 2026, 18:00")
    # 19:45 in London: meeting 2 is over; the next thing is the planned meeting on 27 October.
    tl = build_timeline(cal, pattern, sessions, milestones, utc("2026-10-13T18:45"))
    assert tl.next is not None and tl.next.kind is EntryKind.PLANNED
    assert tl.next_text().startswith("Next: Team meeting (planned), in 14 days")
    kinds = [(e.kind, e.day) for e in tl.entries]
    assert kinds[:4] == [(EntryKind.SESSION, 1), (EntryKind.SESSION, 15), (EntryKind.SESSION, 29),
                         (EntryKind.PLANNED, 43)]
    assert (EntryKind.MILESTONE, 50) in kinds and tl.warnings == ()


def test_timeline_warns_about_dates_outside_the_programme() -> None:
    cal = ProgrammeCalendar(START)
    sessions = [_session(1, "Late meeting", "2027-01-05")]
    tl = build_timeline(cal, MeetingPattern(None), sessions, [], utc("2026-10-13T16:00"))
    assert tl.warnings == ("‘Late meeting’ is on Tuesday 5 January 2027, day 113: after the "
                           "programme ends on day 100.",)
    done = build_timeline(cal, MeetingPattern(None), [], [], utc("2027-02-01T16:00"))
    assert done.next is None and done.next_text() == "Nothing else is planned."
