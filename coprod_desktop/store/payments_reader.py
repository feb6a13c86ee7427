"""Read-only queries for payments: the rate, claims, each attendance's hours and what is owed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.money import (
    Claim,
    ClaimKind,
    ClaimStatus,
    minutes_stayed,
    payment_applies,
    recognition_pence,
)
from coprod_desktop.domain.records import Attendee
from coprod_desktop.store import rows
from coprod_desktop.store.database import Queries

Row = dict[str, Any]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def claim_row(row: Row) -> Claim:
    return Claim(id=row["id"], attendee_id=row["attendee_id"], session_id=row["session_ref"],
                 kind=ClaimKind(row["kind"]), amount_pence=int(row["amount_pence"]),
                 minutes=row["minutes"], status=ClaimStatus(row["status"]),
                 claimed_on=date.fromisoformat(row["claimed_on"]),
                 approved_on=_day(row["approved_on"]), paid_on=_day(row["paid_on"]),
                 note=row["note"] or "")


@dataclass(frozen=True)
class AttendancePay:
    """One person's attendance at a session, as the Payments panel shows it."""

    attendance_id: int
    person: Attendee
    minutes: int  # what is paid for
    minutes_set: bool  # set by hand (else worked out from the session and sign-out)
    payment: bool
    payment_set: bool
    recognition: Claim | None  # the claim made for it, if any

    def amount(self, rate_pence: int) -> int:
        return recognition_pence(rate_pence, self.minutes) if self.payment else 0


@dataclass(frozen=True)
class PersonOwed:
    person: Attendee
    claims: list[Claim]

    @property
    def owed_pence(self) -> int:
        return sum(c.amount_pence for c in self.claims if c.owed)

    def oldest_days(self, today: date) -> int:
        return max((c.waited_days(today) for c in self.claims if c.owed), default=0)


class PaymentsReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def rate(self) -> int:
        found = list(self.db.query("SELECT pay_rate_pence FROM programme ORDER BY id LIMIT 1"))
        return int(found[0]["pay_rate_pence"] or 0) if found else 0

    def claims(self, *, statuses: tuple[ClaimStatus, ...] | None = None,
               attendee_id: int | None = None) -> list[Claim]:
        """Oldest first."""
        where: list[str] = []
        params: list[object] = []
        if statuses is not None:
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params += [s.value for s in statuses]
        if attendee_id is not None:
            where.append("attendee_id = ?")
            params.append(attendee_id)
        sql = "SELECT * FROM claim" + (f" WHERE {' AND '.join(where)}" if where else "")
        return [claim_row(r) for r in self.db.query(sql + " ORDER BY claimed_on, id", params)]

    def claim(self, claim_id: int) -> Claim:
        found = list(self.db.query("SELECT * FROM claim WHERE id = ?", [claim_id]))
        if not found:
            raise NotFoundError("That claim is no longer in this programme.")
        return claim_row(found[0])

    def recognition_for(self, session_id: int, attendee_id: int) -> Claim | None:
        found = list(self.db.query(
            "SELECT * FROM claim WHERE kind = 'recognition' AND session_ref = ? "
            "AND attendee_id = ? ORDER BY id LIMIT 1", [session_id, attendee_id]))
        return claim_row(found[0]) if found else None

    def attendance_pay(self, session_id: int) -> list[AttendancePay]:
        """Everyone who signed in to the session, in the order they arrived."""
        session = rows.session(next(iter(self.db.query(
            "SELECT * FROM session WHERE id = ?", [session_id]))))
        found = []
        for row in self.db.query(
                "SELECT attendance.id AS attendance_id, attendance.signed_in_at AS arrived, "
                "attendance.signed_out_at AS left_at, attendance.minutes AS set_minutes, "
                "attendance.payment AS set_payment, attendee.* FROM attendance "
                "JOIN attendee ON attendee.id = attendance.attendee_id "
                "WHERE attendance.session_id = ? ORDER BY attendance.signed_in_at, attendance.id",
                [session_id]):
            person = rows.attendee(row)
            att = rows.attendance({"id": row["attendance_id"], "session_id": session_id,
                                   "attendee_id": person.id, "signed_in_at": row["arrived"],
                                   "signed_out_at": row["left_at"], "via": "console",
                                   "minutes": row["set_minutes"], "payment": row["set_payment"]})
            minutes = row["set_minutes"]
            if minutes is None:
                minutes = minutes_stayed(session.length_minutes, att.signed_in_at,
                                         att.signed_out_at)
            explicit = None if row["set_payment"] is None else bool(row["set_payment"])
            found.append(AttendancePay(
                attendance_id=row["attendance_id"], person=person, minutes=int(minutes),
                minutes_set=row["set_minutes"] is not None,
                payment=payment_applies(explicit, person.consent.paid),
                payment_set=explicit is not None,
                recognition=self.recognition_for(session_id, person.id)))
        return found

    def owed_by_person(self) -> list[PersonOwed]:
        """Everyone with a claim not yet paid, most owed first."""
        people = {p.id: p for p in (rows.attendee(r) for r in self.db.query(
            "SELECT * FROM attendee WHERE id IN (SELECT attendee_id FROM claim)"))}
        by_person: dict[int, list[Claim]] = {}
        for claim in self.claims():
            by_person.setdefault(claim.attendee_id, []).append(claim)
        found = [PersonOwed(people[pid], claims) for pid, claims in by_person.items()
                 if any(c.owed for c in claims)]
        found.sort(key=lambda p: (-p.owed_pence, p.person.name.casefold(), p.person.id))
        return found
