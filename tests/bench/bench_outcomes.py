"""How long the closing-the-loop reads take on a big programme: 1,000 outcomes with links and
events over 20 meetings, 200 sessions' equalities tallies, and the bulletin PDF.

Run on demand: python tests/bench/bench_outcomes.py
Baseline (2 shared cores, load average 8.6): outcomes() 62 ms, since_last_time 157 ms,
figures for the programme 0.3 ms, bulletin (standard) 299 ms.
"""

from __future__ import annotations

import io
import os
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.export.bulletin import build_bulletin
from coprod_desktop.export.styles import Layout, Paper
from coprod_desktop.services import Services
from coprod_desktop.store.outcomes_reader import OutcomesReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.reach_reader import ReachReader

STATUSES = ("planned", "doing", "done", "cant", "passed")


def build(path: Path) -> Services:
    rng = random.Random(21)
    services = Services(ProgrammeFile.create(path), FakeClock())
    services.programme.create_programme("Bench", organisation="Bench")
    meetings = [services.sessions.create_session(f"M{i}", f"2026-{1 + i // 2:02d}-{1 + 14 * (i % 2):02d}",
                                                 starts_at="18:00", ends_at="19:00").new_id
                for i in range(20)]
    actions = [services.actions.add_action(f"Action {i}").new_id for i in range(50)]
    for i in range(1000):
        meeting = meetings[i % 20]
        note = services.notes.add_note(meeting, f"Idea {i} " + "word " * rng.randint(3, 30)).new_id
        oid = services.outcomes.come_back_to("note", note).new_id
        status = rng.choice(STATUSES)
        services.outcomes.set_outcome(
            oid, status, meeting_id=meetings[min(19, i % 20 + 1)],
            what_happened="Something happened", passed_to="The council",
            reason="There is no money for it this year.")
        services.outcomes.link(oid, "action", rng.choice(actions))
    for meeting in meetings:
        for _ in range(10):
            services.reach.record_hand_answers(meeting, {
                "carer": rng.choice(["yes", "no"]), "age": rng.choice(["25_34", "35_49"])})
    return services


def timed(call, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        services = build(Path(tmp) / "bench.coprod")
        db = services.ctx.db
        read = OutcomesReader(db)
        last = max(s.id for s in services.read.sessions())
        print(f"outcomes(): {timed(read.outcomes):.0f} ms for {len(read.outcomes())} outcomes")
        print(f"since_last_time: {timed(lambda: read.since_last_time(last)):.0f} ms")
        print(f"figures (programme): {timed(lambda: ReachReader(db).figures()):.1f} ms")
        ms = timed(lambda: build_bulletin(services.read, Layout.STANDARD, Paper.A4,
                                          io.BytesIO()), runs=3)
        print(f"bulletin (standard): {ms:.0f} ms")
        services.close()
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(),
          f"(cpus: {os.cpu_count()})")


if __name__ == "__main__":
    main()
