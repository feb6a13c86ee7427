"""The demo programme's own jargon-buster terms: local names the built-in glossary cannot know."""

from __future__ import annotations

import random

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services

TERMS = [
    ("Carers Hub", "Ashbrook's drop-in centre for unpaid carers, with advice, groups and a café.",
     "the Hub; Ashbrook Carers Hub"),
    ("Waiting Well packs", "Information and activity packs for families while they wait for an "
     "assessment.", "Waiting Well pack; waiting well"),
]


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    for term, explanation, aliases in TERMS:
        clock.advance(rng.uniform(5, 30))
        services.glossary.add_term(term, explanation, aliases)
