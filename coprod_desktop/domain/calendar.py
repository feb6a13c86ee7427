"""The programme's calendar as stored: start, length, time zone, meeting pattern and milestones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_, _, current, date_locale

DEFAULT_ZONE = "Europe/London"
DEFAULT_LENGTH = 100
DEFAULT_EVERY_DAYS = 14
MIN_LENGTH, MAX_LENGTH = 7, 730
MIN_EVERY, MAX_EVERY = 1, 60


def zone(name: str) -> ZoneInfo:
    """The time zone called `name` (such as Europe/London), or a plain refusal."""
    cleaned = (name or "").strip()
    if not cleaned:
        raise ValidationError(N_("Please choose a time zone, such as Europe/London."), field="time_zone")
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            Said.of(N_("‘%(cleaned)s’ is not a time zone this computer knows. Use a name such as "
                       "Europe/London or Europe/Dublin."), cleaned=cleaned), field="time_zone") from None


def zone_names() -> list[str]:
    """Every zone name the computer knows, sorted, for a picker."""
    return sorted(n for n in available_timezones() if "/" in n and not n.startswith("Etc/"))


class MilestoneKind(StrEnum):
    DAY_50 = "day50"
    DAY_100 = "day100"
    CUSTOM = "custom"

    @property
    def standard(self) -> bool:
        """Day 50 and day 100 follow the start date; custom milestones keep their own date."""
        return self is not MilestoneKind.CUSTOM

    def day_in(self, length_days: int) -> int | None:
        """The programme day a standard milestone falls on: halfway (day 50 of 100) and the end."""
        if self is MilestoneKind.DAY_50:
            return max(1, length_days // 2)
        if self is MilestoneKind.DAY_100:
            return length_days
        return None


@dataclass(frozen=True, slots=True)
class MeetingPattern:
    """Same place, same time, every so many days from the first meeting."""

    first_date: date | None
    every_days: int = DEFAULT_EVERY_DAYS
    starts_at: time = time(18, 0)
    ends_at: time = time(19, 30)
    venue: str = ""

    def slots(self, until: date) -> list[date]:
        """The planned meeting dates from the first up to and including `until`."""
        if self.first_date is None:
            return []
        out: list[date] = []
        day = self.first_date
        while day <= until:
            out.append(day)
            day = date.fromordinal(day.toordinal() + self.every_days)
        return out

    @property
    def description(self) -> str:
        from babel.dates import format_date  # Babel's locale data: on first use

        known = {7: N_("Every week"), 14: N_("Every two weeks"), 21: N_("Every three weeks"),
                 28: N_("Every four weeks")}
        every = (_(known[self.every_days]) if self.every_days in known else
                 _("Every {n} days").format(n=self.every_days))
        if self.first_date is None:
            return _("{every} (no first meeting date yet)").format(every=every)
        place = _(" at {venue}").format(venue=self.venue) if self.venue else ""
        weekday = format_date(self.first_date, "EEEE", locale=date_locale(current()))
        return _("{every} on {weekday}s, {start}–{end}{place}").format(
            every=every, weekday=weekday, start=f"{self.starts_at:%H:%M}",
            end=f"{self.ends_at:%H:%M}", place=place)


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """What the programme row holds about time."""

    start_date: date | None
    length_days: int = DEFAULT_LENGTH
    time_zone: str = DEFAULT_ZONE
    pattern: MeetingPattern = MeetingPattern(None)


@dataclass(frozen=True, slots=True)
class Milestone:
    id: int
    title: str
    kind: MilestoneKind
    on: date
    celebration_session_id: int | None
    note: str
    created_at: datetime


def check_length(length_days: int) -> int:
    try:
        value = int(length_days)
    except (TypeError, ValueError):
        raise ValidationError(N_("The length should be a number of days, such as 100."),
                              field="length_days") from None
    if not MIN_LENGTH <= value <= MAX_LENGTH:
        raise ValidationError(Said.of(N_("A programme lasts between %(min_length)s and %(max_length)s days."),
                                      min_length=MIN_LENGTH, max_length=MAX_LENGTH),
                              field="length_days")
    return value


def check_every(every_days: int) -> int:
    try:
        value = int(every_days)
    except (TypeError, ValueError):
        raise ValidationError(N_("Say how often the group meets in days, such as 14."),
                              field="every_days") from None
    if not MIN_EVERY <= value <= MAX_EVERY:
        raise ValidationError(Said.of(N_("Meetings can be every %(min_every)s to %(max_every)s days."),
                                      min_every=MIN_EVERY, max_every=MAX_EVERY),
                              field="every_days")
    return value
