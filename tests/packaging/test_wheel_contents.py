"""ui/ and resources/ reach an installed wheel the same way they are found in a checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def tracked_files(folder: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    return [name for name in out if (ROOT / name).is_file()]


@pytest.mark.slow
def test_wheel_carries_ui_and_resources(tmp_path: Path) -> None:
    # Build from a copy of the tracked files, so setuptools' build/ folder stays out of the tree.
    source = tmp_path / "src"
    for name in tracked_files("."):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(source)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("coprod_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [f"coprod_desktop/{name}" for folder in ("ui", "resources")
                for name in tracked_files(folder)]
    assert expected, "ui/ and resources/ should hold files"
    missing = [name for name in expected if name not in names]
    assert missing == []
    assert "coprod_desktop/paths.py" in names
    # The licence as an SPDX expression (PEP 639), with the GPL's text beside it.
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    headers = zipfile.ZipFile(wheel).read(metadata).decode().split("\n\n")[0].splitlines()
    assert "License-Expression: GPL-3.0-or-later" in headers
    assert "License-File: LICENSE" in headers
    licence = next(n for n in names if n.endswith("/licenses/LICENSE"))
    text = zipfile.ZipFile(wheel).read(licence).decode()
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3" in text


def test_paths_resolve_in_checkout() -> None:
    from coprod_desktop.paths import resource, ui_file

    assert resource().resolve() == (ROOT / "resources").resolve()
    assert ui_file().resolve() == (ROOT / "ui").resolve()
