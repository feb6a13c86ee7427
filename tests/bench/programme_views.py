"""How long the programme views take on the demo (run by hand: python tests/bench/programme_views.py).

Each figure is the mean of 20 runs after one warm-up; the GUI thread should never block 50 ms.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "gui")]

from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])

from programme_support import DEMO_DAY_61, demo_copy, make_env, open_services, session_named  # noqa: E402

from coprod_desktop.clock import FakeClock  # noqa: E402

d = Path(tempfile.mkdtemp())
clock = FakeClock(DEMO_DAY_61)
services = open_services(demo_copy(d), clock)
env = make_env(services, clock)
from coprod_desktop.gui.programme.actions_panel import ActionsPanel  # noqa: E402
from coprod_desktop.gui.programme.home import ProgrammeHome  # noqa: E402
from coprod_desktop.gui.programme.projector_celebration import CelebrationView  # noqa: E402
from coprod_desktop.gui.programme.projector_tests import TestBoardView  # noqa: E402
from coprod_desktop.gui.programme.tests_panel import RapidTestsPanel  # noqa: E402


def t(label, fn, n=20):
    fn()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    print(f"{label}: {(time.perf_counter() - start) / n * 1000:.1f} ms")





def shown(widget, width, height):
    widget.resize(width, height)
    widget.show()
    app.processEvents()
    return widget


home = shown(ProgrammeHome(env), 1280, 800)
t("home.refresh", home.refresh)
t("home paint", lambda: home.grab())
actions = ActionsPanel(env)
actions.set_session(session_named(services, "Team meeting 5"))
shown(actions, 1200, 760)
t("actions.refresh", actions.refresh)
tests = shown(RapidTestsPanel(env), 1200, 700)
t("tests.refresh", tests.refresh)
board = shown(TestBoardView(env), 1920, 1080)
t("board paint 1080p", lambda: board.grab())
party = shown(CelebrationView(env), 1920, 1080)
t("celebration reload", party.reload)
t("celebration paint 1080p", lambda: party.grab())
