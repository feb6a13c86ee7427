"""Which day of the programme it is, in the programme's own time zone.

Day 1 is the start date. A day begins at local midnight where the programme happens (Europe/London
by default), whatever zone the laptop is set to, so the counter turns over at the right moment on
both sides of a daylight-saving change. Days are counted by calendar date, never by dividing
seconds by 86,400 (a day with a clock change has 23 or 25 hours).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from coprod_desktop.clock import Clock
from coprod_desktop.domain.calendar import (
    DEFAULT_LENGTH,
    DEFAULT_ZONE,
    CalendarSettings,
    check_length,
    zone,
)
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_, _, count, current, date_locale, number


class Stage(StrEnum):
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


@dataclass(frozen=True, slots=True)
class DayCount:
    """Where today falls in the programme."""

    day: int  # 1 on the start date; 0 or less before it, more than `length` after the end
    length: int
    today: date

    @property
    def stage(self) -> Stage:
        if self.day < 1:
            return Stage.BEFORE
        return Stage.DURING if self.day <= self.length else Stage.AFTER

    @property
    def label(self) -> str:
        """'Day 37 of 100', or a plain sentence before the start and after the end."""
        if self.stage is Stage.DURING:
            return _("Day {day} of {length}").format(day=number(self.day),
                                                      length=number(self.length))
        if self.stage is Stage.BEFORE:
            wait = 1 - self.day
            return _("Starts tomorrow") if wait == 1 else count("Starts in {n} day",
                                                                "Starts in {n} days", wait)
        past = self.day - self.length
        return _("Finished yesterday") if past == 1 else count("Finished {n} day ago",
                                                               "Finished {n} days ago", past)

    @property
    def fraction(self) -> float:
        """How far through the programme today is, from 0 to 1."""
        return min(1.0, max(0.0, self.day / self.length))


class ProgrammeCalendar:
    """Dates and day numbers for one programme."""

    def __init__(self, start: date, length_days: int = DEFAULT_LENGTH,
                 time_zone: str = DEFAULT_ZONE) -> None:
        self.start = start
        self.length = check_length(length_days)
        self.zone_name = time_zone
        self.zone = zone(time_zone)

    @classmethod
    def from_settings(cls, settings: CalendarSettings) -> ProgrammeCalendar | None:
        """The calendar, or None while the programme has no start date."""
        if settings.start_date is None:
            return None
        return cls(settings.start_date, settings.length_days, settings.time_zone)

    @property
    def end(self) -> date:
        """The last day of the programme (day 100 of 100)."""
        return self.date_of_day(self.length)

    def date_of_day(self, day: int) -> date:
        return self.start + timedelta(days=day - 1)

    def day_of(self, on: date) -> int:
        return (on - self.start).days + 1

    def local_date(self, when: datetime) -> date:
        """The date where the programme happens at the instant `when` (which must be aware)."""
        if when.tzinfo is None:
            raise ValueError("an instant without a time zone cannot be placed in the programme")
        return when.astimezone(self.zone).date()

    def today(self, clock: Clock) -> date:
        return self.local_date(clock.now())

    def count_at(self, when: datetime) -> DayCount:
        today = self.local_date(when)
        return DayCount(self.day_of(today), self.length, today)

    def count(self, clock: Clock) -> DayCount:
        return self.count_at(clock.now())

    def contains(self, on: date) -> bool:
        return self.start <= on <= self.end

    def at(self, on: date, clock_time: time) -> datetime:
        """The instant of a local date and time (a meeting's start) as an aware datetime."""
        return datetime.combine(on, clock_time, tzinfo=self.zone)

    def describe(self, on: date) -> str:
        """'Tuesday 3 November 2026 (day 50)': how dates are shown next to their day number."""
        return f"{long_date(on)} (day {self.day_of(on)})"

    def check_inside(self, on: date, what: str) -> date:
        """Refuse a date outside the programme with a message that names both ends. `what` is
        shown as written (a session's title) unless it is a word of ours (domain.said.ours)."""
        if on < self.start:
            raise ValidationError(Said.of(
                N_("%(what)s would be %(on)s, before the programme starts on %(start)s. Choose a "
                   "date from day 1 to day %(length)s."),
                what=what, on=long_date(on), start=long_date(self.start), length=self.length),
                field="date")
        if on > self.end:
            raise ValidationError(Said.of(
                N_("%(what)s would be %(on)s, which is day %(day)s: after the programme ends on "
                   "%(end)s (day %(length)s). Choose an earlier date, or make the programme "
                   "longer first."),
                what=what, on=long_date(on), day=self.day_of(on), end=long_date(self.end),
                length=self.length), field="date")
        return on


def _babel() -> str:
    return date_locale(current())  # 'Sep', as the app always wrote it


def long_date(on: date) -> str:
    """'Tuesday 3 November 2026' (no leading zero, the way people write dates in the UK), in the
    language being spoken, from Babel's data (never the laptop's locale)."""
    from babel.dates import format_date  # Babel's locale data: on first use

    return format_date(on, "EEEE d MMMM y", locale=_babel())


def short_date(on: date) -> str:
    """'Tue 3 Nov'."""
    from babel.dates import format_date  # Babel's locale data: on first use

    return format_date(on, "EEE d MMM", locale=_babel())
