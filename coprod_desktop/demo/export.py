"""The demo's handout link: the parent carer forum's (made-up) group chat."""

from __future__ import annotations

import random

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.settings import HANDOUT_LINK_LABEL, HANDOUT_LINK_URL
from coprod_desktop.services import Services


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    services.programme.set_setting(HANDOUT_LINK_URL, "https://chat.example.org/ashbrook-autism-forum")
    services.programme.set_setting(HANDOUT_LINK_LABEL, "The forum's group chat")
