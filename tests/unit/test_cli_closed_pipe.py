"""`coprod … | head -1`: when the reader stops early, coprod ends quietly (no traceback)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("args", [["--version"], ["licences"]])
def test_a_closed_pipe_ends_without_a_traceback(args: list[str]) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "coprod_desktop", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader has gone before coprod writes a line
    errors = proc.stderr.read().decode()
    assert proc.wait(timeout=60) != 0
    assert errors == ""


@pytest.mark.skipif(sys.platform == "win32", reason="uses the shell's head")
def test_head_gets_its_line() -> None:
    done = subprocess.run(f'"{sys.executable}" -m coprod_desktop licences | head -1', shell=True,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.startswith("Coprod Desktop") and done.stderr == ""
