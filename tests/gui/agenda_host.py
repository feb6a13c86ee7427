"""A GuiEnv over a real file, with the real projector window, for the agenda GUI tests."""

from __future__ import annotations

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from tests.gui.projector_host import projector_window


def make_env(services: Services, clock: FakeClock) -> GuiEnv:
    return GuiEnv(services=services, undo=UndoAdapter(services), projector=projector_window(),
                  ticker=Ticker(), clock=clock)
