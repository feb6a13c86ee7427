"""The import rule of docs/architecture.md, checked by import-linter, and a Qt-free core."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    # Beside the interpreter in a venv; in the scripts folder of an installed Python (Windows).
    folders = {str(Path(sys.executable).parent), sysconfig.get_path("scripts")}
    exe = shutil.which("lint-imports", path=os.pathsep.join(sorted(folders)))
    assert exe, "import-linter is part of the test extra"
    # UTF-8 both ways: through a pipe Windows would pick its ANSI code page, which cannot hold
    # the marks import-linter prints.
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, encoding="utf-8",
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout.split("Contracts:")[-1].split("\n")[0]
    # The contracts issue 15 added are there (a contract dropped from pyproject.toml fails here).
    for kept in ("Layers: gui above services above store/facilitation above domain KEPT",
                 "The GUI reads through the services' readers, never store directly KEPT",
                 "Feature folders do not import each other (what they share is in gui/kit) KEPT",
                 "Feature folders and gui/kit never import the console shell KEPT"):
        assert kept in result.stdout


def test_core_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"  # any Qt import now fails
        "import coprod_desktop.services, coprod_desktop.store.inspect, coprod_desktop.demo.builder\n"
        "import coprod_desktop.cli\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.stdout.strip() == "ok", result.stderr
