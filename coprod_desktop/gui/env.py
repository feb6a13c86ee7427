"""What every console panel and projector view is given: one bundle, built by app.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from coprod_desktop.clock import Clock
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services


class ProjectorHost(Protocol):
    """The projector window as features see it: a stack of named full-screen views."""

    def add_view(self, key: str, widget: QWidget) -> None: ...

    def show_view(self, key: str) -> None: ...

    def current_view(self) -> str: ...

    def has_view(self, key: str) -> bool: ...

    def thumbnail(self, width: int) -> QPixmap: ...

    @property
    def blanked(self) -> bool: ...

    def set_blank(self, blank: bool) -> None: ...


@dataclass
class GuiEnv:
    services: Services
    undo: UndoAdapter
    projector: ProjectorHost
    ticker: Ticker
    clock: Clock
