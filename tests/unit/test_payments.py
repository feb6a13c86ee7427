"""Recognition payments and expenses: pence only, refusals in plain words, claims moving from
claimed to approved to paid with dates, totals, and how long each claim has waited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.money import (
    ClaimKind,
    ClaimStatus,
    ageing,
    hours_text,
    parse_pounds,
    pounds,
    recognition_pence,
    totals,
)
from coprod_desktop.domain.records import Consent
from coprod_desktop.services import Services
from coprod_desktop.store.payments_reader import PaymentsReader


@pytest.mark.parametrize(("typed", "pence"), [
    ("12.50", 1250), ("£12.50", 1250), (" £ 3 ", 300), ("1,234.5", 123450), ("0.10", 10),
    ("7", 700), (499, 499)])
def test_amounts_are_read_as_whole_pence(typed: object, pence: int) -> None:
    got = parse_pounds(typed, most=10**7)
    assert got == pence and type(got) is int


@pytest.mark.parametrize(("typed", "reason"), [
    ("-5", "less than nothing"), ("", "empty"), ("12.345", "two figures"), ("twelve", "pounds"),
    ("0", "£0.00"), ("500.01", "most this allows is £500.00"), ("1e3", "pounds"),
    ("NaN", "pounds"), (True, "amount in pounds"), (-1, "less than nothing")])
def test_bad_amounts_are_refused(typed: object, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_pounds(typed)


def test_money_reads_in_pounds_and_adds_up_exactly() -> None:
    assert pounds(123450) == "£1,234.50" and pounds(5) == "£0.05" and pounds(0) == "£0.00"
    assert pounds(parse_pounds("0.10") + parse_pounds("0.20")) == "£0.30"
    assert recognition_pence(1500, 90) == 2250  # £15 an hour for an hour and a half
    assert recognition_pence(1000, 50) == 833  # £8.333… rounds to £8.33
    assert recognition_pence(1001, 30) == 501  # £5.005 rounds half up
    assert hours_text(90) == "1.5" and hours_text(120) == "2" and hours_text(45) == "0.75"


def _programme(services: Services, session_id: int) -> dict[str, int]:
    people = services.people
    ids = {}
    for key, name, group, paid in (("amira", "Amira", "parent_carer", True),
                                   ("ben", "Ben", "young_person", True),
                                   ("cara", "Cara", "staff", False)):
        ids[key] = int(people.sign_in_attendee(session_id, name=name, group=group).new_id or 0)
        people.set_consent(ids[key], Consent(paid=paid))
    return ids


def test_rate_hours_and_time_claims(services: Services, session_id: int, clock) -> None:
    ids = _programme(services, session_id)
    pay = services.payments
    with pytest.raises(ValidationError, match="hourly rate first"):
        pay.add_time_claims(session_id)
    with pytest.raises(ValidationError, match=r"most this allows is £100\.00"):
        pay.set_rate("250")
    pay.set_rate("£15")
    reader = PaymentsReader(services.file.db)
    lines = {a.person.name: a for a in reader.attendance_pay(session_id)}
    assert lines["Amira"].minutes == 180 and lines["Amira"].payment  # a 3-hour workshop
    assert not lines["Cara"].payment  # did not agree to be paid
    clock.advance(3600)
    services.people.sign_out_attendee(session_id, ids["ben"])  # left after an hour
    pay.set_attendance(session_id, ids["cara"], payment=True, minutes=120)
    pay.add_time_claims(session_id)
    pay.add_time_claims(session_id)  # a second time adds nothing
    claims = {c.attendee_id: c for c in reader.claims()}
    assert {k: claims[ids[k]].amount_pence for k in ids} == {"amira": 4500, "ben": 1500,
                                                             "cara": 3000}
    assert claims[ids["amira"]].claimed_on == date(2026, 3, 3)
    # Re-pricing follows the rate and the hours while a claim is only claimed.
    pay.approve([claims[ids["amira"]].id])
    pay.set_rate("16.00")
    pay.set_attendance(session_id, ids["ben"], minutes=90)
    claims = {c.attendee_id: c for c in reader.claims()}
    assert claims[ids["amira"]].amount_pence == 4500  # approved: stays
    assert claims[ids["ben"]].amount_pence == 2400 and claims[ids["ben"]].minutes == 90
    pay.set_attendance(session_id, ids["ben"], payment=False)
    assert ids["ben"] not in {c.attendee_id for c in reader.claims()}
    with pytest.raises(ValidationError, match="between 0 and 12"):
        pay.set_attendance(session_id, ids["ben"], minutes=13 * 60)


def test_expense_claims_are_checked(services: Services, session_id: int, clock) -> None:
    ids = _programme(services, session_id)
    pay = services.payments
    for amount, reason in (("-3.20", "less than nothing"), ("0", "£0.00"),
                           ("650", "£500.00"), ("4.505", "two figures")):
        with pytest.raises(ValidationError, match=reason):
            pay.add_claim(ids["amira"], "travel", amount, session_id=session_id)
    with pytest.raises(ValidationError, match="travel or childcare"):
        pay.add_claim(ids["amira"], "lunch", "5")
    with pytest.raises(ValidationError, match="future"):
        pay.add_claim(ids["amira"], "travel", "5", claimed_on="2026-04-01")
    claim = int(pay.add_claim(ids["amira"], ClaimKind.CHILDCARE, "£24.00",
                              session_id=session_id, note="Two hours").new_id or 0)
    assert PaymentsReader(services.file.db).claim(claim).amount_pence == 2400
    pay.mark_paid([claim])
    with pytest.raises(ValidationError, match="stays"):
        pay.delete_claim(claim)
    with pytest.raises(ValidationError, match="already paid"):
        pay.approve([claim])
    with pytest.raises(ValidationError, match="no longer change"):
        pay.change_amount(claim, "30")


def test_totals_and_how_long_claims_wait(services: Services, session_id: int, clock) -> None:
    ids = _programme(services, session_id)
    pay = services.payments
    reader = PaymentsReader(services.file.db)
    travel = int(pay.add_claim(ids["amira"], "travel", "12.40", session_id=session_id)
                 .new_id or 0)
    care = int(pay.add_claim(ids["ben"], "childcare", "30", session_id=session_id).new_id or 0)
    late = int(pay.add_claim(ids["amira"], "travel", "3.10", session_id=session_id)
               .new_id or 0)
    clock.set(datetime(2026, 3, 13, 10, 0, tzinfo=UTC))
    change = pay.approve([travel, care])
    assert change.revision_id is not None and "£42.40" in change.label
    clock.set(clock.now() + timedelta(days=7))  # 20 March
    paid = pay.mark_paid([care])
    clock.set(datetime(2026, 4, 10, 10, 0, tzinfo=UTC))
    claims = {c.id: c for c in reader.claims()}
    today = clock.now().date()
    assert claims[care].status is ClaimStatus.PAID and claims[care].paid_on == date(2026, 3, 20)
    assert claims[care].approved_on == date(2026, 3, 13)
    assert claims[care].waited_days(today) == 17  # stopped when it was paid
    assert claims[travel].waited_days(today) == 38 and claims[late].waited_days(today) == 38
    assert totals(list(claims.values())) == {ClaimStatus.CLAIMED: 310,
                                             ClaimStatus.APPROVED: 1240,
                                             ClaimStatus.PAID: 3000}
    assert ageing(list(claims.values()), today) == {"Under 2 weeks": 0, "2 to 4 weeks": 0,
                                                    "Over 4 weeks": 1550}
    owed = reader.owed_by_person()
    assert [(o.person.name, o.owed_pence, o.oldest_days(today)) for o in owed] == [
        ("Amira", 1550, 38)]
    with pytest.raises(ValidationError, match="before the claim"):
        pay.mark_paid([late], on="2026-03-01")
    with pytest.raises(ConflictError, match="changed again"):
        services.history.undo(change.revision_id)  # the childcare claim was paid since
    services.history.undo(paid.revision_id or 0)
    services.history.undo(change.revision_id)
    assert reader.claim(travel).status is ClaimStatus.CLAIMED
