"""A page that scrolls its panel when the window is shorter than the panel needs, so one tall
tool never makes a whole screen scroll (or the window grow)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScrollPage(QScrollArea):
    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setObjectName("scrollPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(panel)
        self.setFocusProxy(panel)
