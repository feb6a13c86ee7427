"""The claims sheet for the finance team: who is owed what, for what, and how long it has waited.

Only people who agreed to be paid are named; anyone else is "Person 14 (parent or carer)", the
number they have in every export of the programme, and their claim notes are left out (a note like
"bus from Elm Street" could point to them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.money import OWED, Claim, ClaimStatus, hours_text, pounds
from coprod_desktop.domain.records import Attendee
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export import consent, tables
from coprod_desktop.i18n import N_
from coprod_desktop.store.database import Queries
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.reader import Reader


def payee(person: Attendee) -> str:
    """The name if they agreed to be paid (so named to finance), else their number and group."""
    if person.consent.paid and not person.erased:
        return person.name
    return consent.pseudonym(person)


@dataclass(frozen=True)
class SheetLine:
    claim: Claim
    payee: str
    named: bool
    group: str
    session: str
    session_date: date | None
    waited_days: int
    number: int = 0  # the person's number in this programme
    group_of: Group = Group.OTHER

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
    language: str = ""  # the programme's handout language: the PDF's ("" English)

    @property
    def held_names(self) -> bool:
        return any(line.named for line in self.lines)

    @property
    def total_pence(self) -> int:
        return sum(line.claim.amount_pence for line in self.lines)

    @property
    def scope(self) -> str:
        """Which claims, in English words (the catalogue's key: the PDF translates it)."""
        if self.statuses == OWED:
            return N_("Claims not yet paid")
        if self.statuses == (ClaimStatus.PAID,):
            return N_("Claims paid")
        return N_("All claims")


def claims_sheet(db: Queries, today: date,
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
            waited_days=claim.waited_days(today), number=person.id, group_of=person.group))
    lines.sort(key=lambda ln: (not ln.named, ln.payee.casefold(), ln.claim.claimed_on,
                               ln.claim.id))
    return ClaimsSheet(programme.title, programme.organisation, today, statuses, lines,
                       reader.setting(HANDOUT_LANGUAGE))


def _iso(on: date | None) -> str | None:
    return on.isoformat() if on else None


def _row(line: SheetLine) -> dict[str, object]:
    c = line.claim
    return {"Payee": line.payee, "Named": line.named, "Group": line.group, "For": c.kind.label,
            "Session": line.session, "Session date": _iso(line.session_date),
            "Hours": hours_text(c.minutes) if c.minutes is not None else None,
            "Amount (£)": pounds(c.amount_pence).lstrip("£").replace(",", ""),
            "Amount (pence)": c.amount_pence, "Status": c.status.label,
            "Claimed on": _iso(c.claimed_on), "Approved on": _iso(c.approved_on),
            "Paid on": _iso(c.paid_on), "Days waited": line.waited_days, "Note": line.note}


CLAIMS_TABLE = tables.Table(
    "claims", "Claims for payment, one row per claim, for the finance team.", (
        tables.Column("Payee", "Their name if they agreed to be paid, else 'Person 14 (group)'."),
        tables.Column("Named", "Whether they agreed to be paid and named: yes or no."),
        tables.Column("Group", "The group they came with."),
        tables.Column("For", "Time (recognition payment), Travel or Childcare."),
        tables.Column("Session", "The session it is for (empty if none)."),
        tables.Column("Session date", "YYYY-MM-DD."),
        tables.Column("Hours", "For time: the hours paid for."),
        tables.Column("Amount (£)", "Pounds and pence, e.g. 22.50."),
        tables.Column("Amount (pence)", "The same in whole pence."),
        tables.Column("Status", "Claimed, Approved or Paid."),
        tables.Column("Claimed on", "YYYY-MM-DD."),
        tables.Column("Approved on", "YYYY-MM-DD (empty until approved)."),
        tables.Column("Paid on", "YYYY-MM-DD (empty until paid)."),
        tables.Column("Days waited", "From the claim to today, or to the day it was paid."),
        tables.Column("Note", "The claim's note (only for people who are named)."),
    ), lambda _reader: [])


def to_csv(sheet: ClaimsSheet) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads names with accents), one row per claim;
    text that a spreadsheet would run as a formula is kept as text (see export.tables)."""
    return tables.to_csv(CLAIMS_TABLE, [_row(line) for line in sheet.lines])
