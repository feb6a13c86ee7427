"""Helpers for the programme's GUI tests: a real GuiEnv over a real file, and a small projector."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from coprod_desktop.clock import Clock
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services


class StackProjector(QStackedWidget):
    """A projector host like the shell's: named full-screen views in a stack, dark by default."""

    def __init__(self, theme: str = "dark") -> None:
        super().__init__()
        self.theme = theme
        self.views: dict[str, QWidget] = {}
        self.resize(1920, 1080)

    def add_view(self, key: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.addWidget(widget)

    def show_view(self, key: str) -> None:
        self.setCurrentWidget(self.views[key])

    def current_view(self) -> str:
        return next((k for k, w in self.views.items() if w is self.currentWidget()), "")


def make_env(services: Services, clock: Clock) -> GuiEnv:
    undo = UndoAdapter(services)
    return GuiEnv(services=services, undo=undo, projector=StackProjector(), ticker=Ticker(),
                  clock=clock)
