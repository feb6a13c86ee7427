"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

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


@pytest.fixture
def services(programme_path: Path, clock: FakeClock) -> Iterator[Services]:
    file = ProgrammeFile.create(programme_path)
    svc = Services(file, clock)
    svc.programme.create_programme("Test programme", organisation="Test forum")
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
