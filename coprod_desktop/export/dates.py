"""Dates in PDFs, in the handout's language through Babel, never the laptop's locale.

`strftime("%A %B")` follows the process locale: the app (Qt sets it from the system) printed
"Mawrth 10 Tachwedd 2026" on a Welsh laptop while `coprod export` printed "Tuesday 10 November
2026". Babel formats with its own CLDR data for the language asked for, so both print the same.
The language is the PDF's (i18n.language, set while a PDF is built).
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from coprod_desktop import i18n


def long_day(day: date, language: str | None = None) -> str:
    """'Tuesday 10 November 2026'."""
    return format_date(day, "EEEE d MMMM y", locale=i18n.date_locale(language or i18n.current()))


def day_month_year(day: date, language: str | None = None) -> str:
    """'6 October 2026' (no leading zero, as the console writes dates and as UK plain-English
    style has them)."""
    return format_date(day, "d MMMM y", locale=i18n.date_locale(language or i18n.current()))


def month_year(day: date, language: str | None = None) -> str:
    """'October 2026' (the month standing alone, as CLDR names it for a heading)."""
    return format_date(day, "LLLL y", locale=i18n.date_locale(language or i18n.current()))


def short_day(day: date, language: str | None = None) -> str:
    """'6 Oct 2026' (a table's date column)."""
    return format_date(day, "d MMM y", locale=i18n.date_locale(language or i18n.current()))


def short_weekday(day: date, language: str | None = None) -> str:
    """'Tue 6 Oct 2026'."""
    return format_date(day, "EEE d MMM y", locale=i18n.date_locale(language or i18n.current()))


def short_day_month(day: date, language: str | None = None) -> str:
    """'6 Oct' (a chart's column)."""
    return format_date(day, "d MMM", locale=i18n.date_locale(language or i18n.current()))
