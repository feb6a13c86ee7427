"""How dates and times read on screen, in UK English."""

from __future__ import annotations

from datetime import date, time


def long_date(day: date) -> str:
    """'Tuesday 15 September 2026', the way people in the UK write it."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    """'Tue 15 Sep 2026'."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def time_range(start: time, end: time) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"
