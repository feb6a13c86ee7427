"""The demo's agendas: every session gets a plan from a template, and the sessions already held
were run through the runner, so their actual start and end times are in the file."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.records import Session
from coprod_desktop.services import Services

# Early meetings have no tests to review yet: they do something else in that slot.
INSTEAD_OF_REVIEW = {1: "journey-map", 2: "ideas-from-elsewhere"}


def template_for(session: Session) -> str:
    title = session.title.lower()
    if session.kind == "discovery":
        return "discovery-workshop"
    if "100" in title:
        return "day-100-celebration"
    if session.kind == "celebration":
        return "day-50-celebration"
    return "team-meeting"


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    """Give each session its agenda; replay the held ones (those with people signed in)."""
    now = clock.now()
    services.agenda.zone = UTC  # the demo's times are written as UTC
    meeting = 0
    for session in services.read.sessions():
        services.agenda.apply_template(session.id, template_for(session))
        if session.kind == "meeting":
            meeting += 1
            _tailor_meeting(services, session.id, meeting)
        if services.read.attendance(session.id):
            _run(services, clock, rng, session)
    clock.set(now)


def _tailor_meeting(services: Services, session_id: int, number: int) -> None:
    method = INSTEAD_OF_REVIEW.get(number)
    if method is None:
        return
    items = services.agenda.agenda(session_id).items
    index, review = next((i, item) for i, item in enumerate(items)
                         if item.activity.method == "review-tests")
    services.agenda.delete_activity(review.id)
    services.agenda.add_method(session_id, method, index=index,
                               minutes=review.activity.duration_s // 60)


def _run(services: Services, clock: FakeClock, rng: random.Random, session: Session) -> None:
    """Run the session as a facilitator would: a late-ish start, some overruns, one extension."""
    start = datetime.combine(session.date, session.starts_at, tzinfo=UTC)
    clock.set(start + timedelta(minutes=rng.choice([0, 2, 3, 5, 7])))
    agenda = services.agenda.agenda(session.id)
    services.runner.start(session.id)
    extended = rng.randrange(len(agenda.items))
    for index, item in enumerate(agenda.items):
        planned = item.activity.duration_s
        if index == extended:
            clock.advance(planned * 0.8)
            services.runner.extend(session.id, 5)
            clock.advance(planned * 0.2 + rng.uniform(180, 300))
        else:
            clock.advance(planned * rng.uniform(0.8, 1.15))
        services.runner.next(session.id)
