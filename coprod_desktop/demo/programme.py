"""The demo's 100 days so far (to about day 60): calendar, roles, actions and rapid tests.

Written through the services, meeting by meeting, with the clock set to each meeting, so every
date and history row is what a facilitator's clicks would have left.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo import content
from coprod_desktop.domain.actions import ActionStatus
from coprod_desktop.domain.calendar import MilestoneKind
from coprod_desktop.domain.rapid_tests import Decision, TestPlan
from coprod_desktop.domain.roles import Role
from coprod_desktop.services import Services
from coprod_desktop.store.programme_reader import ProgrammeReader

VENUE = "St Anne's Church Hall, Ashbrook"

# Who held the roles at each held meeting: True for a group member, False for the facilitator.
ROLES = {
    "2026-09-29": (False, False, False),
    "2026-10-13": (False, True, False),
    "2026-10-27": (False, True, True),
    "2026-11-03": (True, False, True),
    "2026-11-10": (True, True, True),
}

TESTS = {
    "call": ("A monthly phone call while you wait", TestPlan(
        what="Ring six families on the waiting list once a month, just to check in",
        who="Priya and Claire Fenwick", where="By phone, evenings", when="October and November",
        measure="Families tell us they feel less alone; fewer calls chasing the clinic")),
    "letter": ("Waiting-list letter rewritten with parents", TestPlan(
        what="Parents rewrite the waiting-list letter; the clinic sends the new one for a month",
        who="Marcia Campbell, Sam Okafor and the clinic admin team", where="Ashbrook CDC",
        when="From 20 October", measure="Fewer 'where am I on the list?' calls in a month")),
    "drop_in": ("Library drop-in on the first Tuesday", TestPlan(
        what="A drop-in for waiting families with a parent and a member of staff",
        who="Femi (Carers Hub) and Julie Chan", where="Ashbrook Central Library",
        when="Tuesday 3 November, 10:00–12:00", measure="At least 8 families come; what they ask")),
    "session": ("Parent-led 'what to expect' session", TestPlan(
        what="Two parents run an hour on what the assessment is like",
        who="Zofia Wiśniewska and Leon", where="St Anne's Church Hall",
        when="Saturday 14 November", measure="Families rate it useful; questions we could not answer")),
    "about_me": ("One-page 'about me' that travels with the child", TestPlan(
        what="A one-page profile families fill in once and every service reads",
        who="Kai and Ellie (16) with the SENCO network")),
    "texts": ("Text updates from the clinic", TestPlan(
        what="The clinic texts families each month with their place on the list",
        who="Rob Lindqvist", where="Ashbrook CDC", when="November",
        measure="Families know where they are without ringing")),
    "dads": ("Coffee morning for dads", TestPlan(
        what="A Saturday coffee morning for dads of children on the waiting list",
        who="Gary and Paul & Tracy", where="The Carers Hub café", when="Saturday 7 November",
        measure="At least five dads come")),
}


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    people = {a.name: a.id for a in services.read.attendees()}
    meetings = {s.date.isoformat(): s.id for s in services.read.sessions()
                if s.kind in ("meeting", "celebration")}
    _calendar(services)
    for day, holders in ROLES.items():
        _at(clock, day, "19:25")
        _roles(services, rng, meetings[day], holders)
    _keep(services, rng, list(people.values()))
    _actions(services, clock, people, meetings)
    _tests(services, clock, meetings)
    _at(clock, "2026-11-10", "19:30")


def _at(clock: FakeClock, day: str, hhmm: str) -> None:
    """Set the clock to a London time in autumn (after 25 October London is on GMT)."""
    local = datetime.fromisoformat(f"{day}T{hhmm}:00")
    offset = 1 if day < "2026-10-25" else 0
    clock.set(local.replace(tzinfo=UTC).replace(hour=local.hour - offset))


def _calendar(services: Services) -> None:
    discovery = next(s.id for s in services.read.sessions() if s.kind == "discovery")
    if not services.board.read.settings(discovery).focus:
        services.board.votes.choose_focus(discovery, content.FOCUS)
    services.calendar.set_calendar("2026-09-15", 100, "Europe/London")
    services.calendar.set_meeting_pattern("2026-09-29", every_days=14, starts_at="18:00",
                                          ends_at="19:30", venue=VENUE)
    plan = ProgrammeReader(services.ctx.db)
    celebration = next(s.id for s in services.read.sessions() if s.kind == "celebration")
    for milestone in plan.milestones():
        if milestone.kind is MilestoneKind.DAY_50:
            services.calendar.link_celebration(milestone.id, celebration)
    services.calendar.add_milestone(
        "Share what we found with the SEND partnership board", "2026-12-09",
        note="Ten minutes on the board's agenda: two parents and Dr Achebe present.")


def _roles(services: Services, rng: random.Random, session_id: int,
           holders: tuple[bool, bool, bool]) -> None:
    present = [p.id for p in services.read.present(session_id)]
    picked = rng.sample(present, 3)
    for role, by_member, person in zip(Role, holders, picked, strict=True):
        if by_member:
            services.team.set_role(session_id, role, attendee_id=person)
        else:
            services.team.set_role(session_id, role, facilitator=True)


def _keep(services: Services, rng: random.Random, people: list[int]) -> None:
    for person in rng.sample(people, 14):
        services.team.set_keep_for_next(person, True)


def _actions(services: Services, clock: FakeClock, people: dict[str, int],
             meetings: dict[str, int]) -> None:
    acts = services.actions
    m1, m2, m3 = meetings["2026-09-29"], meetings["2026-10-13"], meetings["2026-10-27"]
    m4, party = meetings["2026-11-10"], meetings["2026-11-03"]

    def add(what: str, at: int, due: str, *, who: str = "", org: str = "") -> int:
        return int(acts.add_action(what, owner_attendee_id=people.get(who), owner_org=org,
                                   due=due, raised_session_id=at).new_id or 0)

    _at(clock, "2026-09-29", "19:20")
    clinic = add("Ask the clinic how families are told where they are on the list", m1,
                 "2026-10-13", who="Dr Helen Achebe")
    gp = add("Find out what GP practices say to families when they refer", m1, "2026-10-13",
             who="Dave H")
    room = add("Book the library's community room for a drop-in", m1, "2026-10-20",
               org="Ashbrook Libraries")
    _at(clock, "2026-10-13", "18:15")
    acts.set_status(clinic, ActionStatus.DONE, meeting_id=m2)
    acts.carry_forward([gp, room], m2)
    acts.edit_action(gp, what="Find out what GP practices say to families when they refer",
                     owner_attendee_id=people["Dave H"], due="2026-10-27")
    _at(clock, "2026-10-13", "19:20")
    note = next((n.id for n in services.read.notes(m2) if n.text.startswith("Text message")),
                None)
    if note is None:
        note = int(services.notes.add_note(m2, "Text message updates instead of letters",
                                           colour="blue").new_id or 0)
    texts = int(acts.add_action_from_note(
        note, what="Ask the council's comms team whether texts can go out with the letter",
        owner_org="Ashbrook Council comms team", due="2026-10-27").new_id or 0)
    page = add("Draft a 'what to expect while you wait' page with parents", m2, "2026-11-10",
               who="Priya")
    whatsapp = add("Set up a WhatsApp group for the team", m2, "2026-10-20", who="Sam Okafor")
    services.team.mark_left(people["Dave H"], "2026-10-20")
    _at(clock, "2026-10-27", "18:15")
    for done in (room, whatsapp):
        acts.set_status(done, ActionStatus.DONE, meeting_id=m3)
    acts.carry_forward([gp, page], m3)
    acts.carry_forward([texts], m3, new_due="2026-11-10")
    _at(clock, "2026-10-27", "19:20")
    senco = add("Invite the SENCO network to the day-50 celebration", m3, "2026-11-03",
                who="Claire Fenwick")
    schools = add("Ask schools to start support without waiting for a diagnosis", m3,
                  "2026-11-10", org="Ashbrook SEND team")
    _at(clock, "2026-11-03", "18:10")
    acts.set_status(senco, ActionStatus.DONE, meeting_id=party)
    _at(clock, "2026-11-10", "18:15")
    acts.set_status(page, ActionStatus.DONE, meeting_id=m4)
    acts.set_status(schools, ActionStatus.DROPPED, meeting_id=m4)
    acts.carry_forward([texts], m4, new_due="2026-11-13")
    acts.carry_forward([gp], m4)
    _at(clock, "2026-11-10", "19:20")
    add("Print 50 copies of the new waiting-list letter", m4, "2026-11-20",
        who="Marcia Campbell")
    add("Find a quieter room for the next drop-in", m4, "2026-11-24",
        who="Femi (Carers Hub)")
    add("Write up the monthly call test for the SEND board", m4, "2026-12-01",
        who="Rob Lindqvist")


def _tests(services: Services, clock: FakeClock, meetings: dict[str, int]) -> None:
    tests = services.rapid_tests
    m2, m3, m4 = meetings["2026-10-13"], meetings["2026-10-27"], meetings["2026-11-10"]
    party = meetings["2026-11-03"]
    ids: dict[str, int] = {}

    def write(key: str, **fields: str) -> None:
        t = ProgrammeReader(services.ctx.db).rapid_test(ids[key])
        merged = {"doing": t.doing, "happened": t.happened, "learned": t.learned, **fields}
        tests.edit_test(t.id, title=t.title, plan=t.plan, **merged)

    _at(clock, "2026-10-13", "19:00")
    for key in ("call", "letter", "drop_in", "texts"):
        title, plan = TESTS[key]
        ids[key] = int(tests.add_test(title, plan=plan, session_id=m2).new_id or 0)
    for key in ("call", "texts"):
        tests.advance(ids[key], meeting_id=m2)
    _at(clock, "2026-10-27", "18:40")
    write("call", doing="Priya and Claire have rung five of the six families so far.")
    write("texts", happened="The clinic's booking system cannot send texts.",
          learned="We need a system that can send them before we can try this.")
    tests.advance(ids["call"], meeting_id=m3)
    tests.advance(ids["texts"], meeting_id=m3)
    tests.decide(ids["texts"], Decision.ABANDON, meeting_id=m3,
                 reason="Nothing to send texts with yet")
    tests.advance(ids["letter"], meeting_id=m3)
    tests.advance(ids["drop_in"], meeting_id=m3)
    for key in ("session", "dads"):
        title, plan = TESTS[key]
        ids[key] = int(tests.add_test(title, plan=plan, session_id=m3).new_id or 0)
        tests.advance(ids[key], meeting_id=m3)
    _at(clock, "2026-11-03", "18:30")
    tests.review(ids["call"], party, "Shared at the celebration: families asked for more.")
    write("call", happened="All six families took the calls; two said it was the first time "
          "anyone had rung them.", learned="A named person matters more than how long the "
          "wait is.")
    tests.decide(ids["call"], Decision.ADOPT, meeting_id=party,
                 reason="The clinic will keep the calls going with two volunteers.")
    _at(clock, "2026-11-10", "18:30")
    write("letter", happened="Calls asking about the list went from 31 to 19 in four weeks.",
          learned="Parents want a text as well as the letter.")
    tests.advance(ids["letter"], meeting_id=m4)
    tests.decide(ids["letter"], Decision.ADAPT, meeting_id=m4,
                 reason="Keep the new letter and add a text when it is sent.")
    write("drop_in", happened="14 families and 3 staff came; the room was loud.",
          learned="Families wanted to talk to each other as much as to staff.")
    tests.advance(ids["drop_in"], meeting_id=m4)
    write("dads", happened="Two dads came.",
          learned="Saturday mornings clash with football; try an evening.")
    tests.advance(ids["dads"], meeting_id=m4)
    tests.decide(ids["dads"], Decision.ABANDON, meeting_id=m4, reason="Not the right time")
    tests.reopen(ids["texts"], meeting_id=m4)
    write("texts", doing="")
    title, plan = TESTS["about_me"]
    tests.add_test(title, plan=plan, session_id=m4)
