"""A real GuiEnv over a real file, with the real projector window (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services


@pytest.fixture
def env(qtbot, services: Services, clock: FakeClock) -> Iterator[GuiEnv]:
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    undo = UndoAdapter(services)
    errors: list[str] = []
    undo.error.connect(errors.append)
    gui = GuiEnv(services=services, undo=undo, projector=projector, ticker=Ticker(),
                 clock=clock)
    gui.errors = errors  # type: ignore[attr-defined]
    yield gui
    assert not gui.ticker.running


@pytest.fixture
def room(services: Services, session_id: int, clock: FakeClock) -> list[int]:
    people = []
    for name, group in [("Priya", "parent_carer"), ("Kai", "young_person"),
                        ("Dr Helen Achebe", "staff"), ("Paul & Tracy", "parent_carer"),
                        ("<b>Jo</b>", "parent_carer")]:
        clock.advance(10)
        people.append(int(services.people.sign_in_attendee(session_id, name=name,
                                                           group=group).new_id or 0))
    return people
