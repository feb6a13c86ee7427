"""The short privacy notice phones show at sign-in, and the programme's retention date.

The organisation can write each part in its own words; a part left empty reads from the
programme's details, so a new programme always shows a sensible notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod_desktop.domain.said import Said, english_date

NOTICE_MAX = 300


@dataclass(frozen=True)
class PrivacyNotice:
    """As written by the organisation: empty parts mean "use the standard words"."""

    holder: str = ""
    why: str = ""
    how_long: str = ""
    contact: str = ""


@dataclass(frozen=True)
class NoticeLines:
    """The four lines a phone shows, with every part filled in."""

    holder: str
    why: str
    how_long: str
    contact: str

    def pairs(self) -> list[tuple[str, str]]:
        return [("Who holds it", self.holder), ("Why", self.why),
                ("For how long", self.how_long), ("Questions or changes", self.contact)]


def long_day(on: date) -> str:
    """'31 July 2027' (English month names, whatever the laptop's locale)."""
    return english_date(on)


def standard(organisation: str, retention: date | None) -> NoticeLines:
    """The standard words. The parts with a name or a date in them are messages as data
    (domain.said), so a phone shows them in its own language from their key and values."""
    who = organisation.strip() or "The organisers of this programme"
    keep = (Said.of("Until %(date)s. Then names and contact details are deleted; what was said "
                    "is kept without names.", date=retention) if retention else
            "Until the programme ends. Then names and contact details are deleted; what was said "
            "is kept without names.")
    return NoticeLines(
        holder=Said.of("%(who)s, on the facilitator's laptop in this room. It is not sent "
                       "anywhere else.", who=who),
        why="To run these sessions, to pay you if you ask us to, and to share what we learn "
            "only in the ways you choose below.",
        how_long=keep,
        contact="Ask the facilitator at any time to see, change or delete what we hold "
                "about you.")


def lines(notice: PrivacyNotice, organisation: str, retention: date | None) -> NoticeLines:
    base = standard(organisation, retention)
    return NoticeLines(holder=notice.holder.strip() or base.holder,
                       why=notice.why.strip() or base.why,
                       how_long=notice.how_long.strip() or base.how_long,
                       contact=notice.contact.strip() or base.contact)


def retention_passed(retention: date | None, today: date) -> bool:
    return retention is not None and today > retention
