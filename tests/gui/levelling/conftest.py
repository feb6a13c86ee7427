"""A real GuiEnv over a real file, with a small stand-in for the projector window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QStackedWidget, QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services


class FakeProjector(QStackedWidget):
    """The projector host as panels see it: named full-screen views, one shown at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.views: dict[str, QWidget] = {}
        self.shown: list[str] = []  # what the facilitator put on the projector, in order

    def add_view(self, key: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.addWidget(widget)

    def show_view(self, key: str) -> None:
        self.setCurrentWidget(self.views[key])
        self.shown.append(key)

    def current_view(self) -> str:
        return self.shown[-1] if self.shown else ""


@pytest.fixture
def env(qtbot, services: Services, clock: FakeClock) -> Iterator[GuiEnv]:
    projector = FakeProjector()
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
