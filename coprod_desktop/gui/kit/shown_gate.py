"""Refresh only while shown: a change heard while a widget is hidden is remembered, not drawn.

`gate(widget, reload)` returns a function `heard()`: call it where the widget would refresh for a
change. While `widget` is visible it reloads at once; while hidden it only marks the widget stale,
and the widget reloads once, when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ShownGate(QObject):
    def __init__(self, widget: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.reload = reload
        self.stale = False
        self.reloads = 0
        widget.installEventFilter(self)

    def heard(self) -> None:
        if self.widget.isVisible():
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self._reload()
        return False

    def _reload(self) -> None:
        self.stale = False
        self.reloads += 1
        self.reload()


def gate(widget: QWidget, reload: Callable[[], None]) -> ShownGate:
    return ShownGate(widget, reload)
