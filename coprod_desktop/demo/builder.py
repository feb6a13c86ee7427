"""Write the demo programme through the services, exactly as a facilitator's clicks would."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo import agenda, board, content, glossary, levelling
from coprod_desktop.demo import checkout as demo_checkout
from coprod_desktop.demo import export as demo_export
from coprod_desktop.demo import outcomes as demo_outcomes
from coprod_desktop.demo import people as demo_people
from coprod_desktop.demo import programme as programme_demo
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile

NOTE_W, NOTE_H, GAP = 220.0, 150.0, 20.0
COLOURS = ("yellow", "pink", "blue", "green", "orange", "purple")


def build_demo(path: Path, *, seed: int = 14) -> Path:
    """Create the demo programme at `path` (which must not exist yet)."""
    clock = FakeClock(datetime(2026, 9, 15, 9, 0, tzinfo=UTC))
    with ProgrammeFile.born_whole(Path(path)) as file:
        services = Services(file, clock)
        _fill(services, clock, random.Random(seed))
        services.history.forget()
    return Path(path)


def _fill(services: Services, clock: FakeClock, rng: random.Random) -> None:
    services.programme.create_programme(**content.PROGRAMME)
    discovery = services.sessions.create_session(
        "Discovery workshop", "2026-09-15", venue="Ashbrook Central Library, Community Room",
        starts_at="09:30", ends_at="12:30", kind="discovery").new_id
    assert isinstance(discovery, int)
    people: list[int] = []
    for name, group in content.PEOPLE:
        clock.advance(rng.uniform(5, 40))
        change = services.people.sign_in_attendee(discovery, name=name, group=group,
                                                  via=rng.choice(["phone", "phone", "console"]))
        people.append(int(change.new_id or 0))
        _choices(services, rng, people[-1])
    _discovery_notes(services, clock, rng, discovery, people)
    for index, (title, day) in enumerate(content.MEETINGS):
        kind = "celebration" if "celebration" in title.lower() else "meeting"
        clock.set(datetime.fromisoformat(f"{day}T17:45:00+00:00"))
        session = services.sessions.create_session(
            title, day, venue="St Anne's Church Hall, Ashbrook", starts_at="18:00",
            ends_at="19:30" if kind == "meeting" else "20:00", kind=kind).new_id
        assert isinstance(session, int)
        if day >= "2026-11-22":
            continue  # the next meeting is planned, not yet held
        regulars = rng.sample(people, 12 if kind == "meeting" else 24)
        for person in regulars:
            clock.advance(rng.uniform(10, 90))
            services.people.sign_in_attendee(session, attendee_id=person,
                                             via=rng.choice(["phone", "console"]))
        for n, text in enumerate(rng.sample(content.MEETING_NOTES, 4 + index)):
            clock.advance(30)
            services.notes.add_note(session, text, colour=COLOURS[n % 6],
                                    x=(n % 4) * (NOTE_W + GAP), y=(n // 4) * (NOTE_H + GAP),
                                    author_id=rng.choice(regulars))
    # Each feature draws from its own generator, so adding one never reshuffles another's figures.
    agenda.enrich(services, clock, random.Random(rng.random()))
    board.enrich(services, clock, random.Random(rng.random()))
    levelling.enrich(services, clock, random.Random(rng.random()))
    programme_demo.enrich(services, clock, random.Random(rng.random()))
    glossary.enrich(services, clock, random.Random(rng.random()))
    demo_export.enrich(services, clock, random.Random(rng.random()))
    demo_people.enrich(services, clock, random.Random(rng.random()))
    demo_outcomes.enrich(services, clock, random.Random(rng.random()))
    demo_checkout.enrich(services, clock, random.Random(rng.random()))


def _discovery_notes(services: Services, clock: FakeClock, rng: random.Random, session: int,
                     people: list[int]) -> None:
    """About 300 notes: each person writes several, laid out in the room's categories."""
    categories = list(content.CONCERNS)
    for column, category in enumerate(categories):
        phrases = content.CONCERNS[category]
        count = 30 + content.VOTES[category] // 2
        for n in range(count):
            clock.advance(rng.uniform(1, 6))
            text = phrases[n % len(phrases)] if n < len(phrases) else rng.choice(phrases)
            x = column * 4 * (NOTE_W + GAP) + (n % 4) * (NOTE_W + GAP)
            y = (n // 4) * (NOTE_H + GAP)
            services.notes.add_note(
                session, text, colour=COLOURS[column], x=x, y=y,
                author_id=rng.choice(people), on_behalf=rng.random() < 0.08)
    clock.set(clock.now() + timedelta(minutes=5))


def _choices(services: Services, rng: random.Random, person: int) -> None:
    """A realistic spread of consent: most share words anonymously, some keep them in the room."""
    words = rng.choices(list(WordsUse), weights=[2, 6, 3])[0]
    contact = rng.random() < 0.5
    services.people.set_consent(
        person, Consent(name_in_handouts=rng.random() < 0.6, photos=rng.random() < 0.4,
                        contact=contact, words=words),
        contact_details=f"07700 900{rng.randint(100, 999)}" if contact else "",
        access_needs=rng.choice(["", "", "", "Quiet space to step out to", "Large print",
                                 "Step-free access", "Interpreter (Polish)"]))
