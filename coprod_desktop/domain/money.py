"""Money for people's time and costs: whole pence everywhere, pounds only on screen and paper.

Amounts are integers (pence). `Decimal` is used only to read what someone typed ("£12.50"), never
floats, so £0.10 + £0.20 is always £0.30 and totals always add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_, SOURCE, babel_locale, current

MAX_RATE_PENCE = 10_000  # £100 an hour: more is surely a typing slip
MAX_CLAIM_PENCE = 50_000  # £500 for one travel or childcare claim
MAX_MINUTES = 12 * 60  # one attendance
WAIT_WARNING_DAYS = 14  # good practice: pay within two weeks
WAIT_LATE_DAYS = 28  # four weeks: late

_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")


class ClaimKind(StrEnum):
    RECOGNITION = "recognition"
    TRAVEL = "travel"
    CHILDCARE = "childcare"

    @property
    def label(self) -> str:
        return {ClaimKind.RECOGNITION: N_("Time (recognition payment)"),
                ClaimKind.TRAVEL: N_("Travel"), ClaimKind.CHILDCARE: N_("Childcare")}[self]

    @property
    def short(self) -> str:
        return {ClaimKind.RECOGNITION: N_("Time"), ClaimKind.TRAVEL: N_("Travel"),
                ClaimKind.CHILDCARE: N_("Childcare")}[self]


EXPENSES = (ClaimKind.TRAVEL, ClaimKind.CHILDCARE)


class ClaimStatus(StrEnum):
    CLAIMED = "claimed"
    APPROVED = "approved"
    PAID = "paid"

    @property
    def label(self) -> str:
        return {ClaimStatus.CLAIMED: N_("Claimed"), ClaimStatus.APPROVED: N_("Approved"),
                ClaimStatus.PAID: N_("Paid")}[self]


OWED = (ClaimStatus.CLAIMED, ClaimStatus.APPROVED)


def pounds(pence: int) -> str:
    """123450 pence as '£1,234.50' (a minus sign before the £ if ever negative)."""
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(int(pence)), 100)
    return f"{sign}£{whole:,}.{part:02d}"


def pounds_text(pence: int) -> str:
    """An amount as the current language writes it (coprod_desktop.i18n; a PDF's language):
    '£1,234.50' in English, '1 234,50 £' in Polish (the pound written as that language writes an
    amount in a foreign currency), with Babel's digits and separators."""
    from babel.numbers import format_decimal  # Babel's locale data: on first use

    language = babel_locale(current())
    if language == SOURCE:
        return pounds(pence)
    return f"{format_decimal(pence / 100, '#,##0.00', locale=language)} £"


def parse_pounds(text: object, what: str = N_("The amount"), *, field: str = "amount",
                 most: int = MAX_CLAIM_PENCE, allow_zero: bool = False) -> int:
    """Pence from what someone typed: '12.50', '£12.50', '1,234', ' £ 3 '. Refuses with a reason."""
    if isinstance(text, bool):
        raise ValidationError(Said.of(N_("%(what)s should be an amount in pounds, like 12.50."),
                                      what=ours(what)), field=field)
    if isinstance(text, int):
        pence = text
    else:
        raw = str(text or "").strip().replace("£", "").replace(",", "").replace(" ", "")
        if raw.startswith("-"):
            raise ValidationError(Said.of(N_("%(what)s cannot be less than nothing."),
                                          what=ours(what)), field=field)
        if not raw:
            raise ValidationError(Said.of(N_("%(what)s is empty. Please write an amount, like 12.50."),
                                          what=ours(what)),
                                  field=field)
        if not _AMOUNT.match(raw):
            raise ValidationError(Said.of(N_("%(what)s should be pounds and pence, like 12.50 (at most two "
                                             "figures after the point)."), what=ours(what)), field=field)
        try:
            pence = int(Decimal(raw) * 100)
        except InvalidOperation:
            raise ValidationError(Said.of(N_("%(what)s should be an amount in pounds, like 12.50."),
                                          what=ours(what)),
                                  field=field) from None
    if pence < 0:
        raise ValidationError(Said.of(N_("%(what)s cannot be less than nothing."), what=ours(what)),
                              field=field)
    if pence == 0 and not allow_zero:
        raise ValidationError(Said.of(N_("%(what)s is £0.00. Please write the amount."),
                                      what=ours(what)), field=field)
    if pence > most:
        raise ValidationError(Said.of(N_("%(what)s is %(amount)s; the most this allows is %(most)s. "
                                         "Please check it."),
                                      what=ours(what), amount=pounds(pence), most=pounds(most)),
                              field=field)
    return pence


def recognition_pence(rate_pence: int, minutes: int) -> int:
    """Pay for `minutes` at `rate_pence` an hour, to the nearest penny (halves round up)."""
    return (rate_pence * minutes + 30) // 60


def hours_text(minutes: int) -> str:
    """90 -> '1.5', 120 -> '2', 45 -> '0.75'."""
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return str(whole)
    return f"{minutes / 60:.2f}".rstrip("0")


def minutes_stayed(length_minutes: int, signed_in: datetime, signed_out: datetime | None) -> int:
    """The session's planned length; if they signed out early, the time they were there. To the
    nearest quarter hour, never more than planned."""
    if signed_out is None:
        stayed = length_minutes
    else:
        stayed = min(length_minutes, max(0, int((signed_out - signed_in).total_seconds() // 60)))
    return int((stayed + 7) // 15 * 15)


@dataclass(frozen=True)
class Claim:
    id: int
    attendee_id: int
    session_id: int | None
    kind: ClaimKind
    amount_pence: int
    minutes: int | None
    status: ClaimStatus
    claimed_on: date
    approved_on: date | None
    paid_on: date | None
    note: str

    @property
    def owed(self) -> bool:
        return self.status in OWED

    def waited_days(self, today: date) -> int:
        """Days since the claim, up to today or to the day it was paid."""
        end = self.paid_on if self.paid_on is not None else today
        return max(0, (end - self.claimed_on).days)


def totals(claims: list[Claim]) -> dict[ClaimStatus, int]:
    found = dict.fromkeys(ClaimStatus, 0)
    for claim in claims:
        found[claim.status] += claim.amount_pence
    return found


def ageing(claims: list[Claim], today: date) -> dict[str, int]:
    """Pence owed by how long it has waited: under 2 weeks, 2 to 4 weeks, over 4 weeks."""
    found = {N_("Under 2 weeks"): 0, N_("2 to 4 weeks"): 0, N_("Over 4 weeks"): 0}
    for claim in claims:
        if not claim.owed:
            continue
        days = claim.waited_days(today)
        key = ("Under 2 weeks" if days < WAIT_WARNING_DAYS else
               "2 to 4 weeks" if days <= WAIT_LATE_DAYS else "Over 4 weeks")
        found[key] += claim.amount_pence
    return found


def payment_applies(explicit: bool | None, agreed_to_be_paid: bool) -> bool:
    """Set by hand for this attendance, or else: yes if the person agreed to be paid."""
    return agreed_to_be_paid if explicit is None else explicit
