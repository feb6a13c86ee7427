"""A panel's place in the console before and after the panel exists.

Each view of a place is a `PanelSlot`: an empty page that knows which panel goes in it
(`PanelRef`, gui/console/panels.py). The panel is built the first time the slot is shown, or when
the shell asks for it (`ensure()`: a shortcut, a menu, a hook, the Run screen following the
room); the shell's `build` makes it, wires its hooks and gives it its session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_desktop.gui.console.panels import PanelRef


class PanelSlot(QWidget):
    def __init__(self, ref: PanelRef, build: Callable[[PanelSlot], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelSlot")
        self.ref = ref
        self.panel: QWidget | None = None
        self._build = build
        self._building = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self.panel is not None

    def ensure(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self.panel is None:
            if self._building:  # a panel asking for itself while it is being built
                raise RuntimeError(f"{self.ref.title} asked for itself while being built")
            self._building = True
            try:
                self._build(self)
            finally:
                self._building = False
            assert self.panel is not None
        return self.panel

    def adopt(self, panel: QWidget) -> None:
        """Put the newly built `panel` in the slot (the shell's `build` calls this first)."""
        self.panel = panel
        layout = self.layout()
        assert layout is not None
        layout.addWidget(panel)
        self.setFocusProxy(panel)
        panel.show()  # at once when the slot is on screen (not a queued show a turn later)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        super().showEvent(event)
