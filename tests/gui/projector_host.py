"""The projector window as panels see it (the ProjectorHost protocol), for panel tests and benches."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget


class StackProjector(QStackedWidget):
    """Named full-screen views in a stack, one shown at a time; dark unless told otherwise."""

    def __init__(self, theme: str = "dark") -> None:
        super().__init__()
        self.theme = theme
        self.views: dict[str, QWidget] = {}

    def add_view(self, key: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.addWidget(widget)

    def show_view(self, key: str) -> None:
        self.setCurrentWidget(self.views[key])

    def current_view(self) -> str:
        return next((k for k, w in self.views.items() if w is self.currentWidget()), "")
