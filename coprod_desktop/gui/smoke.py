"""`coprod --smoke-test [SECONDS]`: quit once the first window has been drawn.

Used by packaging/smoke_test.sh to check that a frozen build opens its window (offscreen), and
to time a cold start. It prints one line saying what was shown and how long it took. With
COPROD_SMOKE_SCREENSHOT=PATH.png in the environment it also saves the window as it looked.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from coprod_desktop.i18n import _

GIVE_UP_SECONDS = 60


class FirstPaint(QObject):
    """Watches `window` for its first paint, then quits `app` after `linger` seconds. With
    `ready`, paints before it says True do not count (`--demo`: the programme once it is made)."""

    def __init__(self, app: QApplication, window: QMainWindow, linger: float,
                 started: float, ready: Callable[[], bool] | None = None) -> None:
        super().__init__(window)
        self.app, self.window, self.linger, self.started = app, window, linger, started
        self.ready = ready
        self.painted = False
        window.installEventFilter(self)
        QTimer.singleShot(GIVE_UP_SECONDS * 1000, self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted and (
                self.ready is None or self.ready()):
            self.painted = True
            elapsed = time.perf_counter() - self.started
            page = self.window.centralWidget()
            shown = page.currentWidget().objectName() if page is not None and hasattr(
                page, "currentWidget") else ""
            print(f"Smoke test: '{self.window.windowTitle()}' drawn ({shown or 'window'}) "
                  f"{elapsed * 1000:.0f} ms after the command started.", flush=True)
            QTimer.singleShot(int(self.linger * 1000), self._done)
        return False

    def _done(self) -> None:
        shot = os.environ.get("COPROD_SMOKE_SCREENSHOT")
        if shot:
            self.window.grab().save(shot)
        self.window.close()
        self.app.exit(0)

    def _give_up(self) -> None:
        if not self.painted:
            print(_("Smoke test: no window was drawn within {GIVE_UP_SECONDS} s.").format(
                GIVE_UP_SECONDS=GIVE_UP_SECONDS), file=sys.stderr,
                  flush=True)
            self.app.exit(1)
