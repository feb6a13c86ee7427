"""How dates and times read on screen, in the interface's language (Babel's data for it).

Never the laptop's own locale: a Welsh laptop running the app in English reads English dates.
"""

from __future__ import annotations

from datetime import date, datetime, time

from coprod_desktop.i18n import current, date_locale


def format_date(day: date, pattern: str, *, locale: str) -> str:
    from babel import dates  # Babel's locale data: when a date is first shown

    return dates.format_date(day, pattern, locale=locale)


def format_time(moment: time | datetime, pattern: str, *, locale: str) -> str:
    from babel import dates

    return dates.format_time(moment, pattern, locale=locale)


def _locale() -> str:
    return date_locale(current())


def long_date(day: date) -> str:
    """'Tuesday 15 September 2026', the way people in the UK write it ('wtorek, 15 września
    2026' in Polish)."""
    return format_date(day, "EEEE d MMMM y", locale=_locale())


def short_date(day: date) -> str:
    """'Tue 15 Sep 2026'."""
    return format_date(day, "EEE d MMM y", locale=_locale())


def short_day(day: date) -> str:
    """'15 Sep 2026'."""
    return format_date(day, "d MMM y", locale=_locale())


def day_month(day: date) -> str:
    """'15 Sep'."""
    return format_date(day, "d MMM", locale=_locale())


def weekday_day_month(day: date) -> str:
    """'Tue 15 Sep'."""
    return format_date(day, "EEE d MMM", locale=_locale())


def clock(moment: time | datetime) -> str:
    """'18:05' (24-hour, as rooms in the UK and Poland read a clock)."""
    return format_time(moment, "HH:mm", locale=_locale())


def time_range(start: time, end: time) -> str:
    return f"{clock(start)}–{clock(end)}"


def long_day(day: date) -> str:
    """'15 September 2026'."""
    return format_date(day, "d MMMM y", locale=_locale())
