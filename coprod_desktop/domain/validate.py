"""Checks on what people type. Text is kept exactly as typed; what cannot be kept is refused."""

from __future__ import annotations

import re
from datetime import date, time

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import COLOURS
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_

# Control characters, except tab, line feed and carriage return (one search, not a look per
# character: a phone's note is checked on the writer's thread).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The invisible characters that turn the direction of the text after them (embeddings,
# overrides and isolates, U+202A-U+202E and U+2066-U+2069): in a name they reversed whatever the
# console printed beside it ("5 Anna0:00 · desreveR"). No keyboard types them, but copying from
# a messaging app wraps a phone number in them: they are taken out, and what can be seen is kept
# exactly. Right-to-left names need none of them; the plain direction marks (U+200E, U+200F)
# some phone keyboards add are kept.
_TURNING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def text(value: object, what: str, limit: int, *, field: str, multiline: bool = False,
         required: bool = True) -> str:
    """Return `value` as typed if it is acceptable text, else raise with a plain message.

    Single-line values (names, titles) lose leading and trailing spaces; multi-line values (notes,
    stories) are kept byte for byte.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(Said.of(N_("%(what)s must be text."), what=ours(what)), field=field)
    value = _TURNING.sub("", value)
    cleaned = value if multiline else value.strip()
    if _FORBIDDEN.search(cleaned) or (not multiline and "\n" in cleaned):
        raise ValidationError(Said.of(N_("%(what)s has a character that cannot be saved."),
                                      what=ours(what)), field=field)
    if required and not cleaned.strip():
        raise ValidationError(Said.of(N_("%(what)s is empty. Please write something."), what=ours(what)),
                              field=field)
    if len(cleaned) > limit:
        raise ValidationError(Said.of(N_(
            "%(what)s is %(count)s characters long; the most is %(limit)s. Please shorten it "
            "(nothing has been cut)."), what=ours(what), count=len(cleaned), limit=limit), field=field)
    return cleaned


def colour(value: str) -> str:
    if value not in COLOURS:
        raise ValidationError(Said.of(N_("'%(value)s' is not one of the note colours."),
                                      value=value), field="colour")
    return value


def iso_date(value: date | str, what: str = N_("The date")) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(Said.of(N_("%(what)s should look like 2026-03-14."),
                                      what=ours(what)), field="date") from None


def clock_time(value: time | str, what: str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    try:
        return time.fromisoformat(str(value).strip()).replace(second=0, microsecond=0)
    except ValueError:
        raise ValidationError(Said.of(N_("%(what)s should be a time like 18:30."),
                                      what=ours(what)), field="time") from None


def coordinate(value: float, what: str = N_("Position")) -> float:
    number = float(value)
    if number != number or abs(number) > 1_000_000:
        raise ValidationError(Said.of(N_("%(what)s is off the board."), what=ours(what)), field="position")
    return number
