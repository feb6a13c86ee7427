"""Benchmark: a projector view change stays instant with the big screen's mirror writing it.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_projector_mirror.py [--switches 300]

The real ProjectorWindow at 1920 × 1080 with three views and the ProjectorMirror following it
for a session of a real programme file (WAL, synchronous=FULL). For each switch: the time
`show_view` holds the GUI thread (the view is on screen when it returns) and, separately, the
time of the deferred write (`services.projector_view.show`, run on the next turn of the loop).
Baseline, in the same run: the same switches with no mirror. Target: the switch itself is not
slowed (within noise of the baseline); the write is a few ms and happens after the switch.
Printed: p50/p95/p99/max of each, and `uptime`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from coprod_desktop.gui.projector.mirror import ProjectorMirror  # noqa: E402
from coprod_desktop.gui.projector.window import ProjectorWindow  # noqa: E402
from coprod_desktop.services import Services  # noqa: E402
from coprod_desktop.store.programme_file import ProgrammeFile  # noqa: E402

KEYS = ("agenda", "board", "jargon")


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    return (f"p50 {statistics.median(ordered):6.2f}  p95 {at(0.95):6.2f}  p99 {at(0.99):6.2f}  "
            f"max {ordered[-1]:6.2f} ms")


def switches(app: QApplication, projector: ProjectorWindow, count: int) -> list[float]:
    held: list[float] = []
    for n in range(count):
        started = time.perf_counter()
        projector.show_view(KEYS[n % len(KEYS)])
        held.append((time.perf_counter() - started) * 1000)
        app.processEvents()  # the next turn of the loop: the mirror's write, if any
    return held


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--switches", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = Services(ProgrammeFile.create(Path(folder) / "bench.coprod"))
        services.programme.create_programme("Bench", organisation="Bench")
        session = int(services.sessions.create_session("Bench", "2026-03-03").new_id or 0)
        projector = ProjectorWindow("dark")
        projector.resize(1920, 1080)
        projector.show()
        for key in KEYS:
            projector.add_view(key, QLabel(key))
        app.processEvents()
        baseline = switches(app, projector, args.switches)
        writes: list[float] = []
        show = services.projector_view.show

        def timed(*a: object, **k: object) -> object:
            started = time.perf_counter()
            result = show(*a, **k)  # type: ignore[arg-type]
            writes.append((time.perf_counter() - started) * 1000)
            return result

        services.projector_view.show = timed  # type: ignore[method-assign]
        mirror = ProjectorMirror(services, projector)
        mirror.set_session(session)
        mirrored = switches(app, projector, args.switches)
        assert services.projector_view.shown(session).view == KEYS[(args.switches - 1) % 3]
        print(f"{args.switches} view switches at 1920x1080, a real file (synchronous=FULL)")
        print(f"  show_view, no mirror (baseline): {percentiles(baseline)}")
        print(f"  show_view, with the mirror:      {percentiles(mirrored)}")
        print(f"  the deferred write, each:        {percentiles(writes)}  ({len(writes)} writes)")
        print("  target: the switch no slower than the baseline; the write after it")
        projector.close()
        services.close()
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
