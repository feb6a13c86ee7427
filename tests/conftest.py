"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def programme_path(tmp_path: Path) -> Path:
    return tmp_path / "programme.coprod"


def _new_programme(path: Path, clock: FakeClock) -> Services:
    svc = Services(ProgrammeFile.create(path), clock)
    svc.programme.create_programme("Test programme", organisation="Test forum")
    return svc


@pytest.fixture(scope="session")
def programme_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new programme, made once per run and closed (its log written in): tests get copies."""
    path = tmp_path_factory.mktemp("template") / "template.coprod"
    _new_programme(path, FakeClock()).close()
    return path


@pytest.fixture
def services(programme_path: Path, clock: FakeClock, programme_template: Path) -> Iterator[Services]:
    """A new programme file of this test's own: a copy of the template (about 10 ms, where making
    one costs about 140 ms), or made afresh if the test moved its clock first (the template's
    rows were written at FakeClock's start)."""
    if clock.now() == FakeClock().now():
        shutil.copyfile(programme_template, programme_path)
        svc = Services(ProgrammeFile.open(programme_path), clock)
    else:
        svc = _new_programme(programme_path, clock)
    yield svc
    svc.close()


@pytest.fixture
def session_id(services: Services) -> int:
    change = services.sessions.create_session("Discovery workshop", "2026-03-03",
                                              venue="Library", starts_at="09:30",
                                              ends_at="12:30", kind="discovery")
    assert isinstance(change.new_id, int)
    return change.new_id


@pytest.fixture
def artifacts() -> Path:
    """Where tests save screenshots and PDFs for people to look at (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def small_drive(tmp_path: Path) -> Iterator[Path]:
    """A real, small drive (a 2 MB tmpfs) the test may fill or remount read-only, where this
    machine lets the tests mount one (root on Linux); skipped elsewhere."""
    drive = tmp_path / "stick"
    drive.mkdir()
    if sys.platform != "linux" or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(drive)],
            capture_output=True).returncode:
        pytest.skip("cannot mount a file system here")
    try:
        yield drive
    finally:
        subprocess.run(["umount", "-l", str(drive)], capture_output=True)
