"""What building each console panel costs Qt's thread, the first time (run on demand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_panel_build.py [ROUNDS]

Panels are built when first shown (issue 18). Building the rest in idle time after the first
paint (one panel per turn of the event loop) would make every later first visit instant, but each
build is one uninterrupted stretch on the GUI thread: a key pressed meanwhile waits for it. This
measures that stretch for every panel the open demo has not built yet (importing its module,
constructing it, its session, naming its controls), each round in a new process so the imports
are first-time ones, beside the baseline of bringing forward a panel that is already built (a
plain tab switch). The budget for a stall is the architecture's 50 ms (shared/design.md:
"the GUI thread never blocks for more than 50 ms").
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_MS = 50.0


def child() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.app import CoprodApp

    qt = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    app = CoprodApp(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder / "data")
    app.start(Path(sys.argv[2]))
    view = app.console.view
    assert view is not None
    deadline = time.monotonic() + 30
    while not all(s.built for s in view.slots if s.ref.at_start) and time.monotonic() < deadline:
        qt.processEvents()
    home = view.panels[0]
    timings: dict[str, float] = {}
    switches: list[float] = []
    for slot in view.slots:
        if slot.built:
            continue
        started = time.perf_counter()
        slot.ensure()
        timings[slot.ref.title] = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        view.show_panel(home)  # the baseline: bring forward a panel built already
        qt.processEvents()
        switches.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"builds": timings, "switch": statistics.median(switches)}))
    app.shutdown()


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    sys.path.insert(0, str(ROOT))
    from tests.bench.fresh_demo import fresh_demo

    demo, env = fresh_demo()
    runs = []
    for index in range(rounds + 1):
        done = subprocess.run([sys.executable, __file__, "--child", str(demo)], env=env,
                              cwd=ROOT, capture_output=True, text=True, check=True)
        if index:  # the first run writes the bytecode
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    titles = list(runs[0]["builds"])
    medians = {t: statistics.median(r["builds"][t] for r in runs) for t in titles}
    print(f"baseline: bringing forward a panel already built, median "
          f"{statistics.median(r['switch'] for r in runs):.1f} ms")
    for title, ms in sorted(medians.items(), key=lambda kv: -kv[1]):
        print(f"  {title:<20} first build {ms:6.1f} ms{'  over the budget' * (ms > BUDGET_MS)}")
    over = [t for t, ms in medians.items() if ms > BUDGET_MS]
    print(f"{len(over)} of {len(medians)} panels take over {BUDGET_MS:.0f} ms to build; all "
          f"together {sum(medians.values()):.0f} ms")
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child()
    else:
        main()
