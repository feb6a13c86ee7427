"""A copy of the demo programme in a fresh folder, and the environment a benchmark's children run
in: offscreen Qt, their own home, modules from bytecode as an installed app runs them."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fresh_demo() -> tuple[Path, dict[str, str]]:
    work = Path(tempfile.mkdtemp())
    demo = work / "demo.coprod"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(work / "home"),
               PYTHONPYCACHEPREFIX=str(work / "bytecode"))  # from bytecode, as installed
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "coprod_desktop", "demo", str(demo)], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    return demo, env
