"""With a second screen the projector fills it, and the facilitator's choice of screen is kept.

Qt's offscreen platform can pretend to have two screens, but only from the start of a process, so
this runs the real app in a child process and reads back what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCREENS = {"screens": [
    {"name": "LAPTOP", "x": 0, "y": 0, "width": 1440, "height": 900,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "PROJECTOR", "x": 1440, "y": 0, "width": 1920, "height": 1080,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
]}

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from coprod_desktop.app import CoprodApp
from coprod_desktop.demo.builder import build_demo

folder = Path(sys.argv[1])
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
seen = {}

def look(app, key):
    qt.processEvents()
    p = app.projector
    seen[key] = {"visible": p.isVisible(), "full": p.isFullScreen(),
                 "screen": p.screen().name(), "height": p.height(),
                 "heading_px": p.view("welcome").programme.font().pixelSize()}

if not (folder / "demo.coprod").exists():
    build_demo(folder / "demo.coprod")
app = CoprodApp(settings, folder / "data")
app.start(folder / "demo.coprod")
app.console.action("showProjectorAction").trigger()
look(app, "first")
app.projector.grab().save(str(Path(sys.argv[2]) / "projector-second-screen.png"))
app.console.projector.choose_screen("LAPTOP")
look(app, "chosen")
app.console.close()
settings.sync()
seen["remembered"] = settings.value("projector/screen")
print(json.dumps(seen))
"""


def _run(tmp_path: Path, artifacts: Path) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), str(artifacts)],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_projector_fills_the_other_screen_and_remembers_the_choice(tmp_path: Path,
                                                                   artifacts: Path) -> None:
    seen = _run(tmp_path, artifacts)
    first = seen["first"]
    assert first == {"visible": True, "full": True, "screen": "PROJECTOR", "height": 1080,
                     "heading_px": round(1080 * 0.075)}
    chosen = seen["chosen"]
    assert chosen["full"] and chosen["screen"] == "LAPTOP" and chosen["height"] == 900
    assert seen["remembered"] == "LAPTOP"
    again = _run(tmp_path, artifacts)  # next run: the remembered screen, not the default
    assert again["first"]["screen"] == "LAPTOP"
