"""Run a probe script in a child Python, as a fresh start of the app would be: offscreen Qt, its
own home and data folders, from the repository; the probe writes what it saw as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_probe(probe: str, tmp_path: Path, *args: str, timeout: int = 180
              ) -> tuple[Any, subprocess.CompletedProcess[str]]:
    """Run `probe` with `python -c`, the JSON file it writes as its first argument and `args`
    after it; returns what it wrote and the finished process (its return code checked)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    out = tmp_path / "probe.json"
    done = subprocess.run([sys.executable, "-c", probe, str(out), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(out.read_text()), done
