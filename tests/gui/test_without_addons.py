"""Without PySide6-Addons (the optional `sound` extra) the app opens and runs, silently.

The check runs the real `coprod --demo --smoke-test` in a child Python in which importing the
Addons' modules fails exactly as it does when the wheel is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BLOCK_ADDONS = """
import importlib.abc, sys
ADDONS = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
class NoAddons(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith(ADDONS):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, NoAddons())
from coprod_desktop.cli import main
raise SystemExit(main(["--demo", "--smoke-test", "0.5"]))
"""


def test_the_app_opens_and_draws_without_the_sound_modules(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    done = subprocess.run([sys.executable, "-c", BLOCK_ADDONS], env=env, capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "drawn" in done.stdout
    assert "Traceback" not in done.stderr
