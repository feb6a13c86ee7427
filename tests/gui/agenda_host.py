"""A small stand-in for the projector window, and a GuiEnv over a real file, for agenda GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services


class StackProjector(QStackedWidget):
    """The ProjectorHost protocol on a plain QStackedWidget: named views, one shown at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.views: dict[str, QWidget] = {}

    def add_view(self, key: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.addWidget(widget)

    def show_view(self, key: str) -> None:
        self.setCurrentWidget(self.views[key])

    def current_view(self) -> str:
        current = self.currentWidget()
        return next((k for k, w in self.views.items() if w is current), "")


def make_env(services: Services, clock: FakeClock) -> GuiEnv:
    return GuiEnv(services=services, undo=UndoAdapter(services), projector=StackProjector(),
                  ticker=Ticker(), clock=clock)
