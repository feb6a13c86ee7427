"""GUI test fixtures: a panel environment with a stand-in projector, and English (UK) plurals."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStackedWidget, QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.plain import i18n
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services


class StackProjector(QStackedWidget):
    """A stand-in projector window until the shell's lands: named views in a stack."""

    def __init__(self) -> None:
        super().__init__()
        self.views: dict[str, QWidget] = {}
        self.add_view("blank", QWidget())

    def add_view(self, key: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.addWidget(widget)

    def show_view(self, key: str) -> None:
        self.setCurrentWidget(self.views[key])

    def current_view(self) -> str:
        return next(k for k, w in self.views.items() if w is self.currentWidget())


@pytest.fixture
def env(qtbot, services: Services, clock: FakeClock) -> GuiEnv:
    projector = StackProjector()
    qtbot.addWidget(projector)
    return GuiEnv(services, UndoAdapter(services), projector, Ticker(), clock)



@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """The app installs English (UK) at start; it holds the plural forms ("2 notes")."""
    i18n.install_language("en_GB")
