"""Recognition payments and expenses: the hourly rate, hours per attendance, claims and their
progress from claimed to approved to paid. Every amount is whole pence."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import VENUE_MAX
from coprod_desktop.domain.money import (
    EXPENSES,
    MAX_MINUTES,
    MAX_RATE_PENCE,
    ClaimKind,
    ClaimStatus,
    parse_pounds,
    pounds,
    recognition_pence,
)
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.payments_reader import PaymentsReader


class PaymentService(Service):
    @property
    def pay(self) -> PaymentsReader:
        return PaymentsReader(self.ctx.db)

    def today(self) -> date:
        return self.ctx.clock.now().astimezone().date()

    # --- the rate and each attendance ---------------------------------------------------------

    def set_rate(self, amount: int | str) -> ChangeSet:
        """The hourly rate. Time claims not yet approved are re-priced; others keep their amount."""
        pence = parse_pounds(amount, N_("The hourly rate"), field="rate", most=MAX_RATE_PENCE,
                             allow_zero=True)
        programme = self.read.programme()
        with self.ctx.change(Said.of(N_("Set the hourly rate to %(amount)s"), amount=pounds(pence))) as unit:
            unit.update("programme", programme.id, pay_rate_pence=pence)
            for claim in self.pay.claims(statuses=(ClaimStatus.CLAIMED,)):
                if claim.kind is ClaimKind.RECOGNITION and claim.minutes is not None:
                    unit.update("claim", claim.id,
                                amount_pence=recognition_pence(pence, claim.minutes))
        return self.done(unit)

    def set_attendance(self, session_id: int, attendee_id: int, *,
                       minutes: int | str | None = "keep",
                       payment: bool | str | None = "keep") -> ChangeSet:
        """Hours (in minutes) and whether a payment applies, set by hand; None goes back to the
        rule. A time claim not yet approved follows; an approved or paid one is left alone."""
        person = self.read.attendee(attendee_id)
        found = list(self.ctx.db.query(
            "SELECT * FROM attendance WHERE session_id = ? AND attendee_id = ?",
            [session_id, attendee_id]))
        if not found:
            raise ValidationError(Said.of(N_("%(name)s did not come to this session."), name=person.name))
        fields: dict[str, object] = {}
        if minutes != "keep":
            if minutes is not None and (not isinstance(minutes, int) or isinstance(minutes, bool)
                                        or not 0 <= minutes <= MAX_MINUTES):
                raise ValidationError(N_("Hours must be between 0 and 12."), field="minutes")
            fields["minutes"] = minutes
        if payment != "keep":
            fields["payment"] = None if payment is None else int(bool(payment))
        with self.ctx.change(Said.of(N_("Change %(name)s's hours or payment"), name=person.name),
                             session_id=session_id) as unit:
            unit.update("attendance", found[0]["id"], **fields)
            self._follow(unit, session_id, attendee_id)
        return self.done(unit)

    def _follow(self, unit: UnitOfWork, session_id: int, attendee_id: int) -> None:
        claim = self.pay.recognition_for(session_id, attendee_id)
        if claim is None or claim.status is not ClaimStatus.CLAIMED:
            return
        line = next(a for a in self.pay.attendance_pay(session_id) if a.person.id == attendee_id)
        if not line.payment or line.minutes == 0:
            unit.delete("claim", claim.id)
        else:
            unit.update("claim", claim.id, minutes=line.minutes,
                        amount_pence=line.amount(self.pay.rate()))

    def add_time_claims(self, session_id: int) -> ChangeSet:
        """A time claim for everyone at the session to whom a payment applies (once each)."""
        session = self.read.session(session_id)
        rate = self.pay.rate()
        if rate == 0:
            raise ValidationError(N_("Set an hourly rate first (in the Payments panel)."),
                                  field="rate")
        with self.ctx.change(Said.of(N_("Add time payments for ‘%(title)s’"), title=session.title),
                             session_id=session_id) as unit:
            for line in self.pay.attendance_pay(session_id):
                if (not line.payment or line.recognition is not None or line.minutes == 0
                        or line.person.erased):
                    continue
                unit.insert("claim", {
                    "attendee_id": line.person.id, "session_ref": session_id,
                    "kind": ClaimKind.RECOGNITION.value, "minutes": line.minutes,
                    "amount_pence": line.amount(rate), "status": ClaimStatus.CLAIMED.value,
                    "claimed_on": session.date.isoformat(), "note": "",
                    "created_at": self.ctx.now()})
        return self.done(unit)

    # --- expense claims -----------------------------------------------------------------------

    def add_claim(self, attendee_id: int, kind: ClaimKind | str, amount: int | str, *,
                  session_id: int | None = None, claimed_on: date | str | None = None,
                  note: str = "") -> ChangeSet:
        """A travel or childcare claim. `new_id` is the claim's id."""
        person = self.read.attendee(attendee_id)
        if person.erased:
            raise ValidationError(N_("This person's details have been erased."))
        try:
            what = ClaimKind(kind)
        except ValueError:
            raise ValidationError(N_("Please choose travel or childcare."), field="kind") from None
        if what not in EXPENSES:
            raise ValidationError(N_("Time payments come from the hours at a session; add them with “Add "
                                     "time payments”."), field="kind")
        pence = parse_pounds(amount, f"The {what.label.lower()} claim")
        on = self._claim_day(claimed_on, session_id)
        words = validate.text(note, N_("The note"), VENUE_MAX, field="note", required=False)
        key = {ClaimKind.RECOGNITION: N_("Add a time (recognition payment) claim of %(amount)s "
                                        "for %(name)s"),
               ClaimKind.TRAVEL: N_("Add a travel claim of %(amount)s for %(name)s"),
               ClaimKind.CHILDCARE: N_("Add a childcare claim of %(amount)s for %(name)s")}[what]
        said = Said.of(key, amount=pounds(pence), name=person.name)
        with self.ctx.change(said, session_id=session_id) as unit:
            unit.new_id = unit.insert("claim", {
                "attendee_id": attendee_id, "session_ref": session_id, "kind": what.value,
                "amount_pence": pence, "minutes": None, "status": ClaimStatus.CLAIMED.value,
                "claimed_on": on.isoformat(), "note": words, "created_at": self.ctx.now()})
        return self.done(unit)

    def _claim_day(self, claimed_on: date | str | None, session_id: int | None) -> date:
        if session_id is not None:
            session = self.read.session(session_id)
            on = validate.iso_date(claimed_on, N_("The claim date")) if claimed_on else session.date
        else:
            on = validate.iso_date(claimed_on, N_("The claim date")) if claimed_on else self.today()
        if on > self.today():
            raise ValidationError(N_("A claim cannot be dated in the future."), field="claimed_on")
        return on

    def change_amount(self, claim_id: int, amount: int | str) -> ChangeSet:
        claim = self.pay.claim(claim_id)
        if claim.status is not ClaimStatus.CLAIMED:
            raise ValidationError(
                N_("This claim is already paid; its amount can no longer change.")
                if claim.status is ClaimStatus.PAID else
                N_("This claim is already approved; its amount can no longer change."),
                field="amount")
        pence = parse_pounds(amount, N_("The amount"))
        with self.ctx.change(Said.of(N_("Change a claim to %(amount)s"), amount=pounds(pence))) as unit:
            unit.update("claim", claim_id, amount_pence=pence)
        return self.done(unit)

    # --- progress -----------------------------------------------------------------------------

    def approve(self, claim_ids: Iterable[int], on: date | str | None = None) -> ChangeSet:
        return self._move(list(claim_ids), ClaimStatus.APPROVED, on)

    def mark_paid(self, claim_ids: Iterable[int], on: date | str | None = None) -> ChangeSet:
        """Paid; a claim not yet approved is approved the same day."""
        return self._move(list(claim_ids), ClaimStatus.PAID, on)

    def _move(self, claim_ids: list[int], to: ClaimStatus, on: date | str | None) -> ChangeSet:
        if not claim_ids:
            raise ValidationError(N_("Choose one or more claims first."))
        day = validate.iso_date(on, N_("The date")) if on else self.today()
        if day > self.today():
            raise ValidationError(N_("That date is in the future."), field="date")
        claims = [self.pay.claim(i) for i in claim_ids]
        for claim in claims:
            if claim.status is to or claim.status is ClaimStatus.PAID:
                key = (N_("A claim of %(amount)s is already paid.")
                       if claim.status is ClaimStatus.PAID else
                       N_("A claim of %(amount)s is already approved."))
                raise ValidationError(Said.of(key, amount=pounds(claim.amount_pence)))
            if day < claim.claimed_on:
                raise ValidationError(N_("That date is before the claim was made."), field="date")
        total = pounds(sum(c.amount_pence for c in claims))
        forms = Nn_("Approve: %(n)s claim, %(total)s", "Approve: %(n)s claims, %(total)s") \
            if to is ClaimStatus.APPROVED else \
            Nn_("Mark paid: %(n)s claim, %(total)s", "Mark paid: %(n)s claims, %(total)s")
        with self.ctx.change(Said.counted(forms, len(claims), total=total)) as unit:
            for claim in claims:
                fields: dict[str, object] = {"status": to.value}
                if claim.approved_on is None:
                    fields["approved_on"] = day.isoformat()
                if to is ClaimStatus.PAID:
                    fields["paid_on"] = day.isoformat()
                unit.update("claim", claim.id, **fields)
        return self.done(unit)

    def delete_claim(self, claim_id: int) -> ChangeSet:
        claim = self.pay.claim(claim_id)
        if claim.status is ClaimStatus.PAID:
            raise ValidationError(N_("A paid claim is the record of money paid, so it stays."))
        said = Said.of(N_("Delete a claim of %(amount)s"), amount=pounds(claim.amount_pence))
        with self.ctx.change(said) as unit:
            unit.delete("claim", claim_id)
        return self.done(unit)
