"""The claims sheet for the finance team: who is owed what, for what, and how long it has waited.

Only people who agreed to be paid are named; anyone else is "Person 14 (parent or carer)", the
number they have in every export of the programme, and their claim notes are left out (a note like
"bus from Elm Street" could point to them).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from coprod_desktop.domain.money import OWED, Claim, ClaimStatus, hours_text, pounds
from coprod_desktop.domain.records import Attendee
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.reader import Reader


def payee(person: Attendee) -> str:
    """The name if they agreed to be paid (so named to finance), else their number and group."""
    if person.consent.paid and not person.erased:
        return person.name
    return f"Person {person.id} ({person.group.label.lower()})"


@dataclass(frozen=True)
class SheetLine:
    claim: Claim
    payee: str
    named: bool
    group: str
    session: str
    session_date: date | None
    waited_days: int

    @property
    def note(self) -> str:
        return self.claim.note if self.named else ""


@dataclass(frozen=True)
class ClaimsSheet:
    programme: str
    organisation: str
    made_on: date
    statuses: tuple[ClaimStatus, ...]
    lines: list[SheetLine]

    @property
    def held_names(self) -> bool:
        return any(line.named for line in self.lines)

    @property
    def total_pence(self) -> int:
        return sum(line.claim.amount_pence for line in self.lines)

    @property
    def scope(self) -> str:
        if self.statuses == OWED:
            return "Claims not yet paid"
        if self.statuses == (ClaimStatus.PAID,):
            return "Claims paid"
        return "All claims"


def claims_sheet(db: Database, today: date,
                 statuses: tuple[ClaimStatus, ...] = OWED) -> ClaimsSheet:
    reader = Reader(db)
    programme = reader.programme()
    people = {p.id: p for p in reader.attendees()}
    sessions = {s.id: s for s in reader.sessions()}
    lines = []
    for claim in PaymentsReader(db).claims(statuses=statuses):
        person = people[claim.attendee_id]
        session = sessions.get(claim.session_id) if claim.session_id else None
        lines.append(SheetLine(
            claim=claim, payee=payee(person), named=person.consent.paid and not person.erased,
            group=person.group.label, session=session.title if session else "",
            session_date=session.date if session else None,
            waited_days=claim.waited_days(today)))
    lines.sort(key=lambda ln: (not ln.named, ln.payee.casefold(), ln.claim.claimed_on,
                               ln.claim.id))
    return ClaimsSheet(programme.title, programme.organisation, today, statuses, lines)


CSV_COLUMNS = ("Payee", "Named", "Group", "For", "Session", "Session date", "Hours",
               "Amount (£)", "Amount (pence)", "Status", "Claimed on", "Approved on", "Paid on",
               "Days waited", "Note")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _iso(on: date | None) -> str:
    return on.isoformat() if on else ""


def to_csv(sheet: ClaimsSheet) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads names with accents), one row per claim."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for line in sheet.lines:
        c = line.claim
        writer.writerow([_cell(v) for v in (
            line.payee, "yes" if line.named else "no", line.group, c.kind.label, line.session,
            _iso(line.session_date), hours_text(c.minutes) if c.minutes is not None else "",
            pounds(c.amount_pence).lstrip("£").replace(",", ""), c.amount_pence,
            c.status.label, _iso(c.claimed_on), _iso(c.approved_on), _iso(c.paid_on),
            line.waited_days, line.note)])
    return out.getvalue().encode("utf-8-sig")
