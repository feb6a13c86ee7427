"""The demo's check-out slips: most people at each meeting held answer the four questions.

The story the figures tell: at the first meetings parents and carers feel less heard than staff
and meet words they do not know; as the group works on equal time and plain words the two sides
come closer, which is what the Check-out panel and its projector view are there to show.
"""

from __future__ import annotations

import random

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.checkout import KEYS, NO, PARTLY, YES
from coprod_desktop.domain.groups import Group
from coprod_desktop.services import Services

SHARE_WHO_ANSWER = 0.8
# The chance of a No, then of a Partly, for each side at the first meeting and at the last.
FIRST = {Group.PARENT_CARER: (0.2, 0.45), Group.STAFF: (0.05, 0.25)}
LAST = {Group.PARENT_CARER: (0.05, 0.2), Group.STAFF: (0.03, 0.15)}


def _answer(rng: random.Random, no: float, partly: float) -> int:
    roll = rng.random()
    return NO if roll < no else PARTLY if roll < no + partly else YES


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    read = services.read
    meetings = [s for s in read.sessions() if s.kind != "discovery" and read.present(s.id)]
    for n, session in enumerate(meetings):
        progress = n / max(1, len(meetings) - 1)
        for person in read.present(session.id):
            if rng.random() > SHARE_WHO_ANSWER:
                continue
            families = (Group.PARENT_CARER, Group.YOUNG_PERSON)
            side = Group.PARENT_CARER if person.group in families else Group.STAFF
            no = FIRST[side][0] + (LAST[side][0] - FIRST[side][0]) * progress
            partly = FIRST[side][1] + (LAST[side][1] - FIRST[side][1]) * progress
            answers = {key: _answer(rng, no, partly) for key in KEYS}
            if rng.random() < 0.1:  # now and then a question is left blank
                answers.pop(rng.choice(KEYS))
            clock.advance(rng.uniform(5, 20))
            group = person.group.value if rng.random() > 0.05 else ""  # "Not said" on the slip
            services.checkout.enter_slip(session.id, group, answers)
