"""How long spotting jargon takes over a big board: 2,000 notes, plus building the matcher.

Run on demand: python tests/bench/bench_jargon.py
"""

from __future__ import annotations

import random
import statistics
import time

from coprod_desktop.demo import content
from coprod_desktop.domain.glossary import Glossary
from coprod_desktop.domain.jargon import JargonMatcher
from coprod_desktop.store.glossary_file import builtin_entries

EXTRA = ["Our EHCP annual review was cancelled twice", "The SENCo said CAMHS won't see him",
         "Local offer website is out of date", "No short breaks since the ICB's changes",
         "Waiting for SALT and OT for 18 months", "Direct payments but no PAs to hire",
         "Tribunal was the only way to get Section F right"]


def notes(count: int, rng: random.Random) -> list[str]:
    phrases = [p for group in content.CONCERNS.values() for p in group] + content.MEETING_NOTES
    out = []
    for _ in range(count):
        parts = rng.sample(phrases + EXTRA, rng.randint(1, 3))
        out.append(". ".join(parts))
    return out


def main() -> None:
    rng = random.Random(9)
    board = notes(2000, rng)
    chars = sum(len(n) for n in board)
    start = time.perf_counter()
    glossary = Glossary(builtin_entries())
    matcher = JargonMatcher(glossary.entries)
    built = time.perf_counter() - start
    runs = []
    hits = 0
    for _ in range(7):
        start = time.perf_counter()
        hits = sum(len(matcher.find(n)) for n in board)
        runs.append(time.perf_counter() - start)
    forms = sum(len(e.forms) for e in glossary.entries)
    print(f"glossary: {len(glossary)} entries, {forms} forms; matcher built in {built * 1000:.1f} ms")
    print(f"2,000 notes ({chars:,} characters): median {statistics.median(runs) * 1000:.1f} ms, "
          f"best {min(runs) * 1000:.1f} ms, {hits} hits")


if __name__ == "__main__":
    main()
