"""A full disk, for real: a 3 MiB tmpfs in a mount namespace the test makes (as root, or where
unprivileged user namespaces are allowed); skipped with the reason where the machine forbids it.

The phone is told "the laptop cannot save right now" with its note still in the box, never the
generic error page; the console hears of every refused write; after space is freed, notes save.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).with_name("disk_full_run.py")


def _namespace_command(folder: Path) -> list[str] | None:
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for flags in (["-m"], ["-r", "-m"]):
        probe = subprocess.run([unshare, *flags, "sh", "-c",
                                f"mount -t tmpfs -o size=64k tmpfs {folder}"],
                               capture_output=True, timeout=30)
        if probe.returncode == 0:
            return [unshare, *flags, "sh", "-c",
                    f'mount -t tmpfs -o size=3m tmpfs "{folder}" && exec "$0" "$1" "$2"',
                    sys.executable, str(RUN), str(folder)]
    return None


def test_a_full_disk_keeps_the_text_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    command = _namespace_command(folder)
    if command is None:
        pytest.skip("this machine does not let the test mount a small filesystem of its own "
                    "(no root and no unprivileged user namespaces)")
    done = subprocess.run(command, capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    codes = result["codes"]
    refused = codes.count(503)
    assert refused > 0, codes  # the disk did fill up
    assert set(codes) <= {303, 503}, codes  # never the generic error page
    assert result["kept"] == refused and result["message"]
    assert result["failures"] >= refused  # the console heard of each one
    assert result["notes_before_free"] == codes.count(303)  # "saved" only when it was
    assert result["after_free"] == 303
    assert result["notes_after_free"] == result["notes_before_free"] + 1
