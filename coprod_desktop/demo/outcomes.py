"""The demo's closing of the loop: venues, equalities answers and the borough's reference,
outcomes for what families raised (one the group can't do, with why), and an invitation list.

Written through the services with the clock at each meeting, as a facilitator's clicks would.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo import content
from coprod_desktop.domain.equalities import QUESTIONS
from coprod_desktop.domain.outcomes import LinkKind, OutcomeStatus, SourceKind
from coprod_desktop.services import Services

VENUES = (  # the names the sessions already carry, so every date and place stays as it was
    ("Ashbrook Central Library, Community Room", "Ashbrook town centre", "library"),
    ("St Anne's Church Hall, Ashbrook", "Ashbrook north", "faith"),
    ("Eastfield Primary School", "Eastfield", "school"),
)

# The borough's profile for the same categories (made-up figures for a made-up borough).
REFERENCE = {
    ("age", "under_16"): 21, ("age", "16_24"): 11, ("age", "25_34"): 15, ("age", "35_49"): 20,
    ("age", "50_64"): 18, ("age", "65_plus"): 15,
    ("gender", "woman"): 51, ("gender", "man"): 48.5, ("gender", "non_binary"): 0.3,
    ("gender", "another"): 0.2,
    ("ethnicity", "asian"): 14, ("ethnicity", "black"): 9, ("ethnicity", "mixed"): 4,
    ("ethnicity", "white"): 70, ("ethnicity", "other"): 3,
    ("disabled", "yes"): 18, ("disabled", "no"): 82,
    ("carer", "yes"): 8, ("carer", "no"): 92,
}
REFERENCE_SOURCE = "Ashbrook borough profile (Census 2021)"

# How likely each answer is among the people who come (weights; "" skips the question).
WEIGHTS = {
    "age": {"under_16": 1, "16_24": 2, "25_34": 6, "35_49": 12, "50_64": 4, "65_plus": 1, "": 2},
    "gender": {"woman": 14, "man": 5, "non_binary": 1, "prefer_not": 1, "": 2},
    "ethnicity": {"asian": 3, "black": 1, "mixed": 1, "white": 16, "other": 1,
                  "prefer_not": 1, "": 2},
    "disabled": {"yes": 5, "no": 14, "prefer_not": 2, "": 2},
    "carer": {"yes": 15, "no": 5, "prefer_not": 1, "": 2},
}

INVITED_NEVER_CAME = (("Shazia Begum", "parent_carer"), ("Mr D. Kowalczyk", "parent_carer"),
                      ("Harbinder Gill", "parent_carer"), ("Tyrone Clarke", "young_person"),
                      ("Eastfield Family Hub", "voluntary"))


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    meetings = {s.date.isoformat(): s.id for s in services.read.sessions()}
    _venues(services, meetings)
    _answers(services, rng, meetings)
    _at(clock, "2026-11-10", "19:35")
    services.reach.set_reference(REFERENCE, source=REFERENCE_SOURCE)
    _outcomes(services, clock, meetings)
    _invitations(services)


def _at(clock: FakeClock, day: str, hhmm: str) -> None:
    local = datetime.fromisoformat(f"{day}T{hhmm}:00")
    offset = 1 if day < "2026-10-25" else 0
    clock.set(local.replace(tzinfo=UTC).replace(hour=local.hour - offset))


def _venues(services: Services, meetings: dict[str, int]) -> None:
    ids = {}
    for name, area, kind in VENUES:
        ids[name] = services.reach.add_venue(name, area, kind).new_id
    for session in services.read.sessions():
        if session.venue in ids:
            services.reach.set_session_venue(session.id, ids[session.venue])


def _answers(services: Services, rng: random.Random, meetings: dict[str, int]) -> None:
    """About two in three of those who came answered; some skipped a question or two."""
    for day, session_id in sorted(meetings.items()):
        if day > "2026-11-10":
            continue
        for _person in services.read.attendance(session_id):
            if rng.random() > 0.65:
                continue
            answers = {}
            for question in QUESTIONS:
                weights = WEIGHTS[question.key]
                answers[question.key] = rng.choices(list(weights), list(weights.values()))[0]
            if any(answers.values()):
                services.reach.record_hand_answers(session_id, answers)


def _note(services: Services, session_id: int, starts: str) -> int:
    return next(n.id for n in services.read.notes(session_id)
                if n.text.startswith(starts) and not n.held_back and n.story_id is None)


def _outcomes(services: Services, clock: FakeClock, meetings: dict[str, int]) -> None:
    out = services.outcomes
    discovery, m1, m2, m3, day50, m4 = (meetings[d] for d in (
        "2026-09-15", "2026-09-29", "2026-10-13", "2026-10-27", "2026-11-03", "2026-11-10"))
    actions = {a["what"][:30]: a["id"] for a in services.ctx.db.query("SELECT id, what FROM action")}
    tests = {t["title"][:30]: t["id"] for t in services.ctx.db.query(
        "SELECT id, title FROM rapid_test")}

    def action(starts: str) -> int:
        return next(v for k, v in actions.items() if k.startswith(starts[:30]))

    def test(starts: str) -> int:
        return next(v for k, v in tests.items() if k.startswith(starts[:30]))

    _at(clock, "2026-09-29", "19:20")
    where = out.come_back_to(SourceKind.NOTE, _note(services, discovery, "Nobody tells you"),
                             meeting_id=m1).new_id
    ring = out.come_back_to(SourceKind.NOTE, _note(services, discovery, "Would help to have"),
                            meeting_id=m1).new_id
    letters = out.come_back_to(SourceKind.NOTE, _note(services, discovery, "Letters go to"),
                               meeting_id=m1).new_id
    gp = out.come_back_to(SourceKind.NOTE, _note(services, discovery, "GP didn't know"),
                          meeting_id=m1).new_id
    training = out.come_back_to(SourceKind.NOTE, _note(services, discovery, "Staff training"),
                                meeting_id=m1).new_id
    lunch = out.come_back_to(SourceKind.NOTE, _note(services, discovery, "Lunchtimes"),
                             meeting_id=m1).new_id
    school = out.come_back_to(SourceKind.CLUSTER, 2, meeting_id=m1).new_id
    focus = out.come_back_to(SourceKind.POLL, 1, meeting_id=m1).new_id
    story = out.come_back_to(SourceKind.STORY, 1, meeting_id=m1,
                             said="Letters that never arrive, so families miss appointments").new_id
    out.come_back_to(SourceKind.STORY, 3, meeting_id=m1,
                     said="Waiting hours in A&E with an autistic child in crisis")
    out.set_outcome(focus, OutcomeStatus.DONE, meeting_id=m1, what_happened=(
        "Waiting for an assessment became the focus of the whole 100 days."))
    _at(clock, "2026-10-13", "19:20")
    out.set_outcome(ring, OutcomeStatus.DOING, meeting_id=m2, what_happened=(
        "Two parents are ringing six families each month as a rapid test."))
    out.link(ring, LinkKind.RAPID_TEST, test("A monthly phone call"))
    out.carry_forward([where, letters, gp, training, lunch, school, story], m2)
    _at(clock, "2026-10-27", "19:20")
    out.set_outcome(letters, OutcomeStatus.DOING, meeting_id=m3, what_happened=(
        "Parents rewrote the waiting-list letter; the clinic is sending it for a month."))
    out.link(letters, LinkKind.RAPID_TEST, test("Waiting-list letter rewritten"))
    out.set_outcome(story, OutcomeStatus.PLANNED, meeting_id=m3, what_happened=(
        "The clinic will check addresses whenever a family rings."))
    _at(clock, "2026-11-03", "19:40")
    out.set_outcome(school, OutcomeStatus.PLANNED, meeting_id=day50, what_happened=(
        "A meeting with the SENCO network in January, planned at the celebration."))
    out.link(school, LinkKind.ACTION, action("Invite the SENCO network"))
    _at(clock, "2026-11-10", "19:20")
    out.set_outcome(where, OutcomeStatus.DONE, meeting_id=m4, what_happened=(
        "The clinic now tells families their place on the list when they ask."))
    out.link(where, LinkKind.ACTION, action("Ask the clinic how families"))
    out.link(where, LinkKind.RAPID_TEST, test("Text updates from the clinic"))
    out.set_outcome(ring, OutcomeStatus.DONE, meeting_id=m4, what_happened=(
        "The monthly call worked; the group chose to keep it going."))
    out.set_outcome(gp, OutcomeStatus.PASSED, meeting_id=m4,
                    passed_to="Ashbrook Primary Care Network's practice managers",
                    what_happened="They will add referral advice to their next training day.")
    out.link(gp, LinkKind.ACTION, action("Find out what GP practices"))
    out.set_outcome(training, OutcomeStatus.CANT, meeting_id=m4, reason=(
        "Each school sets its own training days, and the council has no money for more this "
        "year. We will ask again when next year's budget is set in April."))
    out.link(training, LinkKind.ACTION, action("Ask schools to start support"))
    out.carry_forward([lunch], m4)


def _invitations(services: Services) -> None:
    lines = ["name,group,contact,contact_ok"]
    for name, group in content.PEOPLE[:14]:
        lines.append(f"\"{name}\",{group},,no")
    for name, group in INVITED_NEVER_CAME:
        lines.append(f"\"{name}\",{group},,no")
    services.invitations.import_list(("\n".join(lines) + "\n").encode(),
                                     source="Ashbrook parent carer forum mailing list")
