"""Demo rounds, speaking records and stories for the sessions the demo has already held.

Everything goes through the services with the clock set to the moment it happened, as a
facilitator's clicks would. The open discussion at the discovery workshop is lopsided on purpose
(staff talk well beyond their share of the room, young people hardly at all): that is what the
balance view is for. Later meetings use the hands queue and come out more even.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.levelling import STORY_PROMPTS
from coprod_desktop.domain.records import Attendee, Session, WordsUse
from coprod_desktop.services import Services

# How much each group tends to speak in an open discussion, before anyone levels it.
UNEVEN = {Group.STAFF: 3.0, Group.VOLUNTARY: 2.5, Group.PARENT_CARER: 1.4,
          Group.OTHER: 1.0, Group.YOUNG_PERSON: 1.0}
EVENER = {Group.STAFF: 1.6, Group.VOLUNTARY: 1.4, Group.PARENT_CARER: 1.3,
          Group.OTHER: 1.2, Group.YOUNG_PERSON: 1.0}

# (title, the teller's choice for this story, what listeners heard)
STORIES = [
    ("The letter that never came", WordsUse.ANONYMOUS,
     ["Waiting without any news is its own kind of hard",
      "She rang every month and nobody could say where they were on the list"]),
    ("Finding out at the school gate", WordsUse.NAMED,
     ["Other parents were the best source of information",
      "Short breaks should not be a secret"]),
    ("Our worst night in A&E", WordsUse.ROOM_ONLY,
     ["Bright lights and noise made everything worse",
      "Staff meant well but did not know what to do",
      "It took a crisis before anyone listened"]),
    ("What I want after school", WordsUse.ANONYMOUS,
     ["He wants to travel on his own and nobody has asked him",
      "College planning starts too late"]),
    ("Saying it twelve times", WordsUse.ROOM_ONLY,
     ["Telling the story again to every new person is exhausting"]),
]

MEETING_STORIES = [
    ("Trying the monthly phone call", WordsUse.NAMED,
     ["Just knowing someone would ring made the wait feel shorter",
      "The call needs to come from the same person each time"]),
    ("The first drop-in", WordsUse.ANONYMOUS,
     ["Meeting other families in the same place helped straight away",
      "The room was too noisy for some of the children"]),
    ("A letter we could understand", WordsUse.ROOM_ONLY,
     ["Plain words made a real difference"]),
]


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    held = [s for s in services.read.sessions() if services.read.present(s.id)]
    for number, session in enumerate(held):
        if session.kind == "discovery":
            _discovery(services, clock, rng, session)
        else:
            _meeting(services, clock, rng, session, number)


def _at(clock: FakeClock, session: Session, minutes_in: int) -> None:
    start = datetime.combine(session.date, session.starts_at, tzinfo=clock.now().tzinfo)
    clock.set(start + timedelta(minutes=minutes_in))


def _discovery(services: Services, clock: FakeClock, rng: random.Random,
               session: Session) -> None:
    people = services.read.present(session.id)
    _at(clock, session, 15)
    _round(services, clock, rng, session, people, "Check-in: one word for today", 30, late=2)
    _at(clock, session, 50)
    _discussion(services, clock, rng, session, people, minutes=35, weights=UNEVEN)
    _at(clock, session, 95)
    _stories(services, clock, rng, session, people, STORIES)
    _at(clock, session, 165)
    _round(services, clock, rng, session, people, "Check-out: one thing you will take away",
           20, late=0)


def _meeting(services: Services, clock: FakeClock, rng: random.Random, session: Session,
             number: int) -> None:
    people = services.read.present(session.id)
    _at(clock, session, 2)
    _round(services, clock, rng, session, people, "Check-in", 60, late=1)
    _at(clock, session, 20)
    _discussion(services, clock, rng, session, people, minutes=20, weights=EVENER, hands=True)
    if number % 2:
        _at(clock, session, 50)
        story = MEETING_STORIES[(number // 2) % len(MEETING_STORIES)]
        _stories(services, clock, rng, session, people, [story])


def _round(services: Services, clock: FakeClock, rng: random.Random, session: Session,
           people: list[Attendee], title: str, turn_s: int, *, late: int) -> None:
    """A round around the room: most speak, a few pass, one is skipped and comes back."""
    lv = services.levelling
    ids = [p.id for p in people]
    first, latecomers = ids[:len(ids) - late], ids[len(ids) - late:]
    round_id = int(lv.create_round(session.id, title, turn_s=turn_s, people=first).new_id or 0)
    lv.start_round(round_id)
    skipped = False
    while lv.state(round_id).current is not None:
        state = lv.state(round_id)
        if latecomers and len(state.waiting()) == len(first) // 2:
            for person in latecomers:
                lv.add_late(round_id, person)
            latecomers = []
        roll = rng.random()
        if roll < 0.08:
            clock.advance(rng.uniform(2, 5))
            lv.pass_turn(round_id)
        elif roll < 0.11 and not skipped:
            clock.advance(rng.uniform(2, 4))
            lv.skip_turn(round_id)
            skipped = True
        else:
            clock.advance(max(5.0, rng.gauss(turn_s * 0.85, turn_s * 0.2)))
            lv.next_turn(round_id)
        if lv.state(round_id).current is None and lv.state(round_id).waiting():
            lv.next_turn(round_id)  # only the skipped person is left: their turn now


def _discussion(services: Services, clock: FakeClock, rng: random.Random, session: Session,
                people: list[Attendee], *, minutes: int, weights: dict[Group, float],
                hands: bool = False) -> None:
    """Open discussion: who speaks, and for how long, leans the way `weights` say."""
    sp = services.speaking
    end = clock.now() + timedelta(minutes=minutes)
    chance = [weights[p.group] for p in people]
    while clock.now() < end:
        if hands and rng.random() < 0.5:
            for person in rng.sample(people, 2):
                sp.raise_hand(session.id, person.id)
                clock.advance(rng.uniform(1, 3))
            queue = sp.hands_queue(session.id)
            speaker = next(p for p in people if p.id == queue[0].attendee_id)
        else:
            speaker = rng.choices(people, weights=chance)[0]
        sp.mark_speaker(session.id, speaker.id)
        length = rng.uniform(20, 70) * (1.5 if speaker.group is Group.STAFF else 1.0)
        clock.advance(length)
        if rng.random() < 0.3:
            sp.mark_speaker(session.id, None)
            clock.advance(rng.uniform(3, 15))
    sp.mark_speaker(session.id, None)
    for hand in services.levelling.data.hands(session.id):
        sp.lower_hand(session.id, hand.attendee_id)


def _stories(services: Services, clock: FakeClock, rng: random.Random, session: Session,
             people: list[Attendee], told: list[tuple[str, WordsUse, list[str]]]) -> None:
    st = services.stories
    pool = [p for p in people if p.group is not Group.STAFF]
    for title, choice, heard in told:
        # Someone whose general choice matches this story's, so the demo's exports show the mix.
        teller = rng.choice([p for p in pool if p.consent.words is choice] or pool)
        pool.remove(teller)
        story_id = int(st.add_story(session.id, teller.id, title=title, consent=choice,
                                    prompt=rng.choice(STORY_PROMPTS)).new_id or 0)
        st.start_story(story_id)
        clock.advance(rng.uniform(150, 230))
        st.end_story(story_id)
        for text in heard:
            clock.advance(rng.uniform(10, 30))
            listener = rng.choice([p for p in people if p.id != teller.id])
            st.add_heard_note(story_id, text, author_id=listener.id)
        clock.advance(30)
