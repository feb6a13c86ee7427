"""Helpers for the programme's GUI tests: a real GuiEnv over a real file, beside the real projector."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from coprod_desktop.clock import Clock, FakeClock
from coprod_desktop.demo.builder import build_demo
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.gui.projector_host import projector_window


def make_env(services: Services, clock: Clock) -> GuiEnv:
    undo = UndoAdapter(services)
    # 1920×1080: the size the programme's projector views are drawn for.
    return GuiEnv(services=services, undo=undo, projector=projector_window(size=(1920, 1080)),
                  ticker=Ticker(), clock=clock)


DEMO_DAY_61 = datetime(2026, 11, 14, 10, 0, tzinfo=UTC)  # Saturday, day 61 of the demo
_TEMPLATE: dict[str, Path] = {}


def demo_copy(folder: Path) -> Path:
    """A fresh copy of the demo programme (built once per test run) in `folder`."""
    if "demo" not in _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="programme-demo-")) / "demo.coprod"
        _TEMPLATE["demo"] = build_demo(template)
    target = folder / "Ashbrook.coprod"
    shutil.copyfile(_TEMPLATE["demo"], target)
    return target


def open_services(path: Path, clock: FakeClock) -> Services:
    return Services(ProgrammeFile.open(path), clock)


def session_named(services: Services, prefix: str) -> int:
    return next(s.id for s in services.read.sessions() if s.title.startswith(prefix))


def demo_env(folder: Path) -> Iterator[GuiEnv]:
    """A GuiEnv on a fresh copy of the demo at day 61, closed afterwards (for fixtures)."""
    clock = FakeClock(DEMO_DAY_61)
    services = open_services(demo_copy(folder), clock)
    yield make_env(services, clock)
    services.close()
