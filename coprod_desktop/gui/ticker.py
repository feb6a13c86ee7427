"""The one repaint timer. It holds no state: views read the time from the facilitation logic."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class Ticker(QObject):
    tick = Signal()

    def __init__(self, interval_ms: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()
