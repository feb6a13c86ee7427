"""Demo people data: a privacy notice and retention date, payments and claims in every state,
consent given, changed and withdrawn (in person, on paper and from phones), two people merged after
signing in again from their phones, and a record of exports.

Dates follow the programme: the discovery workshop on 15 September 2026, meetings every two
weeks, and "today" on 20 November 2026, before the next meeting.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.money import ClaimKind, ClaimStatus
from coprod_desktop.domain.privacy import PrivacyNotice
from coprod_desktop.domain.records import Attendee, Consent, Session, WordsUse
from coprod_desktop.services import Services
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.phone_reader import PhoneReader

TODAY = datetime.fromisoformat("2026-11-20T10:00:00+00:00")
PAID_GROUPS = (Group.PARENT_CARER, Group.YOUNG_PERSON, Group.VOLUNTARY, Group.OTHER)
PAID_AFTER_DAYS = {0: 12, 1: 16}  # session index: days after it that its claims were paid


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    services.privacy.set_notice(PrivacyNotice(
        holder="Ashbrook Parent Carer Forum, on the facilitator's laptop. The council and the "
               "NHS only ever see what is shared without names.",
        contact="Ask the facilitator, or email privacy@ashbrook-pcf.example (Dee Marsh, our "
                "data lead)."))
    services.privacy.set_retention("2027-06-30")
    services.payments.set_rate("15.00")
    sessions = [s for s in services.read.sessions() if services.read.attendance(s.id)]
    people = [p for p in services.read.attendees() if not p.erased]
    _payment_forms(services, clock, rng, people, sessions[0].date)
    _changes_of_mind(services, clock, rng, people)
    _phones_then_merge(services, clock, sessions, people)
    clock.set(max(clock.now(), TODAY))
    _claims(services, clock, rng, [s.id for s in services.read.sessions()
                                   if services.read.attendance(s.id)])
    _exports(services, clock)
    clock.set(TODAY)


def _at(clock: FakeClock, day: date, hh_mm: str) -> None:
    clock.set(datetime.fromisoformat(f"{day.isoformat()}T{hh_mm}:00+00:00"))


def _payment_forms(services: Services, clock: FakeClock, rng: random.Random,
                   people: list[Attendee], first_day: date) -> None:
    """At the workshop most parents, young people and volunteers hand in a payment form."""
    _at(clock, first_day, "12:40")
    for person in people:
        if person.group in PAID_GROUPS and rng.random() < 0.7:
            clock.advance(20)
            services.people.set_consent(
                person.id, Consent(**{**_fields(person.consent), "paid": True}),
                contact_details=person.contact_details, access_needs=person.access_needs,
                via="paper", note="Payment form handed in")


def _fields(consent: Consent) -> dict[str, object]:
    return {"name_in_handouts": consent.name_in_handouts, "photos": consent.photos,
            "contact": consent.contact, "words": consent.words, "paid": consent.paid}


def _phones_then_merge(services: Services, clock: FakeClock, sessions: list[Session],
                       people: list[Attendee]) -> None:
    """Two regulars sign in from their phones at team meeting 4 as if new, giving the same
    choices as before (now on record as given by phone); the facilitator merges each second record
    into the first, across sessions."""
    meeting = next((s for s in sessions if s.title.startswith("Team meeting 4")), sessions[-1])
    here = {a.attendee_id for a in services.read.attendance(meeting.id)}
    regulars = [p for p in people if p.id not in here and p.group is Group.PARENT_CARER][:2]
    _at(clock, meeting.date, "18:04")
    services.phones.open_sign_in(meeting.id)
    token = PhoneReader(services.file.db).room(meeting.id).token  # type: ignore[union-attr]
    for n, person in enumerate(regulars):
        clock.advance(90)
        now = services.read.attendee(person.id)
        again = services.phones.sign_in(token, f"demo-phone-{n}-{'x' * 24}", name=now.name,
                                        group=now.group.value, consent=now.consent,
                                        contact_details=now.contact_details)
        clock.advance(600)
        services.merge.merge_attendees(person.id, int(again.new_id or 0))
    services.phones.close_sign_in(meeting.id)


def _changes_of_mind(services: Services, clock: FakeClock, rng: random.Random,
                     people: list[Attendee]) -> None:
    """One clear withdrawal, a change of words, and new contact details."""
    _at(clock, date(2026, 10, 27), "19:35")
    current = [services.read.attendee(p.id) for p in people]
    willing = [p for p in current if p.consent.name_in_handouts or p.consent.photos]
    marcia = next((p for p in willing if p.name == "Marcia Campbell"), willing[0])
    services.people.set_consent(
        marcia.id, Consent(**{**_fields(marcia.consent), "name_in_handouts": False,
                              "photos": False}),
        contact_details=marcia.contact_details, access_needs=marcia.access_needs,
        note="Asked after team meeting 3 to be left out of handouts and photos from now on")
    _at(clock, date(2026, 11, 3), "20:10")
    named = [p for p in people if p.consent.words is WordsUse.NAMED and p.name != marcia.name]
    if named:
        who = services.read.attendee(rng.choice(named).id)
        services.people.set_consent(
            who.id, Consent(**{**_fields(who.consent), "words": WordsUse.ANONYMOUS}),
            contact_details=who.contact_details, access_needs=who.access_needs,
            note="Happy to share their story, but without their name")
    contactable = [p for p in people if p.consent.contact and p.name != marcia.name]
    if contactable:
        who = services.read.attendee(contactable[0].id)
        services.people.set_consent(who.id, who.consent, contact_details="07700 900777",
                                    access_needs=who.access_needs, via="paper",
                                    note="New phone number on the sign-in sheet")


def _claims(services: Services, clock: FakeClock, rng: random.Random,
            session_ids: list[int]) -> None:
    """Time payments for every session held; travel and childcare claims; some approved, some
    paid, the latest still waiting, and one childcare claim left waiting far too long."""
    pay, reader = services.payments, PaymentsReader(services.file.db)
    for sid in session_ids:
        pay.add_time_claims(sid)
    for index, sid in enumerate(session_ids):
        session = services.read.session(sid)
        present = [a.attendee_id for a in services.read.attendance(sid)]
        agreed = [p for p in present if services.read.attendee(p).consent.paid]
        for n, person in enumerate(rng.sample(agreed, min(len(agreed), 3))):
            kind = ClaimKind.CHILDCARE if n == 1 else ClaimKind.TRAVEL  # each kind in each state
            amount = rng.choice(["4.80", "6.20", "9.50", "12.00"]) if kind is ClaimKind.TRAVEL \
                else rng.choice(["18.00", "24.00", "30.00"])
            pay.add_claim(person, kind, amount, session_id=sid,
                          note="Bus, return" if kind is ClaimKind.TRAVEL else "Childminder")
        claims = [c.id for c in reader.claims() if c.session_id == sid]
        if index in PAID_AFTER_DAYS:
            on = session.date + timedelta(days=PAID_AFTER_DAYS[index])
            pay.approve(claims, on=on - timedelta(days=5))
            pay.mark_paid(claims, on=on)
        elif index == 2:
            pay.approve(claims, on=session.date + timedelta(days=9))
            late = [c for c in reader.claims() if c.session_id == sid
                    and c.kind is ClaimKind.CHILDCARE]
            paid_now = [c for c in claims if not late or c != late[0].id]
            pay.mark_paid(paid_now, on=session.date + timedelta(days=20))
        elif index == 3:
            pay.approve(claims, on=session.date + timedelta(days=8))
    waiting = reader.claims(statuses=(ClaimStatus.CLAIMED,))
    if waiting:  # one very late: a claim from the second meeting that nobody has looked at
        old = services.read.sessions()[2]
        agreed = [a.attendee_id for a in services.read.attendance(old.id)
                  if services.read.attendee(a.attendee_id).consent.paid]
        if agreed:
            pay.add_claim(agreed[0], ClaimKind.CHILDCARE, "36.00", session_id=old.id,
                          note="Sitter for the evening, receipt in the blue folder")


def _exports(services: Services, clock: FakeClock) -> None:
    for day, what, fmt, target, names in (
            ("2026-09-16T09:10", "Session handout", "pdf",
             "Documents/Ashbrook/Discovery workshop handout.pdf", True),
            ("2026-10-30T14:00", "Claims sheet: Claims paid", "csv",
             "Documents/Ashbrook/claims paid October.csv", True),
            ("2026-11-04T09:30", "Copy of the programme", "copy",
             "USB stick/Ashbrook backup.coprod", True)):
        clock.set(datetime.fromisoformat(f"{day}:00+00:00"))
        services.exports.record(what, fmt, target, held_names=names)
