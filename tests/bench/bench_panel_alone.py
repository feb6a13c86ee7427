"""What building one console panel costs Qt's thread when it is the first one opened (run on
demand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_panel_alone.py [ROUNDS] [TITLE ...]

bench_panel_build.py builds every panel one after another in one process, so a panel late in the
row finds most of its imports done by the panels before it (and whichever build happens to set
off a full garbage collection pays for it). This builds each panel as the first thing opened
after the programme: a new process per panel per round, the programme open and its agenda built,
then only that panel (importing its module, constructing it, its session, naming its controls),
the same stretch the console spends when the panel's tab is first clicked. It prints the median
beside the budget (shared/design.md: "the GUI thread never blocks for more than 50 ms") and
`uptime`, as the machine's load moves these figures a lot; beside it, the CPU time the GUI thread
spent (time.thread_time), which the load moves much less: on a busy machine, compare those.
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


def child(demo: str, title: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.app import CoprodApp

    qt = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    app = CoprodApp(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder / "data")
    app.start(Path(demo))
    view = app.console.view
    assert view is not None
    deadline = time.monotonic() + 30
    while not all(s.built for s in view.slots if s.ref.at_start) and time.monotonic() < deadline:
        qt.processEvents()
    for _ in range(20):  # let the first paint's follow-ups run
        qt.processEvents()
    slot = next(s for s in view.slots if s.ref.title == title)
    started, cpu = time.perf_counter(), time.thread_time()
    slot.ensure()
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000,
                      "cpu": (time.thread_time() - cpu) * 1000}))
    app.shutdown()


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sys.path.insert(0, str(ROOT))
    from tests.bench.fresh_demo import fresh_demo

    demo, env = fresh_demo()
    sys.path.insert(0, str(ROOT))
    from coprod_desktop.gui.console.panels import PANELS

    titles = sys.argv[2:] or [ref.title for ref in PANELS if not ref.at_start]

    def build(title: str) -> tuple[float, float]:
        done = subprocess.run([sys.executable, __file__, "--child", str(demo), title], env=env,
                              cwd=ROOT, capture_output=True, text=True, check=True)
        found = json.loads(done.stdout.strip().splitlines()[-1])
        return float(found["ms"]), float(found["cpu"])

    build(titles[0])  # writes the bytecode
    medians = {}
    for title in titles:
        runs = [build(title) for _ in range(rounds)]
        medians[title] = statistics.median(ms for ms, _cpu in runs)
        cpu = statistics.median(cpu for _ms, cpu in runs)
        over = "  over the budget" * (medians[title] > BUDGET_MS)
        print(f"  {title:<20} first build alone {medians[title]:6.1f} ms, CPU {cpu:5.1f} ms "
              f"(runs {' '.join(f'{ms:.0f}' for ms, _cpu in runs)}){over}", flush=True)
    over = [t for t, ms in medians.items() if ms > BUDGET_MS]
    print(f"{len(over)} of {len(medians)} panels take over {BUDGET_MS:.0f} ms to build alone")
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
