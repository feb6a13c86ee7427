"""Only what is used is imported (issue 18): the real `coprod` start in a child Python, with the
modules it holds written down the moment its window has been drawn.

The welcome page needs no programme machinery at all; an opened programme builds (and imports)
only the panel it shows and the agenda, whose runner is live, and nothing for PDFs, the phone
server or the demo until someone asks for them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coprod_desktop.gui.console.panels import PANELS, PLAN

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from coprod_desktop.gui import smoke
drawn = smoke.FirstPaint._done
def _done(self):
    with open(sys.argv[1], "w") as out:
        json.dump(sorted(sys.modules), out)
    drawn(self)
smoke.FirstPaint._done = _done
from coprod_desktop.cli import main
raise SystemExit(main([*sys.argv[2:], "--smoke-test", "0"]))
"""

# Heavy libraries and our own packages that only some features need.
NEVER_AT_START = ("reportlab", "starlette", "uvicorn", "qrcode", "PIL", "jinja2",
                  "coprod_desktop.export", "coprod_desktop.web", "coprod_desktop.demo",
                  # speech, sound and the licence texts: when read aloud, chimed or asked for
                  "PySide6.QtTextToSpeech", "PySide6.QtMultimedia", "coprod_desktop.licences",
                  "babel")  # Babel's locale data: when a date or a long number is written
# A current programme file is opened, read and written (the projector's view is noted in it) with
# plain sqlite3: sqlite-utils, and what it brings (click, dateutil, pluggy), only for a file that
# needs its migrations, a schema change or a table object (store/database.py). Nor the method
# library (a new session's check-out card) or the meeting review's rules, used later if at all.
NOT_FOR_A_CURRENT_FILE = ("sqlite_utils", "click", "dateutil", "pluggy",
                          "coprod_desktop.store.utils_database", "coprod_desktop.library",
                          "coprod_desktop.facilitation.action_review")
# Panels are built when first shown: an opened programme shows Plan › Programme and holds the
# agenda (built with the programme: its runner and chime are live), and no other panel's module.
SHOWN_AT_OPEN = PLAN[0]
NOT_UNTIL_SHOWN = [ref.path.partition(":")[0] for ref in PANELS
                   if ref is not SHOWN_AT_OPEN and not ref.at_start]


def modules_when_drawn(tmp_path: Path, *args: str) -> set[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    out = tmp_path / "modules.json"
    done = subprocess.run([sys.executable, "-c", PROBE, str(out), *args], env=env,
                          capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "drawn" in done.stdout
    return set(json.loads(out.read_text()))


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_welcome_page_is_drawn_without_the_programme_machinery(tmp_path: Path) -> None:
    modules = modules_when_drawn(tmp_path)
    assert "coprod_desktop.gui.console.window" in modules  # the probe saw the real start
    assert [n for n in NEVER_AT_START if loaded(modules, n)] == []
    # Not even the write path or the file: nothing is open yet.
    for name in ("coprod_desktop.services", "coprod_desktop.store", "sqlite_utils",
                 "coprod_desktop.gui.console.programme_view"):
        assert not loaded(modules, name), name


def test_an_opened_programme_is_drawn_without_pdfs_phones_or_the_demo(
        tmp_path: Path, demo_path: Path) -> None:
    modules = modules_when_drawn(tmp_path, str(demo_path))
    assert "coprod_desktop.gui.console.programme_view" in modules  # the programme is open
    assert SHOWN_AT_OPEN.path.partition(":")[0] in modules  # with the panel it shows
    assert len(NOT_UNTIL_SHOWN) > 15
    assert [m for m in NOT_UNTIL_SHOWN if m in modules] == []
    # An open programme lists its sessions' dates in the interface's language (Babel's data,
    # about 20 ms); the welcome page above writes no date.
    assert [n for n in NEVER_AT_START if loaded(modules, n) and n != "babel"] == []
    # Services are made on first use; erasing and archiving only when a job was interrupted;
    # no sqlite-utils plugins are looked for (no scan of every installed package).
    for name in ("coprod_desktop.services.erase", "coprod_desktop.services.archive",
                 "coprod_desktop.services.board", "importlib.metadata"):
        assert name not in modules, name
    # The demo copy is at this version's schema, and its first open writes (the projector's view).
    assert "coprod_desktop.services.projector_view" in modules
    assert [n for n in NOT_FOR_A_CURRENT_FILE if loaded(modules, n)] == []
