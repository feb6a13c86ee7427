"""The app stopped by the system (SIGTERM at shutdown, SIGHUP when its terminal closes) closes
its programme as Quit does: exit 0, the file unlocked and its log written into it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.store.errors import FileInUse
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
STOPS = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]


def _in_use(path: Path) -> bool:
    try:
        ProgrammeFile.open(path).close()
    except FileInUse:
        return True
    return False


def _locked_by(pid: int, path: Path) -> bool:
    """Whether process `pid` holds the programme's lock, read from /proc/locks without taking the
    lock: `_in_use` takes it for a moment, and the app refuses a file it finds locked, so polling
    with `_in_use` while the app starts made it refuse the file now and then (a flaky test)."""
    try:
        inode = path.with_name(f".{path.name}.lock").stat().st_ino
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()  # "3: FLOCK  ADVISORY  WRITE 27738 fe:00:2211956 0 EOF"
        if len(fields) > 5 and fields[1] == "FLOCK" and fields[4] == str(pid) \
                and fields[5].rsplit(":", 1)[-1] == str(inode):
            return True
    return False


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads who holds the lock from Linux")
@pytest.mark.parametrize("stop", STOPS, ids=lambda s: signal.Signals(s).name)
def test_a_stop_signal_closes_the_programme_cleanly(tmp_path: Path, stop: int) -> None:
    path = tmp_path / "Evening.coprod"
    with ProgrammeFile.create(path) as file:
        Services(file, FakeClock()).programme.create_programme("Stopped by the system")
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    proc = subprocess.Popen([sys.executable, "-m", "coprod_desktop", str(path)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def opened() -> bool:  # the app holds the file's lock (and has not died)
            assert proc.poll() is None, proc.communicate()[1]
            return _locked_by(proc.pid, path)

        wait_until(opened, timeout=240, message="the app never opened the file", poll_s=0.1)
        proc.send_signal(stop)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert not _in_use(path)
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
